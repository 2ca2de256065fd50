"""How far two labellers agree: score one project gold set against another labelled from the
same pages, with the measure `govreport eval` uses for the tool.

    python scripts/agreement.py GOLD_A GOLD_B --corpus DIR

GOLD_A plays the gold and GOLD_B the prediction; each of B's facts is given the sentence its
anchor stands in as its evidence. The figures bound what any extraction can be expected to
reach against a single labeller: where two careful people read a page differently, the tool
cannot agree with both.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from govreport.evaluate import evaluate, render

_PROJECT_FIELDS = ("name", "amount", "amount_unit", "amount_kind", "modifier", "stage", "investors", "location", "industries", "annual_output", "annual_tax", "jobs")
_BATCH_FIELDS = ("count", "amount", "amount_unit", "amount_kind", "stage")


def sentence_of(text: str, anchor: str) -> str:
    """The sentence (or line) that holds ``anchor``; the anchor alone when it is not found."""
    at = text.find(anchor)
    if at < 0:
        return anchor
    begin = max(text.rfind(mark, 0, at) for mark in "。！？；\n") + 1
    ends = [i for i in (text.find(mark, at + len(anchor)) for mark in "。！？；\n") if i >= 0]
    return text[begin : (min(ends) + 1 if ends else len(text))]


def as_prediction(fact: dict, text: str) -> dict:
    batch = fact["kind"] == "batch"
    out = {key: fact.get(key) for key in (_BATCH_FIELDS if batch else _PROJECT_FIELDS)}
    out.update(kind="project", batch=batch, period=fact.get("year"), evidence=sentence_of(text, fact["anchor"]))
    return out


def predictions(gold_b: Path, corpus: Path) -> dict:
    documents = []
    for path in sorted(gold_b.glob("*.json")):
        spec = json.loads(path.read_text("utf-8"))
        name = re.sub(r"^corpus:", "", spec["document"])
        text = (corpus / name).read_text("utf-8")
        documents.append({"source": name, "item": spec.get("item", 0), "id": name, "region": None,
                          "facts": [as_prediction(f, text) for f in spec["facts"] if f["kind"] in ("project", "batch")]})
    return {"documents": documents}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_a", type=Path, help="the first labeller's gold folder (scored as gold)")
    parser.add_argument("gold_b", type=Path, help="the second labeller's gold folder (scored as prediction)")
    parser.add_argument("--corpus", type=Path, required=True, help="folder holding the pages both labelled")
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as handle:
        json.dump(predictions(args.gold_b, args.corpus), handle, ensure_ascii=False)
    # only the pages B labelled are scored: A's gold for the others would count as misses
    with tempfile.TemporaryDirectory() as folder:
        shared = Path(folder) / "gold"
        shared.mkdir()
        for path in args.gold_b.glob("*.json"):
            mine = args.gold_a / path.name
            if mine.exists():
                (shared / path.name).write_text(mine.read_text("utf-8"), "utf-8")
        print(render(evaluate(shared, "../shared/seeds", args.corpus, handle.name)) if not args.misses else "", end="")
        if args.misses:
            evaluation = evaluate(shared, "../shared/seeds", args.corpus, handle.name)
            print(render(evaluation))
            for line in evaluation.sets["real"].misses:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
