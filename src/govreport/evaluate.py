"""Score extraction against the hand-checked gold sets: precision, recall, F1 per kind and field.

A gold file (gold/**/*.json) names one document and the item inside it:
 - ``corpus:FILE`` a file of the shared real corpus (../shared/corpus): **real** gold, labelled
   blind from text no one here wrote; it is reported on its own, first;
 - ``seed:NNN`` a seed document (../shared/seeds): real text, but labelled with the tool's
   output in view;
 - a path relative to the gold folder's parent: a **sample** the project wrote itself.
Each gold fact carries an ``anchor``: a short verbatim snippet inside its evidence sentence
(no real document's text is copied into the repository), and the fields checked by hand.

A predicted fact matches a gold fact of the same kind when the anchor lies in its evidence
and its key agrees (metric: value; term: term; livelihood: row number; project: amount).
Precision counts, as false positives, unmatched predictions in the sentences a gold file
marks exhaustive and, for the kinds it marks exhaustive, anywhere in the document. A field
is right when the matched prediction has the gold value; an unmatched prediction in scope is
wrong in every field it states. A gold file's ``defaults`` say what an omitted field means
(``"strive": false``).

An identity gold file (a ``documents`` list) states type, place, years, meeting, speaker and
date per document; each field is scored as the share of documents where it is right.

Predictions come from running the pipeline, or from a saved ``extract --json`` output
(``predictions``), so that another version or another tool can be scored the same way.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .regions import stem_of

KEYS = {"metric": "value", "term": "term", "livelihood": "no", "project": "amount", "batch": "count"}
FIELDS = {
    "metric": ("value", "unit", "stance", "period", "period_start", "modifier", "indicator", "measure", "base_value", "strive"),
    "term": ("term", "page"),
    "livelihood": ("no", "targets", "actuals", "completion", "stance", "period"),
    "project": ("name", "name_core", "name_stated", "amount", "amount_stated", "amount_unit", "amount_kind", "modifier", "stage", "year", "investors",
                "location", "industries", "industry_sections", "annual_output", "annual_tax", "jobs"),
    "batch": ("count", "amount", "amount_kind", "stage", "year"),
}
# a gold field read from a predicted field of another name or shape
_PREDICTED_AS = {"year": "period"}
# a field scored on the values the text states alone, beside the field itself (``amount_stated``
# beside ``amount``): a project neither side gives a value counts for nothing, a missed project
# only where the gold states the value, an extra one only where the prediction does; the field
# itself counts every matched project, a null on both sides as right, and every missed one
_STATED = "_stated"
IDENTITY_FIELDS = ("doc_type", "region", "report_year", "reviewed_year", "plan_year", "meeting", "speaker", "meeting_date")
SETS = ("real", "seed", "sample")
SET_NAMES = {
    "real": "real gold (shared corpus, labelled blind from the text)",
    "seed": "seed gold (real seed documents, labelled with the output in view)",
    "sample": "sample gold (documents written by the project)",
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

    def to_json(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    kinds: dict[str, Tally] = field(default_factory=dict)
    fields: dict[tuple[str, str], Tally] = field(default_factory=dict)
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    # (gold link id, region, document id, predicted fact, (gold file, anchor)) of every matched project
    linked: list[tuple[str, dict, str, dict, tuple[str, str]]] = field(default_factory=list)
    links: Tally | None = None  # pairs of mentions linked into one project, across documents
    # pairs the linker links that no gold judges (neither one link id nor a line of the pair gold)
    links_unjudged: int = 0

    def to_json(self) -> dict:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "links": self.links.to_json() if self.links else None,
            "links_unjudged": self.links_unjudged,
            "kinds": {k: t.to_json() for k, t in sorted(self.kinds.items())},
            "fields": {f"{k}.{f}": t.to_json() for (k, f), t in sorted(self.fields.items())},
        }


@dataclass
class IdentityReport:
    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.right.get(name, 0) / self.total[name] if self.total.get(name) else 1.0

    def to_json(self) -> dict:
        return {
            "documents": self.documents,
            "skipped": self.skipped,
            "fields": {f: {"right": self.right.get(f, 0), "total": self.total.get(f, 0), "accuracy": round(self.accuracy(f), 4)} for f in IDENTITY_FIELDS},
        }


@dataclass
class Evaluation:
    """One report per gold set (real, seed, sample) and one for identity."""

    sets: dict[str, Report]
    identity: IdentityReport

    @property
    def skipped(self) -> list[str]:
        return [s for r in self.sets.values() for s in r.skipped] + self.identity.skipped

    @property
    def misses(self) -> list[str]:
        return [f"[{name}] {m}" for name, r in self.sets.items() for m in r.misses] + [f"[identity] {m}" for m in self.identity.misses]

    def to_json(self) -> dict:
        return {"sets": {name: r.to_json() for name, r in self.sets.items()}, "identity": self.identity.to_json()}


def _simplified(text: str) -> str:
    from .clean import to_simplified

    return to_simplified(text)


def _norm(text: str) -> str:
    from .clean import without_glosses

    return _simplified(unicodedata.normalize("NFKC", without_glosses(text))).replace(" ", "")


def _same(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(float(a) - float(b)) < 1e-6 * max(1.0, abs(float(a)))
    if isinstance(a, list) and isinstance(b, list):
        values = [x["value"] if isinstance(x, dict) else x for x in b]
        return len(a) == len(values) and all(_same(x, y) for x, y in zip(a, values))
    if isinstance(a, str) and isinstance(b, str):
        return _norm(a) == _norm(b)
    return a == b


def _unstated(value) -> bool:
    return value is None or value is False or value == [] or value == ""


def gold_files(path: str | Path) -> list[Path]:
    path = Path(path)
    return sorted(path.rglob("*.json")) if path.is_dir() else [path]


def gold_set(document: str) -> str:
    return "real" if document.startswith("corpus:") else "seed" if document.startswith("seed:") else "sample"


def resolve(document: str, gold_root: Path, seeds: Path, corpus: Path) -> Path | None:
    if document.startswith("seed:"):
        matches = sorted(seeds.glob(document.split(":", 1)[1] + "_*")) if seeds.is_dir() else []
        return matches[0] if matches else None
    if document.startswith("corpus:"):
        candidate = corpus / document.split(":", 1)[1]
        return candidate if candidate.is_file() else None
    candidate = gold_root / document
    return candidate if candidate.exists() else None


def _pipeline_source() -> Callable[[Path], list[dict]]:
    from .pipeline import run_path

    cache: dict[Path, list[dict]] = {}

    def documents(path: Path) -> list[dict]:
        if path not in cache:
            cache[path] = [d.to_json() for d in run_path(str(path)).documents]
        return cache[path]

    return documents


def _saved_source(predictions: str | Path) -> Callable[[Path], list[dict]]:
    """Documents of a saved ``extract --json`` output, found by file name and item."""
    by_name: dict[str, list[dict]] = {}
    for doc in json.loads(Path(predictions).read_text("utf-8"))["documents"]:
        by_name.setdefault(os.path.basename(doc["source"]), []).append(doc)
    return lambda path: by_name.get(path.name, [])


def evaluate(gold: str | Path, seeds: str | Path, corpus: str | Path = "../shared/corpus", predictions: str | Path | None = None) -> Evaluation:
    source = _saved_source(predictions) if predictions else _pipeline_source()
    evaluation = Evaluation({name: Report() for name in SETS}, IdentityReport())
    # sample documents are named relative to the folder that holds the gold folder
    base = Path(gold) if Path(gold).is_dir() else Path(gold).parent
    if base.name != "gold" and base.parent.name == "gold":
        base = base.parent
    for gold_file in gold_files(gold):
        spec = json.loads(gold_file.read_text("utf-8"))
        if "documents" in spec:
            _score_identity(evaluation.identity, gold_file.name, spec, source, base.parent, Path(seeds), Path(corpus))
            continue
        report = evaluation.sets[gold_set(spec["document"])]
        path = resolve(spec["document"], base.parent, Path(seeds), Path(corpus))
        if path is None:
            report.skipped.append(f"{gold_file.name}: {spec['document']} not found")
            continue
        docs = [d for d in source(path) if d["item"] == spec.get("item", 0)]
        if not docs:
            report.skipped.append(f"{gold_file.name}: item {spec.get('item', 0)} not in {path.name}")
            continue
        report.documents += 1
        _score(report, gold_file.name, spec, docs[0])
    pair_gold = next(iter(sorted(Path(gold).rglob("links.tsv"))), None) if Path(gold).is_dir() else None
    pairs = read_link_pairs(pair_gold) if pair_gold else None
    for report in evaluation.sets.values():
        _score_links(report, pairs)
    return evaluation


def read_link_pairs(path: Path) -> dict[frozenset[tuple[str, str]], bool]:
    """The pair gold of linking (``links.tsv`` beside the gold files): pairs of project mentions in
    two documents, each named by its gold file and anchor, judged one project (``same``) or two
    (``different``) by a reader of both pages; ``unsure`` lines are left out."""
    pairs: dict[frozenset[tuple[str, str]], bool] = {}
    with path.open(encoding="utf-8") as lines:
        header = next(lines).rstrip("\n").split("\t")
        at = {column: n for n, column in enumerate(header)}
        for number, line in enumerate(lines, 2):
            cells = line.rstrip("\n").split("\t")
            if len(cells) < len(header):
                raise ValueError(f"{path}:{number}: {len(cells)} columns, the header has {len(header)}")
            verdict = cells[at["verdict"]].strip()
            if verdict not in ("same", "different", "unsure"):
                raise ValueError(f"{path}:{number}: verdict {verdict!r} is none of same, different, unsure")
            if verdict != "unsure":
                pairs[frozenset({(cells[at["doc_a"]], cells[at["anchor_a"]]), (cells[at["doc_b"]], cells[at["anchor_b"]])})] = verdict == "same"
    return pairs


def _score_links(report: Report, pairs: dict[frozenset[tuple[str, str]], bool] | None = None) -> None:
    """Pairs of matched project mentions in different documents: linked by the gold against linked
    by the linker (project_link), as precision and recall. Two mentions are one project in the gold
    when they share a ``link`` id; with a pair gold (``links.tsv``), a pair it judges is one or two
    projects as judged, and a pair it does not judge is left out (labellers of different sets never
    saw each other's pages, so no link id between them says nothing); without one, mentions with no
    shared link id are two projects."""
    from itertools import combinations

    from .project_link import link_projects, mention

    mentions = [
        mention(n, doc_id, p, region.get("province"), region.get("city"), (region.get("province"), region.get("city"), region.get("county"), region.get("name")))
        for n, (_key, region, doc_id, p, _where) in enumerate(report.linked)
    ]
    if not mentions:
        return
    ids = link_projects(mentions)
    tally = Tally()
    for a, b in combinations(range(len(mentions)), 2):
        if mentions[a].document == mentions[b].document:
            continue
        gold: bool | None = report.linked[a][0] == report.linked[b][0]
        if pairs is not None and not gold:
            gold = pairs.get(frozenset({report.linked[a][4], report.linked[b][4]}))
        got = ids[a] == ids[b]
        if gold is None:
            report.links_unjudged += got
            if got:
                report.misses.append(f"link: {mentions[a].name!r} and {mentions[b].name!r} linked, a pair no gold judges")
            continue
        if gold and got:
            tally.tp += 1
        elif got:
            tally.fp += 1
            report.misses.append(f"link: {mentions[a].name!r} and {mentions[b].name!r} linked, gold says two projects")
        elif gold:
            tally.fn += 1
            report.misses.append(f"link: {mentions[a].name!r} and {mentions[b].name!r} not linked ({report.linked[a][0]})")
    report.links = tally


def _score_identity(report: IdentityReport, name: str, spec: dict, source, gold_root: Path, seeds: Path, corpus: Path) -> None:
    for entry in spec["documents"]:
        path = resolve(entry["document"], gold_root, seeds, corpus)
        docs = [d for d in source(path) if d["item"] == entry.get("item", 0)] if path else []
        label = f"{name}: {entry['document']}#{entry.get('item', 0)}"
        if not docs:
            report.skipped.append(f"{label} not found")
            continue
        doc = docs[0]
        report.documents += 1
        for f in IDENTITY_FIELDS:
            if f not in entry:
                continue
            report.total[f] = report.total.get(f, 0) + 1
            want, got = entry[f], doc.get(f)
            if f == "region":
                want = (want or {}).get("name"), (want or {}).get("level")
                got = (got or {}).get("name"), (got or {}).get("level")
                # a place is right at the right level under its full or short name (北京 = 北京市)
                ok = want[1] == got[1] and (want[0] is None or got[0] is None or _norm(want[0]) in _norm(got[0]))
            else:
                ok = _same(want, got)
            if ok:
                report.right[f] = report.right.get(f, 0) + 1
            else:
                report.misses.append(f"{label} ({entry.get('title', '')[:24]}) {f}: gold {want!r}, got {got!r}")


def _kind_of(fact: dict) -> str:
    """A batch event is a project fact with ``batch`` set; it is scored as a kind of its own."""
    return "batch" if fact["kind"] == "project" and fact.get("batch") else fact["kind"]


def _field(g: dict, p: dict, name: str):
    """The gold and predicted values of one field, in comparable shapes."""
    if name.endswith(_STATED):
        return _field(g, p, name[: -len(_STATED)])
    want, got = g.get(name), p.get(_PREDICTED_AS.get(name, name))
    if name == "investors":
        want = sorted(_norm(x["name"] if isinstance(x, dict) else x) for x in want or [])
        got = sorted(_norm(x["name"] if isinstance(x, dict) else x) for x in got or [])
    elif name == "industries":
        want, got = sorted(set(want or [])), sorted(set(got or []))
    elif name == "name_core":
        want, got = _name_core(g.get("name")), _name_core(p.get("name"))
    elif name == "industry_sections":
        want = sorted({c[0] for c in g.get("industries") or []})
        got = sorted({c[0] for c in p.get("industries") or []})
    elif name == "location" and want and got:
        # a place under its full or short name (南京 = 南京市), as identity is scored
        if stem_of(_norm(want)) == stem_of(_norm(got)):
            got = want
    elif name in ("annual_output", "annual_tax", "jobs"):
        want = (want or {}).get("value") if isinstance(want, dict) else want
        got = (got or {}).get("value") if isinstance(got, dict) else got
    return want, got


# where and who a name may begin with: a place, a park, a company (湖南省甲县, 乙高新区, 丙有限公司)
_NAME_PREFIX = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}?(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|投资区|工业园区|产业园区|工业园|新区)"
    r"|[\u4e00-\u9fffA-Za-z()（）·]{2,20}?(?:股份有限公司|有限责任公司|有限公司|集团公司|集团)"
    r"|[\u4e00-\u9fff]{2,10}?(?:自治县|自治州|省|市|县|区|州|旗|盟|镇|乡))"
)


def _name_core(name: str | None) -> str | None:
    """A project's name without the place, park or company it may begin with and without
    建设/项目/工程 at its end: labellers and readers differ on those (青田县甲智能制造项目 or
    甲智能制造项目), not on what the project is. Scored beside the name as written, never
    instead of it."""
    if not name:
        return None
    whole = _norm(name)
    core = re.sub(r"(?:建设)?(?:项目|工程)?$", "", whole) or whole
    while True:
        lead = _NAME_PREFIX.match(core)
        if not lead or len(core) - lead.end() < 4:
            return core
        core = core[lead.end() :]


def _key_matches(g: dict, p: dict, key: str) -> bool:
    """A project with no amount is known by its name (a short name for a long one will do),
    and one with neither by its investor (甲、乙等企业投产), named or not in the prediction."""
    if g["kind"] == "project" and g.get("amount") is None and not g.get("name") and g.get("investors"):
        firms = {_norm(x["name"] if isinstance(x, dict) else x) for x in g["investors"]}
        told = {_norm(x["name"]) for x in p.get("investors") or []} | {_norm(p.get("name") or "")}
        return p.get("amount") is None and bool(firms & told)
    if g["kind"] == "project" and g.get("amount") is None:
        a, b = _norm(g.get("name") or ""), _norm(p.get("name") or "")
        return bool(a and b) and (a in b or b in a) and p.get("amount") is None
    return _same(g.get(key), p.get(key))


def _match_retold(facts: list[dict], predicted: list[dict], matches: list[int | None]) -> None:
    """An event told twice in one document (共签约项目40个，总投资295.73亿元 in one sentence, 共有40个
    项目成功签约，总投资295.73亿元 in another) is labelled once, at either telling; a batch the
    extraction kept at the other telling is the same batch when its count and total are the
    gold's, and a project when its name and amount are. Only facts left unmatched either side
    are paired, each at most once."""
    taken = {i for i in matches if i is not None}
    for n, g in enumerate(facts):
        if matches[n] is not None or g["kind"] not in ("batch", "project"):
            continue
        for i, p in enumerate(predicted):
            if i in taken or _kind_of(p) != g["kind"]:
                continue
            if g["kind"] == "batch":
                same = g.get("count") is not None and g.get("count") == p.get("count") and _same(g.get("amount"), p.get("amount"))
            else:
                same = bool(g.get("name") and p.get("name")) and _norm(g["name"]) == _norm(p["name"]) and _same(g.get("amount"), p.get("amount"))
            if same:
                matches[n] = i
                taken.add(i)
                break


def _tally_stated(tally: Tally, want, got) -> None:
    """Count one matched fact's field on stated values alone: right where both state the same
    value; a stated prediction that is not the gold's is a false positive, a stated gold value
    not predicted a false negative; nothing where neither states one."""
    if _unstated(want) and _unstated(got):
        return
    if not _unstated(want) and _same(want, got):
        tally.tp += 1
        return
    if not _unstated(got):
        tally.fp += 1
    if not _unstated(want):
        tally.fn += 1


def _score(report: Report, name: str, spec: dict, doc: dict) -> None:
    predicted = doc["facts"]
    used: set[int] = set()
    exhaustive = [_norm(a) for a in spec.get("exhaustive", [])]
    exhaustive_kinds = set(spec.get("exhaustive_kinds", []))
    for kind in KEYS:
        report.kinds.setdefault(kind, Tally())
        for f in FIELDS[kind]:
            report.fields.setdefault((kind, f), Tally())
    evidence = [_norm(p["evidence"]) for p in predicted]
    # a gold file may say what an omitted field means (strive omitted: false)
    defaults = spec.get("defaults", {})
    facts = [{**{k: v for k, v in defaults.items()}, **g} if g["kind"] == "metric" else g for g in spec["facts"]]
    matches: list[int | None] = []
    for g in facts:
        # each gold fact takes the first prediction of its kind and key whose evidence holds its anchor
        found = next(
            (i for i, p in enumerate(predicted) if i not in matches and _kind_of(p) == g["kind"] and _norm(g["anchor"]) in evidence[i] and _key_matches(g, p, KEYS[g["kind"]])),
            None,
        )
        matches.append(found)
    _match_retold(facts, predicted, matches)
    for g, match in zip(facts, matches):
        kind, key = g["kind"], KEYS[g["kind"]]
        if match is None:
            report.kinds[kind].fn += 1
            report.misses.append(f"{name}: missed {kind} {g.get(key) if g.get(key) is not None else g.get('name')!r} at {g['anchor']!r}")
            for f in FIELDS[kind]:
                if f.endswith(_STATED):
                    if not _unstated(g.get(f[: -len(_STATED)])):
                        report.fields[(kind, f)].fn += 1
                elif f in g or (f == "name_core" and "name" in g):
                    report.fields[(kind, f)].fn += 1
            continue
        used.add(match)
        p = predicted[match]
        report.kinds[kind].tp += 1
        if kind == "project":
            region = doc.get("region") or {}
            report.linked.append((g.get("link") or f"{name}:{g['anchor']}", region, doc["id"], p, (name, g["anchor"])))
        for f in FIELDS[kind]:
            if f.endswith(_STATED):
                _tally_stated(report.fields[(kind, f)], *_field(g, p, f))
                continue
            if f not in g and not (f == "industry_sections" and "industries" in g) and not (f == "name_core" and "name" in g):
                continue
            tally = report.fields[(kind, f)]
            want, got = _field(g, p, f)
            if _same(want, got):
                tally.tp += 1
            else:
                tally.fp += 1
                tally.fn += 1
                report.misses.append(f"{name}: {kind} {g.get(key)!r} at {g['anchor']!r} field {f}: gold {want!r}, got {got!r}")
    for i, p in enumerate(predicted):
        if i in used or (p.get("qualitative") and not spec.get("qualitative")):
            continue  # a target set in words is no figure to count unless the gold labels such
        kind = _kind_of(p)
        labelled = {g["kind"] for g in spec["facts"]} | exhaustive_kinds
        in_scope = kind in exhaustive_kinds or (kind in labelled | {"metric"} and any(a in evidence[i] for a in exhaustive))
        if kind == "metric" and labelled and "metric" not in labelled:
            in_scope = False  # a file that labels projects only says nothing of the metrics
        if kind in ("project", "batch") and not ({"project", "batch"} & exhaustive_kinds) and p["kind"] != "metric":
            # a gold file that labels projects in listed sentences only: those sentences; a file
            # that labels no project at all says nothing of them
            in_scope = bool({"project", "batch"} & labelled) and any(a in evidence[i] for a in exhaustive)
        if in_scope:
            report.kinds[kind].fp += 1
            for f in FIELDS[kind]:
                if not _unstated(_field({}, p, f)[1]):  # an extra fact is wrong in the fields it states
                    report.fields[(kind, f)].fp += 1
            report.misses.append(f"{name}: extra {kind} {p.get(KEYS[kind]) if p.get(KEYS[kind]) is not None else p.get('name')!r} in {p['evidence'][:30]!r}")


def render(evaluation: Evaluation) -> str:
    lines: list[str] = []
    for name in SETS:
        report = evaluation.sets[name]
        if not report.documents and not report.skipped:
            continue
        lines.append(f"== {SET_NAMES[name]}: {report.documents} document(s)" + (f", {len(report.skipped)} skipped" if report.skipped else ""))
        lines.append(f"{'kind / field':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
        for kind, tally in sorted(report.kinds.items()):
            if not tally.tp + tally.fp + tally.fn:
                continue
            lines.append(f"{kind:28} {tally.precision:6.3f} {tally.recall:6.3f} {tally.f1:6.3f} {tally.tp:5d} {tally.fp:5d} {tally.fn:5d}")
            for (k, f), t in sorted(report.fields.items()):
                if k == kind and t.tp + t.fp + t.fn:
                    lines.append(f"  {f:26} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:5d} {t.fn:5d}")
            if kind == "project" and report.links and report.links.tp + report.links.fp + report.links.fn:
                t = report.links
                lines.append(f"  {'linking (mention pairs)':26} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f} {t.tp:5d} {t.fp:5d} {t.fn:5d}")
                if report.links_unjudged:
                    lines.append(f"  {'(linked, judged by no gold)':26} {report.links_unjudged:5d}")
        lines.append("")
    identity = evaluation.identity
    if identity.documents or identity.skipped:
        lines.append(f"== identity and type (real gold): {identity.documents} document(s)")
        for f in IDENTITY_FIELDS:
            if identity.total.get(f):
                lines.append(f"  {f:26} {identity.accuracy(f):6.3f}  ({identity.right.get(f, 0)}/{identity.total[f]})")
    return "\n".join(lines).rstrip()
