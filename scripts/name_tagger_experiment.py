#!/usr/bin/env python3
"""Experiment: does a character-level CRF tagger for project names generalise better than the
rules of extract/projects.py to pages neither has seen?

For each of the latest sets of gold/projects (eighth … fifteenth), a CRF is trained on the
gold names of the other sets (leave one set out) and, with ``--unseen``, also on the sets
labelled before it only (forward), and the held-out set is scored three ways:

 A  names in the sentences that hold a gold project's anchor (the tagger is told where the
    projects are): the set of names per document, exact match after the evaluation's
    normalisation, CRF spans against the names of the rules' project facts in those sentences;
 B  names in every sentence the gold file labels exhaustively (the whole page when its
    ``exhaustive_kinds`` holds "project", else its listed and anchored sentences), so that
    both have to find the projects too;
 C  the evaluation's own ``project.name`` field and project P/R (``govreport eval``), on the
    rules' facts as they are and with names mended by the CRF (the combination: a rule fact
    with no name takes the CRF span nearest its amount in its sentence; a rule name the CRF
    tags differently with confidence takes the CRF's span; "fill only" never replaces one).

``--add T …`` also scores the rules with the tagger's names added as projects of their own (no
amount) where the rules found nothing, in sentences that tell a stage, at each least confidence T:
the tagger's one chance to raise recall rather than mend names.

``--unseen`` also runs the rules as they were before each held-out set was labelled (the parent
of the commit that added the set's gold, exported with ``git archive`` into a temporary
folder): the current rules were written with every set in view, so only those older rules are
scored on pages they had not seen.

Needs ``pip install python-crfsuite`` (no dependency of govreport). The pages are read from
``--corpus``; nothing of them, and no model, is written inside the repository.

    python scripts/name_tagger_experiment.py --corpus PAGES_DIR [--unseen]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pycrfsuite

from govreport.clean import to_simplified, without_glosses
from govreport.evaluate import Report, _norm, _score

ROOT = Path(__file__).resolve().parents[1]
SET_ORDER = ("batch", "news", "report", "fresh", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth")
HELD_OUT = SET_ORDER[-8:]
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "govreport-name-tagger-experiment"

# sentences worth tagging: they speak of investment, projects or their stages
CUE = re.compile(r"项目|工程|基地|产业园|生产线|投资|签约|开工|投产|竣工|亿元|万元")
# words that end, open or surround a project's name; marked on the characters they cover
LEXICON = {
    "SUF": ("项目", "工程", "基地", "产业园", "园区", "生产线", "工厂", "中心", "一期", "二期", "三期", "厂", "园", "线"),
    "CO": ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司"),
    "CUE": ("总投资", "投资", "签约", "签订", "开工", "投产", "竣工", "建设", "落户", "引进", "亿元", "万元"),
    "PL": ("开发区", "高新区", "经开区", "工业园区", "省", "市", "县", "区", "镇"),
}
CLAUSE_END = set("，。、；：！？,;:（）()“”")


# ---------------------------------------------------------------- data

def set_of(filename: str) -> str:
    return re.match(r"([a-z]+?)(?:rep)?_\d+\.json$", filename).group(1)


def _fold(text: str) -> str:
    """Width and compatibility forms folded character by character (lengths kept)."""
    out = []
    for c in text:
        n = unicodedata.normalize("NFKC", c)
        out.append(n if len(n) == 1 else c)
    return "".join(out)


def _form(phrase: str) -> str:
    """A gold phrase as it reads in the pipeline's clean text (simplified, folded)."""
    return _fold(to_simplified(without_glosses(phrase))).replace(" ", "")


def load_gold(gold: Path) -> dict[str, dict]:
    specs = {}
    for path in sorted(gold.glob("*.json")):
        spec = json.loads(path.read_text("utf-8"))
        if spec["document"].startswith("corpus:"):
            specs[path.name] = spec
    return specs


_RUN = """
import json, pickle, sys
from govreport.pipeline import run_path
out = {}
for name, path, item in json.load(open(sys.argv[1])):
    docs = [d.to_json() for d in run_path(path).documents]
    doc = next((d for d in docs if d["item"] == item), None)
    out[name] = None if doc is None else {k: doc[k] for k in ("id", "item", "text", "sentences", "facts", "region")}
pickle.dump(out, open(sys.argv[2], "wb"))
"""


def pipeline_outputs(specs: dict[str, dict], corpus: Path, src: Path | None = None) -> dict[str, dict]:
    """The pipeline's document for every gold file, from the installed code or from ``src``."""
    jobs = [(name, str(corpus / spec["document"].split(":", 1)[1]), spec.get("item", 0)) for name, spec in specs.items()]
    with tempfile.TemporaryDirectory() as tmp:
        listing, result = Path(tmp) / "jobs.json", Path(tmp) / "out.pkl"
        listing.write_text(json.dumps(jobs))
        env = dict(os.environ)
        if src is not None:
            env["PYTHONPATH"] = str(src)
        subprocess.run([sys.executable, "-c", _RUN, str(listing), str(result)], check=True, env=env, cwd=tmp)
        return pickle.loads(result.read_bytes())


def snapshot_before(set_name: str) -> str:
    """The commit before the one that added a set's gold: the rules had not seen the set."""
    added = subprocess.run(["git", "log", "--diff-filter=A", "--format=%H", "--", f"gold/projects/{set_name}_01.json"],
                           cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()[-1]
    return subprocess.run(["git", "rev-parse", added + "^"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()


def old_outputs(commit: str, specs: dict[str, dict], corpus: Path) -> dict[str, dict]:
    cached = CACHE / f"pipeline-{commit[:12]}.pkl"
    if cached.exists():
        return pickle.loads(cached.read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", commit, "src"], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        out = pipeline_outputs(specs, corpus, Path(tmp) / "src")
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(pickle.dumps(out))
    return out


class Doc:
    """One gold file with the pipeline's clean text and sentences."""

    def __init__(self, name: str, spec: dict, out: dict):
        self.name, self.spec, self.out = name, spec, out
        self.text = out["text"]
        self.folded = _fold(self.text)
        self.sentences = [tuple(s) for s in out["sentences"]]
        self.projects = [g for g in spec["facts"] if g["kind"] == "project"]
        self.exhaustive = "project" in spec.get("exhaustive_kinds", [])

    def sentence_at(self, pos: int) -> int | None:
        for i, (s, e) in enumerate(self.sentences):
            if s <= pos < e:
                return i
        return None

    def find(self, phrase: str) -> int:
        return self.folded.find(_form(phrase))

    def anchor_sentences(self, facts) -> set[int]:
        out = set()
        for g in facts:
            at = self.find(g["anchor"])
            i = self.sentence_at(at) if at >= 0 else None
            if i is not None:
                out.add(i)
        return out

    def scope(self) -> set[int]:
        """The sentences the gold labels every project of."""
        if self.exhaustive:
            return set(range(len(self.sentences)))
        listed = [{"anchor": a} for a in self.spec.get("exhaustive", [])]
        return self.anchor_sentences(self.projects) | self.anchor_sentences(listed)

    def name_spans(self, names: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
        """Every occurrence of the names in text[lo:hi], longest first, not overlapping."""
        taken: list[tuple[int, int]] = []
        for form in sorted({_form(n) for n in names}, key=len, reverse=True):
            at = self.folded.find(form, lo, hi)
            while at >= 0:
                if not any(a < at + len(form) and at < b for a, b in taken):
                    taken.append((at, at + len(form)))
                at = self.folded.find(form, at + 1, hi)
        return sorted(taken)


# ---------------------------------------------------------------- tagger

def _class(c: str) -> str:
    if c.isdigit():
        return "D"
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isascii() and c.isalpha():
        return "L"
    if c in CLAUSE_END:
        return "P"
    return "O"


def features(sentence: str) -> list[list[str]]:
    n = len(sentence)
    marks: list[list[str]] = [[] for _ in range(n)]
    for tag, words in LEXICON.items():
        for word in words:
            at = sentence.find(word)
            while at >= 0:
                end = at + len(word)
                for k in range(at, end):
                    marks[k].append(f"{tag}:{'B' if k == at else 'E' if k == end - 1 else 'I'}")
                at = sentence.find(word, at + 1)
    # is a name's end (项目, 工程, …) ahead in this clause, and how far into the clause are we
    ahead = [False] * n
    seen = False
    for k in range(n - 1, -1, -1):
        if sentence[k] in CLAUSE_END:
            seen = False
        ahead[k] = seen
        if any(m.startswith("SUF:E") for m in marks[k]):
            seen = True
    into, depth = [0] * n, 0
    for k in range(n):
        into[k] = min(depth, 3)
        depth = 0 if sentence[k] in CLAUSE_END else depth + 1
    pad = lambda k: sentence[k] if 0 <= k < n else ("^" if k < 0 else "$")  # noqa: E731
    rows = []
    for k in range(n):
        c = sentence[k]
        row = ["bias", "c=" + c, "k=" + _class(c), "c-1=" + pad(k - 1), "c+1=" + pad(k + 1), "c-2=" + pad(k - 2), "c+2=" + pad(k + 2),
               "b-1=" + pad(k - 1) + c, "b+1=" + c + pad(k + 1), "k-1k+1=" + _class(pad(k - 1)) + _class(pad(k + 1)),
               "ahead=" + str(ahead[k]), "into=" + str(into[k])]
        row += marks[k]
        row += ["m-1=" + m for m in (marks[k - 1] if k else [])]
        row += ["m+1=" + m for m in (marks[k + 1] if k + 1 < n else [])]
        rows.append(row)
    return rows


def labels(length: int, spans: list[tuple[int, int]]) -> list[str]:
    out = ["O"] * length
    for a, b in spans:
        out[a] = "B"
        for k in range(a + 1, b):
            out[k] = "I"
    return out


def training_sequences(docs: list[Doc], tally: Counter) -> list[tuple[str, list[str]]]:
    seqs = []
    for doc in docs:
        named = [g for g in doc.projects if g.get("name")]
        names = [g["name"] for g in named]
        chosen = doc.anchor_sentences(doc.projects)
        if not doc.exhaustive:
            listed = [{"anchor": a} for a in doc.spec.get("exhaustive", [])]
            chosen |= doc.anchor_sentences(listed)
        for g in named:
            home = doc.anchor_sentences([g])
            s, e = doc.sentences[next(iter(home))] if home else (0, 0)
            form = _form(g["name"])
            if home and doc.folded.find(form, s, e) >= 0:
                tally["name in its anchor sentence"] += 1
            elif doc.folded.find(form) >= 0:
                tally["name elsewhere in the page"] += 1
                chosen.add(doc.sentence_at(doc.folded.find(form)))
            else:
                tally["name not found verbatim (skipped)"] += 1
        if doc.exhaustive:  # negatives (and any more mentions) from a page labelled whole
            chosen |= {i for i, (s, e) in enumerate(doc.sentences) if CUE.search(doc.text[s:e])}
        for i in sorted(chosen):
            s, e = doc.sentences[i]
            spans = [(a - s, b - s) for a, b in doc.name_spans(names, s, e)]
            seqs.append((doc.folded[s:e], labels(e - s, spans)))
            tally["sequences with a name" if spans else "sequences all O"] += 1
    return seqs


def train(seqs, path: Path) -> float:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence, ys in seqs:
        trainer.append(features(sentence), ys)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    t = time.perf_counter()
    trainer.train(str(path))
    return time.perf_counter() - t


def tag(tagger: pycrfsuite.Tagger, sentence: str) -> list[tuple[int, int, float]]:
    """Name spans (start, end, confidence: the least marginal of their labels)."""
    if not sentence:
        return []
    ys = tagger.tag(features(sentence))
    spans, at = [], None
    for k, y in enumerate(ys + ["O"]):
        if at is not None and y != "I":
            spans.append((at, k, min(tagger.marginal(ys[j], j) for j in range(at, k))))
            at = None
        if y == "B" or (y == "I" and at is None):
            at = k
    return spans


# ---------------------------------------------------------------- scoring

def _rule_projects(out: dict) -> list[dict]:
    return [p for p in out["facts"] if p["kind"] == "project" and not p.get("batch")]


def _overlaps(p: dict, doc: Doc, sentences: set[int]) -> bool:
    return any(p["evidence_start"] < doc.sentences[i][1] and doc.sentences[i][0] < p["evidence_end"] for i in sentences)


def _crf_names(doc: Doc, tagged: dict[int, list], sentences: set[int], cue: bool) -> set[str]:
    out = set()
    for i in sentences:
        s, e = doc.sentences[i]
        if cue and not CUE.search(doc.text[s:e]):
            continue
        out |= {_norm(doc.text[s + a : s + b]) for a, b, _ in tagged[i]}
    return out


def _tally(t: list[int], gold: set[str], got: set[str]) -> None:
    t[0] += len(gold & got)
    t[1] += len(got - gold)
    t[2] += len(gold - got)


def prf(t) -> tuple[float, float, float]:
    tp, fp, fn = t
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def combine(doc: Doc, out: dict, tagged: dict[int, list], fill: float, override: float) -> dict:
    """The rules' facts, their names mended by the tagger's spans."""
    facts = [dict(p) for p in out["facts"]]
    by_sentence: dict[int, list[dict]] = {}
    for p in facts:
        if p["kind"] == "project" and not p.get("batch"):
            i = doc.sentence_at(p["start"])
            if i is not None:
                by_sentence.setdefault(i, []).append(p)
    for i, group in by_sentence.items():
        s, e = doc.sentences[i]
        spans = [(s + a, s + b, c) for a, b, c in tagged[i]]
        for p in group:
            if not p.get("name"):
                continue
            at = doc.text.find(p["name"], s, e)
            if at < 0:
                continue
            over = [x for x in spans if x[0] < at + len(p["name"]) and at < x[1]]
            if len(over) == 1 and over[0][2] >= override and doc.text[over[0][0] : over[0][1]] != p["name"]:
                p["name"] = doc.text[over[0][0] : over[0][1]]
        taken = {_norm(p["name"]) for p in group if p.get("name")}
        for p in group:
            if p.get("name"):
                continue
            free = [x for x in spans if x[2] >= fill and _norm(doc.text[x[0] : x[1]]) not in taken]
            if not free:
                continue
            # the span nearest the fact, one before it (甲项目总投资5亿元) before one after it
            best = min(free, key=lambda x: (0, p["start"] - x[1]) if x[1] <= p["start"] else (1, x[0] - p["start"]))
            p["name"] = doc.text[best[0] : best[1]]
            taken.add(_norm(p["name"]))
    return {**out, "facts": facts}


# a sentence that tells a stage: where a name the rules found nothing for may be a project
STAGED = re.compile(r"开工|投产|竣工|签约|签订|落户|建成|开业|奠基|动工|落地|达产|运营|通车")


def add_names(doc: Doc, out: dict, tagged: dict[int, list], least: float) -> dict:
    """The rules' facts and, as projects of their own with no amount, the tagger's spans of at
    least ``least`` confidence in sentences that tell a stage, where no rule project holds the
    span or a part of it and no unnamed rule project is told in that sentence."""
    facts = [dict(p) for p in out["facts"]]
    rules = [p for p in facts if p["kind"] == "project"]
    for i, (s, e) in enumerate(doc.sentences):
        if not STAGED.search(doc.text[s:e]):
            continue
        for a, b, confidence in tagged[i]:
            span = doc.text[s + a : s + b]
            if confidence < least or any(p["evidence_start"] <= s + a < p["evidence_end"] and (not p.get("name") or p["name"] in span or span in p["name"]) for p in rules):
                continue
            facts.append({"kind": "project", "name": span, "amount": None, "evidence": doc.text[s:e], "evidence_start": s, "evidence_end": e, "start": s + a})
    return {**out, "facts": facts}


def official(pairs: list[tuple[Doc, dict]]) -> dict:
    report = Report()
    for doc, out in pairs:
        _score(report, doc.name, doc.spec, out)
    name, proj = report.fields[("project", "name")], report.kinds["project"]
    return {"name": (name.tp, name.fp, name.fn), "project": (proj.tp, proj.fp, proj.fn)}


# ---------------------------------------------------------------- main

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "projects"))
    ap.add_argument("--corpus", required=True, help="folder holding the gold's corpus pages")
    ap.add_argument("--unseen", action="store_true", help="also score the rules as they were before each held-out set")
    ap.add_argument("--fill", type=float, default=0.5, help="least confidence for a CRF name where the rules give none")
    ap.add_argument("--override", type=float, default=0.9, help="least confidence for a CRF name to replace the rules' one")
    ap.add_argument("--add", type=float, nargs="*", default=[], help="also score the rules with the tagger's names added as projects, at these least confidences")
    ap.add_argument("--sets", nargs="*", default=list(HELD_OUT))
    args = ap.parse_args()

    specs = load_gold(Path(args.gold))
    t = time.perf_counter()
    outputs = pipeline_outputs(specs, Path(args.corpus))
    print(f"pipeline (current rules) over {len(specs)} pages: {time.perf_counter() - t:.1f} s", flush=True)
    docs = {name: Doc(name, spec, outputs[name]) for name, spec in specs.items() if outputs.get(name)}
    by_set: dict[str, list[Doc]] = {}
    for name, doc in docs.items():
        by_set.setdefault(set_of(name), []).append(doc)

    found = Counter()
    training_sequences(list(docs.values()), found)
    print("all gold:", dict(found), flush=True)

    rows, totals = [], {}
    train_secs, tag_chars, tag_secs = [], 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for held in args.sets:
            test = by_set[held]
            variants = {"loso": [d for s, ds in by_set.items() if s != held for d in ds]}
            if args.unseen:
                before = SET_ORDER[: SET_ORDER.index(held)]
                variants["fwd"] = [d for s in before for d in by_set.get(s, [])]
            tagged: dict[str, dict[str, dict[int, list]]] = {}
            for variant, train_docs in variants.items():
                tally = Counter()
                seqs = training_sequences(train_docs, tally)
                model = Path(tmp) / f"{held}-{variant}.crfsuite"
                train_secs.append(train(seqs, model))
                tagger = pycrfsuite.Tagger()
                tagger.open(str(model))
                tagged[variant] = {}
                for doc in test:
                    t = time.perf_counter()
                    tagged[variant][doc.name] = {i: tag(tagger, doc.folded[s:e]) for i, (s, e) in enumerate(doc.sentences)}
                    tag_secs += time.perf_counter() - t
                    tag_chars += len(doc.text)
                tagger.close()
                print(f"{held} {variant}: {len(train_docs)} pages, {len(seqs)} sequences, trained in {train_secs[-1]:.1f} s; {dict(tally)}", flush=True)

            systems: dict[str, tuple[dict, str | None, tuple]] = {
                "rules (now)": ({d.name: d.out for d in test}, None, ()),
                "CRF loso": (None, "loso", ()),
                "rules (now) + CRF loso": ({d.name: d.out for d in test}, "loso", (args.fill, args.override)),
                "rules (now) + CRF loso, fill only": ({d.name: d.out for d in test}, "loso", (args.fill, 2.0)),
            }
            for least in args.add:
                systems[f"rules (now) + CRF loso, added at {least:.2f}"] = ({d.name: d.out for d in test}, "loso", ("add", least))
            if args.unseen:
                commit = snapshot_before(held)
                old = old_outputs(commit, specs, Path(args.corpus))
                print(f"{held}: rules before the set = {commit[:10]}", flush=True)
                systems["rules (before set)"] = ({d.name: old[d.name] for d in test}, None, ())
                systems["CRF fwd"] = (None, "fwd", ())
                systems["rules (before) + CRF fwd"] = ({d.name: old[d.name] for d in test}, "fwd", (args.fill, args.override))
                systems["rules (before) + CRF fwd, fill only"] = ({d.name: old[d.name] for d in test}, "fwd", (args.fill, 2.0))
            for label, (rule_out, variant, combo) in systems.items():
                a, b = [0, 0, 0], [0, 0, 0]
                pairs = []
                for doc in test:
                    named = [g for g in doc.projects if g.get("name")]
                    anchored = doc.anchor_sentences(doc.projects)
                    gold_a = {_norm(g["name"]) for g in named}
                    scope = doc.scope()
                    if rule_out is not None and combo and combo[0] == "add":
                        out = add_names(doc, rule_out[doc.name], tagged[variant][doc.name], combo[1])
                    elif rule_out is not None and combo:
                        out = combine(doc, rule_out[doc.name], tagged[variant][doc.name], *combo)
                    else:
                        out = rule_out[doc.name] if rule_out is not None else None
                    if out is not None:
                        ps = _rule_projects(out)
                        got_a = {_norm(p["name"]) for p in ps if p.get("name") and _overlaps(p, doc, anchored)}
                        in_scope = ps if doc.exhaustive else [p for p in ps if _overlaps(p, doc, scope)]
                        got_b = {_norm(p["name"]) for p in in_scope if p.get("name")}
                        pairs.append((doc, out))
                    else:
                        got_a = _crf_names(doc, tagged[variant][doc.name], anchored, cue=False)
                        got_b = _crf_names(doc, tagged[variant][doc.name], scope, cue=True)
                    _tally(a, gold_a, got_a)
                    _tally(b, gold_a, got_b)
                c = official(pairs) if pairs else None
                rows.append((held, label, a, b, c))
                for key, val in (("A", a), ("B", b)) + ((("C", c["name"]), ("P", c["project"])) if c else ()):
                    acc = totals.setdefault((label, key), [])
                    acc.append(prf(val))

    def fmt(t):
        return "  ".join(f"{x:.3f}" for x in prf(t)) if t else "    -      -      -  "

    head = f"{'set':11} {'system':36} {'A names P  R  F1':>20} {'B names P  R  F1':>20} {'C name P  R  F1':>20} {'project P  R  F1':>20}"
    print("\n" + head)
    for held, label, a, b, c in rows:
        print(f"{held:11} {label:36} {fmt(a):>20} {fmt(b):>20} {fmt(c['name'] if c else None):>20} {fmt(c['project'] if c else None):>20}")
    print("\nmean over held-out sets (of the per-set P, R, F1)")
    for label in dict.fromkeys(label for _, label, *_ in rows):
        cells = []
        for key in "ABCP":
            vals = totals.get((label, key))
            cells.append("  ".join(f"{sum(v[j] for v in vals) / len(vals):.3f}" for j in range(3)) if vals else "    -      -      -  ")
        print(f"{'mean':11} {label:36} " + " ".join(f"{c:>20}" for c in cells))
    print(f"\ntraining: {len(train_secs)} models, {min(train_secs):.1f}–{max(train_secs):.1f} s each (150 L-BFGS iterations)")
    print(f"tagging: {tag_chars / tag_secs / 1e3:.0f} k characters/s ({tag_chars} characters in {tag_secs:.1f} s, every sentence of the held-out pages)")


if __name__ == "__main__":
    main()
