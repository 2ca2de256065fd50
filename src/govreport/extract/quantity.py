"""The number-and-quantity grammar of Chinese official prose.

Finds every quantity in a stretch of text: Arabic and Chinese numerals (百分之八, 一千二百万,
1.3万亿, 三亿零四百七十五万吨 read as 3.0475亿吨), decimals, 万/亿/万亿 multipliers, ranges
(6%-6.5%, 6—6.5%, 6%到6.5%), percentages and per-mille rates (千分之十), percentage points,
multiples (倍, 翻两番), ranks (第49位, 居全省第一, 前三), and amounts with the units these
reports use (data/units.toml). Around each number it reads the modifier (左右
about; 以上/超过/突破/不低于/余/多 at least; 以内/以下/不超过 at most; a range) and whether a
verb before it says the change is a fall.

The sign convention, one for every figure: a value is signed, a fall negative (下降3.4% is
-3.4, 减少200亿元 is -200), and the modifier is stated on that signed number, so 下降3.4%以上
(a fall of at least 3.4) is -3.4 at_most and a fall of 5.6 (-5.6) meets it. A level reached by
a fall (下降到3%, 降低为5%) is a level, positive.

Years, dates, ordinals of meetings (第六届), plan names (十四五) and numbers inside quoted
slogans (“三高四新”) are not quantities.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice

from ..near import AnyOf, finditer_at, finditer_ending, finditer_from, runs_ending
from ..numbers_cn import cn_to_number

_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
# thousands are grouped with a comma, in older texts a full-width one (粮食产量33，212万吨): a
# full-width comma groups only after one to three digits, where three digits follow and no
# fourth (增长5%，212个 is no group: the % closed the number); such a comma is read as an
# ASCII one for the scan (the same length, so offsets hold)
_FULL_WIDTH_GROUP = re.compile(r"(?<![\d.,，])\d{1,3}(?:，\d{3})+(?![\d.])")
# what every such group holds; a scan for it is fast where _FULL_WIDTH_GROUP, opening with a
# lookbehind, is tried at every character (and almost every Chinese text has a full-width comma)
_GROUP_COMMA = re.compile(r"，(?<=\d，)\d{3}")  # (opening with the comma: re finds a literal fast, and a digit slowly)
# (one numeral, then any more: the same as [...]+, written so that a pattern opening with it,
# a compound's, is looked for by re's fast scan for a class instead of being tried at every
# character)
_CN_CHARS = "零〇一二两三四五六七八九十百千"
_CN = rf"[{_CN_CHARS}][{_CN_CHARS}]*(?:点[零〇一二三四五六七八九]+)?"
_NUM = rf"(?:{_AR}|{_CN})"
_MULT = r"(?:万亿|千万|百万|亿|万|千)"
_DASH = r"\s*(?:-|—|–|－|~|～|至|到)\s*"
_MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}

_AT_LEAST_BEFORE = ("超过", "突破", "不低于", "不少于", "高于", "逾", "超", "大于", "多于")
_ABOUT_BEFORE = ("约", "大约", "近", "接近", "将近")
_AT_MOST_BEFORE = ("不超过", "不高于", "低于", "少于", "控制在", "不到")
_AT_LEAST_AFTER = ("以上", "及以上", "多", "余")
_ABOUT_AFTER = ("左右", "上下")
_AT_MOST_AFTER = ("以内", "以下", "之内")
_FALL = ("下降", "减少", "回落", "降低", "下滑", "减", "降", "负增长", "收窄", "压缩", "压减", "缩短", "减产")
# a fall verb right before the number (下降3.4%, 减少了200亿元, 下降约2%); 下降到 is a level
_FALL_BEFORE = re.compile("(?:" + "|".join(_FALL) + r")了?(?:约|近|超过|不到|不超过|逾)?$")
_FLIPPED = {"at_least": "at_most", "at_most": "at_least"}
_BEFORE_CUES = _AT_LEAST_BEFORE + _ABOUT_BEFORE + _AT_MOST_BEFORE


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float
    value_high: float | None
    unit: str | None  # as written: %, 个百分点, 倍, 亿元, 万人, 个 ...
    kind: str  # percent | points | multiple | rank | amount
    modifier: str  # point | about | at_least | at_most | range
    multiplier: float = 1.0
    base_unit: str | None = None

    @property
    def base_value(self) -> float | None:
        if self.kind != "amount" or self.base_unit is None:
            return None
        return round(self.value * self.multiplier, 6)


@lru_cache(maxsize=1)
def units() -> dict[str, dict[str, str]]:
    data = tomllib.loads(resources.files("govreport").joinpath("data/units.toml").read_text("utf-8"))
    return data["units"]


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    unit_names = sorted(units(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in unit_names)
    return {
        "percent": re.compile(
            rf"(?:百分之(?P<cn>{_CN})(?:{_DASH}(?:百分之)?(?P<cn2>{_CN}))?)"
            rf"|(?P<a>{_AR})\s*(?:[%％]\s*)?(?:{_DASH}(?P<b>{_AR}))?\s*[%％]"
        ),
        "permille": re.compile(rf"千分之(?P<cn>{_CN})(?:{_DASH}(?:千分之)?(?P<cn2>{_CN}))?|(?P<a>{_AR})(?:{_DASH}(?P<b>{_AR}))?\s*‰"),
        "doubling": re.compile(r"翻(?:了)?(?P<a>[一两二三四五六七八九十]|\d{1,2})番"),
        "compound": re.compile(
            rf"(?P<cnc>{_CN}(?:(?:亿|万){_CN}?(?:余|多)?)+(?:亿|万)?)(?P<approx>余|多)?\s*(?P<unit>{unit_alt})?"
        ),
        "points": re.compile(rf"(?P<a>{_NUM})(?:{_DASH}(?P<b>{_NUM}))?\s*个?百分点"),
        "multiple": re.compile(rf"(?P<a>{_NUM})(?:{_DASH}(?P<b>{_NUM}))?\s*倍"),
        "rank": re.compile(rf"第\s*(?P<a>{_NUM})\s*(?P<unit>位|名)?|前\s*(?P<top>{_NUM})\s*(?P<unit2>位|名|强)?"),
        "amount": re.compile(
            # (3.1个亿, 一个亿: 亿 told as a count of them, in speech)
            # (8亿7750万元, 3亿零500万元, 1亿8千万元: the 万 or 千万 after 亿 in digits, read as a part of the 亿)
            rf"(?P<a>{_NUM})(?:{_DASH}(?P<b>{_NUM}))?\s*(?P<approx>余|多)?\s*(?:个(?=亿(?!元)))?(?P<mult>{_MULT})?"
            rf"(?:(?<=亿)零?(?:(?P<wan>\d{{1,4}}(?:\.\d+)?)万|(?P<qian>\d)千万)(?=(?:余|多)?(?:{unit_alt})))?\s*(?P<approx2>余|多)?\s*(?P<unit>{unit_alt})?"
        ),
    }


# a unit character that begins a longer word is no unit (十亿项目, 三个方面, 五件事)
_UNIT_NOT_FOLLOWED = {unit: re.compile(word) for unit, word in {
    "项": r"目", "家": r"[庭族乡具电园]", "所": r"[有在属以]", "部": r"[门署分件委]", "台": r"[阶州账]",
    "条": r"[件例款]", "次": r"(会议|性|序|生)", "座": r"谈", "处": r"[理置室级长]", "件": r"事", "名": r"[列单录称义额]",
    "方": r"[面案式向法针]", "度": r"[假过]", "场": r"[景所馆地次]", "片": r"区", "头": r"[部企雁]", "种": r"[植养业子类]",
    "只": r"[是有要]", "张": r"[家]", "个": r"(方面|领域|环节|维护|确立|自信|意识|区分开来|坚定不移|“)", "米": r"[粮]",
    "批": r"(“|次)", "块": r"钱",
}.items()}
_MONEY_WORD_AFTER = re.compile(r"[钱整多余左以每的]")  # 三元钱, 十元整: money after all
_RANK_VERB = re.compile(r"[居列排位跻进入]")
_RANK_WORD = re.compile(r"[居列排名位]")
_CJK_AT = re.compile(r"[\u4e00-\u9fff]")
_NOT_QUANTITY_AFTER = re.compile(r"(?:年|月|日|届|次会议|号|季度|五|个五年|条例)")
_QUOTED = re.compile(r"“[^”]{0,20}”|《[^》]{0,40}》|\([^)]{0,20}\)")
# where a quote, a title or a bracket opens: each opening is found by its own scan for a
# literal (re's fast scan), where _QUOTED, opening with three characters, is tried at every one
_QUOTE_OPENINGS = AnyOf(re.compile("“"), re.compile("《"), re.compile(r"\("))


def _quoted(text: str) -> Iterator[re.Match[str]]:
    """``_QUOTED.finditer(text)``, tried only at the openings: an opening inside a match
    found is passed over, as finditer goes on from where a match ended."""
    at = 0
    for opening in _QUOTE_OPENINGS.finditer(text):
        if opening.start() < at:
            continue
        match = _QUOTED.match(text, opening.start())
        if match is not None:
            yield match
            at = match.end()


def within(quantities: list[Quantity], start: int, end: int) -> list[Quantity]:
    """The quantities (sorted by start, as find_quantities gives them) inside [start, end)."""
    first = bisect.bisect_left(quantities, start, key=lambda q: q.start)
    out = []
    for q in islice(quantities, first, None):  # no copy of the rest of the list (a call for each sentence)
        if q.start >= end:
            break
        if q.end <= end:
            out.append(q)
    return out


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, left to right, without overlaps."""
    end = len(text) if end is None else end
    window = text[start:end]
    if _GROUP_COMMA.search(window) and _FULL_WIDTH_GROUP.search(window):
        window = _FULL_WIDTH_GROUP.sub(lambda m: m.group(0).replace("，", ","), window)
    # one byte per character: 1 where a quote, a title or a found quantity already stands
    occupied = bytearray(len(window))
    for match in _quoted(window):
        occupied[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    found: list[Quantity] = []
    for kind in ("percent", "permille", "points", "multiple", "doubling", "compound", "rank", "amount"):
        if not _has_cue(kind, window):
            continue  # the rarer forms are looked for only where their telltale stands
        pattern = _patterns()[kind]
        for match in _matches(kind, pattern, window):
            if kind == "amount" and not match.group("unit") and not match.group("mult"):
                continue  # a bare number: a year, a code, a name (most numbers; told first, for speed)
            s, e = match.span()
            if 1 in occupied[s:e] or _never_built(kind, match, window, e):
                continue
            quantity = _build(kind, match, window, s, e)
            if quantity is None:
                continue
            occupied[s:e] = b"\x01" * (e - s)
            found.append(_shift(quantity, start) if start else quantity)  # a whole text (the usual call) needs no shift
    found.sort(key=lambda q: q.start)
    return found


# a word that opens with a numeral (一个, 一批, 十分, 千方百计): _build makes no count of it
# without a multiplier
_WORD_NUMERALS = frozenset("零〇一十百千")


def _never_built(kind: str, match: re.Match[str], text: str, e: int) -> bool:
    """The commonest matches _build turns down, told without building them (for speed; the
    same answer as _build): an amount in a word (一个, 一批, 十项) and an ordinal inside a phrase
    (第一次, 第二个)."""
    if kind == "amount":
        return not match.group("mult") and match.group("a") in _WORD_NUMERALS
    if kind == "rank":
        return not match.group("unit") and not match.group("unit2") and _CJK_AT.match(text, e) is not None
    return False


# A kind's telltales: words, each looked for with ``in`` (a fast search for a literal), or
# patterns that open with a literal; re looks for an alternation (千分之|‰) or a class ([%％])
# character by character, at several times the cost over a text that lacks them (most texts
# lack most cues)
_CUES: dict[str, tuple[str | re.Pattern[str], ...]] = {
    "percent": ("%", "％", "百分之"),
    "permille": ("千分之", "‰"),
    "points": ("百分点",),
    "multiple": ("倍",),
    "doubling": ("番",),
    # a numeral, 亿 or 万, a numeral (the numeral before it read by a lookbehind)
    "compound": tuple(re.compile(f"{word}(?<=[{_CN_CHARS}]{word})[{_CN_CHARS}]") for word in "亿万"),
    "rank": ("第", "前"),
}


def _has_cue(kind: str, text: str) -> bool:
    """Whether ``text`` holds a telltale of ``kind`` (True for a kind without any)."""
    cues = _CUES.get(kind)
    if cues is None:
        return True
    return any(cue in text if isinstance(cue, str) else cue.search(text) is not None for cue in cues)
_CN_NUMERAL = re.compile(_CN)
# a point or a multiple ends in its word (百分点, 倍) after a number, its range and spaces, all
# of these characters: each is looked for only in the run of them before its word, not along
# the whole text (its pattern opens with a number, which re tries at every character)
_WORD_AT_END = {"points": re.compile("百分点"), "multiple": re.compile("倍")}
# the others open with a number (or 百分之, 千分之), which re tries at every character: each is
# tried only where its first character stands
_FIRST_CHAR = {
    "percent": re.compile(r"[\d百]"),
    "permille": re.compile(r"[\d千]"),
    "amount": re.compile(r"[\d零〇一二两三四五六七八九十百千]"),
}
_BEFORE_WORD = re.compile(r"[\d\s,.点零〇一二两三四五六七八九十百千个\-—–－~～至到]")
# a percentage or a rate opens with its word (百分之, 千分之), or is a number and its range
# ending in its sign, with only these characters before the sign: each is tried only at its
# word and at the digits of the run before a sign, not at every digit of the text
# (the two percent signs are two scans merged: re finds a literal with its fast scan, and
# tries a class at every character)
_SIGN = {"percent": (re.compile("百分之"), AnyOf(re.compile("%"), re.compile("％"))), "permille": (re.compile("千分之"), re.compile("‰"))}
_BEFORE_SIGN = re.compile(r"[\d\s,.%％\-—–－~～至到]")


# a rank opens with 第 or 前 and its number (what follows is optional): each opening is scanned
# for on its own, a pattern that opens with a literal, which re finds by its fast scan (the rank
# pattern, an alternation of the two, costs several times as much), and the rank pattern is
# matched at each start. A rank holds no other 第 or 前, so no two overlap: the starts are those
# of the rank pattern's finditer
_RANK_OPENINGS = (re.compile(rf"第\s*{_NUM}"), re.compile(rf"前\s*{_NUM}"))


# A compound's first numeral runs on to its first 亿 or 万 (三亿零四百万: 三, then 亿), perhaps
# through a decimal point (一点五亿). Each 亿 and 万 is found by a scan for a literal, the run
# before it read back with _RUN_BEFORE, and the pattern matched where the run starts: the
# compound pattern, opening with a numeral, is tried by re at every character of the text.
_MULTIPLIER_WORDS = AnyOf(re.compile("亿"), re.compile("万"))
# the run of numerals (and decimals) that ends at the end given to the search (\Z: $ would
# also end before a line break)
_RUN_BEFORE = re.compile(rf"[{_CN_CHARS}]+(?:点[零〇一二三四五六七八九]+)?\Z")


def _compounds(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for the compound pattern. A run that ends at a 亿 or 万 holds
    none; the first start of a run that ends at the first such word after the last match is
    where finditer's next match starts. The run is read back a little way first, and further
    while it starts within a character of where the reading began (its whole length, or a 点
    where it began)."""
    at = 0
    for word in _MULTIPLIER_WORDS.finditer(text):
        end = word.start()
        if end <= at:
            continue
        reach = 16
        while True:
            begin = max(at, end - reach)
            run = _RUN_BEFORE.search(text, begin, end)
            if run is None or begin == at or run.start() > begin + 1:
                break
            reach *= 4
        if run is None:
            continue
        match = pattern.match(text, run.start())
        if match is not None:
            yield match
            at = match.end()


def _matches(kind: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where a match of ``kind`` can start."""
    if kind == "compound":
        return _compounds(pattern, text)
    if kind == "rank":
        starts = sorted(m.start() for opening in _RANK_OPENINGS for m in opening.finditer(text))
        return (pattern.match(text, at) for at in starts)
    if kind in _SIGN:
        word, sign = _SIGN[kind]
        windows = sorted([(m.start(), m.start() + 1) for m in word.finditer(text)] + list(runs_ending(sign, _BEFORE_SIGN, text)))
        return finditer_at(pattern, _FIRST_CHAR[kind], text, windows)
    if kind in _WORD_AT_END:
        return finditer_ending(pattern, _WORD_AT_END[kind], _BEFORE_WORD, text)
    if kind == "amount":
        return _amounts(pattern, text)
    if kind in _FIRST_CHAR:
        return finditer_from(pattern, _FIRST_CHAR[kind], text)
    return pattern.finditer(text)


@lru_cache(maxsize=1)
def _amount_start() -> re.Pattern[str]:
    """Where an amount with a unit or a multiplier can start: a run of digits and numerals
    with, right after some part of it, what goes on to one (a range's dash, a space, 余 or 多,
    a multiplier, a unit's first character, a decimal point or a thousands comma). It finds
    the first numeral of such a run as _FIRST_CHAR finds it; a run it passes over (一些,
    统一, 1985年) gives only bare numbers, which find_quantities passes over anyway, and no
    numeral inside it starts anything else. Tried in C, where each numeral of the text once
    cost a match and a bare number to pass over in Python."""
    tail = set("万亿千余多点,.-—–－~～至到") | {name[0] for name in units()}
    return re.compile(r"[\d零〇一二两三四五六七八九十百千]+(?=[\s" + "".join(re.escape(c) for c in sorted(tail)) + "])")
_ARABIC = re.compile(_AR)


def _amounts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``finditer_from(pattern, _amount_start(), text)``, with the starts found on an array of
    the text's code points (speed: re tried the start's class at every character, 8 ms a pass
    over the national reports; the arrays take 3). A run of numerals is a start up to its last
    character that a tail follows, as the start pattern's greedy run and lookahead give."""
    firsts, lasts = _amount_spans(text)
    match = pattern.match
    at = 0
    while True:
        i = bisect.bisect_right(firsts, at) - 1
        if i >= 0 and at < lasts[i]:
            hit = at  # (inside a run that reaches a tail further on)
        elif i + 1 < len(firsts):
            hit = firsts[i + 1]
        else:
            return
        found = match(text, hit)
        if found is None:
            at = hit + 1
        else:
            yield found
            at = found.end()


def _amount_spans(text: str) -> tuple[list[int], list[int]]:
    """Where _amount_start matches: for each run of numerals, its start and the last offset in
    the run (or just past it) that a tail character stands at, where that is after the start."""
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    numerals, tails = _amount_marks(points)
    edges = np.diff(np.concatenate(([0], numerals.view(np.int8), [0])))
    firsts = np.flatnonzero(edges == 1)
    if not len(firsts):
        return [], []
    ends = np.flatnonzero(edges == -1)  # (each run is firsts[i]:ends[i])
    tail_at = np.flatnonzero(tails)
    if not len(tail_at):
        return [], []  # (no character that may follow a numeral: no start)
    # the last tail at or before each run's end (a tail past the text's end is none)
    before = np.searchsorted(tail_at, np.minimum(ends, len(points) - 1), side="right") - 1
    last = np.where(before >= 0, tail_at[np.maximum(before, 0)], -1)
    kept = last > firsts
    return firsts[kept].tolist(), last[kept].tolist()


@lru_cache(maxsize=1)
def _amount_tables():
    """Two tables over every code point, filled in as texts bring characters not seen before:
    which are numerals of _amount_start's run (\\d, as re reads it, and the Chinese ones), and
    which may follow one (its lookahead's class); and which are known."""
    import numpy as np

    return np.zeros(0x110000, np.bool_), np.zeros(0x110000, np.bool_), np.zeros(0x110000, np.bool_)


def _amount_marks(points) -> tuple:
    """The numeral and tail marks of an array of code points (see _amount_tables)."""
    import numpy as np

    numerals, tails, known = _amount_tables()
    new = np.unique(points[~known[points]])
    if len(new):
        numeral, tail = re.compile(r"[\d零〇一二两三四五六七八九十百千]"), re.compile(_amount_start().pattern.split("(?=", 1)[1][:-1])
        for point in new.tolist():
            character = chr(point)
            numerals[point], tails[point] = numeral.match(character) is not None, tail.match(character) is not None
        known[new] = True
    return numerals[points], tails[points]


@lru_cache(maxsize=4096)
def _number(raw: str | None) -> float | None:
    # (cached: a report writes the same few hundred numerals thousands of times)
    if raw is None:
        return None
    if _ARABIC.fullmatch(raw):
        return float(raw.replace(",", ""))
    return cn_to_number(raw)


def _build(kind: str, match: re.Match[str], text: str, s: int, e: int) -> Quantity | None:
    """The quantity a match of ``kind`` writes, or None (an amount has a unit or a multiplier:
    find_quantities passes over bare numbers before it calls this)."""
    groups = match.groupdict()
    before, after = text[max(0, s - 6) : s], text[e : e + 6]
    if kind in ("percent", "permille"):
        raw_a = groups.get("cn") or groups.get("a")
        raw_b = groups.get("cn2") or groups.get("b")
        value, high, unit = _number(raw_a), _number(raw_b), "%" if kind == "percent" else "‰"
        kind = "percent"
    elif kind == "doubling":
        # 翻两番: the amount doubled twice over (a fourfold), as written
        value, high, unit, kind = _number(groups["a"]), None, "番", "multiple"
    elif kind == "compound":
        compound = _compound(groups, before)
        if compound is None:
            return None
        value, unit, mult_char = compound
        high = None
        groups = {**groups, "mult": mult_char, "approx": groups.get("approx") or ("多" if "多" in groups["cnc"] or "余" in groups["cnc"] else None)}
        kind = "amount"
    elif kind in ("points", "multiple"):
        value, high = _number(groups["a"]), _number(groups.get("b"))
        unit = "个百分点" if kind == "points" else "倍"
    elif kind == "rank":
        if groups.get("top") and not _RANK_VERB.search(before):
            return None  # 前三年, 前10个月: not a rank
        raw = groups.get("a") or groups.get("top")
        value, high = _number(raw), None
        unit = groups.get("unit") or groups.get("unit2")
        if _NOT_QUANTITY_AFTER.match(text, e) or (groups.get("a") and not unit and not _RANK_WORD.search(before[-4:])):
            return None  # 第六届, 第三次会议: an ordinal, not a rank
        if not unit and _CJK_AT.match(text, e):
            return None  # 第一个, 第一方阵: an ordinal inside a phrase
    else:
        raw_a, unit_name, mult = groups["a"], groups.get("unit"), groups.get("mult")
        in_words = _CN_NUMERAL.fullmatch(raw_a) is not None
        if not unit_name and in_words:
            return None  # 一万, 千万: words, not figures, without a unit
        if raw_a in ("十", "百", "千", "万") and not mult:
            return None  # 百家, 千户: part of a phrase, not a count
        if in_words and (raw_a in ("零", "〇", "一") or (_number(raw_a) or 0) > 12) and not mult:
            return None  # 一批, 零部件, 四十八所 (a name): words, not counts
        if unit_name in _UNIT_NOT_FOLLOWED and _UNIT_NOT_FOLLOWED[unit_name].match(text, e):
            return None  # 项目, 家庭, 部门: the "unit" starts a word
        if _NOT_QUANTITY_AFTER.match(text, e) and not unit_name:
            return None
        if unit_name == "元" and not mult and in_words and _CJK_AT.match(text, e) and not _MONEY_WORD_AFTER.match(text, e):
            return None  # 城乡二元结构, 三元正极材料: a word, not money
        value, high = _number(raw_a), _number(groups.get("b"))
        if value is not None and groups.get("wan"):
            value = round(value + float(groups["wan"]) / 1e4, 8)  # 8亿7750万元: 8.775亿元
        elif value is not None and groups.get("qian"):
            value = round(value + int(groups["qian"]) / 10, 8)  # 1亿8千万元: 1.8亿元
        unit = (mult or "") + ("元" if unit_name == "人民币" else unit_name or "")  # (15亿人民币: 亿元)
    if value is None:
        return None
    if kind != "rank" and before.endswith("第"):
        return None  # 第五次会议: an ordinal
    modifier = _modifier(before, after, high, groups)
    if kind in ("percent", "points", "amount") and _FALL_BEFORE.search(before):
        value, high = -value, (-high if high is not None else None)
        if high is not None:
            value, high = high, value  # a range runs from its lower end: 下降5%-6% is -6 to -5
        modifier = _FLIPPED.get(modifier, modifier)
    multiplier, base_unit = 1.0, None
    if kind == "amount":
        mult = groups.get("mult")
        info = units().get(groups.get("unit") or "", {})
        multiplier = _MULTIPLIERS.get(mult, 1.0) * float(info.get("factor", 1))
        base_unit = info.get("base")
    return Quantity(s, e, value, high, unit, kind, modifier, multiplier, base_unit)


def _compound(groups: dict, before: str) -> tuple[float, str, str] | None:
    """A Chinese numeral with 亿 or 万 inside it (三亿零四百七十五万吨, 一万六千七百七十亿元,
    四亿零七百多万吨): its value in its leading multiplier, as a reader says it (3.0475亿吨)."""
    raw, unit_name = groups["cnc"], groups.get("unit")
    if not unit_name or not re.search(r"[亿万][^亿万]", raw):
        return None  # 三亿, 十万: a plain multiplier, read by the amount pattern
    total = cn_to_number(raw.replace("多", "").replace("余", ""))
    if total is None or total == 0:
        return None
    lead = "亿" if total >= 1e8 else "万"
    value = round(total / _MULTIPLIERS[lead], 8)
    return value, lead + unit_name, lead


def base_of(value: float, unit: str | None) -> tuple[float | None, str | None]:
    """The base value and unit of an amount written as ``value`` ``unit`` (2.6, 万人 -> 26000, 人)."""
    if not unit:
        return None, None
    for mult in ("万亿", "亿", "万", "千", ""):
        name = unit[len(mult) :] if unit.startswith(mult) else None
        if name is not None and name in units():
            info = units()[name]
            return round(value * _MULTIPLIERS.get(mult, 1.0) * float(info.get("factor", 1)), 6), info.get("base")
    return None, None


def _modifier(before: str, after: str, high: float | None, groups: dict) -> str:
    if high is not None:
        return "range"
    if after.startswith(_ABOUT_AFTER):
        return "about"
    if after.startswith(_AT_MOST_AFTER):
        return "at_most"
    if after.startswith(_AT_LEAST_AFTER) or groups.get("approx") or groups.get("approx2"):
        return "at_least"
    if not before.endswith(_BEFORE_CUES):
        return "point"  # most numbers: no cue at all
    # the longest cue before the number decides: 不低于 (at least) is not 低于 (at most)
    cues = [(len(c), m) for m, words in (("about", _ABOUT_BEFORE), ("at_most", _AT_MOST_BEFORE), ("at_least", _AT_LEAST_BEFORE)) for c in words if before.endswith(c)]
    return max(cues)[1] if cues else "point"


def _shift(q: Quantity, offset: int) -> Quantity:
    return Quantity(q.start + offset, q.end + offset, q.value, q.value_high, q.unit, q.kind, q.modifier, q.multiplier, q.base_unit)
