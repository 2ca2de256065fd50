#!/usr/bin/env python3
"""The real pages the project gold is scored on live outside the repository; this lists what
is needed to fetch them again, and checks the pages a folder holds against the gold.

    python scripts/gold_pages.py list DIR [--chunks N] [--out FOLDER]
    python scripts/gold_pages.py check DIR

``list`` writes, for each gold file whose page is not yet in DIR, the file name to save under,
the page's address, the labeller's note and every anchor of the gold (verbatim strings the
saved text must hold), split into N JSON files for people fetching in parallel
(gold/projects/FETCHING.md is their brief). ``check`` reports, for each gold file, whether its
page is in DIR and which anchors it lacks; a page that lacks one is scored wrongly.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold" / "projects"


def pages() -> list[dict]:
    """Every real page of the project gold: where to save it, its address, note and anchors."""
    out = []
    for path in sorted(GOLD.glob("*.json")):
        spec = json.loads(path.read_text("utf-8"))
        if not spec["document"].startswith("corpus:"):
            continue  # (seed documents are beside the checkout already)
        anchors: list[str] = []
        for anchor in [fact.get("anchor") for fact in spec["facts"]] + list(spec.get("exhaustive", [])):
            if anchor and anchor not in anchors:
                anchors.append(anchor)
        out.append({"file": spec["document"].split(":", 1)[1], "url": spec.get("url"), "published": spec.get("published"),
                    "anchors": anchors, "note": spec.get("note", "")})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("list", "check"))
    parser.add_argument("folder", type=Path, help="the folder that holds (or will hold) the pages")
    parser.add_argument("--chunks", type=int, default=1, help="how many lists to write (list)")
    parser.add_argument("--out", type=Path, default=Path("."), help="where the lists go (list)")
    args = parser.parse_args()
    wanted = pages()
    if args.action == "list":
        missing = [page for page in wanted if not (args.folder / page["file"]).exists()]
        args.out.mkdir(parents=True, exist_ok=True)
        for n in range(args.chunks):
            chunk = missing[n :: args.chunks]
            (args.out / f"pages_{n + 1}.json").write_text(json.dumps(chunk, ensure_ascii=False, indent=1), "utf-8")
        print(f"{len(missing)} of {len(wanted)} pages to fetch, in {args.chunks} list(s) under {args.out}")
        return 0
    absent = short = 0
    for page in wanted:
        path = args.folder / page["file"]
        if not path.exists():
            absent += 1
            print(f"absent   {page['file']}  {page['url']}")
            continue
        text = path.read_text("utf-8")
        lacking = [anchor for anchor in page["anchors"] if anchor not in text]
        if lacking:
            short += 1
            print(f"lacking  {page['file']}  {len(lacking)} anchor(s): {' | '.join(lacking[:3])}")
    print(f"{len(wanted)} pages: {len(wanted) - absent} present ({short} lacking anchors), {absent} absent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
