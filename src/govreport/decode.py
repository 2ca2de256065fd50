"""Stage 1: raw bytes -> text, with the encoding detected from the bytes.

Order of trials, most likely first: a byte-order mark; UTF-16 without a mark (every other
byte zero); strict UTF-8; strict GB18030 (a superset of GBK and GB2312, which short Chinese
files are most often in and which statistical detectors misread); then charset-normalizer's
best guess. A decode that only fails in the last few bytes is a truncated file: the text is
kept and a warning says so. Anything else that fails is an :class:`UndecodableInput`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from .errors import BinaryInput, EmptyInput, UndecodableInput
from .model import Warning

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# control characters other than tab, newline, carriage return, form feed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(_CONTROL.pattern.encode())


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[Warning, ...] = ()


def decode(data: bytes, source: str) -> Decoded:
    """Decode ``data`` read from ``source``; raise an InputError naming the file if it can't."""
    if not data.strip():
        raise EmptyInput(source, "the file is empty")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _finish(_strict_or_truncated(data[len(bom) :], name, source), source)
    utf16 = _sniff_utf16(data)
    if utf16:
        return _finish(_strict_or_truncated(data, utf16, source), source)
    if data.count(b"\x00") > max(2, len(data) // 1000):
        raise BinaryInput(source, "binary data (NUL bytes), not text or a supported document format")
    for name in ("utf-8", "gb18030"):
        try:
            return _finish(_strict_or_truncated(data, name, source), source)
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableInput(source, "no text encoding fits these bytes (is it a binary file?)")
    text = str(best)
    warning = Warning.of("encoding_uncertain", f"decoded as {best.encoding} by statistical detection; check the text", encoding=best.encoding)
    return _finish(Decoded(text, best.encoding, (warning,)), source)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: zero bytes pile up on one side of each pair."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / len(sample[0::2])
    odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_zero > 0.05 and even_zero < 0.01:
        return "utf-16-le"
    if even_zero > 0.05 and odd_zero < 0.01:
        return "utf-16-be"
    return None


def _strict_or_truncated(data: bytes, encoding: str, source: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError as err:
        # only the final character cut short: a truncated download, keep what is whole
        if err.start >= len(data) - 4 and err.reason in {"unexpected end of data", "truncated data", "incomplete multibyte sequence"}:
            text = data[: err.start].decode(encoding)
            warning = Warning.of("truncated", f"the file ends inside a character ({encoding}); the last bytes were dropped", encoding=encoding)
            return Decoded(text, encoding, (warning,))
        if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
            raise UndecodableInput(source, f"invalid {encoding} at byte {err.start}") from err
        raise


def _finish(decoded: Decoded, source: str) -> Decoded:
    text = decoded.text
    if "\r" in text:  # (one scan for a carriage return, which most texts lack, costs a tenth of the two replaces)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyInput(source, "the file holds only white space")
    # (every control character is ASCII: counted among the text's ASCII characters alone, few
    # in a Chinese text, where a scan of the whole text costs several times as much)
    controls = len(_CONTROL_BYTES.findall(text.encode("ascii", "ignore")))
    if controls > max(8, len(text) // 200):
        raise BinaryInput(source, f"{controls} control characters: binary data, not text")
    warnings = decoded.warnings
    if decoded.encoding == "gb18030" and len(_CJK.findall(text)) < 20:
        warnings += (Warning.of("encoding_uncertain", "short text read as GB18030; check the characters", variant="short", encoding="GB18030"),)
    # (most texts hold no control character: no second pass to take none out)
    return Decoded(_CONTROL.sub("", text) if controls else text, decoded.encoding, warnings)
