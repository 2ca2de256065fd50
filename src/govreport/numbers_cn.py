"""Chinese numerals: 十二 -> 12, 一千二百万 -> 12,000,000, 三点五 -> 3.5, 百分之八 -> 8."""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}

CN_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL) + "".join(_LARGE) + "点"


def cn_ordinal(text: str) -> int | None:
    """An ordinal such as 十二 or 二十三; None if ``text`` holds anything else."""
    value = cn_to_number(text)
    return int(value) if value is not None and value == int(value) else None


def cn_to_number(text: str) -> float | None:
    """Parse a Chinese numeral (with optional 点 decimals); None if it is not one."""
    if not text:
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = cn_to_number(whole) if whole else 0
        if head is None or not frac or any(c not in _DIGITS for c in frac):
            return None
        return head + float("0." + "".join(str(_DIGITS[c]) for c in frac))
    if all(c in _DIGITS for c in text) and len(text) > 1:
        return float("".join(str(_DIGITS[c]) for c in text))  # 二〇二四
    total, section, digit = 0, 0, None
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[char]
            digit = None
        elif char in _LARGE:
            section += digit or 0
            total = (total + section) * _LARGE[char] if _LARGE[char] > 10_000 else total + section * _LARGE[char]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))
