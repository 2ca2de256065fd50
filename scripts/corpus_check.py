"""Do-no-harm report on clean text (not a test: it prints figures).

    .venv/bin/python scripts/corpus_check.py [PATH ...]   (default: ../shared/corpus/*.jsonl)

Runs the pipeline over documents known to be clean (the shared corpus: real national
reports, resolutions and congress reports) and prints, per kind of repair, how many
documents it touched and how many edits it made. On clean text every destructive repair
(one that removes or moves words) is a false positive, except the removal of a library's
licence notice under the text; the report says so kind by kind, with the false-positive
rate per document. It also counts document types, so a misread type shows at once.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections import Counter
from pathlib import Path

from govreport import run
from govreport.clean import DESTRUCTIVE, REPAIR_KINDS

LICENCE_WORDS = ("公有领域", "公有領域", "著作权", "著作權", "Public domain", "维基文库", "false")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    paths = args.paths or sorted(glob.glob(str(Path(__file__).resolve().parents[2] / "shared" / "corpus" / "*.jsonl")))
    if not paths:
        print("no clean documents found: give paths, or put the shared corpus beside the checkout", file=sys.stderr)
        return 2
    documents = [doc for outcome in run(paths) for doc in outcome.documents]
    touched: Counter[str] = Counter()
    edits: Counter[str] = Counter()
    false_positives: Counter[str] = Counter()
    for doc in documents:
        kinds = Counter(r.kind for r in doc.repairs)
        for kind, n in kinds.items():
            touched[kind] += 1
            edits[kind] += n
        for kind in DESTRUCTIVE:
            wrong = [
                r for r in doc.repairs
                if r.kind == kind and not (kind == "boilerplate" and any(w in doc.original[r.start : r.end] for w in LICENCE_WORDS))
            ]
            if wrong:
                false_positives[kind] += 1
    n = len(documents)
    print(f"{n} clean documents from {len(paths)} file(s)")
    print(f"{'repair':22} {'documents':>9} {'edits':>7} {'false positives (documents)':>28}")
    for kind in REPAIR_KINDS:
        fp = f"{false_positives[kind]} ({false_positives[kind] / n:.1%})" if kind in DESTRUCTIVE else "- (normalisation)"
        print(f"{kind:22} {touched[kind]:9d} {edits[kind]:7d} {fp:>28}")
    print("document types: " + ", ".join(f"{t} {c}" for t, c in Counter(d.identity.doc_type for d in documents).most_common()))
    warned = Counter(w.code for d in documents for w in d.warnings)
    print("warnings: " + (", ".join(f"{c} {k}" for k, c in warned.most_common()) or "none"))
    return 1 if sum(false_positives.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
