#!/usr/bin/env python3
"""Candidate pairs for the linking gold (gold/projects/links.tsv): pairs of gold project mentions in
two documents that may be one project, for a reader of both pages to judge same or different.

    python scripts/link_pairs.py --pages DIR [--limit N] > pairs.tsv

Pairs come from two sources, shuffled together so that the reader cannot tell them apart:
- names that share a run of four characters few names share (taken without the linker, so the
  pairs it misses are asked about too), longest shared run first, at most ``--limit``;
- every pair of matched mentions the linker joins (so every link it makes is judged).
Pairs already in links.tsv are left out. The verdict and reason columns are left empty.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold" / "projects"
COLUMNS = ["pair", "doc_a", "anchor_a", "name_a", "doc_b", "anchor_b", "name_b", "verdict", "reason"]
# four characters made of two words that many project names share (产业园区, 生产基地)
_KIND = re.compile(r"产业|园区|基地|项目|工程|生产|制造|科技|建设|新材|材料|智能|年产|万吨|中心|有限|公司")


def _core(name: str) -> str:
    name = re.sub(r"[（(][^）)]*[）)]", "", name)
    return re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", re.sub(r"(?:项目|工程|建设)+$", "", name))


def _longest_shared(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        while i + best < len(a) and a[i : i + best + 1] in b:
            best += 1
    return best


def mentions(pages: Path) -> list[tuple[str, str, str]]:
    """(gold file, anchor, name) of every named project whose page is in ``pages``."""
    out = []
    for path in sorted(GOLD.glob("*.json")):
        spec = json.loads(path.read_text("utf-8"))
        if spec["document"].startswith("corpus:") and (pages / spec["document"][7:]).exists():
            out += [(path.name, g["anchor"], g["name"]) for g in spec.get("facts", []) if g.get("kind") == "project" and g.get("name")]
    return out


def shared_runs(facts: list[tuple[str, str, str]], limit: int) -> list[tuple[int, int]]:
    runs: dict[str, set[int]] = defaultdict(set)
    for n, (_doc, _anchor, name) in enumerate(facts):
        core = _core(name)
        for k in range(len(core) - 3):
            runs[core[k : k + 4]].add(n)
    pairs = {
        (a, b)
        for run, ids in runs.items()
        if len(ids) <= 8 and len(re.findall(r"[\u4e00-\u9fff]", run)) == 4 and not (_KIND.fullmatch(run[:2]) and _KIND.fullmatch(run[2:]))
        for a, b in combinations(sorted(ids), 2)
        if facts[a][0] != facts[b][0]
    }
    ranked = sorted(pairs, key=lambda p: -_longest_shared(_core(facts[p[0]][2]), _core(facts[p[1]][2])))
    return ranked[:limit]


def linker_pairs(pages: Path) -> set[frozenset[tuple[str, str]]]:
    """Pairs of matched gold mentions (gold file, anchor) that the linker joins."""
    from govreport import evaluate
    from govreport.project_link import link_projects, mention

    reports = []
    score = evaluate._score_links
    evaluate._score_links = lambda report, pairs=None: reports.append(report)
    try:
        evaluate.evaluate(GOLD, "../shared/seeds", pages)
    finally:
        evaluate._score_links = score
    out = set()
    for report in reports:
        told = [mention(n, d, p, r.get("province"), r.get("city"), (r.get("province"), r.get("city"), r.get("county"), r.get("name")))
                for n, (_key, r, d, p, _where) in enumerate(report.linked)]
        ids = link_projects(told) if told else {}
        out |= {frozenset({report.linked[a][4], report.linked[b][4]}) for a, b in combinations(range(len(told)), 2)
                if told[a].document != told[b].document and ids[a] == ids[b]}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, required=True, help="folder of the saved real pages")
    parser.add_argument("--limit", type=int, default=260, help="most pairs taken from shared runs of characters")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    facts = mentions(args.pages)
    where = {(doc, anchor): n for n, (doc, anchor, _name) in enumerate(facts)}
    pairs = {frozenset({facts[a][:2], facts[b][:2]}) for a, b in shared_runs(facts, args.limit)}
    pairs |= {p for p in linker_pairs(args.pages) if all(m in where for m in p)}
    judged = set()
    if (GOLD / "links.tsv").exists():
        with (GOLD / "links.tsv").open(encoding="utf-8") as lines:
            judged = {frozenset({(r["doc_a"], r["anchor_a"]), (r["doc_b"], r["anchor_b"])}) for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}
    todo = sorted(tuple(sorted(p)) for p in pairs - judged)
    random.Random(args.seed).shuffle(todo)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writerow(COLUMNS)
    for n, (a, b) in enumerate(todo, 1):
        writer.writerow([f"P{n:03d}", *a, facts[where[a]][2], *b, facts[where[b]][2], "", ""])


if __name__ == "__main__":
    main()
