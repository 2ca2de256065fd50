"""Score extraction against a hand-checked gold set: precision, recall, F1 per kind and field.

A gold file (gold/*.json) names one document (a path relative to the gold folder's parent,
or ``seed:NNN`` for a seed document found in the seeds folder), the item inside it, and its
facts. Each gold fact carries an ``anchor``: a verbatim snippet that lies inside the
evidence sentence (seed documents get short anchors only, so that no seed text is copied
into the repository), and the fields that were checked by hand.

A predicted fact matches a gold fact of the same kind when the anchor lies in its evidence
and its key agrees (metric: value; term: term; livelihood: row number; project: amount).
Precision counts, as false positives, unmatched predictions in the sentences a gold file
marks exhaustive and, for the kinds it marks exhaustive, anywhere in the document. A field
is right when the matched prediction has the gold value; field precision divides by all
predictions in scope, field recall by the gold facts that state the field.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import run_path

KEYS = {"metric": "value", "term": "term", "livelihood": "no", "project": "amount"}
FIELDS = {
    "metric": ("value", "unit", "stance", "period", "modifier", "indicator", "measure", "base_value", "strive"),
    "term": ("term", "page"),
    "livelihood": ("no", "targets", "actuals", "completion", "stance", "period"),
    "project": ("amount", "amount_unit", "count", "stage", "investor", "industry"),
}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    kinds: dict[str, Tally] = field(default_factory=dict)
    fields: dict[tuple[str, str], Tally] = field(default_factory=dict)
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        def row(t: Tally) -> dict:
            return {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": round(t.precision, 4), "recall": round(t.recall, 4), "f1": round(t.f1, 4)}

        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "kinds": {k: row(t) for k, t in sorted(self.kinds.items())},
            "fields": {f"{k}.{f}": row(t) for (k, f), t in sorted(self.fields.items())},
        }


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(float(a) - float(b)) < 1e-6 * max(1.0, abs(float(a)))
    if isinstance(a, list) and isinstance(b, list):
        values = [x["value"] if isinstance(x, dict) else x for x in b]
        return len(a) == len(values) and all(_same(x, y) for x, y in zip(a, values))
    if isinstance(a, str) and isinstance(b, str):
        return _norm(a) == _norm(b)
    return a == b


def gold_files(path: str | Path) -> list[Path]:
    path = Path(path)
    return sorted(path.glob("*.json")) if path.is_dir() else [path]


def resolve(document: str, gold_root: Path, seeds: Path) -> Path | None:
    if document.startswith("seed:"):
        matches = sorted(seeds.glob(document.split(":", 1)[1] + "_*")) if seeds.is_dir() else []
        return matches[0] if matches else None
    candidate = gold_root / document
    return candidate if candidate.exists() else None


def evaluate(gold: str | Path, seeds: str | Path) -> Report:
    report = Report()
    files = gold_files(gold)
    cache: dict[Path, list] = {}
    for gold_file in files:
        spec = json.loads(gold_file.read_text("utf-8"))
        path = resolve(spec["document"], gold_file.parent.parent, Path(seeds))
        if path is None:
            report.skipped.append(f"{gold_file.name}: {spec['document']} not found")
            continue
        if path not in cache:
            cache[path] = list(run_path(str(path)).documents)
        docs = [d for d in cache[path] if d.item == spec.get("item", 0)]
        if not docs:
            report.skipped.append(f"{gold_file.name}: item {spec.get('item', 0)} not in {path.name}")
            continue
        report.documents += 1
        _score(report, gold_file.name, spec, docs[0])
    return report


def _score(report: Report, name: str, spec: dict, doc) -> None:
    predicted = [f.to_json(doc.text) for f in doc.facts]
    used: set[int] = set()
    exhaustive = [_norm(a) for a in spec.get("exhaustive", [])]
    exhaustive_kinds = set(spec.get("exhaustive_kinds", []))
    for kind in KEYS:
        report.kinds.setdefault(kind, Tally())
        for f in FIELDS[kind]:
            report.fields.setdefault((kind, f), Tally())
    for g in spec["facts"]:
        kind, key = g["kind"], KEYS[g["kind"]]
        anchor = _norm(g["anchor"])
        match = next(
            (i for i, p in enumerate(predicted) if i not in used and p["kind"] == kind and anchor in _norm(p["evidence"]) and _same(g[key], p.get(key))),
            None,
        )
        if match is None:
            report.kinds[kind].fn += 1
            report.misses.append(f"{name}: missed {kind} {g[key]!r} at {g['anchor']!r}")
            for f in FIELDS[kind]:
                if f in g:
                    report.fields[(kind, f)].fn += 1
            continue
        used.add(match)
        p = predicted[match]
        report.kinds[kind].tp += 1
        for f in FIELDS[kind]:
            if f not in g:
                continue
            tally = report.fields[(kind, f)]
            if _same(g[f], p.get(f)):
                tally.tp += 1
            else:
                tally.fp += 1
                tally.fn += 1
                report.misses.append(f"{name}: {kind} {g[key]!r} field {f}: gold {g[f]!r}, got {p.get(f)!r}")
    for i, p in enumerate(predicted):
        if i in used:
            continue
        in_scope = p["kind"] in exhaustive_kinds or (p["kind"] == "metric" and any(a in _norm(p["evidence"]) for a in exhaustive))
        if in_scope:
            report.kinds[p["kind"]].fp += 1
            for f in FIELDS[p["kind"]]:
                report.fields[(p["kind"], f)].fp += 1
            report.misses.append(f"{name}: extra {p['kind']} {p.get(KEYS[p['kind']])!r} in {p['evidence'][:30]!r}")


def render(report: Report) -> str:
    lines = [f"documents scored: {report.documents}" + (f"  (skipped {len(report.skipped)})" if report.skipped else "")]
    lines.append(f"{'kind / field':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    for kind, tally in sorted(report.kinds.items()):
        lines.append(f"{kind:28} {tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f} {tally.tp:5d} {tally.fp:5d} {tally.fn:5d}")
        for (k, f), t in sorted(report.fields.items()):
            if k == kind and t.tp + t.fp + t.fn:
                lines.append(f"  {f:26} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:5d} {t.fn:5d}")
    return "\n".join(lines)
