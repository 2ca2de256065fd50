"""Stage 4: what a clean document is: type, region, years, meeting, speaker, dates.

Evidence is read in order of trust: the title (and a listing's 【region招商】 tag), the
header (the meeting line, the speaker's office), then the body. What none of them states is
left null. The region's code is the GB/T 2260 code valid in the document's year.
"""

from __future__ import annotations

import re
from collections import Counter

from .listing import iso_date
from .model import Cleaned, Identity, RawItem, Region, Warning
from .numbers_cn import cn_to_number
from .regions import Division, gazetteer, stem_of

_NUM = r"[\d〇零一二三四五六七八九十]"
_REPORT_CUES = ("政府工作报告", "各位代表", "向大会报告工作", "主要预期目标", "政府工作的总体要求", "工作回顾", "民生实事", "请予审议")
_NEWS_CUES = re.compile(r"(记者|日电|讯[）)]?|签约|招商|据悉|报道|新闻)")
_YEAR = r"((?:19|20)\d{2})"
_PLAN = re.compile(
    _YEAR + r"年(?:是|政府工作的总体要求|工作的总体要求|发展的主要预期目标|的主要预期目标|主要预期目标|经济社会发展的主要预期目标|工作重点|工作安排|重点工作|工作任务|的工作)"
    r"|做好" + _YEAR + r"年"
)
_REVIEW = re.compile(_YEAR + r"年(?:工作回顾|成绩|主要工作|工作总结|工作)?(?:来之不易|回顾)|回顾" + _YEAR + r"年|" + _YEAR + r"年是极不")
_MEETING = re.compile(r"(?:在)?([^\d\s日在，。：；、]{0,24}第" + _NUM[:-1] + r"百]+届" + r"(?:全国)?人民代表大会(?:常务委员会)?第" + _NUM[:-1] + r"]+次(?:全体)?会议)")
_MEETING_DATE = re.compile(r"(" + _NUM[:-1] + r"]{4})年(" + _NUM[:-1] + r"]{1,2})月(" + _NUM[:-1] + r"]{1,3})日")
_OFFICE = r"(?:总理|副总理|省长|代省长|市长|代市长|区长|代区长|县长|代县长|州长|代州长|镇长|乡长|主席|旗长|盟长|主任)"
_SPEAKER = re.compile(_OFFICE + r"(?:候选人)?\s*([\u4e00-\u9fff·]{2,4}?)(?=\s*各位代表|\n|$|[，。])")
_LEVEL_CUE = re.compile(r"代表(省|市|区|县|州|镇|乡|旗|盟|自治区|自治州|自治县)人民政府")
_CUE_LEVEL = {"省": "province", "自治区": "province", "市": "city", "州": "city", "自治州": "city", "盟": "city", "区": "county", "县": "county", "旗": "county", "自治县": "county", "镇": "town", "乡": "town"}
_TOWN = re.compile(r"(?:^|(?<=[年】\d市县区旗]))(?!年)([\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))(?:人民政府|政府工作报告|\d{4}年|第)")
_TAG = re.compile(r"^【([^】]{2,20}?)(?:招商|投资|新闻|动态)?】")


def identify(cleaned: Cleaned, raw: RawItem) -> Identity:
    text = cleaned.text
    head = text[:800]
    flat_head = head.replace("\n", "")
    title = cleaned.title or ""
    warnings: list[Warning] = []

    cues = sum(1 for cue in _REPORT_CUES if cue in text[:20000])
    if "政府工作报告" in title or cues >= 3:
        doc_type = "government_work_report"
    elif raw.meta.get("listing") or _NEWS_CUES.search(title + text[:300]):
        doc_type = "news"
    else:
        doc_type = "other"

    meeting_match = _MEETING.search(flat_head)
    meeting = meeting_match.group(1) if meeting_match else None
    meeting_date = None
    if meeting_match:
        before = flat_head[max(0, meeting_match.start() - 20) : meeting_match.start() + 2]
        date = _MEETING_DATE.search(before)
        meeting_date = _date(*date.groups()) if date else None
    speaker_match = _SPEAKER.search(head)
    speaker = speaker_match.group(1) if speaker_match else _speaker_line(head, meeting)

    title_year = _first_int(re.search(_YEAR + r"年", title))
    meeting_year = None
    if meeting_date:
        year, month = int(meeting_date[:4]), int(meeting_date[5:7])
        meeting_year = year + 1 if month == 12 else year  # a December session plans the next year
    plan_years = Counter(int(next(g for g in m.groups() if g)) for m in _PLAN.finditer(text))
    review_years = Counter(int(next(g for g in m.groups() if g)) for m in _REVIEW.finditer(text))
    # an annual report is given early in the year it plans: its title's or session's year is
    # the plan year; only without either do the words (2025年工作安排) decide, the later year
    # winning a tie (the review also says "2024年是…")
    report_year = title_year or meeting_year or (max(plan_years, key=lambda y: (plan_years[y], y)) if plan_years else None)
    plan_year = report_year
    reviewed_year = review_years.most_common(1)[0][0] if review_years else None
    if plan_year and reviewed_year and reviewed_year >= plan_year:
        reviewed_year = None
    if doc_type == "government_work_report":
        if plan_year and (reviewed_year is None or reviewed_year == plan_year - 1) and (
            plan_year - 1 in review_years
            or re.search(r"过去的?一年|一年来|去年", text)
            # a statement that opens with last year (1997年国内生产总值…) reviews it
            or re.search(rf"(?:^|[。\n]){plan_year - 1}年(?!工作安排|的主要|主要预期|经济社会发展的主要)", text, re.M)
        ):
            reviewed_year = plan_year - 1
    else:
        plan_year = reviewed_year = None

    region = _region(title, raw, flat_head, text, report_year, warnings)
    published = cleaned.meta.get("published") or raw.published
    return Identity(doc_type, region, report_year, reviewed_year, plan_year, meeting, speaker, meeting_date, published, tuple(warnings))


def _first_int(match: re.Match[str] | None) -> int | None:
    return int(match.group(1)) if match else None


def _date(year: str, month: str, day: str) -> str | None:
    values = [cn_to_number(part) if not part.isdigit() else float(part) for part in (year, month, day)]
    if any(v is None for v in values):
        return None
    return iso_date(*(str(int(v)) for v in values))  # type: ignore[arg-type]


def _speaker_line(head: str, meeting: str | None) -> str | None:
    """A name alone on a line between the meeting line and 各位代表."""
    if not meeting:
        return None
    lines = head.split("\n")
    for line in lines[:12]:
        line = line.strip()
        if line.startswith("各位代表"):
            break
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", line) and "会议" not in line and "报告" not in line:
            return line
    return None


def _region(title: str, raw: RawItem, head: str, text: str, year: int | None, warnings: list[Warning]) -> Region | None:
    gaz = gazetteer()
    if "国务院" in title or re.search(r"全国人民代表大会|国务院总理", head):
        return Region("全国", "national")
    tag = _TAG.match(title)
    level_cue = _LEVEL_CUE.search(text[:3000])
    level = _CUE_LEVEL[level_cue.group(1)] if level_cue else None
    # the header is what stands before 各位代表: the meeting line and the speaker's office
    header = head.split("各位代表")[0] if "各位代表" in head else ""
    bare_title = _TAG.sub("", title)
    chain, town_match = [], None
    for source in (bare_title, tag.group(1) if tag else "", header):
        names = [name for _, name in gaz.mentions(source)]
        if not names and tag and source == tag.group(1):
            names = _highest(gaz, gaz.short.get(source, set()), year)
        chain = _chain(gaz, names, year)
        town_match = _TOWN.search(source)
        if chain or town_match:
            break
    if town_match and not chain and tag:
        names = [name for _, name in gaz.mentions(tag.group(1))] or _highest(gaz, gaz.short.get(tag.group(1), set()), year)
        chain = _chain(gaz, names, year)
    if not chain and not town_match:
        chain = _body_guess(gaz, text, year, level)
        if chain:
            warnings.append(Warning("region_from_body", f"region inferred from mentions in the text: {chain[-1].name}"))
    if not chain:
        return None
    division = chain[-1]
    province, city = gaz.parents(division, year)
    region = Region(
        name="".join(d.name for d in chain if d.level != "province") or division.name,
        level=division.level,
        province=province if division.level != "province" else division.name,
        city=division.name if division.level == "city" else city,
        county=division.name if division.level == "county" else None,
        code=division.code,
        place_id=gaz.place_id(division),
    )
    if region.level == "county" and city and not region.name.startswith(city):
        region = Region(**{**region.__dict__, "name": city + region.name})
    if town_match and (level in (None, "town")):
        town = town_match.group(1)
        region = Region(**{**region.__dict__, "name": region.name + town, "level": "town", "town": town, "code": None})
    return region


def _highest(gaz, names: set[str], year: int | None) -> list[str]:
    """Of the places a bare stem may name (邵阳: 邵阳市, 邵阳县), those of the highest level."""
    order = ["province", "city", "county"]
    ranked = {name: min(order.index(d.level) for d in gaz.lookup(name, year)) for name in names}
    top = min(ranked.values(), default=0)
    return sorted(name for name, rank in ranked.items() if rank == top)


def _chain(gaz, names: list[str], year: int | None) -> list[Division]:
    """The most specific consistent division among ``names`` with its named ancestors."""
    candidates = [d for name in names for d in gaz.lookup(name, year)]
    if not candidates:
        return []

    def support(d: Division) -> int:
        return sum(1 for o in candidates if _ancestor(o, d))

    ranked = sorted(candidates, key=lambda d: (support(d), ["province", "city", "county"].index(d.level)), reverse=True)
    best = ranked[0]
    same_name = [d for d in candidates if d.name == best.name and d.code != best.code]
    if same_name and support(best) == 0:
        return []  # a name shared by several places, and nothing in the text to tell which
    ancestors = {d.code: d for d in candidates if _ancestor(d, best)}
    return sorted(ancestors.values(), key=lambda d: d.code) + [best]


def _ancestor(a: Division, b: Division) -> bool:
    """Whether ``a`` contains ``b`` (a province its cities and counties, a city its counties)."""
    if a.code == b.code or a.level == b.level:
        return False
    if a.level == "province":
        return b.code[:2] == a.code[:2]
    return a.level == "city" and b.level == "county" and b.code[:4] == a.code[:4]


def _body_guess(gaz, text: str, year: int | None, level: str | None) -> list[Division]:
    """Region from the body: the division mentioned most (a bare stem such as 湘潭 counts for
    the highest-level place of that stem), within the level the speaker speaks for if known."""
    if level == "town":
        return []
    text = text[:20000]  # the opening pages name the place often enough
    tally: Counter[str] = Counter()
    for _, name in gaz.mentions(text):
        tally[name] += 2
    order = ["province", "city", "county"]
    for stem, n in gaz.stem_counts(text).items():
        names = gaz.short[stem]
        top = min(names, key=lambda name: min(order.index(d.level) for d in gaz.lookup(name, year)))
        tally[top] += n
    candidates = [
        (count, -order.index(d.level), d)
        for name, count in tally.items()
        for d in gaz.lookup(name, year)
        if level is None or d.level == level
    ]
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
    best_count, _, best = candidates[0]
    if best_count < 3 or any(c[0] == best_count and c[2].name == best.name for c in candidates[1:]):
        return []  # too few mentions, or one name shared by several places
    return [best]
