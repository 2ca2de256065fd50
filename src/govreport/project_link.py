"""Stage 8b: one project from its mentions in many documents (signing, ground-breaking,
production, a later report's review), with the evidence of every mention kept.

Two mentions are of one project when their names agree, allowing a short name for a long one
(比亚迪电池项目 in a report, 比亚迪长沙动力电池项目 in the signing news), and nothing they
state disagrees:
- names agree when the core of one (the name without 项目/工程, a leading place or 年产) holds
  the core of the other (where the places agree, an investor is shared or the shorter core
  is long enough to tell a project: 原料药生产基地 alone is not), or the two share most of
  their character pairs and are of one city;
- they must not disagree on place (two known provinces, or two known cities), on phase
  (一期 and 二期 are two projects), on the figures inside the name (5万吨 and 10万吨), on the
  investors (both named, none shared), or on the total investment (both stated and more than
  a third apart);
- names told quite differently still agree when the two share some character pairs, a pair
  of their own words among them (液晶面板, not 产业 or 材料), name places that do not disagree
  and state one distinctive total investment (57.5亿元, or 20亿元 and more);
- two mentions in one document are two projects (the extractor told each project once).
Candidate pairs come from the character pairs of the cores, so no mention is compared with
every other.
"""

from __future__ import annotations

import hashlib
import re
from difflib import SequenceMatcher
from collections import defaultdict
from dataclasses import dataclass, field

_SUFFIX = re.compile(r"(?:项目|工程|建设|新建|扩建)+$")
_LEAD = re.compile(r"^(?:年产|新建|扩建|建设|投资建设)")
_PHASE = re.compile(r"[一二三四五六七八九1-9]期")
_FIGURES = re.compile(r"\d+(?:\.\d+)?")
# the works that serve another (its power supply, its outlet line, its link road), told after its name
_AUXILIARY = re.compile(r"供电|送出|配套|连接线|专用线|接入|引线|输变电|变电站|千伏")
# words of a kind that many projects' names share (产业园, 生产基地, 智能制造): no sign of one
# project where a total is what two names are linked by (格林美正极材料产业园 and 再生面料产业链项目)
_KIND_WORDS = re.compile(r"产业园|产业链|产业|园区|基地|生产线|生产|制造|智能|科技|材料|新型|建设|项目|工程|[一二三四五六七八九\d]期")
_COMPANY_TAIL = re.compile(r"(?:股份)?(?:有限责任|有限)?(?:公司|集团)$")


@dataclass(frozen=True)
class Mention:
    id: int  # the fact's id
    document: str
    name: str | None
    investors: tuple[str, ...] = ()
    province: str | None = None
    city: str | None = None
    places: tuple[str, ...] = ()  # the names of the document's place, to strip from a name
    base_amount: float | None = None
    amount_kind: str | None = None
    amount_phase: str | None = None  # 首期: the amount is one phase's, not the project's total


@dataclass
class _Sets:
    parent: dict[int, int] = field(default_factory=dict)

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _names_itself(core_name: str) -> bool:
    from .extract.projects import _names_itself as names_itself

    return names_itself(core_name)


def core(name: str, places: tuple[str, ...] = ()) -> str:
    """The part of a project's name that tells it from others: 长沙市年产10GWh动力电池项目 → 10GWh动力电池."""
    text = re.sub(r"[\s“”\"'（）()《》·\-]", "", name)
    for place in sorted(places, key=len, reverse=True):
        if place and len(place) >= 2 and text.startswith(place) and len(text) - len(place) >= 4:
            text = text[len(place) :]
    text = _SUFFIX.sub("", text)
    return _LEAD.sub("", text)


def company(name: str) -> str:
    return _COMPANY_TAIL.sub("", name)


def _pairs(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def same_project(a: Mention, b: Mention) -> bool:
    """Whether two mentions (of different documents) are of one project."""
    if a.document == b.document or not a.name or not b.name:
        return False
    ca, cb = core(a.name, a.places), core(b.name, b.places)
    if len(ca) < 2 or len(cb) < 2:
        return False
    if a.province and b.province and a.province != b.province:
        return False
    if a.city and b.city and a.city != b.city:
        return False
    if set(_PHASE.findall(a.name)) != set(_PHASE.findall(b.name)):
        return False
    fa, fb = set(_FIGURES.findall(ca)), set(_FIGURES.findall(cb))
    if fa and fb and fa != fb:
        return False
    if a.investors and b.investors:
        ia, ib = {company(x) for x in a.investors}, {company(x) for x in b.investors}
        if not any(x in y or y in x for x in ia for y in ib):
            return False
    if a.base_amount and b.base_amount and a.amount_kind == b.amount_kind == "total_investment" and not (a.amount_phase or b.amount_phase):
        if max(a.base_amount, b.base_amount) > 1.34 * min(a.base_amount, b.base_amount):
            return False
    short, long = sorted((ca, cb), key=len)
    if long.startswith(short) and re.fullmatch(r"[\u4e00-\u9fff]{1,8}段(?:项目|工程)?", long[len(short) :]):
        return False  # 兴泉铁路泉州段 is a section of 兴泉铁路, not the whole
    if long.startswith(short) and _AUXILIARY.search(long[len(short) :]):
        return False  # 宝兰客专330千伏供电 is the works that feeds 宝兰客专, a project of its own
    if len(short) >= 3 and short in long:
        # one name holds the other: enough where the places agree or an investor is shared; a
        # short generic core alone (原料药生产基地) is no evidence across unknown places
        same_place = bool((a.city and a.city == b.city) or (a.province and a.province == b.province))
        shared = bool(a.investors and b.investors)  # both named, and (above) sharing one
        if (same_place and _names_itself(short)) or shared or len(short) >= 8:
            return True  # (总部基地 in 甲乙总部基地: words of a kind name no one project, even in one city)
    if _own_heads_of_one_kind(ca, cb):
        return False  # 菜籽坝抽水蓄能电站 and 栗子湾抽水蓄能电站: two places' works of one kind
    pa, pb = _pairs(ca), _pairs(cb)
    dice = 2 * len(pa & pb) / (len(pa) + len(pb)) if pa and pb else 0.0
    if dice >= 0.6 and bool(a.city and a.city == b.city) and (_names_itself(short) or len(short) >= 8):
        return True  # (two firms' 建筑材料生产项目 in one city: words of a kind, no one project)
    # names told differently (中国电子8.6代液晶面板生产线 / 中电熊猫G8.6液晶面板), in places that do not
    # disagree, with one distinctive total: the same money is the same project
    return dice >= 0.2 and _same_distinctive_total(a, b) and bool(_pairs(_KIND_WORDS.sub("|", ca)) & _pairs(_KIND_WORDS.sub("|", cb)) - {"||"})


def _own_heads_of_one_kind(ca: str, cb: str) -> bool:
    """Two names that end in the same words of a kind, each opened by a different word of its own
    (菜籽坝|抽水蓄能电站, 栗子湾|抽水蓄能电站)."""
    match = SequenceMatcher(None, ca, cb, autojunk=False).find_longest_match(0, len(ca), 0, len(cb))
    if match.size < 4 or match.a + match.size != len(ca) or match.b + match.size != len(cb):
        return False
    heads = (ca[: match.a], cb[: match.b])
    return all(len(h) >= 2 and not re.search(r"\d", h) for h in heads) and not _pairs(heads[0]) & _pairs(heads[1]) \
        and not _names_itself(ca[match.a :])  # (比亚迪长沙|动力电池 and 长沙比亚迪|动力电池 share their words: one)


def _same_distinctive_total(a: Mention, b: Mention) -> bool:
    """Both state one total investment, and it is not a round figure that many projects share
    (a total of 20亿元 or more, or one of 10亿元 or more with a fraction: 57.5亿元; a total in
    tens of 亿元, or a small one with a fraction, only where both are in one province)."""
    if not (a.base_amount and b.base_amount and a.amount_kind == b.amount_kind == "total_investment"):
        return False
    if abs(a.base_amount - b.base_amount) > 0.005 * max(a.base_amount, b.base_amount):
        return False
    yi = a.base_amount / 1e8
    one_province = bool(a.province and a.province == b.province)
    if abs(yi - round(yi)) > 1e-6:
        return yi >= 10 or one_province  # 57.5亿元; a small one (1.6亿元) many projects share
    # a round total (100亿元) many projects share: only in one province both name
    return yi >= 20 and (round(yi) % 10 != 0 or one_province)


def link_projects(mentions: list[Mention]) -> dict[int, str]:
    """The project id of every mention: mentions of one project share it."""
    sets = _Sets()
    by_pair: dict[str, list[int]] = defaultdict(list)
    cores = {}
    for n, m in enumerate(mentions):
        sets.find(n)
        if m.name:
            cores[n] = core(m.name, m.places)
            for pair in _pairs(cores[n]):
                by_pair[pair].append(n)
    candidates: set[tuple[int, int]] = set()
    for members in by_pair.values():
        if len(members) > 2000:
            continue  # a pair of characters that half the names share tells nothing
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                candidates.add((a, b) if a < b else (b, a))
    docs = {n: {m.document} for n, m in enumerate(mentions)}  # the documents under each root
    for a, b in sorted(candidates):
        ra, rb = sets.find(a), sets.find(b)
        # joining must not put two mentions of one document in one project
        if ra != rb and same_project(mentions[a], mentions[b]) and not docs[ra] & docs[rb]:
            sets.union(ra, rb)
            docs[rb] |= docs.pop(ra)
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(mentions)):
        groups[sets.find(n)].append(n)
    out: dict[int, str] = {}
    for members in groups.values():
        first = min(mentions[n].id for n in members)
        project = hashlib.sha1(f"project:{first}".encode()).hexdigest()[:12]
        for n in members:
            out[mentions[n].id] = project
    return out


_KIND_ORDER = ("total_investment", "contract_capital", "completed_investment", "paid_in_capital")


def yuan(fields: dict) -> float | None:
    """A project's amount in yuan: its base amount where it is written in 元; none for 美元, 欧元
    and other currencies, which are not converted (the amount as written keeps them)."""
    unit = fields.get("amount_unit") or ""
    if unit.endswith("元") and not re.search(r"(?:美|欧|港|日|韩)元$", unit):
        return fields.get("base_amount")
    return None


def linking_amount(fields: dict) -> float | None:
    """The amount two mentions may be linked by: a total in yuan, not a lower bound (超10亿元, a
    size class's bound many projects share)."""
    return None if fields.get("modifier") == "at_least" else yuan(fields)


def own_place(location: str | None, province: str | None, city: str | None) -> dict:
    """A mention's province and city: its document's, unless its own location names a division of
    another (an item from 合肥 that tells of a project in 福建省福清市 too)."""
    from .regions import gazetteer

    if location:
        gaz = gazetteer()
        found = {d.code: d for _, name in gaz.mentions(location) for d in gaz.lookup(name)}
        levels = ("province", "city", "county")
        deepest = max(found.values(), key=lambda d: levels.index(d.level), default=None)
        if deepest is not None and sum(1 for d in found.values() if d.level == deepest.level) == 1:
            upper, middle = gaz.parents(deepest, None)
            own_province = deepest.name if deepest.level == "province" else upper
            own_city = deepest.name if deepest.level == "city" else middle
            if (own_province and province and own_province != province) or (own_city and city and own_city != city):
                return {"province": own_province, "city": own_city}
    return {"province": province, "city": city}


def mention(id: object, document: object, fields: dict, province: str | None, city: str | None, places: tuple[str | None, ...]) -> Mention:
    """A project fact as the linker sees it: its name, investors, place (its own where its
    location names another city or province than its document's), and the amount to link by."""
    return Mention(
        id=id, document=document, name=fields.get("name"), investors=tuple(i["name"] for i in fields.get("investors") or []),
        **own_place(fields.get("location"), province, city), places=tuple(x for x in places if x),
        base_amount=linking_amount(fields), amount_kind=fields.get("amount_kind"), amount_phase=fields.get("amount_phase"),
    )


def build(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Projects and mention rows from the stored project facts (``Store.project_facts``)."""
    from .extract.projects import STAGES

    mentions = [
        mention(r["id"], r["document_id"], r["fields"], r["province"], r["city"] or (r["region_name"] if (r["place_id"] or "").endswith("00") else None),
                (r["province"], r["city"], r["county"], r["region_name"]))
        for r in rows
    ]
    ids = link_projects(mentions)
    members: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        members[ids[r["id"]]].append(r)
    projects = []
    for project_id, group in members.items():
        fields = [r["fields"] for r in group]
        named = [f["name"] for f in fields if f.get("name")]
        done = [f for f in fields if f.get("stage") in STAGES]
        latest = max(done, key=lambda f: (STAGES.index(f["stage"]), f.get("period") or 0)) if done else {}
        priced = sorted((f for f in fields if f.get("base_amount") is not None), key=lambda f: (_KIND_ORDER.index(f["amount_kind"]) if f.get("amount_kind") in _KIND_ORDER else 9, -(f.get("period") or 0)))
        amount = priced[0] if priced else {}
        years = sorted({f["period"] for f in fields if f.get("period")})
        place = max(group, key=lambda r: (len(r["place_id"] or ""), r["place_id"] or ""))
        industries: list[str] = []
        investors: list[str] = []
        for f in fields:
            industries += [c for c in f.get("industries") or [] if c not in industries]
            investors += [i["name"] for i in f.get("investors") or [] if i["name"] not in investors]
        projects.append({
            "id": project_id, "name": max(named, key=len) if named else None, "place_id": place["place_id"], "region_name": place["region_name"],
            "province": place["province"], "city": place["city"], "location": next((f["location"] for f in fields if f.get("location")), None),
            "investors": "；".join(investors), "industries": "," + ",".join(industries) + "," if industries else "",
            "stage": latest.get("stage"), "stage_date": latest.get("stage_date"), "first_year": years[0] if years else None,
            "last_year": years[-1] if years else None, "years": "," + ",".join(map(str, years)) + "," if years else "",
            "amount": amount.get("amount"), "amount_unit": amount.get("amount_unit"), "base_amount": yuan(amount),
            "amount_kind": amount.get("amount_kind"), "mentions": len(group),
        })
    return projects, [{"fact_id": r["id"], "project_id": ids[r["id"]]} for r in rows]


def flat(project: dict) -> dict:
    """A project as one row of plain columns, for CSV, Excel, Parquet and Stata."""
    from .extract.projects import industry_name

    codes = project.get("industries") or []
    return {
        "project_id": project["id"], "name": project.get("name"), "region_name": project.get("region_name"), "place_id": project.get("place_id"),
        "province": project.get("province"), "city": project.get("city"), "location": project.get("location"),
        "investors": "；".join(project.get("investors") or []), "industry_codes": ";".join(codes),
        "industry_names": ";".join(industry_name(c) or c for c in codes), "stage": project.get("stage"), "stage_date": project.get("stage_date"),
        "first_year": project.get("first_year"), "last_year": project.get("last_year"), "amount": project.get("amount"),
        "amount_unit": project.get("amount_unit"), "amount_yuan": project.get("base_amount"), "amount_kind": project.get("amount_kind"),
        "mentions": project.get("mentions"),
    }
