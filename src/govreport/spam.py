"""Find brand tokens that a spam mirror put in place of a common word, and put the word back.

Finding the token, only on positive evidence of a spam page: a listed brand
(data/spam_brands.txt); a token of the spam shape, Chinese characters fused with a Latin brand
code inside running Chinese text (和记AG, KY体育), planted at least twice with the same Chinese
part, and not a known acronym; and, only on a page that shows one of those or betting words,
a Chinese name fused with a betting word (天博体育) planted twice or more whose name never
stands alone. An unusual phrase alone (全民健身和竞技体育) is never spam.

Naming the word it replaced, without seeing the original: every candidate from a list of the
genre's common words (data/common_words.tsv) is put in each place the token stands, and
scored by how well the window reads (the log-probability of jieba's best segmentation of the
window, from jieba's word frequencies), how often the word's usual neighbours (listed with
it) stand beside the token, and how much the word is missing from the document
compared with its usual rate (a spammer replaces a word everywhere, so it vanishes). The
best-scoring word is written back, and a warning names token, word and count.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .model import Warning

_CJK = "\u4e00-\u9fff"
_SHAPE = re.compile(rf"(?<=[{_CJK}“”、，,])([{_CJK}]{{1,4}}[A-Za-z]{{2,6}}|[A-Za-z]{{2,6}}[{_CJK}]{{1,4}})(?=[{_CJK}，,、。”])")
# Latin codes that appear inside Chinese official prose legitimately
_ACRONYMS = {
    "GDP", "CPI", "PPI", "PMI", "PPP", "EOD", "VOC", "VOCs", "DRG", "DIP", "AI", "IT", "ICT", "APP",
    "App", "IPO", "ESG", "REITs", "RCEP", "CBD", "BRT", "ETC", "IC", "LED", "OLED", "GIS", "VR", "AR",
    "CT", "MRI", "ICU", "NGO", "EPC", "BIM", "WTO", "UN", "QQ", "MCN", "SaaS", "PaaS", "IoT", "KPI",
    "USB", "PM", "ST", "TOD", "XOD", "FDI", "OEM", "PCB", "EDA", "SOC", "CPU", "GPU", "IDC", "CDN",
    "WiFi", "Wi", "ISO", "HSK", "PET", "MBA", "EMBA", "NBA", "CBA", "ATM", "POS", "UI", "OTA",
}
# a Chinese-only brand: a short name fused with a betting word (天博体育, 万博娱乐官网)
_CJK_BRAND = re.compile(rf"([{_CJK}]{{2,3}})[·•]?(体育|娱乐|彩票|棋牌|真人|电竞|竞技|官方网站|官网)(官网|官方网站|平台|[Aa][Pp][Pp])?")
# (written as one letter and then one to five: a pattern that opens with a repeat is tried at
# every character, one that opens with a class is looked for by re's fast scan)
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z]{1,5}")
_ASCII_LETTER = re.compile(rb"[A-Za-z]")


def _has_latin(text: str) -> bool:
    """Whether ``text`` holds a Latin letter: looked for among its ASCII characters alone (few
    in a Chinese text), where a scan of the whole text for a class of letters costs ten times
    as much (most texts hold none)."""
    return _ASCII_LETTER.search(text.encode("ascii", "ignore")) is not None


_BRAND_WORD = re.compile(r"体育|娱乐|彩票|棋牌|真人|电竞|竞技|官方网站|官网")
_WINDOW = 6


@dataclass(frozen=True)
class SpamFind:
    """A brand token, the word it stood for, how often, and the evidence that it is spam."""

    token: str
    word: str
    count: int
    reason: str


# the vocabulary of betting pages: a Chinese-only brand (天博体育) counts as spam only on a page
# that speaks it, or when its own word is one no official text fuses with a name
# (体育彩票, 开户, 打击赌博 are words of official texts too, so they are not on it; a page needs
# two different words of it)
_BETTING = re.compile(r"博彩|投注|下注|百家乐|老虎机|娱乐城|真人视讯|注册送|彩金|返水|电子游艺|体育平台|娱乐平台")


def find_spam(text: str) -> list[SpamFind]:
    """The spam tokens of ``text`` with the words they replaced, longest token first."""
    out = []
    for token, evidence in _find_tokens(text):
        out.append(SpamFind(token, _best_word(text, token), text.count(token), evidence))
    return out


def repair_spam(text: str) -> tuple[str, tuple[Warning, ...]]:
    """Return ``text`` with every spam token replaced by the word it stood for."""
    warnings: list[Warning] = []
    for found in find_spam(text):
        text = text.replace(found.token, found.word)
        warnings.append(Warning.of("spam_token", f"spam token {found.token!r} stood for {found.word!r} {found.count} time(s); repaired", token=found.token, word=found.word, n=found.count))
    return text, tuple(warnings)


def _find_tokens(text: str) -> list[tuple[str, str]]:
    # one scan for a listed brand or a betting word: a text that holds neither (almost every
    # one) needs neither of the two scans below, each as costly as this one
    spam_words = _any_spam_word().search(text) is not None
    # one scan says whether any listed brand stands in the text (most texts hold none); only
    # then is each looked for (one may lie inside another, which a single scan would not see)
    listed = _brands() if spam_words and _any_brand().search(text) else ()
    found: dict[str, str] = {brand: "a listed spam brand" for brand in listed if brand in text}
    lone = [brand for brand in found if text.count(brand) < 2]
    by_code: dict[tuple[str, bool], list[str]] = {}
    places: dict[tuple[str, bool], set[str]] = {}  # each code's occurrences with three characters either side
    for match in _near(_SHAPE, _LATIN_RUN, text, 5) if _has_latin(text) else ():
        token = match.group(1)
        latin_first = token[0].isascii()
        latin = re.sub(rf"[{_CJK}]", "", token)
        if latin in _ACRONYMS or latin.upper() in _ACRONYMS or latin.lower() in {"vocs", "app"}:
            continue
        if latin_first and re.search(r"\d(?:\.\d+)?[十百千万亿]{0,2}$", text[max(0, match.start() - 4) : match.start()]):
            continue  # 年产2000万KVAh新型铅炭电池, 10万kWh储能: a unit after a figure, no brand
        by_code.setdefault((latin, latin_first), []).append(token.replace(latin, ""))
        places.setdefault((latin, latin_first), set()).add(text[max(0, match.start() - 3) : match.end() + 3])
    for (latin, latin_first), hanzi in by_code.items():
        # the brand is the Chinese part every occurrence shares next to its Latin code
        shared = _common_prefix(hanzi) if latin_first else _common_prefix([h[::-1] for h in hanzi])[::-1]
        # one fused token can be a real name (地方AMC); a brand is planted many times over, in
        # sentences of their own: one line printed twice (…第四次会议上pDM莱州市… under a
        # re-post's title and again in the text) plants nothing, whatever the code is
        if len(hanzi) >= 2 and len(shared) >= 2 and len(places[latin, latin_first]) >= 2:
            token = latin + shared if latin_first else shared + latin
            found.setdefault(token, f"a Latin brand code fused with Chinese text, planted {len(hanzi)} times")
    # 全民健身和竞技体育, 文艺和体育 are ordinary words: a Chinese-only brand is believed only on a
    # page that shows other spam (a listed brand, a Latin code, betting words); on any other
    # page (almost every one) its words are not looked for
    # a listed brand told once, with nothing else of spam on the page, is the ordinary name it
    # also is (太阳城户外用品, an estate's or a shop's name): a spammer plants its brand wherever
    # the word it replaces stood, and a page it took over shows more than one token
    betting = len(set(_BETTING.findall(text))) if spam_words else 0
    if lone and len(found) == len(lone) == 1 and not betting:
        found.pop(lone[0])
    betting_page = bool(found) or betting >= 2
    by_word: dict[str, list[str]] = {}
    for match in _near(_CJK_BRAND, _BRAND_WORD, text, 4) if betting_page else ():
        by_word.setdefault(match.group(2) + (match.group(3) or ""), []).append(match.group(1))
    for word, names in by_word.items():
        clusters: dict[str, list[str]] = {}
        for name in names:
            clusters.setdefault(name[-2:], []).append(name)
        for cluster in clusters.values():
            if len(cluster) < 2:
                continue
            name = _common_prefix([n[::-1] for n in cluster])[::-1]
            # planted at least twice, and its name never used on its own: 公共体育 is not a brand
            if len(name) >= 2 and text.count(name) == text.count(name + word):
                found.setdefault(name + word, f"a name fused with a betting word, planted {len(cluster)} times, never standing alone")
    # longest first, so a brand inside a longer token is not replaced twice
    return sorted(found.items(), key=lambda item: len(item[0]), reverse=True)


def _near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, reach: int) -> list[re.Match[str]]:
    """The matches of ``pattern`` that lie around a match of the cheap ``anchor`` (a Latin
    run, a betting word): the same matches as scanning the whole text, found in the few
    places they can stand instead of at every character of a Chinese text."""
    seen: dict[tuple[int, int], re.Match[str]] = {}
    for hit in anchor.finditer(text):
        for match in pattern.finditer(text, max(0, hit.start() - reach), min(len(text), hit.end() + reach + 1)):
            seen.setdefault(match.span(), match)
    # a window that opens inside a match finds its tail as a match of its own (还将推行BT, then
    # 推行BT from the next Latin run's window), which a scan of the whole text never does: each
    # match overlapping one before it is dropped, as finditer would
    out: list[re.Match[str]] = []
    for span in sorted(seen):
        if not out or span[0] >= out[-1].end():
            out.append(seen[span])
    return out


def _common_prefix(strings: list[str]) -> str:
    first = min(strings, key=len)
    for i, char in enumerate(first):
        if any(s[i] != char for s in strings):
            return first[:i]
    return first


def _best_word(text: str, token: str) -> str:
    rates = _common_words()
    clean = text.replace(token, "\x00")
    length = max(1, len(clean))
    windows = []
    for match in re.finditer("\x00", clean):
        left = clean[max(0, match.start() - _WINDOW) : match.start()].split("\x00")[-1]
        right = clean[match.end() : match.end() + _WINDOW].split("\x00")[0]
        windows.append((left, right))
        if len(windows) >= 12:  # a dozen places tell as much as all of them
            break
    best, best_score = next(iter(rates)), -math.inf
    for word, info in rates.items():
        fluency = sum(_segment_logprob(left + word + right) for left, right in windows) / max(1, len(windows))
        # how often the usual neighbours of the word stand where the token does
        fit = sum(left.endswith(info.left) + right.startswith(info.right) for left, right in windows if info.left or info.right)
        fit_share = fit / max(1, 2 * len(windows))
        expected = info.rate * length / 10_000
        observed = clean.count(word)
        missing = max(0.0, expected - observed) / max(1.0, expected)
        vanished = 4.0 if observed == 0 and expected >= 3 else 0.0
        # absence says little in a short text, where even common words may not occur
        score = fluency + 8.0 * fit_share + 3.0 * missing * min(1.0, expected / 5) + vanished + 0.3 * math.log(info.rate)
        if score > best_score:
            best, best_score = word, score
    return best


def _segment_logprob(sentence: str) -> float:
    """Log-probability of the best segmentation of ``sentence`` under jieba's unigram model."""
    freq, log_total = word_model()
    n = len(sentence)
    best = [0.0] + [-math.inf] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 6), end):
            piece = sentence[start:end]
            count = freq.get(piece, 0)
            if count == 0 and end - start > 1:
                continue
            score = best[start] + math.log(count or 1) - log_total
            if score > best[end]:
                best[end] = score
    return best[n]


@lru_cache(maxsize=1)
def word_model() -> tuple[dict[str, int], float]:
    """jieba's dictionary: each word's count, and the log of all counts."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.dt.FREQ, math.log(jieba.dt.total)


@lru_cache(maxsize=1)
def _any_brand() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _brands())) or "(?!)")


@lru_cache(maxsize=1)
def _any_spam_word() -> re.Pattern[str]:
    """A listed brand or a betting word (_BETTING)."""
    return re.compile("|".join([*map(re.escape, _brands()), _BETTING.pattern]))


@lru_cache(maxsize=1)
def _brands() -> tuple[str, ...]:
    lines = resources.files("govreport").joinpath("data/spam_brands.txt").read_text("utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class _Word:
    rate: float
    left: tuple[str, ...]
    right: tuple[str, ...]


@lru_cache(maxsize=1)
def _common_words() -> dict[str, _Word]:
    rows = resources.files("govreport").joinpath("data/common_words.tsv").read_text("utf-8").splitlines()
    out = {}
    for row in rows:
        if row.strip() and not row.startswith("#"):
            word, rate, left, right = (row.split("\t") + ["", ""])[:4]
            out[word] = _Word(float(rate), tuple(filter(None, left.split(","))), tuple(filter(None, right.split(","))))
    return out
