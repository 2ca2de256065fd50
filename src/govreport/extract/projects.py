"""Investment projects in news: name, amount, investor, location, industry, stage, period.

A project sentence names an investment action (签约, 开工, 竣工, 投产, 落户 ...) and a sum of
money. The amount is the money quantity next to 总投资/投资/金额; a batch is a count of
projects in the same sentence (11个项目总投资14亿元: count 11). The name is the nearest
phrase ending in 项目/基地/工厂/产业园/中心; the investor an organisation (…公司, …集团, or
由…投资); the location follows 在/落户/选址/位于; the industry comes from
data/industries.txt; the period is a year in the sentence, else the year published.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..model import Identity, Match, Segments
from ..numbers_cn import cn_to_number
from .quantity import Quantity, find_quantities, within

_ACTION = re.compile(r"签约|签订|签署|开工|开建|动工|竣工|投产|建成|落户|落地|引进|集中签约|达产")
_STAGES = (("completed", re.compile(r"竣工|投产|建成投产|建成")), ("started", re.compile(r"开工|开建|动工")), ("signed", re.compile(r"签约|签订|签署|落户|落地|引进")))
_PLANNED = re.compile(r"计划|拟|将于|将在|预计|力争")
_NAME = re.compile(r"([\u4e00-\u9fffA-Za-z0-9“”（）]{2,30}?(?:项目|基地|工厂|产业园|生产线|中心|工程))")
_NAME_LEAD = re.compile(r"^(?:总投资|投资|其中|由|的|建设|新建|拟|计划|正式|成功|集中|签约|签订|与|在|\d+(?:\.\d+)?(?:万亿|亿|万)?元|亿元|万元)+")
_INVESTOR = re.compile(r"由([\u4e00-\u9fff（）A-Za-z]{2,30}?)(?:投资建设|投资|建设|投建)|([\u4e00-\u9fff（）A-Za-z]{2,30}?(?:有限公司|股份有限公司|集团|公司|银行))")
_LOCATION = re.compile(r"(?:在|落户|选址|位于|落地)([\u4e00-\u9fff]{2,20}?(?:经济技术开发区|经开区|高新区|开发区|产业园|工业园|园区|新区|县|市|区|镇|乡|路))")
_GENERIC_NAME = re.compile(
    r"(?:[\u4e00-\u9fff]{2,12}?(?:经济技术开发区|经开区|高新区|开发区|产业园|工业园|园区|新区|县|市|区))?"
    r"(?:共|共计|累计|集中|现场|成功|本次|此次)?(?:签约|签订|引进|落地|开工|竣工)?(?:重点|重大)?项目|"
)
# the park that holds the signing: 某某高新区举行…签约活动
_HOST = re.compile(r"(?:^|[，。、\d日])([\u4e00-\u9fff]{2,12}?(?:经济技术开发区|经开区|高新区|开发区|产业园|工业园|园区|新区))(?:举行|举办|召开|集中签约|签约)")
_COUNT = re.compile(r"(\d+|[一二三四五六七八九十两]+)个(?:重点|重大|产业|招商|新能源|优质)?(?:产业)?项目|项目(\d+|[一二三四五六七八九十两]+)个")


@lru_cache(maxsize=1)
def _industries() -> tuple[str, ...]:
    rows = resources.files("govreport").joinpath("data/industries.txt").read_text("utf-8").splitlines()
    return tuple(r.strip() for r in rows if r.strip() and not r.startswith("#"))


def match_projects(text: str, segments: Segments, identity: Identity, quantities: list[Quantity] | None = None) -> list[Match]:
    if identity.doc_type == "government_work_report":
        return []  # a report's project lists are metrics; projects come from investment news
    out = []
    if quantities is None:
        quantities = find_quantities(text)
    document_stage = _first_action(text)
    for sentence in segments.sentences:
        whole = text[sentence.start : sentence.end]
        if not _ACTION.search(whole) and not (document_stage and re.search(r"项目", whole)):
            continue
        # a sentence can report several projects, one a clause: 甲公司投资20亿元建设…；乙公司投资8.6亿元的…
        for part_start, part_end in _clauses(text, sentence.start, sentence.end):
            body = text[part_start:part_end]
            money = [q for q in within(quantities, part_start, part_end) if q.base_unit in ("元", "美元")]
            if not money:
                continue
            amount = _amount(text, money)
            local_start = amount.start - part_start
            count_match = _COUNT.search(body)
            count = None
            if count_match:
                raw = count_match.group(1) or count_match.group(2)
                count = int(raw) if raw.isdigit() else int(cn_to_number(raw) or 0) or None
            out.append(
                Match(
                    amount.start,
                    amount.end,
                    sentence.start,
                    sentence.end,
                    {
                        "name": _name(body, local_start, local_start + (amount.end - amount.start)),
                        "amount": amount.value,
                        "amount_unit": amount.unit,
                        "base_amount": amount.base_value,
                        "location": _first(_LOCATION, body) or _first(_LOCATION, whole) or _first(_HOST, whole),
                        "investor": _investor(body),
                        "industry": _industry(body),
                        "stage": _stage(body, document_stage),
                        "period": _period(body, identity) or _period(whole, identity),
                        "count": count,
                    },
                )
            )
    return _without_headline_repeats(text, out)


def _without_headline_repeats(text: str, matches: list[Match]) -> list[Match]:
    """A headline (a line without a full stop) that states the amount its body states again
    is the same project, told twice: the body's telling, with its context, is kept."""
    out = []
    for n, match in enumerate(matches):
        headline = text[match.evidence_start : match.evidence_end].rstrip()[-1:] not in "。！？；"
        told_again = any(other.fields["base_amount"] == match.fields["base_amount"] for other in matches[n + 1 :])
        if not (headline and told_again):
            out.append(match)
    return out


def _industry(body: str) -> str | None:
    """The industry named first in the clause (the longest where two start together)."""
    found = [(body.find(name), -len(name), name) for name in _industries() if name in body]
    return min(found)[2] if found else None


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a sentence between semicolons, as offsets."""
    cuts = [m.end() for m in re.finditer("；", text[start:end])]
    bounds = [0, *cuts, end - start]
    return [(start + a, start + b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _first_action(text: str) -> str | None:
    """The stage of the first action the item reports (its lead says what happened)."""
    lead = _FUTURE.sub("", text[:300])
    found = [(m.start(), stage) for stage, pattern in _STAGES for m in [pattern.search(lead)] if m]
    return min(found)[1] if found else None


def _amount(text: str, money):
    for q in money:
        if re.search(r"(总投资|投资额?|金额|总额)(达|约|为|超)?$", text[max(0, q.start - 6) : q.start]):
            return q
    return max(money, key=lambda q: q.base_value or 0)


def _name(body: str, start: int, end: int) -> str | None:
    after = _NAME.match(body[end:].lstrip("的"))
    if after and body[end : end + 1] == "的":
        return _tidy_name(after.group(1))
    before = sorted(_NAME.finditer(body[:start]), key=lambda m: (m.group(1).endswith("项目"), m.start()))
    if before:
        return _tidy_name(before[-1].group(1))
    after = _NAME.search(body[end:])
    return _tidy_name(after.group(1)) if after else None


def _tidy_name(name: str) -> str | None:
    name = name.split("的")[-1]  # …公司投资建设的X项目: the project is what follows 的
    name = _NAME_LEAD.sub("", name)
    # 共签约项目, 集中签约项目: words about the signing, no project's name
    return None if _GENERIC_NAME.fullmatch(name) else name


def _investor(body: str) -> str | None:
    match = _INVESTOR.search(body)
    if not match:
        return None
    name = match.group(1) or match.group(2)
    return re.sub(r"^.*?(?:由|与|同|和|其中)", "", name) if re.search(r"由|与|同|和", name[:-2]) else name


def _first(pattern: re.Pattern[str], body: str) -> str | None:
    match = pattern.search(body)
    return match.group(1) if match else None


_FUTURE = re.compile(r"(?:预计|计划|拟|将|力争)[^，。；]*|(?:建成|投产|达产)后")


def _stage(body: str, document_stage: str | None) -> str:
    """What the sentence says was done; what it only expects (预计…投产, 建成后) does not count."""
    done = _FUTURE.sub("", body)
    for stage, pattern in _STAGES:
        if pattern.search(done):
            return stage
    if document_stage:
        return document_stage  # 其中…项目投资18亿元: a project of the batch the item reports
    return "planned" if _PLANNED.search(body) else "signed"


def _period(body: str, identity: Identity) -> int | None:
    year = re.search(r"((?:19|20)\d{2})年", body)
    if year:
        return int(year.group(1))
    if identity.published and identity.published[:4].isdigit():
        return int(identity.published[:4])
    return None
