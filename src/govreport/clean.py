"""Stage 3: raw text -> clean text, each step general and reported when it changed something.

The steps, in order:
 1. width      full-width letters and digits to ASCII, odd spaces to plain ones
 2. script     Traditional characters to Simplified when a text is written in them
 3. boilerplate portal lines (meta, summaries, disclaimers, footers), a breadcrumb before the
               title and a title printed twice; the meta lines' dates are kept as metadata
 4. spacing    spaces a PDF text layer put inside words, numbers and headings
 5. punctuation clause punctuation next to Chinese text in its full-width form
 6. wrapping   hard-wrapped lines joined back into their paragraphs
 7. spam       brand tokens a mirror site put in place of a word (see spam.py)
 8. layout     newspaper pages: continuation markers, repeated sections, fragments out of
               order, captions after the end (see layout.py)
The result has one paragraph a line and no blank lines.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from .layout import repair_layout
from .model import Cleaned, RawItem, Warning
from .spam import repair_spam

_CJK = "\u4e00-\u9fff"
_CJK_PUNCT = "，。、；：？！“”‘’（）《》【】—…"
_HEADING_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|第[一二三四五六七八九十]+[章部分节]|附件|名\s*词\s*解\s*释)"
)
_TERMINAL = "。！？；：”」』）)!?;:…"
_TITLE_WORDS = re.compile(r"(政府工作报告|工作报告|公报|讲话|报告)")


def clean(raw: RawItem) -> Cleaned:
    """Clean one raw item's text; see the module docstring for the steps."""
    warnings: list[Warning] = []
    text = _width(raw.text)
    text, changed = _simplify(text)
    if changed:
        warnings.append(Warning("traditional_converted", f"{changed} Traditional characters converted to Simplified"))
    text, meta, removed = _strip_boilerplate(text)
    if removed:
        warnings.append(Warning("boilerplate", f"removed {removed} line(s) of portal boilerplate"))
    text, spaced = _join_spaced(text)
    if spaced >= 20:
        warnings.append(Warning("pdf_spacing", f"removed {spaced} spaces inside words and numbers"))
    text = _punctuation(text)
    text, joined = _join_wrapped(text)
    if joined:
        warnings.append(Warning("hard_wrap", f"re-joined {joined} hard-wrapped line(s)"))
    text, spam_warnings = repair_spam(text)
    warnings.extend(spam_warnings)
    text, layout_warnings = repair_layout(text)
    warnings.extend(layout_warnings)
    text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    title = raw.title.strip() if raw.title else _find_title(text)
    if raw.published:
        meta.setdefault("published", raw.published)
    return Cleaned(text, _width(title) if title else None, meta, tuple(warnings))


def _width_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {code: chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)})
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)})
    table.update({ord(c): chr(ord(c) - 0xFEE0) for c in "％．＋－／＝＜＞"})
    table.update({ord(c): " " for c in "\u00a0\u3000\u2002\u2003\u2009\t\u200c"})
    table.update({ord(c): None for c in "\u200b\u200d\ufeff\u00ad"})
    return table


_WIDTH = _width_table()


_WIDE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_WIDTH)) + "]")


def _width(text: str) -> str:
    # translate() looks every character up; most texts have none of these, and one scan says so
    return text.translate(_WIDTH) if _WIDE.search(text) else text


def _simplify(text: str) -> tuple[str, int]:
    """Convert to Simplified when enough characters are Traditional-only to tell."""
    converter = _opencc()
    sample = text[:4000]
    if len(text) > len(sample):
        # a Traditional text shows itself in its first pages; a Simplified one is not converted whole
        in_sample = sum(map(str.__ne__, sample, converter.convert(sample)))
        if in_sample / (len(re.findall(rf"[{_CJK}]", sample)) or 1) <= 0.01:
            return text, 0
    converted = converter.convert(text)
    changed = sum(map(str.__ne__, text, converted))
    cjk = len(re.findall(rf"[{_CJK}]", text)) or 1
    if len(converted) == len(text) and changed >= 3 and changed / cjk > 0.02:
        return converted, changed
    return text, 0


@lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    """All boilerplate patterns as one expression: one search a line instead of twenty."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in _patterns("data/boilerplate.txt")))


def _patterns(name: str) -> tuple[re.Pattern[str], ...]:
    lines = resources.files("govreport").joinpath(name).read_text("utf-8").splitlines()
    return tuple(re.compile(line) for line in lines if line.strip() and not line.startswith("#"))


# page furniture is short; a long line that mentions 版权所有 is text (or a whole document
# crawled onto one line) and is never dropped
_MAX_FURNITURE = 500

_META_DATE = re.compile(r"(?:时间|日期)[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_META_FIELD = re.compile(r"(来源|作者)[:：]\s*(\S+)")


def _strip_boilerplate(text: str) -> tuple[str, dict[str, str], int]:
    meta: dict[str, str] = {}
    dates: list[str] = []
    kept: list[str] = []
    removed = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= _MAX_FURNITURE and _boilerplate().search(stripped):
            removed += 1
            for y, m, d in _META_DATE.findall(stripped):
                dates.append(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
            for key, value in _META_FIELD.findall(stripped):
                meta.setdefault({"来源": "source_site", "作者": "author"}[key], value)
            continue
        kept.append(line)
    if dates:
        # a re-post shows its own date and the original's; the original is the earliest
        meta["published"] = min(dates)
    kept, header_removed = _strip_header(kept)
    return "\n".join(kept), meta, removed + header_removed


def _strip_header(lines: list[str]) -> tuple[list[str], int]:
    """Drop a breadcrumb line before the title and later copies of the title."""
    content = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    title_at = next((n for n, (_, line) in enumerate(content[:6]) if _TITLE_WORDS.search(line) and len(line) <= 60), None)
    if title_at is None:
        return lines, 0
    drop = {i for i, line in content[:title_at] if len(line) <= 8 and not re.search(r"[\d，。：:]", line)}
    title = content[title_at][1]
    drop |= {i for i, line in content[title_at + 1 : title_at + 8] if line == title}
    return [line for i, line in enumerate(lines) if i not in drop], len(drop)


# a space survives only between two Latin letters or digits ("Mate 60"); in Chinese text every
# other space is an artefact of PDF text layers or web typesetting
_SPACE_BETWEEN = re.compile(r"(?<![A-Za-z0-9.]) +| +(?![A-Za-z0-9])|(?<=\d\.) +(?=\d)")


def _join_spaced(text: str) -> tuple[str, int]:
    """Remove spaces next to Chinese characters; spaces between two Latin words stay."""
    count = 0
    lines = []
    for line in text.split("\n"):
        new, n = _SPACE_BETWEEN.subn("", line)
        m = 0
        count += n + m
        lines.append(new)
    return "\n".join(lines), count


_PUNCT_MAP = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _punctuation(text: str) -> str:
    """Clause punctuation next to Chinese text in full width; 1,000 and 09:30 stay ASCII."""

    def swap(match: re.Match[str]) -> str:
        char, at = match.group(0), match.start()
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        if char in ",:" and before.isdigit() and after.isdigit():
            return char
        if char in "()":
            return _PUNCT_MAP[char]
        if re.match(rf"[{_CJK}{_CJK_PUNCT}\d%]", before or " ") or re.match(rf"[{_CJK}{_CJK_PUNCT}]", after or " "):
            return _PUNCT_MAP[char]
        return char

    return re.sub(r"[,:;?!()]", swap, text)


def _join_wrapped(text: str) -> tuple[str, int]:
    """Join a line to the next when it stops mid-sentence (a PDF's hard wrap)."""
    out: list[str] = []
    joined = 0
    for line in text.split("\n"):
        if out and out[-1].strip() and line.strip() and _continues(out[-1].strip(), line.strip()):
            out[-1] = out[-1].rstrip() + line.strip()
            joined += 1
        else:
            out.append(line)
    return "\n".join(out), joined


def _continues(previous: str, line: str) -> bool:
    if previous.endswith(tuple(_TERMINAL)) or _HEADING_START.match(line) or len(previous) < 15:
        return False
    if previous.endswith("|") or line.startswith("|"):  # table rows
        return False
    # a heading, a title or a by-line ends without punctuation but is complete
    if _HEADING_START.match(previous) and not re.search(r"[。：]", previous):
        return False
    if previous.startswith(("—", "-")) or (_TITLE_WORDS.search(previous) and len(previous) <= 40):
        return False
    if previous.startswith("【") and "】" in previous[:12]:  # a news headline: 【某市招商】…
        return False
    return True


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
