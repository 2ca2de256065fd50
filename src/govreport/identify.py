"""Stage 4: what a clean document is: type, region, years, meeting, speaker, dates.

Evidence is read in order of trust: the title (and a listing's 【region招商】 tag), the
header (the lines before the speech opens with 各位代表: the meeting line, its date, the
speaker's name), the opening sentence (我代表国务院向第六届全国人民代表大会第一次会议作…),
then the body. What none of them states is left null; what is worked out rather than read
(a year from the session's number or an anniversary, a place from the body's mentions) is
named in ``inferred`` and warned about. The region's code is the GB/T 2260 code valid in the
document's year.

Years agree with each other: the meeting's date decides the report year over a title that
says otherwise (a document-sharing site's title), a review heading (一、2024年工作回顾)
names the reviewed year, and a plan heading (二、2025年工作安排) the plan year; a conflict
between them is warned about.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, count
from operator import add

from .clean import to_simplified as _simplified
from .doctype import classify
from .listing import iso_date
from .model import Cleaned, Identity, RawItem, Region, Warning
from .near import finditer_in, windows_near
from .numbers_cn import cn_ordinal, cn_to_number
from .regions import Division, gazetteer, stem_of

_NUM = r"[\d〇零一二三四五六七八九十]"
NATIONAL_CODE = "100000"  # the country as a whole in GB/T 2260's table of divisions
_CN = "一二三四五六七八九十"
_YEAR = r"((?:19|20)\d{2})"
_PLAN = re.compile(
    _YEAR + r"年(?:是|政府工作的总体要求|工作的总体要求|发展的主要预期目标|的主要预期目标|主要预期目标|经济社会发展的主要预期目标|工作重点|工作安排|重点工作|工作任务|的工作)"
    r"|做好" + _YEAR + r"年"
)
_REVIEW = re.compile(_YEAR + r"年(?:工作回顾|成绩|主要工作|工作总结|工作)?(?:来之不易|回顾)|回顾" + _YEAR + r"年|" + _YEAR + r"年是极不")
# a plan or review phrase holds a 年 at most six characters after its start (做好2023年) and
# ends at most thirteen after it (…年经济社会发展的主要预期目标); both patterns open with a
# group, which re tries at every position of the text, so they are tried only around 年s,
# and only those that close a year written in digits (the 年 found fast, the digit then read
# behind it): in a text that writes its years in characters (一九八五年) or speaks of 今年 and
# 五年, few 年s do
_NIAN = re.compile(r"年(?<=\d年)")
# a heading line (60 characters or fewer) that names the year it reviews or plans
_REVIEW_HEADING = re.compile(r"^(?=[^\n]{0,60}$)(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*" + _YEAR + r"年(?:[^\n。]{0,12})?(?:回顾|成绩|总结)", re.M)
_PLAN_HEADING = re.compile(r"^(?=[^\n]{0,60}$)(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)?\s*" + _YEAR + r"年(?:[^\n。]{0,16})?(?:安排|任务|目标|总体要求|重点|计划)", re.M)


def _short_lines(head: str) -> list[int]:
    """Where each line of sixty characters or fewer (a heading's) starts, worked out in C from
    the split text's line lengths (a scan for line breaks that read the sixty characters after
    each cost most of identify's time)."""
    lengths = list(map(len, head.split("\n")))
    starts = map(add, accumulate(lengths, initial=0), count())  # (a line's start: the lengths and breaks before it)
    return list(compress(starts, map((60).__ge__, lengths)))


def _heading_matches(pattern: re.Pattern[str], head: str, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(head)`` for a heading pattern, whose every match opens a line of
    sixty characters at most (``^(?=[^\\n]{0,60}$)``, multiline): tried only at such lines'
    starts (``starts``, from _short_lines: the review and the plan heading share them), where
    re tries ``^`` at every character."""
    at = 0
    for start in _short_lines(head) if starts is None else starts:
        if start < at:
            continue  # inside the match before
        found = pattern.match(head, start)
        if found:
            yield found
            at = found.end()


_CONGRESS = rf"第[{_CN}百]+届(?:全国)?人民代表大会(?:常务委员会)?第[{_CN}]+次(?:全体)?会议"
_CONGRESS_SHORT = rf"[{_CN}]+届(?:全国)?人大[{_CN}]+次会议"
_CONGRESS_TERM = rf"第[{_CN}百]+届全国人民代表大会(?!第|常务|代表|以来|期间)"
_PARTY = rf"(?:中国共产党|党的)?第[{_CN}]+次全国代表大会"
_MEETING = re.compile(f"(?:{_CONGRESS}|{_CONGRESS_SHORT}|{_CONGRESS_TERM}|{_PARTY})")
_SESSION = re.compile(rf"第([{_CN}百]+)届全国人民代表大会第([{_CN}]+)次会议|([{_CN}]+)届全国人大([{_CN}]+)次会议")
_PARTY_CONGRESS = re.compile(rf"(?:中国共产党|党的)?第([{_CN}]+)次全国代表大会")
_PARTY_NUMBER = re.compile(rf"[（(]([{_CN}]+)大[)）]")  # a crawl's title tag: 论联合政府 (七大)
_DATE = re.compile(r"(" + _NUM[:-1] + r"]{4})\s*年\s*(" + _NUM[:-1] + r"]{1,2})\s*月\s*(" + _NUM[:-1] + r"]{1,3})\s*日")
_OFFICE = r"(?:总理|副总理|省长|代省长|市长|代市长|区长|代区长|县长|代县长|州长|代州长|镇长|乡长|主席|旗长|盟长|主任|书记)"
_OPENERS = ("各位代表", "同志们", "各位委员", "代表们")
_NOT_NAME = re.compile(r"会议|领导|主持|政府|报告|代表|同志|各位|人民|全国|委员|我们|大会|工作|中国|发展|关于|草案|摘要|讲话|公报")
_LEVEL_CUE = re.compile(r"代表(省|市|区|县|州|镇|乡|旗|盟|自治区|自治州|自治县)人民政府")
_CUE_LEVEL = {"省": "province", "自治区": "province", "市": "city", "州": "city", "自治州": "city", "盟": "city", "区": "county", "县": "county", "旗": "county", "自治县": "county", "镇": "town", "乡": "town"}
_TOWN = re.compile(r"(?:^|(?<=[年】\d市县区旗]))(?!年)([\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))(?:人民政府|政府工作报告|\d{4}年|第)")
_TAG = re.compile(r"^【([^】]{2,20}?)(?:招商|投资|新闻|动态)?】")
_NATIONAL = re.compile(r"国务院|全国人民代表大会|全国人大|中国共产党第[一二三四五六七八九十]+次全国代表大会|党的第[一二三四五六七八九十]+次全国代表大会|中央委员会")
_ANNIVERSARY = re.compile(r"(?:今年|明年|(?<![\d年]))是(?:[^。，；]{0,12}?)?(" + "|".join(("建党", "中国共产党成立", "新中国成立", "中华人民共和国成立", "人民军队", "建军", "改革开放", "抗日战争胜利", "抗战胜利", "香港回归", "澳门回归", "西部大开发")) + r")[^。，；]{0,6}?(\d{1,3}|[一二三四五六七八九十百]+)周年")


def identify(cleaned: Cleaned, raw: RawItem) -> Identity:
    text = cleaned.text
    title = _simplified(cleaned.title or "")  # read as Simplified; the title itself is kept
    warnings: list[Warning] = []
    inferred: list[str] = []
    header = _header(text)
    doc_type = classify(title, text, header, bool(raw.meta.get("listing")))

    # Traditional characters left in a mostly Simplified header (第四次会議) are read as
    # Simplified here only; the text itself is not changed
    flat = _simplified(header.replace("\n", ""))
    meeting = _meeting(flat, title, _simplified(_opening(text, header)), text, doc_type)
    meeting_date = _header_date(flat)
    speaker = _speaker(header, text)
    published = cleaned.meta.get("published") or raw.published or dateline(text[:600])
    if published is None and doc_type not in ("government_work_report", "resolution", "cppcc_report"):
        # (a source line the cleaning took as boilerplate, 来源:某网 2018-11-13 10:12:39, still dates it)
        published = page_date(text[:300]) or dateline(raw.text[:600]) or page_date(raw.text[:300]) or epaper_date(raw.text)

    report_year, reviewed_year, plan_year = _years(title, text, header, meeting, meeting_date, doc_type, published, warnings, inferred)
    publisher = cleaned.meta.get("source_site") or cleaned.meta.get("author", "")  # (作者：哈尔滨市人民政府)
    region = _region(title, raw, header, text, report_year, doc_type, warnings, inferred, publisher)
    if doc_type == "template":
        region = None  # a template names no real place (its XX县 is a placeholder)
    return Identity(
        doc_type, region, report_year, reviewed_year, plan_year, meeting, speaker, meeting_date, published,
        tuple(warnings), tuple(inferred),
    )


# -- header, opening ----------------------------------------------------------------------
def _header(text: str) -> str:
    """The lines before the speech opens (各位代表, 同志们): title, meeting line, date, name.
    A text that opens at once with its salutation has no header."""
    opener = re.search("|".join(_OPENERS), text[:400])
    if opener and "\n" not in text[: opener.start()].strip("\n") and opener.start() > 0:
        return text[: opener.start()]  # a header crawled onto one line with the speech
    lines = text[:1500].split("\n")
    for n, line in enumerate(lines[:14]):
        if line.startswith(_OPENERS):
            return "\n".join(lines[:n])
        if len(line) > 80:  # a body paragraph before any salutation: the header ended
            return "\n".join(lines[:n])
    return ""


def _opening(text: str, header: str) -> str:
    """The first sentences after the header, where a speaker says to whom he reports."""
    body = text[len(header) :].lstrip("\n")
    sentences = re.findall(r"[^。！？]*[。！？]?", body[:600])
    return "".join(sentences[:3])


# -- meeting, date, speaker ---------------------------------------------------------------
def _meeting(header: str, title: str, opening: str, text: str, doc_type: str) -> str | None:
    """The session the document was given at or adopted by: from the header (在…会议上),
    from a title that says so (在…大会上的报告), from the opening sentence where the
    speaker reports to it (向…会议作报告) or names it as the gathering itself (中国共产党第
    十次全国代表大会，是…), or from a resolution's first words. A session named as past
    (从去年三月…会议, 根据…会议的决议) is not the document's."""
    for source, requires in ((header, None), (title, "at"), (opening, "to")):
        for match in _MEETING.finditer(source):
            before, after = source[max(0, match.start() - 8) : match.start()], source[match.end() : match.end() + 8]
            if requires == "at" and not re.match(r"上", after):
                continue
            own = re.search(r"(?:向(?:本次)?[^，。]{0,12}|我们)$", before) or re.match(r"上", after)
            subject = re.search(r"(?:^|[。！？：:\n])(?:我们)?$", before)
            sentence = re.split(r"[。！？]", source[match.end() :], maxsplit=1)[0]
            if requires == "to" and not (own or (subject and re.search(r"召开|开幕|是一次|将是|是在", sentence))):
                continue
            if requires and (re.search(r"(?:从|自|根据|按照|去年|上次|以来)[^，。]{0,12}$", before) or re.match(r"(?:以来|期间|闭幕|之后|以后)", after)):
                continue
            # 党的第十二次全国代表大会: 党的 is a possessive, not part of the name
            return _place_prefix(source, match.start()) + re.sub(r"^党的", "", match.group(0))
    if doc_type == "resolution":
        match = _MEETING.search(text[:200])
        if match and match.start() <= 30:
            return _place_prefix(text, match.start()) + match.group(0)
    return None


def _place_prefix(text: str, end: int) -> str:
    """The place names standing right before a session's name (长沙市岳麓区第六届…)."""
    gaz = gazetteer()
    prefix = ""
    while end > 0:
        for length in range(min(12, gaz.max_len, end), 1, -1):
            piece = text[end - length : end]
            if piece in gaz.by_name:
                prefix = piece + prefix
                end -= length
                break
        else:
            break
    return prefix


def _header_date(header: str) -> str | None:
    match = _DATE.search(header)
    return _date(*match.groups()) if match else None


def _speaker(header: str, text: str) -> str | None:
    """A person's name on a header line (alone, or after an office: 市长 何朝晖) or on a
    signature line at the end; never a word from the prose."""
    for line in header.split("\n") + _signature_lines(text):
        line = line.strip(" 　")
        office = re.search(_OFFICE + r"(?:候选人)?\s*([\u4e00-\u9fff·]{2,9})$", line)
        candidate = office.group(1) if office else re.sub(r"\s", "", line)
        if _person(candidate):
            return candidate
    return None


def _signature_lines(text: str) -> list[str]:
    return [line for line in text[-200:].split("\n")[-3:] if len(line) <= 12]


def _person(name: str) -> bool:
    if "·" in name:  # a name of a minority nationality: 买买提·艾力
        return 3 <= len(name) <= 12 and all(re.fullmatch(r"[\u4e00-\u9fff]+", part) for part in name.split("·"))
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or _NOT_NAME.search(name):
        return False
    surnames = _surnames()
    return (name[:2] in surnames and len(name) >= 3) or name[0] in surnames


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    lines = resources.files("govreport").joinpath("data/surnames.txt").read_text("utf-8").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


@lru_cache(maxsize=1)
def _sessions() -> dict:
    return tomllib.loads(resources.files("govreport").joinpath("data/sessions.toml").read_text("utf-8"))


def _date(year: str, month: str, day: str) -> str | None:
    values = [cn_to_number(part) if not part.isdigit() else float(part) for part in (year, month, day)]
    if any(v is None for v in values):
        # 二〇二四年: a year written digit by digit
        digits = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
        if values[0] is None and all(c in digits for c in year):
            values[0] = float("".join(digits[c] for c in year))
        if any(v is None for v in values):
            return None
    return iso_date(*(str(int(v)) for v in values))  # type: ignore[arg-type]


# -- years --------------------------------------------------------------------------------
def _session_year(meeting: str | None, title: str) -> int | None:
    """The year of a national session named in the meeting (or, for a party congress, in
    the opening pages), from the record of when they met."""
    sessions = _sessions()
    match = _SESSION.search(meeting or "")
    if match:
        term = cn_ordinal(match.group(1) or match.group(3))
        number = cn_ordinal(match.group(2) or match.group(4))
        years = sessions["npc"].get(str(term))
        if years and number:
            return years[number - 1] if number <= len(years) else (years[0] + number - 1 if len(years) == 1 else None)
    match = _PARTY_CONGRESS.search(meeting or "") or _PARTY_NUMBER.search(title)
    return sessions["cpc"].get(str(cn_ordinal(match.group(1)))) if match else None


def _anniversary_year(text: str) -> int | None:
    match = _ANNIVERSARY.search(text[:20000])
    if not match:
        return None
    founded = _sessions()["anniversaries"].get(match.group(1))
    count = int(match.group(2)) if match.group(2).isdigit() else cn_to_number(match.group(2))
    if founded is None or count is None:
        return None
    year = founded + int(count)
    return year + 1 if match.group(0).startswith("明年") else year


_DATELINE = re.compile(r"(?:发布时间|发布日期|发表时间|发表日期|更新时间|日期|时间)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def dateline(head: str) -> str | None:
    """The date a page says it was published (发布时间：2023-05-19), as ISO; None without a label."""
    match = _DATELINE.search(head)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# a page's own date as news sites print it in the head, unlabelled: 2023-02-05 12:13, 2024/4/8,
# 25.12.2018 19:40, 2015 04/25 19:20, 2023年8月6日 19:30; a time may be glued to the date when
# a page's layout is flattened to text (25.12.201819:40, 202103/0213:04)
_GLUED_TIME = r"(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))"
_PAGE_DATES = (
    (re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})" + _GLUED_TIME), (1, 2, 3)),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})" + _GLUED_TIME), (3, 2, 1)),
    (re.compile(r"(?<!\d)((?:19|20)\d{2})\s+(\d{1,2})/(\d{1,2})(?!\d)"), (1, 2, 3)),
    (re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})/(\d{2})(?=\s*\d{1,2}:\d{2}(?!\d))"), (1, 2, 3)),
    (re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}:\d{2}"), (1, 2, 3)),
    # a paper's masthead: 2024年03月30日 星期六, or with its weekday cut off where the page was
    # flattened to text (2015年4月17日 星期\n3 上一篇; 上一版 下一版 2020年3月30日 星期 放大)
    (re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日\s*星期"), (1, 2, 3)),
    # a line that holds the date alone, under the title or a paper's name (庆城县项目建设快速推进\n
    # 甘肃工人报\n2017年11月30日\n第02版; 我市18个重大项目集中开工\n2025年02月09日)
    (re.compile(r"(?m)^[ \t　]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[ \t　]*$"), (1, 2, 3)),
)


# the property line an e-paper page carries, often at its foot, with the date: 浙江日报 要闻
# 00002 金东区签约32个项目 2018-10-03 8405009 2 2018年10月03日 星期三; 2019-07-29 签约项目总投资681亿元 1 1
# 中国改革报 content_16572.htm
_EPAPER_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2}) \d{5,} \d{1,2} \1年\2月\3日 ?星期[一二三四五六日天]"),
    re.compile(r"(?m)^((?:19|20)\d{2})-(\d{2})-(\d{2}) [^\n]{2,80}? \d{1,2} \d{1,2} [^\s]{2,12}报 content_\d+\.htm"),
)


def epaper_date(text: str) -> str | None:
    """The issue date an e-paper's property line gives (see _EPAPER_DATES), as ISO."""
    for pattern in _EPAPER_DATES:
        match = pattern.search(text)
        if match and 1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(3)) <= 31:
            return f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
    return None


def page_date(head: str) -> str | None:
    """The first unlabelled page date in an item's head (see _PAGE_DATES), as ISO."""
    found = []
    for pattern, (y, m, d) in _PAGE_DATES:
        match = pattern.search(head)
        if match:
            year, month, day = int(match.group(y)), int(match.group(m)), int(match.group(d))
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((match.start(), f"{year:04d}-{month:02d}-{day:02d}"))
    return min(found)[1] if found else None


_LEAD_DATE = re.compile(r"\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")


def _years(title, text, header, meeting, meeting_date, doc_type, published, warnings, inferred):
    """report, reviewed and plan year, each from the most trusted evidence that states it."""
    title_year = _first_int(re.search(_YEAR + r"年", title))
    date_year = None
    item = doc_type in ("news", "other")
    if meeting_date:
        year, month = int(meeting_date[:4]), int(meeting_date[5:7])
        # a December session plans the next year; an item's December day (2020年12月9日至15日，…
        # 在北京举行) is of its own year
        date_year = year + 1 if month == 12 and not item else year
    session_year = _session_year(meeting, title)
    # an item's lead that opens on a full date past its header (a lead longer than a header line:
    # 2020年11月27日，第17届…签约仪式在南宁举行。此次…): the year it tells of, where the title
    # names no other (南宁2018年招商引资成效显著\n2019年1月8日，…)
    lead = _LEAD_DATE.match(text, text.find("\n") + 1) if item and not meeting_date and "\n" in text else None
    lead_year = int(lead.group(1)) if lead and set(re.findall(_YEAR + "年", text[: text.find("\n")])) <= {lead.group(1)} else None
    head = text[:60000]
    short_lines = _short_lines(head)
    review = next(_heading_matches(_REVIEW_HEADING, head, short_lines), None)
    review_heading = int(review.group(1)) if review else None
    plan_heading = next((int(m.group(1)) for m in _heading_matches(_PLAN_HEADING, head, short_lines) if not _REVIEW_HEADING.match(m.group(0))), None)
    windows = windows_near(_NIAN, text, before=6, after=13)  # (the 年s both patterns are tried around)
    plan_words = Counter(int(next(g for g in m.groups() if g)) for m in finditer_in(_PLAN, text, windows))
    review_words = Counter(int(next(g for g in m.groups() if g)) for m in finditer_in(_REVIEW, text, windows))

    report_year = date_year or title_year or lead_year or session_year
    if report_year is None and doc_type == "resolution":
        # a resolution approves the year's plan (同意报告提出的2017年工作总体部署)
        approved = re.search(_YEAR + r"年(?:工作|主要任务|经济社会发展|国民经济)", text[:600])
        report_year = int(approved.group(1)) if approved else None
    if report_year is None and plan_words:
        report_year = max(plan_words, key=lambda y: (plan_words[y], y))
    if report_year is None and plan_heading:
        report_year = plan_heading
    if report_year is None and review_heading and doc_type == "government_work_report":
        # (一、2022年及本届政府工作回顾 in a report whose title and header give no year: the
        # report of the year after; a year-end report is told apart below)
        report_year = review_heading + 1
        inferred.append("report_year")
        warnings.append(Warning.of("year_inferred", f"year {report_year} worked out from the year the report reviews", variant="review", year=report_year))
    if report_year is None:
        report_year = _anniversary_year(text)
        if report_year:
            inferred.append("report_year")
            warnings.append(Warning.of("year_inferred", f"year {report_year} worked out from an anniversary the text names", year=report_year))
    elif report_year == session_year and not (date_year or title_year):
        inferred.append("report_year")

    if title_year and date_year and title_year != date_year:
        warnings.append(Warning.of("year_conflict", f"the title says {title_year}, the meeting's date {meeting_date}: the date wins",
                                   variant="date", title=title_year, other=meeting_date))
    if doc_type != "government_work_report":
        return report_year, None, None

    plan_year = report_year
    if plan_heading and report_year and plan_heading != report_year and not date_year:
        if title_year and plan_heading == title_year + 1 and review_heading == title_year:
            # a site that titles a report by the year it reviews: the plan heading is right
            warnings.append(Warning.of("year_conflict", f"the title says {title_year}, the plan heading {plan_heading}: the heading wins",
                                           variant="heading", title=title_year, other=plan_heading))
            report_year = plan_year = plan_heading
    reviewed_year = review_heading if review_heading and plan_year and review_heading < plan_year else None
    if reviewed_year is None:
        common = review_words.most_common(1)
        reviewed_year = common[0][0] if common and plan_year and common[0][0] < plan_year else None
    if plan_year and reviewed_year is None and (
        plan_year - 1 in review_words
        or re.search(r"过去的?一年|一年来|去年", text)
        # a statement that opens with last year (1997年国内生产总值…) reviews it
        or re.search(rf"(?:^|[。\n]){plan_year - 1}年(?!工作安排|的主要|主要预期|经济社会发展的主要)", text, re.M)
        or re.search(r"过去五年|五年来", text)
    ):
        reviewed_year = plan_year - 1
    if plan_year and _year_end_report(text) and not date_year:
        # given at the end of the year it reviews (今年…预计; 明年的任务): it plans the next
        reviewed_year, plan_year = plan_year, plan_year + 1
    return report_year, reviewed_year, plan_year


def _year_end_report(text: str) -> bool:
    """A report given at the end of the year it reviews: this year's figures are estimates
    (今年…预计) and next year's plan is its subject (明年)."""
    return len(re.findall(r"明年", text)) >= 3 and len(re.findall(r"今年.{0,15}预计|预计.{0,6}今年", text)) >= 2


def _first_int(match: re.Match[str] | None) -> int | None:
    return int(match.group(1)) if match else None


# -- region -------------------------------------------------------------------------------
def _region(title, raw, header, text, year, doc_type, warnings, inferred, publisher: str = "") -> Region | None:
    gaz = gazetteer()
    if re.search(r"国务院|中华人民共和国|全国人民代表大会|全国人大", title) or _NATIONAL.search(header) or _national_opening(text):
        return Region("全国", "national", code=NATIONAL_CODE, place_id=NATIONAL_CODE)
    tag = _TAG.match(title)
    level_cue = _LEVEL_CUE.search(text[:3000])
    level = _CUE_LEVEL[level_cue.group(1)] if level_cue else None
    bare_title = _TAG.sub("", title)
    chain, town_match = [], None
    headline = "" if header or doc_type not in ("other", "news") else _headline(text)
    for source in (bare_title, tag.group(1) if tag else "", _without_venues(header) if doc_type in ("other", "news") else header, headline):
        names = [name for _, name in gaz.mentions(source)]
        if not names and tag and source == tag.group(1):
            names = _highest(gaz, gaz.short.get(source, set()), year)
        if not names and source == bare_title and not tag:
            names = _opening_stem(gaz, bare_title, year)  # (a title that opens with a place's short name: 北京共产主义组织的报告)
        chain = _chain(gaz, names, year)
        town_match = _TOWN.search(source)
        if chain or town_match:
            break
    if town_match and not chain and tag:
        names = [name for _, name in gaz.mentions(tag.group(1))] or _highest(gaz, gaz.short.get(tag.group(1), set()), year)
        chain = _chain(gaz, names, year)
    if not chain and not town_match:
        if doc_type in ("other", "speech") and _NATIONAL.search(text[:3000]):
            return None  # a national party or state text that names places in passing
        chain = _body_guess(gaz, text, year, level)
        if chain and chain[-1].level == "province" and doc_type in ("other", "news"):
            # (甘肃会宁35个重点项目集中开工 over a body that names 会宁县 twice: the headline's place
            # of the province the body names most)
            finer = _chain(gaz, _headline_stem(gaz, text, year), year)
            headline = _headline(text)
            if finer and finer[-1].level != "province" and finer[-1].code[:2] == chain[-1].code[:2] and _places_in(gaz, headline) <= 1 and not _SITE_BANNER.search(headline):
                # (but 仙桃、天门接连各有25个项目开工, 奉化天台一批重大项目开工: two places; 晋城生活网 - 晋城人自己的
                # 生活网站: a re-posting site's banner, not the item's headline; the province stands)
                chain = finer
        if chain:
            inferred.append("region")
            warnings.append(Warning.of("region_from_body", f"region inferred from mentions in the text: {chain[-1].name}", name=chain[-1].name))
        elif doc_type in ("other", "news") and (chain := _chain(gaz, _headline_stem(gaz, text, year), year)):
            # (a news item's first line that opens with a place's short name, 哈尔滨今年57个食品大项目开复工,
            # where the body names no place enough: a finer place from the body comes first)
            inferred.append("region")
            warnings.append(Warning.of("region_from_body", f"region inferred from mentions in the text: {chain[-1].name}", name=chain[-1].name))
        elif chain := _publisher(gaz, publisher, year):
            # (来源：广东省发展和改革委员会网站 over a text that names its province's cities only)
            inferred.append("region")
            warnings.append(Warning.of("region_from_source", f"region inferred from the publisher: {chain[-1].name}", name=chain[-1].name))
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


# where an event of many projects or a whole place was held (全市一季度重点项目开工动员大会在甲区
# 乙街道隆重举行, 全州第十批重大项目集中开工仪式在乙县举行): one site of many, not what the item is
# about (one project's ceremony, 甲项目竣工仪式在乙县举办, is held where the project is)
_VENUE = re.compile(r"(?P<event>[^，。；！？\n]{0,40}?)(?P<venue>在[^，。；！？\n]{2,30}?(?:隆重|盛大|顺利)?(?:举行|召开|举办))")
_MANY = re.compile(r"集中|全[省市州县区盟旗]|重[点大](?:工业|产业)?项目|第[一二三四五六七八九十\d]+批|季度|推进会|签约会|洽谈会|招商会|推介会|大会|论坛|博览会|交易会")


def _without_venues(lines: str) -> str:
    """A news item's opening lines without the places its collective events were held at."""
    if "在" not in lines:
        return lines
    return _VENUE.sub(lambda m: m.group("event") if _MANY.search(m.group("event")) else m.group(), lines)


def _headline_stem(gaz, text: str, year: int | None) -> list[str]:
    """The place a news item's headline opens with by its short name (哈尔滨今年…), or the line
    after a short kicker it opens with (总投资超400亿元 / 重庆20余个市级重点项目开工)."""
    first, _, rest = text[:200].partition("\n")
    headline = _headline(text)
    found = _opening_stem(gaz, headline, year)
    if not found and (kicker := _KICKER.match(headline)):
        found = _opening_stem(gaz, headline[kicker.end() :], year)  # 总投资逾百亿！奉节55个重点项目…: the place after an exclamation
    second = rest.split("\n", 1)[0]
    if not found and len(first) <= 20 and len(second) <= 40 and not re.search(r"[。？！]", first + second):
        found = _opening_stem(gaz, second, year)  # (a headline line, not the body's first sentence)
    return found


# a kicker that opens a headline on its line, ended by an exclamation or a colon (总投资288亿元！)
_KICKER = re.compile(r"[^！!：:，,。]{2,16}[！!：:]\s*")


def _opening_stem(gaz, line: str, year: int | None) -> list[str]:
    """The place a line opens with by its short name (北京…, 哈尔滨…), as its highest division;
    a province's short name and then a place of that province's (甘肃会宁…, 安徽庐江…) is
    that place."""
    stem = _stem_at(gaz, line)
    found = _highest(gaz, gaz.short.get(stem, set()), year) if stem else []
    if len(found) == 1 and (inner := _stem_at(gaz, line[len(stem) :])):
        province = gaz.lookup(found[0], year)[0]
        within = {name for name in gaz.short[inner] for d in gaz.lookup(name, year) if province.level == "province" and d.code[:2] == province.code[:2] and d.level != "province"}
        if len(top := _highest(gaz, within, year)) == 1:
            return top  # (湖南长沙: 长沙市, not 长沙县)
    return found


# a site's banner over a re-posted item: 晋城生活网 - 晋城人自己的生活网站, 某某新闻网
_SITE_BANNER = re.compile(r"网(?:站|\s*[-—|｜_]|$)")


def _places_in(gaz, line: str) -> int:
    """How many places below a province a line names by their short names."""
    return sum(1 for stem in gaz.stem_counts(line) if any(d.level != "province" for name in gaz.short[stem] for d in gaz.lookup(name)))


def _stem_at(gaz, line: str) -> str | None:
    """The longest short name of a place that ``line`` opens with."""
    return next((line[:n] for n in range(min(gaz.max_stem, len(line)), 1, -1) if line[:n] in gaz.short), None)


def _publisher(gaz, source: str, year: int | None) -> list[Division]:
    """The place of the body that published an item, where its source line opens with one
    (广东省发展和改革委员会, 衡阳日报): the item's place when its text names no place of its own
    often enough. A source told by its site alone (人民网) names none."""
    mentions = list(gaz.mentions(source))
    if not mentions or mentions[0][0] != 0:
        return []
    return _chain(gaz, [mentions[0][1]], year)


def _headline(text: str) -> str:
    """The headline an item with no header opens with, run on into its body in one line
    (福建省二季度集中开工259个重大项目发布时间：2018-06-25记者从省发改委获悉…): up to the date,
    source or first full stop, at most 40 characters."""
    first = text[:200].split("\n", 1)[0]
    end = re.search(r"发布时间|来源|时间[：:]|(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}|[。？]", first)
    return first[: min(end.start() if end else len(first), 40)]


def _national_opening(text: str) -> bool:
    """A text whose opening speaks for the State Council, to the national congress, or for
    the party's Central Committee to its national congress."""
    return bool(re.search(
        r"代表国务院|国务院的委托|受国务院|向全国人民代表大会|全国人民代表大会第[一二三四五六七八九十]+次会议(?:听取|审议)"
        r"|(?:中国共产党|党的)第[一二三四五六七八九十]+次全国代表大会|(?:代表|受)[^。，]{0,12}中央委员会",
        text[:400],
    ))


def _whole_word(text: str, at: int, name: str) -> bool:
    """Whether a place name found at ``at`` stands as a word of its own, not as characters
    that straddle two words (省市和县委 holds 和县, but as 和 + 县委)."""
    from .regions import word_bounds

    starts, ends = word_bounds(text, max(0, at - 8), min(len(text), at + len(name) + 8))
    return at in starts and at + len(name) in ends


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


# a firm's registered name: what opens it is its seat (苏州市甲乙旅游度假有限公司)
_FIRM_NAME = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:股份有限公司|有限责任公司|有限公司)")


def _body_guess(gaz, text: str, year: int | None, level: str | None) -> list[Division]:
    """Region from the body: the division mentioned most (a bare stem such as 湘潭 counts for
    the highest-level place of that stem), within the level the speaker speaks for if known.
    A mention must stand as a word of its own, and a county needs its city (or a city its
    province) named too, so that 解放区 or 资源县 read out of a phrase is no place."""
    if level == "town":
        return []
    text = text[:20000]  # the opening pages name the place often enough
    # (a place that opens a firm's registered name, 苏州市甲乙旅游度假有限公司, says where the firm
    # is from, not what the text is about: such names are blanked before counting)
    text = _FIRM_NAME.sub(lambda m: "　" * len(m.group()), text) if "公司" in text else text
    tally: Counter[str] = Counter()
    told_whole: Counter[str] = Counter()  # full names told as words of their own
    for at, name in gaz.mentions(text):
        if len(name) > 3 or _whole_word(text, at, name):
            tally[name] += 2
            told_whole[name] += 1
    order = ["province", "city", "county"]
    named = set(tally)

    def rank(name: str) -> tuple:
        # the highest level first; between equals (华容县 in 湖南, 华容区 in 湖北) the one whose
        # city or province the text names, then the name itself, so that no set order decides
        divisions = gaz.lookup(name, year)
        level = min(order.index(d.level) for d in divisions)
        parents = {p for d in divisions for p in gaz.parents(d, year) if p}
        return level, not (parents & named), name

    for stem, n in gaz.stem_counts(text).items():
        tally[min(gaz.short[stem], key=rank)] += n
    candidates = [
        (count, -order.index(d.level), d)
        for name, count in tally.items()
        for d in gaz.lookup(name, year)
        if level is None or d.level == level
    ]
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
    ceiling = len(order)
    for best_count, _, best in candidates:
        if order.index(best.level) >= ceiling:
            continue  # (after a place told most failed, only a wider place may stand for the item)
        if best_count < 3 or any(c[0] == best_count and c[2].name == best.name and gaz.place_id(c[2]) != gaz.place_id(best) for c in candidates):
            return []  # too few mentions, or one name shared by several places (not one place under two codes, 儋州市)
        if best.level == "province" or _corroborated(gaz, best, tally, year) or (best.level == "city" and told_whole[best.name] >= 2 and best_count >= 7) \
                or (best.level == "county" and _told_whole(text, best.name, told_whole) >= 3 and _province_named(gaz, best, tally, year) and not _common_word(stem_of(best.name))
                    and not any(c[2].level in ("city", "county") and c[2].name != best.name and 2 * c[0] >= best_count for c in candidates)):
            # (a city told by its full name twice as a word of its own, and told often, needs no
            # province named: 福州市…福州市…, 福州新闻网…; a county does, as 解放区 is a word too;
            # a county of a name no word has, told whole three times in an item that names its
            # province, needs no city, where no other place is told half as often: 乾安县 in an item
            # of 吉林 that never names 松原, but not 阿拉尔市 beside 图木舒克市)
            return [best]
        # a county told most with its city unnamed (天祝 in an item of 甘肃省): a wider place told may stand
        ceiling = order.index(best.level)
    return []


def _told_whole(text: str, name: str, told_whole: Counter[str]) -> int:
    """How often a county is told by its full name, or by its short name and suffix where the
    full name is longer (天祝县 for 天祝藏族自治县)."""
    short = stem_of(name) + name[-1]
    return told_whole[name] + (text.count(short) if short != name else 0)


def _province_named(gaz, division: Division, tally: Counter[str], year: int | None) -> bool:
    province, _city = gaz.parents(division, year)
    return bool(province) and (province in tally or any(name in tally for name in gaz.short.get(province[:-1], ())))


def _common_word(stem: str) -> bool:
    """Whether a place's name without its suffix is a common word (解放, 开发, 和平): in jieba's
    dictionary, seen a thousand times or more. (jieba holds place names too, 西华 357 times,
    太仓 174, and its tags do not tell them from words: 西华 is nz, 解放 v.)"""
    from .spam import word_model

    return word_model()[0].get(stem, 0) >= 1000


def _corroborated(gaz, division: Division, tally: Counter[str], year: int | None) -> bool:
    """Whether the text also names the place's city (for a county) or province (for a city)."""
    province, city = gaz.parents(division, year)
    parent = city if division.level == "county" else province
    return bool(parent) and parent in tally
