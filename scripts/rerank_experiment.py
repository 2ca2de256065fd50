#!/usr/bin/env python3
"""Experiment: can a model trained on the project gold choose better than the rules where the
rules must choose, on pages neither has seen?

Two choices are tried, each with a log-linear model of a few dozen typed features (no words of
any page), trained with NumPy on the gold of every set but the held-out ones:

 heads  which of a project's name forms is its name: the rules' name, the name with the place,
        park or list number at its head stripped (湖北甲新材料产业园项目 → 甲新材料产业园项目), or
        widened by the place or park written just before it in the sentence. Only the projects
        the rules found and the gold names, where one of the forms is the gold's, are counted.
 keep   whether a project the rules found is one the gold labels (a true project) or an extra;
        a project the model gives less than --least is dropped.

Both are scored by leave-set-out over five folds of the read sets and, trained on all read
sets, on the sets named with --held (the sets no rule was written for). Nothing is written
inside the repository and no model is shipped: the answer so far is that neither choice
carries (see the README).

    python scripts/rerank_experiment.py --corpus PAGES_DIR --held SET [SET ...]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

import numpy as np

from govreport.evaluate import KEYS, _key_matches, _kind_of, _match_retold, _norm, gold_files, resolve
from govreport.pipeline import run_path
from govreport.regions import gazetteer

ROOT = Path(__file__).resolve().parents[1]

_PARK = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|经开区|投资区|工业园区|产业园区|工业集中区|合作区|新区|片区|园区)")
_NUMBER = re.compile(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}[、是])")
# how a name ends: a place's own works, a park or base, anything else
_OWN = re.compile(r"(医院|院区|学校|学院|中学|小学|幼儿园|体育馆|博物馆|图书馆|馆|公路|高速|大道|路|大桥|桥|隧道|铁路|机场|港|码头|污水|水厂|治理|整治|改造|基础设施|灌区|水库|公园|广场|中心|片区|新城|老城|车站|站)(?:建设)?(?:项目|工程)?(?:[一二三四]期)?$")
_PARKY = re.compile(r"(产业园|园区|基地|工业园|产业城|科技城|城)(?:项目|工程)?(?:[一二三四]期)?$")
# a name that opens on a trade or kind word names nothing of its own (现代物流项目, 年产5万吨…)
_GENERIC = re.compile(r"^(?:现代|智能|新能源|新材料|电子|数字|高端|城市|生态|文化|旅游|物流|农业|农产品|绿色|冷链|智慧|大数据|综合|年产|新建|\d)")
_ENDS_AS_PROJECT = re.compile(r"(项目|工程|基地|产业园|园区|生产线|工厂|中心|厂|园|线|馆|路|桥|站|城|港|小镇|电站|医院|学校)(?:[（(]?[一二三四五]期[)）]?)?$")


# ---------------------------------------------------------------- data

def matched(gold: Path, corpus: Path, seeds: Path) -> list[dict]:
    """Every gold project with the prediction the evaluation pairs it with (or None), and every
    prediction in the gold's scope that no gold fact took (an extra), with the page's set."""
    rows = []
    for path in gold_files(gold):
        spec = json.loads(path.read_text("utf-8"))
        if "documents" in spec:
            continue
        page = resolve(spec["document"], gold.parent.parent, seeds, corpus)
        if page is None:
            continue
        docs = [d.to_json() for d in run_path(str(page)).documents if d.item == spec.get("item", 0)]
        if not docs:
            continue
        predicted, facts = docs[0]["facts"], spec["facts"]
        evidence = [_norm(p["evidence"]) for p in predicted]
        matches: list[int | None] = []
        for g in facts:
            matches.append(next((i for i, p in enumerate(predicted) if i not in matches and _kind_of(p) == g["kind"]
                                 and _norm(g["anchor"]) in evidence[i] and _key_matches(g, p, KEYS[g["kind"]])), None))
        _match_retold(facts, predicted, matches)
        set_name = path.name.split("_")[0]
        for g, m in zip(facts, matches):
            if g["kind"] == "project":
                rows.append({"set": set_name, "gold": g, "pred": predicted[m] if m is not None else None})
        used = {m for m in matches if m is not None}
        listed = [_norm(a) for a in spec.get("exhaustive", [])]
        everything = bool({"project", "batch"} & set(spec.get("exhaustive_kinds", [])))
        for i, p in enumerate(predicted):
            if i not in used and _kind_of(p) == "project" and (everything or any(a in evidence[i] for a in listed)):
                rows.append({"set": set_name, "gold": None, "pred": p})
    return rows


# ---------------------------------------------------------------- heads

def _head_at(s: str) -> tuple[int, str] | None:
    """The length and kind of a place, park or list number at the head of ``s``."""
    gz = gazetteer()
    if (m := _NUMBER.match(s)) is not None:
        return m.end(), "number"
    best = next(((n, "full-" + gz.by_name[s[:n]][0].level) for n in range(min(len(s) - 1, gz.max_len), 1, -1) if s[:n] in gz.by_name), None)
    if (m := _PARK.match(s)) is not None and (best is None or m.end() > best[0]):
        best = (m.end(), "park")
    if best:
        return best
    for n in range(min(len(s) - 1, gz.max_stem), 1, -1):
        if s[:n] in gz.short:
            return n, "short-" + gz.by_name[min(gz.short[s[:n]])][0].level
    return None


def _head_before(text: str, end: int) -> tuple[int, str] | None:
    """The start and kind of a place or park that ends at ``end`` of ``text``."""
    gz, best = gazetteer(), None
    for n in range(2, min(end, 14) + 1):
        piece = text[end - n : end]
        if piece in gz.by_name:
            best = (end - n, "full-" + gz.by_name[piece][0].level)
        elif piece in gz.short and best is None:
            best = (end - n, "short-" + gz.by_name[min(gz.short[piece])][0].level)
        elif _PARK.fullmatch(piece):
            best = (end - n, "park")
    return best


def name_forms(name: str, evidence: str) -> list[tuple[str, int]]:
    """The rules' name (step 0), its heads stripped one by one (-1, -2 …) and the places
    before it added (+1, +2)."""
    forms, rest, k = [(name, 0)], name, 0
    while (head := _head_at(rest)) is not None and len(rest) - head[0] >= 2:
        rest, k = rest[head[0] :], k + 1
        forms.append((rest, -k))
    at = evidence.find(name)
    if at > 0:
        whole, k = name, 0
        while k < 2 and (head := _head_before(evidence, at)) is not None:
            whole, at, k = evidence[head[0] : at] + whole, head[0], k + 1
            forms.append((whole, k))
    return forms


def _ending(name: str) -> str:
    return "own" if _OWN.search(name) else "park" if _PARKY.search(name) else "other"


def head_features(form: str, step: int, evidence: str, location: str | None) -> dict[str, float]:
    f = {f"step{max(-2, min(2, step)):+d}": 1.0}
    head = _head_at(form)
    kind = head[1] if head else "none"
    at = evidence.find(form)
    before = _head_before(evidence, at) if at > 0 else None
    prior = before[1] if before else "none"
    end = _ending(form)
    f.update({f"head:{kind}": 1, f"before:{prior}": 1, f"end:{end}": 1, f"head:{kind}|end:{end}": 1, f"before:{prior}|end:{end}": 1})
    if head:
        rest, said = form[head[0] :], form[: head[0]]
        f[f"rest-generic:{bool(_GENERIC.match(rest))}|{kind}"] = 1
        f[f"rest-length:{min(len(rest) // 3, 4)}"] = 1
        if location and (said in location or location in said):
            f["head-is-location"] = 1
    else:
        f[f"length:{min(len(form) // 3, 5)}"] = 1
        f[f"generic:{bool(_GENERIC.match(form))}"] = 1
    if before:
        said = evidence[before[0] : at]
        if location and (said in location or location in said):
            f["before-is-location"] = 1
        f[f"generic-after:{bool(_GENERIC.match(form))}|{prior}"] = 1
    return f


def head_instances(rows: list[dict]) -> list[tuple[str, list[int], list[dict]]]:
    out = []
    for r in rows:
        g, p = r["gold"], r["pred"]
        if not (g and p and g.get("name") and p.get("name")):
            continue
        forms = name_forms(p["name"], p["evidence"])
        right = [int(_norm(form) == _norm(g["name"])) for form, _ in forms]
        if len(forms) > 1 and any(right):
            out.append((r["set"], right, [head_features(form, step, p["evidence"], p.get("location")) for form, step in forms]))
    return out


# ---------------------------------------------------------------- keep

def keep_features(p: dict, siblings: int) -> dict[str, float]:
    name = p.get("name")
    f = {f"amount:{p.get('amount') is not None}": 1.0, f"kind:{p.get('amount_kind')}": 1, f"stage:{p.get('stage')}": 1,
         f"named:{bool(name)}": 1, f"investors:{bool(p.get('investors'))}": 1, f"location:{bool(p.get('location'))}": 1,
         f"industries:{bool(p.get('industries'))}": 1, f"member:{bool(p.get('batch'))}": 1, f"modifier:{p.get('modifier')}": 1,
         f"output:{bool(p.get('annual_output'))}": 1, f"siblings:{min(siblings, 4)}": 1,
         f"evidence:{min(len(p['evidence']) // 40, 5)}": 1, f"list:{'、' in p['evidence']}": 1,
         f"amount&named:{p.get('amount') is not None}{bool(name)}": 1}
    if name:
        f.update({f"ends-as-project:{bool(_ENDS_AS_PROJECT.search(name))}": 1, f"name-length:{min(len(name) // 3, 6)}": 1,
                  f"firm-word:{bool(re.search('公司|集团', name))}": 1})
    return f


def keep_instances(rows: list[dict]) -> list[tuple[str, int, dict]]:
    told = Counter((r["set"], r["pred"]["evidence"]) for r in rows if r["pred"])
    return [(r["set"], int(r["gold"] is not None), keep_features(r["pred"], told[(r["set"], r["pred"]["evidence"])])) for r in rows if r["pred"]]


# ---------------------------------------------------------------- models

def _matrix(feature_dicts: list[dict], vocab: dict[str, int]) -> np.ndarray:
    m = np.zeros((len(feature_dicts), len(vocab)))
    for i, f in enumerate(feature_dicts):
        for k, v in f.items():
            if k in vocab:
                m[i, vocab[k]] = v
    return m


def train_choice(data, l2: float = 1.0, rounds: int = 300, rate: float = 0.5) -> dict[str, float]:
    """A conditional log-linear model over each instance's forms (softmax over the forms)."""
    vocab: dict[str, int] = {}
    for _, _, forms in data:
        for f in forms:
            for k in f:
                vocab.setdefault(k, len(vocab))
    xs = [(_matrix(forms, vocab), np.array(right, float) / sum(right)) for _, right, forms in data]
    w = np.zeros(len(vocab))
    for _ in range(rounds):
        grad = l2 * w / len(xs)
        for m, target in xs:
            s = m @ w
            p = np.exp(s - s.max())
            grad += m.T @ (p / p.sum() - target) / len(xs)
        w -= rate * grad
    return {k: w[i] for k, i in vocab.items()}


def train_keep(data, l2: float = 3.0, rounds: int = 400, rate: float = 0.5) -> tuple[dict[str, float], float]:
    vocab: dict[str, int] = {}
    for _, _, f in data:
        for k in f:
            vocab.setdefault(k, len(vocab))
    x, y = _matrix([f for _, _, f in data], vocab), np.array([t for _, t, _ in data], float)
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= rate * (p - y).mean()
    return {k: w[i] for k, i in vocab.items()}, b


def _score(w: dict[str, float], f: dict[str, float]) -> float:
    return sum(w.get(k, 0.0) * v for k, v in f.items())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "projects"))
    ap.add_argument("--corpus", required=True, help="folder holding the gold's corpus pages")
    ap.add_argument("--seeds", default=str(ROOT.parent / "shared" / "seeds"))
    ap.add_argument("--held", nargs="+", required=True, help="sets no rule was written for: never trained on")
    ap.add_argument("--least", type=float, nargs="*", default=[0.3, 0.4, 0.5], help="keep: drop a project below this probability")
    args = ap.parse_args()

    rows = matched(Path(args.gold), Path(args.corpus), Path(args.seeds))
    held = tuple(args.held)
    read_sets = sorted({r["set"] for r in rows if not r["set"].startswith(held)})
    random.Random(0).shuffle(read_sets)
    folds = [read_sets[i::5] for i in range(5)]

    heads = head_instances(rows)
    print(f"heads: {len(heads)} names with a choice of form, one of them the gold's")
    tally = Counter()
    for fold in folds:
        w = train_choice([d for d in heads if d[0] not in fold and not d[0].startswith(held)])
        for _, right, forms in (d for d in heads if d[0] in fold):
            tally["cv"] += 1
            tally["cv rules"] += right[0]
            tally["cv model"] += right[max(range(len(forms)), key=lambda j: _score(w, forms[j]))]
    w = train_choice([d for d in heads if not d[0].startswith(held)])
    for _, right, forms in (d for d in heads if d[0].startswith(held)):
        tally["held"] += 1
        tally["held rules"] += right[0]
        tally["held model"] += right[max(range(len(forms)), key=lambda j: _score(w, forms[j]))]
    print(f"  read sets, leave-set-out: rules right {tally['cv rules']}/{tally['cv']}, model right {tally['cv model']}/{tally['cv']}")
    print(f"  held-out sets:            rules right {tally['held rules']}/{tally['held']}, model right {tally['held model']}/{tally['held']}")

    keep = keep_instances(rows)
    train = [d for d in keep if not d[0].startswith(held)]
    test = [d for d in keep if d[0].startswith(held)]
    print(f"keep: {len(train)} read projects ({sum(1 - t for _, t, _ in train)} extra), {len(test)} held-out ({sum(1 - t for _, t, _ in test)} extra)")
    w, b = train_keep(train)
    for least in args.least:
        for label, data in (("read (trained on)", train), ("held-out", test)):
            dropped = [t for _, t, f in data if 1 / (1 + np.exp(-(b + _score(w, f)))) < least]
            print(f"  below {least:.2f}, {label:17}: drops {dropped.count(0)} extras and {dropped.count(1)} true projects")


if __name__ == "__main__":
    main()
