"""Stage 3: raw text -> clean text, every change an edit on the record (see edits.py).

The steps, in order; each proposes edits over the current text, and each fires only on
evidence of the mess it repairs:
 1. whitespace  indentation, blank lines and trailing spaces around line breaks
 2. width       full-width letters and digits to ASCII, odd spaces to plain ones
 3. gloss       pinyin a re-posting site printed after characters (页(yè)): only a toned
                syllable right after a Chinese character
 4. script      Traditional characters to Simplified when a text is written in them
 5. boilerplate portal lines (meta, summaries, disclaimers, footers), a breadcrumb before the
                title and a title printed twice; the meta lines' dates are kept as metadata
 6. spacing     spaces a PDF text layer put inside words, numbers and headings; a space
                between two Chinese words that is the writer's stays (see ``as_read``)
 7. punctuation clause punctuation next to Chinese text in its full-width form, and a comma a
                re-post doubled before another mark (亿元,,年计划; 项目,、乙) taken out
 8. hard_wrap   hard-wrapped lines joined back into their paragraphs
 9. spam_token  brand tokens a spam mirror put in place of a word (see spam.py)
10. layout      newspaper pages: continuation markers, repeated sections, fragments out of
                order, captions after the end (see layout.py)
The result has one paragraph a line and no blank lines. The original (the text as read) is
kept beside it with the repair log and the alignment between the two; a kind of repair
named in ``skip`` is left undone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from importlib import resources

from .edits import Draft, Edit
from .layout import repair_layout
from .model import Cleaned, RawItem, Warning
from .near import AnyOf, finditer_near
from .spam import find_spam, word_model

_CJK = "\u4e00-\u9fff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…"
_HEADING_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|第[一二三四五六七八九十]+[章部分节]|附件|名\s*词\s*解\s*释)"
)
_TERMINAL = "。！？；：”」』）)!?;:…"
_TITLE_WORDS = re.compile(r"(政府工作报告|工作报告|公报|讲话|报告|决议)")

# every kind of repair the cleaner can make (the names of Repair.kind and of --no-repair)
REPAIR_KINDS = (
    "whitespace", "width", "gloss", "script", "boilerplate", "spacing", "punctuation", "hard_wrap",
    "spam_token", "page_marker", "duplicate_section", "caption_removed", "fragment_reordered",
)
# the repairs that remove or move words: each needs positive evidence of its mess
DESTRUCTIVE = ("boilerplate", "gloss", "spam_token", "page_marker", "duplicate_section", "caption_removed", "fragment_reordered")


@dataclass(frozen=True)
class _Step:
    """One cleaning step: the kind of repair it makes, the edits it proposes over the
    current text, and the warning it gives when it changed at least ``least`` places."""

    kind: str
    edits: Callable[[str], list[Edit]]
    warning: str | None = None
    message: str = ""
    least: int = 1


def clean(raw: RawItem, skip: frozenset[str] | set[str] = frozenset()) -> Cleaned:
    """Clean one raw item's text; see the module docstring for the steps."""
    draft = Draft(raw.text)
    warnings: list[Warning] = []
    meta: dict[str, str] = {}

    def portal_lines(text: str) -> list[Edit]:
        edits, found = _boilerplate_edits(text)
        meta.update(found)
        return edits + _header_edits(text, {e.start for e in edits})

    steps = (
        _Step("whitespace", _whitespace_edits),
        _Step("width", _width_edits),
        _Step("gloss", _gloss_edits, "pinyin_gloss", "removed {n} pinyin gloss(es) a re-post printed after characters"),
        _Step("script", _script_edits, "traditional_converted", "Traditional characters converted to Simplified in {n} place(s)"),
        _Step("boilerplate", portal_lines, "boilerplate", "removed {n} line(s) of portal boilerplate"),
        _Step("spacing", _spacing_edits, "pdf_spacing", "removed spaces inside words and numbers in {n} place(s)", least=20),
        _Step("punctuation", _punctuation_edits),
        _Step("hard_wrap", _wrap_edits, "hard_wrap", "re-joined {n} hard-wrapped line(s)"),
        # furniture printed over several lines (a licence notice broken at its links) shows
        # itself once its lines are joined
        _Step("boilerplate", lambda text: _furniture_after_wrap(text, meta), "boilerplate", "removed {n} line(s) of page furniture"),
    )
    for step in steps:
        if step.kind in skip:
            continue
        changed = draft.apply(step.kind, step.edits(draft.text))
        if step.warning and changed >= step.least:
            warnings.append(Warning.of(step.warning, step.message.format(n=changed), n=changed))
    if "spam_token" not in skip:
        for found in find_spam(draft.text):
            draft.apply("spam_token", [Edit(s, s + len(found.token), found.word, found.reason) for s in _occurrences(draft.text, found.token)])
            warnings.append(Warning.of("spam_token", f"spam token {found.token!r} stood for {found.word!r} {found.count} time(s); repaired", token=found.token, word=found.word, n=found.count))
    warnings.extend(repair_layout(draft, skip))
    if "whitespace" not in skip:
        draft.apply("whitespace", _whitespace_edits(draft.text, blank_lines=True))
    text = draft.text
    title = raw.title.strip() if raw.title else _find_title(text)
    if title and raw.title and draft.made("script"):
        title = _opencc().convert(title)  # a crawl's title written like its Traditional text
    if raw.published:
        meta.setdefault("published", raw.published)
    return Cleaned(
        text, _width(title) if title else None, meta, tuple(warnings),
        original=raw.text, repairs=draft.repairs(), alignment=draft.alignment(),
    )


def _furniture_after_wrap(text: str, meta: dict[str, str]) -> list[Edit]:
    """Furniture under the text, once its lines are joined: only the tail is read. A meta line
    known only now (时间 : … 来源 : …, its spaces gone) still gives its fields to ``meta``."""
    licence = _licence_edits(text)
    tail = text.rfind("\n", 0, max(0, len(text) - _TAIL)) + 1 if len(text) > _TAIL else 0
    found, fields = _boilerplate_edits(text[tail:])
    for key, value in fields.items():
        meta.setdefault(key, value)
    lines = [Edit(e.start + tail, e.end + tail, e.replacement, e.reason) for e in found]
    return [e for e in lines if not licence or e.end <= licence[0].start] + licence


_TAIL = 3000


def _occurrences(text: str, token: str) -> list[int]:
    out, at = [], text.find(token)
    while at >= 0:
        out.append(at)
        at = text.find(token, at + len(token))
    return out


# -- 1. whitespace -----------------------------------------------------------------------
_SPACE = " \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff\r\f\v"
_AROUND_BREAK = re.compile(rf"[{_SPACE}]*\n[{_SPACE}]*")
_BETWEEN_PARAGRAPHS = re.compile(rf"[{_SPACE}]*\n[{_SPACE}\n]*")
_LEADING = re.compile(rf"^[{_SPACE}\n]+")
# the line breaks that need an edit (all but a bare one): a break with a space right before
# it, or with spaces (between paragraphs, spaces or breaks) after it, and those after it. Each
# opens with the break, a literal, which re finds with its fast scan: the two above open with
# spaces that may be none and are tried at every character, and a pattern that opens with a
# class (a space or a break) is looked for character by character, twice as slow on a report
_SPACED_BREAK = re.compile(rf"\n(?:(?<=[{_SPACE}]\n)[{_SPACE}]*|[{_SPACE}]+)")
_SPACED_BREAKS = re.compile(rf"\n(?:(?<=[{_SPACE}]\n)[{_SPACE}\n]*|[{_SPACE}\n]+)")


def _break_spans(text: str, blank_lines: bool, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the matches of _AROUND_BREAK (with ``blank_lines``, _BETWEEN_PARAGRAPHS)
    in ``text[start:end]`` that are more than a bare line break: each break that needs an
    edit, with the spaces before it walked back over (as far as the match before)."""
    at = start
    for match in (_SPACED_BREAKS if blank_lines else _SPACED_BREAK).finditer(text, start, end):
        first = match.start()
        while first > at and text[first - 1] in _SPACE:
            first -= 1
        at = match.end()
        if at - first > 1:  # (a break found for the space before it, which the match before took)
            yield first, at


def _whitespace_edits(text: str, blank_lines: bool = False) -> list[Edit]:
    """No spaces around line breaks and none at the ends; with ``blank_lines``, one line
    break between paragraphs (until then a blank line is a paragraph's end that the
    hard-wrap step must see)."""
    edits = []
    lead = _LEADING.match(text)
    first = lead.end() if lead else 0
    # where the trailing whitespace starts: what a search for [spaces and breaks]+$ finds,
    # without trying that search at every line break of the text
    last = len(text.rstrip(_SPACE + "\n"))
    trail = last < len(text)
    if lead:
        edits.append(Edit(0, first, "", "whitespace at the start of the text"))
    reason = "blank lines and indentation between paragraphs" if blank_lines else "indentation and trailing spaces around a line break"
    for start, end in _break_spans(text, blank_lines, first, last):
        edits.append(Edit(start, end, "\n", reason))
    if trail and last >= first:
        edits.append(Edit(last, len(text), "", "whitespace at the end of the text"))
    return edits


# -- 2. width ----------------------------------------------------------------------------
def _width_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {code: chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)})
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)})
    table.update({ord(c): chr(ord(c) - 0xFEE0) for c in "％．＋－／＝＜＞"})
    table.update({ord(c): " " for c in "\u00a0\u3000\u2002\u2003\u2009\t\u200c"})
    table.update({ord(c): None for c in "\u200b\u200d\ufeff\u00ad"})
    return table


_WIDTH = _width_table()
# one of them, then any more: re scans for a class that opens a pattern, and tries a pattern
# that opens with a repeat ([…]+) at every character
_WIDE_CHAR = "[" + "".join(re.escape(chr(code)) for code in sorted(_WIDTH)) + "]"
_WIDE = re.compile(_WIDE_CHAR + _WIDE_CHAR + "*")


def _width(text: str) -> str:
    # translate() looks every character up; most texts have none of these, and one scan says so
    return text.translate(_WIDTH) if _WIDE.search(text) else text


def _width_edits(text: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), m.group(0).translate(_WIDTH), "full-width characters or odd spaces") for m in _WIDE.finditer(text)]


# -- 3. script ---------------------------------------------------------------------------
# a pinyin gloss a re-posting site printed after a character: 页(yè), 启动区（qū）. Only a
# syllable with a tone mark counts (positive evidence), and it must stand right after a Chinese
# character, so (GDP), (PPP) and (以下简称…) are never touched; a space the site left before the
# closing bracket (创(chuàng ), 会(huì )) is the gloss's too
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?[）)]")


def without_glosses(text: str) -> str:
    """The text with its pinyin glosses taken out (for comparing a labelled anchor with clean text)."""
    return _GLOSS.sub("", text)


# a gloss opens with its bracket and is thirteen characters at most; _GLOSS opens with a
# lookbehind, which re tries at every character, so it is tried only after brackets
_GLOSS_OPENS = AnyOf(re.compile("（"), re.compile(r"\("))  # (two literals, each found by re's fast scan)


def _gloss_edits(text: str) -> list[Edit]:
    return [Edit(m.start(), m.end(), "", "pinyin gloss") for m in finditer_near(_GLOSS, _GLOSS_OPENS, text, before=0, after=12)]


# how many different characters a text must change to be read as Traditional: a Traditional
# text changes dozens (個, 項, 資, 億…; 23 in the fewest of the real pages), while a Simplified
# one may hold a few that OpenCC changes too (乾 of 乾安县 and 乾隆, which it makes 干)
_TRADITIONAL_KINDS = 5


def _script_edits(text: str) -> list[Edit]:
    """Convert to Simplified when enough characters are Traditional-only to tell."""
    converter = _opencc()
    sample = text[:4000]
    if len(text) > len(sample):
        # a Traditional text shows itself in its first pages; a Simplified one is not converted whole
        converted = converter.convert(sample)
        if converted == sample:
            return []  # nothing to convert (most texts): one comparison, not a count character by character
        in_sample = sum(map(str.__ne__, sample, converted))
        if in_sample / (_cjk_count(sample) or 1) <= 0.01:
            return []
    converted = converter.convert(text)
    if len(converted) != len(text) or converted == text:
        return []
    if "專案" in text:
        # 專案, the word Taiwan's Traditional writes for a project (重大專案440個), which OpenCC keeps as
        # 专案: 项目, as the text means it (in Simplified, 专案 is a case under inquiry)
        converted = re.sub("专案", lambda m: "项目" if text.startswith("專案", m.start()) else m.group(), converted)
    changed, firsts, ends = _differing_runs(text, converted)
    cjk = _cjk_count(text) or 1
    if changed < 3 or changed / cjk <= 0.02:
        return []
    if len({text[i] for s, e in zip(firsts, ends) for i in range(s, e)}) < _TRADITIONAL_KINDS:
        return []  # 乾安县 told eight times in a short item: one character that Simplified writes too
    return [Edit(s, e, converted[s:e], "Traditional characters to Simplified") for s, e in zip(firsts, ends)]


def _differing_runs(text: str, converted: str) -> tuple[int, list[int], list[int]]:
    """How many characters of two texts of one length differ, and the runs they make (their
    starts and ends), found on arrays of code points: a walk over every pair of characters,
    even one in C, cost five times as much on a long report. (numpy is imported here: only a
    text with Traditional characters in its first pages comes this far.)"""
    import numpy as np

    points = [np.frombuffer(t.encode("utf-32-le", "surrogatepass"), np.uint32) for t in (text, converted)]
    changed = np.flatnonzero(points[0] != points[1])
    if not len(changed):
        return 0, [], []
    breaks = np.flatnonzero(np.diff(changed) != 1)  # a run ends where the next offset is not one more
    firsts = changed[np.concatenate(([0], breaks + 1))]
    lasts = changed[np.concatenate((breaks, [len(changed) - 1]))]
    return len(changed), firsts.tolist(), (lasts + 1).tolist()


_NOT_CJK = re.compile(rf"[^{_CJK}]+")


def _cjk_count(text: str) -> int:
    """How many Chinese characters ``text`` holds: what is left once the runs of other
    characters are taken out (a list of every Chinese character, as findall makes, costs
    six times as much on a report)."""
    return len(_NOT_CJK.sub("", text))


def to_simplified(text: str) -> str:
    """``text`` read as Simplified Chinese (for matching only; cleaning records its own edits)."""
    return _opencc().convert(text) if text else text


@lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


# -- 4. boilerplate ----------------------------------------------------------------------
@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The boilerplate patterns as two expressions: those anchored at the line's start, tried
    there only, and the others, searched along the line (one expression of all of them was
    tried at every character of every line, the anchored ones failing there one by one)."""
    sources = [p.pattern for p in _patterns("data/boilerplate.txt")]
    anchored = [p for p in sources if _anchored(p)]
    return _any_of(anchored), _any_of([p for p in sources if p not in anchored])


def _any_of(sources: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in sources) or "(?!)")


def _anchored(source: str) -> bool:
    """Whether a pattern matches only at the start of a line: it opens with ^ and has no |
    outside its groups (^甲|乙 matches anywhere)."""
    depth, escaped, in_class = 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return False
    return source.startswith("^")


def _patterns(name: str) -> tuple[re.Pattern[str], ...]:
    lines = resources.files("govreport").joinpath(name).read_text("utf-8").splitlines()
    return tuple(re.compile(line) for line in lines if line.strip() and not line.startswith("#"))


# page furniture is short; a long line that mentions 版权所有 is text (or a whole document
# crawled onto one line) and is never dropped
_MAX_FURNITURE = 500

_META_DATE = re.compile(r"(?:时间|日期)[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_META_FIELD = re.compile(r"(来源|作者)\s*[:：]\s*(\S+)")


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, the end past its line break, as they are read (each found
    when it is asked for: the header reads a text's first lines, not the whole text split)."""
    at = 0
    while True:
        end = text.find("\n", at)
        if end < 0:
            yield at, len(text)
            return
        yield at, end + 1
        at = end + 1


# a meta line that runs on into the text's first sentence, ended by its full stop: the text is
# kept, meta line and all (发布时间:2019-06-26 11:51来源: 网络整理天山网讯(记者…)6月的新疆,正是…进行时。);
# a disclaimer's sentences (免责声明:本网…。) and a teaser cut short (导读:…) are furniture still
_RUNS_INTO_TEXT = re.compile(r"^(?!.*(?:免责|免責|版权|版權|声明|聲明|转载|轉載)).*。[”’」』]?$")


def _boilerplate_edits(text: str) -> tuple[list[Edit], dict[str, str]]:
    meta: dict[str, str] = {}
    dates: list[str] = []
    edits: list[Edit] = []
    anchored, loose = _boilerplate()
    # (the lines walked as split, each stripped as it stands: what _lines gives, without a
    # generator and a slice for each of thousands of lines)
    end = 0
    for line in text.split("\n"):
        start, end = end, end + len(line) + 1
        stripped = line.strip()
        if stripped and len(stripped) <= _MAX_FURNITURE and (anchored.match(stripped) or loose.search(stripped)):
            if not _RUNS_INTO_TEXT.search(stripped):
                edits.append(Edit(start, min(end, len(text)), "", "a line of portal furniture (meta line, disclaimer, footer, navigation)"))
            for y, m, d in _META_DATE.findall(stripped):
                dates.append(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
            for key, value in _META_FIELD.findall(stripped):
                meta.setdefault({"来源": "source_site", "作者": "author"}[key], value)
    if dates:
        # a re-post shows its own date and the original's; the original is the earliest
        meta["published"] = min(dates)
    return edits, meta


_LICENCE_OPENS = re.compile(r"^(?:本|这部|這部)作品(?:是|来自|來自|在|的|採用|采用|原文|屬於|属于)", re.M)
_LICENCE_WORDS = re.compile(r"公有领域|公有領域|著作权法|著作權法|Public domain|知识共享|版权失效")


def _licence_edits(text: str) -> list[Edit]:
    """A library's licence notice under the text (本作品…属于公有领域, Public domain): from
    the line that opens it to the end, when that tail is short and speaks of licences."""
    tail_start = max(0, len(text) - 3000)
    opening = None
    for match in _LICENCE_OPENS.finditer(text, tail_start):
        opening = match
        break
    if opening is None or not _LICENCE_WORDS.search(text, opening.start()):
        return []
    return [Edit(opening.start(), len(text), "", "a licence notice printed under the text")]


def _header_edits(text: str, taken: set[int]) -> list[Edit]:
    """A breadcrumb line before the title and later copies of the title."""
    # the title stands among the first six lines with words, its copies among the seven after it
    content = list(islice(((s, e, text[s:e].strip()) for s, e in _lines(text) if text[s:e].strip() and s not in taken), 14))
    title_at = next((n for n, (_, _, line) in enumerate(content[:6]) if _TITLE_WORDS.search(line) and len(line) <= 60), None)
    if title_at is None:
        return []
    # a breadcrumb (乡村振兴 > …) is portal furniture: only on a page that shows portal lines
    edits = [
        Edit(s, e, "", "a breadcrumb before the title")
        for s, e, line in content[:title_at]
        if taken and len(line) <= 8 and not re.search(r"[\d，。：:！!、]", line) and not re.search(r"各位|同志|代表", line)
    ]
    title = content[title_at][2]
    edits += [Edit(s, e, "", "the title printed a second time") for s, e, line in content[title_at + 1 : title_at + 8] if line == title]
    return edits


# -- 5. spacing --------------------------------------------------------------------------
# a space next to a digit, a Latin letter or a mark is typesetting ("2023 年", "来源: 新华社")
# and goes; one between two Latin letters or digits ("Mate 60") stays. A space between two
# Chinese characters goes only on evidence that it is a text layer's, not the writer's: a
# headline's space stands for a comma (开工205个 竣工153个), a byline's between two names
# (记者 王甲 李乙). The evidence is a word printed letter by letter (政 府 工 作 报 告, 县长 魏 宇),
# or a text whose sentences have spaces inside their words (同 比增长, 年度计 划投资)
# (a run of spaces is judged by what stands on each side of the whole run: 16.07.2018  22:17
# keeps its two spaces, which one at a time would each have a space beside it)
_SPACE_BETWEEN = re.compile(r"(?<![A-Za-z0-9. ]) +|(?<! ) +(?![A-Za-z0-9 ])|(?<=\d\.) +(?=\d)")
# a word printed letter by letter: single characters one space apart, alone between spaces,
# marks or line ends
_LETTERSPACED = re.compile(rf"(?<![^\s{_CJK_PUNCT},.:;()])[{_CJK}](?: [{_CJK}])+(?![^\s{_CJK_PUNCT},.:;()])")
# how many spaces inside words of a sentence show a text layer's spacing: one may be a
# writer's slip, or two words a dictionary also reads as one (优化 为推动 against 化为)
_LAYER_SPACES = 2


# a number a text layer printed digit by digit (7 4 7 7 2 亿元, 1 9 9 3 年): single digits
# one space apart, three or more of them or next to Chinese text or a decimal point
_SPACED_DIGITS = re.compile(rf"(?<![\dA-Za-z.])\d(?: \d)+(?![\dA-Za-z])")
# both patterns open with a lookbehind, which re tries at every character of the text; their
# matches lie inside a run of spaces (with one character read after it), or inside a chain
# of single digits one space apart (a digit, then pairs of a space and a digit, with one
# character read after it), which a plain scan finds fast (see near.py). Both anchors open
# with a space: re finds a literal first character with its fast scan, and tries a repeat
# or a class (" +", \d) at every character
_SPACES = re.compile("  *")
_DIGIT_PAIR = re.compile(r" (?<=\d )\d")


def _spacing_edits(text: str) -> list[Edit]:
    """Spaces next to Chinese characters and inside numbers printed digit by digit; spaces
    between two Latin words or two numbers stay, and so do those between two Chinese words
    with no evidence of a text layer's (``_separators``)."""
    kept = _separators(text)
    edits = [Edit(m.start(), m.end(), "", "spaces inside Chinese text") for m in finditer_near(_SPACE_BETWEEN, _SPACES, text, before=0, after=1)
             if "\n" not in m.group(0) and m.start() not in kept]
    taken = {e.start for e in edits}
    for run in finditer_near(_SPACED_DIGITS, _DIGIT_PAIR, text, before=1, after=1):
        around = text[max(0, run.start() - 1) : run.start()] + text[run.end() : run.end() + 1]
        if len(run.group(0)) >= 5 or re.search(rf"[{_CJK}.%．％]", around):
            for space in re.finditer(" ", run.group(0)):
                at = run.start() + space.start()
                if at not in taken:
                    edits.append(Edit(at, at + 1, "", "spaces inside a number printed digit by digit"))
    return edits


def _separators(text: str) -> set[int]:
    """Where the spaces between two Chinese characters that stay begin: all of them, unless
    the text's sentences show a text layer's spacing; never those inside a word printed
    letter by letter."""
    between = _between_chinese(text)
    if not between:
        return set()
    letterspaced = {m.start() + k for m in _LETTERSPACED.finditer(text) for k, c in enumerate(m.group()) if c == " "}
    between = [m for m in between if m.start() not in letterspaced]
    inside = 0
    for m in between:
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if ("，" in line or "。" in line or "," in line) and _splits_a_word(text[max(line_start, m.start() - 3) : m.start()], text[m.end() : m.end() + 3]):
            inside += 1
            if inside >= _LAYER_SPACES:
                return set()
    return {m.start() for m in between if not _in_running_text(text, m.start())}


def as_read(text: str) -> str:
    """A cleaned text as the extractors read it: a space the clean step kept between two
    Chinese characters (a headline's, 开工205个 竣工153个; a byline's) parts two phrases, and its
    first space reads as a comma. The length is the text's, so every offset holds."""
    between = _between_chinese(text)
    if not between:
        return text
    parts, at = [], 0
    for m in between:
        parts += [text[at : m.start()], "，", m.group()[1:]]
        at = m.end()
    return "".join(parts) + text[at:]


def _between_chinese(text: str) -> list[re.Match[str]]:
    """The runs of spaces with a Chinese character on each side (speed: the runs are found by a
    plain scan for a space, and their sides read; a pattern that opens with a lookbehind is
    tried at every character)."""
    if " " not in text:
        return []
    return [m for m in _SPACES.finditer(text) if m.start() and _CHINESE_CHAR.match(text, m.start() - 1) and _CHINESE_CHAR.match(text, m.end())]


_CHINESE_CHAR = re.compile(rf"[{_CJK}]")


def _in_running_text(text: str, at: int) -> bool:
    """Whether a space falls inside a sentence's running text, after a comma of it, where a
    writer puts no space (一期30万吨生产线，将于 今年投产), outside a quote or a bracket
    (“迎老乡 回故乡”, （记者 王甲 李乙）) and past a headline, which has no comma."""
    start = max(text.rfind(mark, 0, at) for mark in "\n。！？!?") + 1
    before = text[start:at]
    if not _CLAUSE_BEFORE.search(before):
        return False
    return before.count("“") <= before.count("”") and before.count("（") + before.count("(") <= before.count("）") + before.count(")")


_CLAUSE_BEFORE = re.compile(r"[，,；;]")


def _splits_a_word(before: str, after: str) -> bool:
    """Whether a common word (in jieba's dictionary, seen 50 times or more) runs across a
    space, from up to three characters before it to up to three after it (同 比, 计 划)."""
    words = word_model()[0]
    for i in range(1, len(before) + 1):
        for j in range(1, len(after) + 1):
            word = before[len(before) - i :] + after[:j]
            if len(word) <= 4 and words.get(word, 0) >= 50 and _ALL_CJK.fullmatch(word):
                return True
    return False


_ALL_CJK = re.compile(rf"[{_CJK}]+")


# -- 6. punctuation ----------------------------------------------------------------------
_PUNCT_MAP = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK_OR_PUNCT = re.compile(rf"[{_CJK}{_CJK_PUNCT}\d%]")
_CJK_OR_PUNCT_AFTER = re.compile(rf"[{_CJK}{_CJK_PUNCT}]")


_HALF_WIDTH = re.compile(r"[,:;?!()]")
_HALF_WIDTH_BYTE = re.compile(rb"[,:;?!()]")


def _punctuation_edits(text: str) -> list[Edit]:
    """Clause punctuation next to Chinese text in full width; 1,000 and 09:30 stay ASCII."""
    # the marks are ASCII: looked for first among the text's ASCII characters alone (few in a
    # Chinese text, and most reports hold none of the marks), where a scan of the whole text
    # for the class costs seven times as much
    if not _HALF_WIDTH_BYTE.search(text.encode("ascii", "ignore")):
        return []
    edits = []
    for match in _HALF_WIDTH.finditer(text):
        char, at = match.group(0), match.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char in ",:" and before.isdigit() and after.isdigit():
            continue
        if char == "," and (after in "、。;；" and _CJK_OR_PUNCT.match(before) or before == "," and at >= 2 and _CJK_OR_PUNCT.match(text[at - 2])):
            # 技改项目,、泸州老窖技改工程, 总投资1301.8亿元,,年计划投资: a re-post put a comma before
            # the mark the text has; the mark stays (the first of two commas), the comma added goes
            edits.append(Edit(at, at + 1, "", "a comma doubled before another mark"))
            continue
        if char in "()" or _CJK_OR_PUNCT.match(before) or _CJK_OR_PUNCT_AFTER.match(after):
            edits.append(Edit(at, at + 1, _PUNCT_MAP[char], "half-width punctuation in Chinese text"))
    return edits


# -- 7. hard wraps -----------------------------------------------------------------------
def _wrap_edits(text: str) -> list[Edit]:
    """A line that stops mid-sentence is joined to the next (a PDF's or a page's hard wrap),
    where something shows the break is no line's own end: the break cuts a quote, a title in
    《》 or a clause (…“ | 开罗宣言, 中国大陆 | ，也可能…); the sentence has a clause before the
    break (…，属于 | 公有领域), below the page's head; or the line runs about as wide as the
    text's full lines (a wrap at the page's width). A page that puts each paragraph on a line of its own keeps its
    title, its date line and a photo's caption apart from the body."""
    edits = []
    lines = text.split("\n")
    at = 0
    paragraph = ""  # the paragraph the current line ends, as joined so far
    full = None  # the width of the text's full lines, measured once a break is in question
    opened = False  # whether a sentence has ended yet: above the first, a page's head (title, subtitle, date)
    for n, line in enumerate(lines):
        at += len(line) + 1
        opened = opened or line.rstrip().endswith(_SENTENCE_ENDS)
        paragraph = paragraph + line if paragraph else line
        following = lines[n + 1].strip() if n + 1 < len(lines) else ""
        joined = paragraph.strip()
        if following and joined and _continues(joined, following):
            if not (_CUT_AFTER.search(joined[-16:]) or _CUT_BEFORE.match(following)):
                if _PHOTO_CREDIT.search(joined[-24:]):
                    paragraph = ""  # a photo's caption, ended by who took it
                    continue
                if _META_LINE.match(following):
                    paragraph = ""  # a title, then the page's date or source line
                    continue
                if not (opened and _CLAUSE_MARK.search(joined)):
                    full = _full_width(lines) if full is None else full
                    if _printed_width(line.strip()) < _WRAP_SHARE * full:
                        paragraph = ""  # a line of its own: a title, a caption, a date
                        continue
            edits.append(Edit(at - 1, at, "", "a line break inside a sentence"))
        else:
            paragraph = ""
    return edits


# a break that cuts a sentence open: after an opening quote or bracket or the particle 的
# (…所作的 | 政府工作报告), before a mark that closes a clause, a quote, a title or a note's
# number (no line of its own begins with one), or one character before a clause's end (…设置账
# | 套，进行…: a word cut in two; a line of its own opens with a word, 目前，…)
_CUT_AFTER = re.compile(r"(?:[“‘「『《〈（(【\[]|的|\[[^\[\]\n]{1,8}\])\s*$")
_CUT_BEFORE = re.compile(r"[，、。；：！？”’」』》〉）)】\[\]]|[^\s，。、；：！？]{1}[，。、；：！？]")

# who took a photo, at the end of its caption (…签约现场。 张伟 摄, 新华社记者 范培珅 摄, 通讯员曹胜峰摄)
_PHOTO_CREDIT = re.compile(r"(?:^|[。！？\s]|记者|通讯员|摄影)[^。，,；;！？“”]{0,20}摄$")

# a mark inside a sentence, that a title or a caption does not hold (a headline puts a space
# where a sentence puts a comma); above a text's first full stop, a subtitle may hold one
_CLAUSE_MARK = re.compile(r"[，、；]")
_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?")

# a line of a page's furniture that follows its title: the date, the source, the editor
# (a stamp of figures alone, 2019-10-12 07:01 or 2020/11/26; a sentence writes 2020年11月26日)
_META_LINE = re.compile(r"(?:发布时间|发布日期|发表时间|更新时间|时间|日期|来源|信息来源|稿源|作者|编辑|责任编辑|记者|公告日期)\s*[:：]|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s|$)")

# how wide a line must run, against the text's full lines, to be wrapped at the page's width
# (a line a PDF breaks early, before a number or a word that did not fit, still runs over 3/4)
_WRAP_SHARE = 0.75


def _printed_width(line: str) -> int:
    """A line's printed width: two for a Chinese character or a full-width mark, one for an
    ASCII character (UTF-8 spends three bytes on the one, one on the other)."""
    return (len(line) + len(line.encode("utf-8"))) // 2


def _full_width(lines: list[str]) -> int:
    """The width of a text's full lines: the line at the tenth of the way down from the widest
    (the longest paragraphs of a page, the wrap width of a PDF)."""
    widths = sorted((_printed_width(line.strip()) for line in lines if line.strip()), reverse=True)
    return widths[len(widths) // 10] if widths else 0


# (precompiled, and the marks as a tuple made once: this runs for every line of every text)
_TERMINAL_MARKS = tuple(_TERMINAL)
_STOP_OR_COLON = re.compile(r"[。：]")
_TABLE_TITLE_END = re.compile(r"(?:情况|情况表|一览表|明细表|统计表|清单)$")
_MEETING_END = re.compile(r"(?:[会會][议議]|大[会會])上$")


def _continues(previous: str, line: str) -> bool:
    if previous.endswith(_TERMINAL_MARKS) or _HEADING_START.match(line) or len(previous) < 15:
        return False
    if previous.endswith("|") or line.startswith("|"):  # table rows
        return False
    # a heading, a title or a by-line ends without punctuation but is complete
    if _HEADING_START.match(previous) and not _STOP_OR_COLON.search(previous):
        return False
    if previous.startswith(("—", "-")) or (_TITLE_WORDS.search(previous) and len(previous) <= 40):
        return False
    if previous.startswith("【") and "】" in previous[:12]:  # a news headline: 【某市招商】…
        return False
    if _PAGE_MARKER.match(line) or _PAGE_MARKER.match(previous):
        return False
    # a table's title (2020年重点民生实事完成情况) and its header cells stand on lines of their own
    if line in ("序号", "编号", "序") or _TABLE_TITLE_END.search(previous):
        return False
    # a by-line (…在某某会议上) is complete, and a salutation opens the speech
    if _MEETING_END.search(previous) or line.startswith(("各位代表", "同志们", "各位委员")):
        return False
    return True


_PAGE_MARKER = re.compile(r"^[（(【]?\s*(上接|接上|下转|转下|转第|接第|续接|紧接)\s*第?\s*[\d一二三四五六七八九十]+\s*[版页]")


def _find_title(text: str) -> str | None:
    lines = text.split("\n")
    for line in lines[:5]:
        if _TITLE_WORDS.search(line) and len(line) <= 60:
            return line.strip()
    # a news item's headline: a short first line that is no sentence and no heading
    first = lines[0].strip() if lines else ""
    if first.startswith("【") and len(first) <= 60 and not re.search(r"[。！？；：]$", first) and len(lines) > 1:
        return first
    return None
