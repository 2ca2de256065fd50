"""Crawl files (JSONL, CSV, Parquet) too large to read in one process, cut into parts that
workers read on their own.

Each part's rows become exactly the documents ``read.read`` makes of them from the whole
file: the same ids (the whole file's SHA-256 and the row's place among the rows kept), text,
title, date, metadata and warnings (``read`` gives every bad row's warning to the file's first
document). What that needs of the whole file is learnt in four steps:

    split    (client)   one pass over the bytes: the SHA-256 and cut points at line ends (in
                        a CSV, only where no quoted field is open); the encoding and the
                        columns (text, title, date) from the file's first rows, as read picks them
    survey   (workers)  each part decoded and parsed: rows kept, lines, bad rows, control
                        characters, and whether it decodes at all in that encoding
    number   (client)   each part's first item and first line, from the surveys
    bad_rows (workers)  the warnings of the parts that have bad rows, numbered by file line

A file whose whole-file reading a part cannot reproduce (UTF-16, an encoding neither UTF-8
nor GB18030, a CSV with a broken quote, a text mostly control characters, no text column) is
not split: :func:`split` or :func:`number` returns None and the caller reads it whole, as the
local ingest does (and refuses it past ``max_bytes``). Parquet has no whole-file reader to
match: its rows are read as a JSONL crawl's are (format ``parquet``, row numbers for lines).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import os
from dataclasses import dataclass, replace

from .config import Config
from .errors import EmptyInput, UnsupportedInput
from .decode import _CJK, _CONTROL, _sniff_utf16
from .model import RawItem, Warning

# read.py's row reading, which a part's reading must match row for row (tests/test_cluster.py
# holds the two to the same database)
from .read import _DATE_KEYS, _LINE, _TEXT_KEYS, _TITLE_KEYS, _csv_rows, _jsonl_rows, _looks_like_jsonl, _pick_key, _prose_key

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv", ".parquet": "parquet"}
_HEAD = 1 << 20  # bytes first read for the columns; doubled until 50 rows are in it
_CHUNK = 8 << 20  # bytes hashed at a time


def crawl_format(path: str) -> str | None:
    lower = path.lower()
    return next((fmt for ext, fmt in FORMATS.items() if lower.endswith(ext)), None)


@dataclass(frozen=True)
class Columns:
    text: str
    title: str | None
    date: str | None


@dataclass(frozen=True)
class Crawl:
    """What the client learns of one crawl file before any part is read."""

    path: str
    format: str  # jsonl | csv | parquet
    sha256: str
    size: int
    encoding: str | None  # None for Parquet
    columns: Columns
    bom: int = 0  # bytes of byte-order mark before the text
    head: str = ""  # CSV: the file's first characters, which read sniffs the dialect and header from


@dataclass(frozen=True)
class Part:
    """Bytes ``start`` to ``end`` of a JSONL or CSV crawl, or rows ``start`` to ``end`` of a
    Parquet crawl (inside row group ``group``, whose first row is ``group_start``)."""

    crawl: Crawl
    number: int
    start: int
    end: int
    group: int = -1
    group_start: int = 0


@dataclass(frozen=True)
class Survey:
    decoded: bool = True  # the part is valid in the crawl's encoding
    broken_quote: bool = False
    records: int = 0
    kept: int = 0  # rows with text: documents
    bad: int = 0  # rows read warns about
    lines: int = 0  # line ends (JSONL), lines (CSV), rows (Parquet)
    text_seen: bool = False
    nuls: int = 0
    controls: int = 0
    chars: int = 0
    cjk: int = 0


@dataclass(frozen=True)
class Slice:
    """A part with its place in the file: its first item and line, and the warnings that
    go on the file's first document if that document is in this part."""

    part: Part
    first_item: int
    kept: int
    first_line: int
    documents: int  # the file's
    lead: tuple[Warning, ...] = ()
    bad: int = 0  # rows of the part read warns about
    number: int = 0  # the partition's number in an ingest


# --- split (client) ------------------------------------------------------------------------
def split(path: str, config: Config, part_bytes: int, encoding: str | None = None) -> tuple[Crawl, list[Part]] | None:
    """The crawl at ``path`` and its parts, or None when it is to be read whole (it is no
    larger than one part, or its reading cannot be split)."""
    fmt = crawl_format(path)
    if fmt == "parquet":
        return _split_parquet(path, config, part_bytes)
    if fmt is None:
        return None
    with open(path, "rb") as file:
        start = file.read(4000)
        size = file.seek(0, 2)
    if size <= part_bytes or start.startswith((b"%PDF-", b"PK\x03\x04")):
        return None  # one part; or a PDF or DOCX, whatever its name says
    bom = len(codecs.BOM_UTF8) if start.startswith(codecs.BOM_UTF8) else 0
    if not bom and (start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _sniff_utf16(start)):
        return None  # UTF-16: a line end is two bytes, and read takes a UTF-16 file whole
    head = _head(path, bom, fmt, encoding)
    if head is None:
        return None
    text, encoding = head
    if fmt == "csv" and _looks_like_jsonl(text):
        return None  # read takes a .csv that holds JSON lines for JSONL
    rows = _csv_rows(path, text) if fmt == "csv" else _jsonl_rows(path, text)
    columns = _columns([r for r in rows if isinstance(r, dict)], config)
    if columns is None:
        return None
    # a CSV is cut where an even number of quotes lies before; the survey checks each cut
    # (a part that ends inside a quoted field fails to parse, and the file is read whole)
    quote = _dialect(text).quotechar.encode() if fmt == "csv" else None
    sha256, cuts = _cuts(path, part_bytes, quote)
    crawl = Crawl(path, fmt, sha256, size, encoding, columns, bom, text[:4000] if fmt == "csv" else "")
    bounds = [bom, *cuts, size]
    return crawl, [Part(crawl, n, a, b) for n, (a, b) in enumerate(zip(bounds, bounds[1:])) if b > a]


def _head(path: str, bom: int, fmt: str, encoding: str | None) -> tuple[str, str] | None:
    """The file's first lines, enough for its first 50 rows, decoded, and the encoding: UTF-8
    where they are UTF-8 (else GB18030, as decode tries them), or the one given."""
    want = _HEAD
    with open(path, "rb") as file:
        while True:
            file.seek(bom)
            data = file.read(want)
            whole = len(data) < want
            if not whole:
                data = data[: data.rfind(b"\n") + 1]  # whole lines only (no line end: read more)
            for name in [encoding] if encoding else ["utf-8", "gb18030"]:
                try:
                    text = data.decode(name)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                return None
            text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
            rows = _csv_rows(path, text) if fmt == "csv" else _jsonl_rows(path, text)
            if whole or sum(isinstance(r, dict) for r in rows) >= 50:
                return text, name
            want *= 2


def _columns(records: list[dict], config: Config) -> Columns | None:
    """The text, title and date columns, picked from the first 50 rows as read picks them."""
    text = config.text_column or _pick_key(records, _TEXT_KEYS) or _prose_key(records)
    if text is None:
        return None
    return Columns(text, _pick_key(records, _TITLE_KEYS), _pick_key(records, _DATE_KEYS))


def _dialect(head: str):
    try:
        return csv.Sniffer().sniff(head[:4000], delimiters=",\t;|")
    except csv.Error:
        return csv.excel


def _cuts(path: str, part_bytes: int, quote: bytes | None) -> tuple[str, list[int]]:
    """The file's SHA-256 and the offsets just past a line end every ``part_bytes`` or so; in
    a CSV only where an even number of quotes lies before (no quoted field is open)."""
    digest = hashlib.sha256()
    cuts: list[int] = []
    at, quotes, target = 0, 0, part_bytes
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
            seen = 0  # where in the chunk the quotes have been counted to
            while at + len(chunk) > target:
                end = chunk.find(b"\n", max(0, target - at))
                if end < 0:
                    break
                if quote is not None:
                    quotes += chunk.count(quote, seen, end)
                    seen = end
                    if quotes % 2:
                        target = at + end + 1  # inside a quoted field: try the next line end
                        continue
                cuts.append(at + end + 1)
                target = at + end + 1 + part_bytes
            if quote is not None:
                quotes += chunk.count(quote, seen)
            at += len(chunk)
    return digest.hexdigest(), [c for c in cuts if c < at]


def _split_parquet(path: str, config: Config, part_bytes: int) -> tuple[Crawl, list[Part]] | None:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    first = next(pq.ParquetFile(path).iter_batches(batch_size=50), None)
    records = first.to_pylist() if first is not None else []
    columns = _columns(records, config)
    if columns is None:
        found = ", ".join(str(k) for k in (records[0] if records else {})) or "none"
        raise UnsupportedInput(path, f"no text column (looked for {', '.join(_TEXT_KEYS[:5])}…); its columns are {found}; name the text column with --text-column")
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
    crawl = Crawl(path, "parquet", digest.hexdigest(), os.path.getsize(path), None, columns)
    parts, row = [], 0
    for group in range(meta.num_row_groups):
        rows = meta.row_group(group).num_rows
        per_row = max(1, meta.row_group(group).total_byte_size // max(1, rows))
        step = max(1, part_bytes // per_row)
        for start in range(0, rows, step):
            parts.append(Part(crawl, len(parts), row + start, row + min(rows, start + step), group, row))
        row += rows
    return crawl, parts


# --- survey and read (workers) ---------------------------------------------------------------
def _text(part: Part) -> tuple[str | None, bytes]:
    """A JSONL or CSV part's text as decode makes it (line ends made \\n, control characters
    dropped), or None where its bytes are not valid in the crawl's encoding."""
    with open(part.crawl.path, "rb") as file:
        file.seek(part.start)
        data = file.read(part.end - part.start)
    try:
        text = data.decode(part.crawl.encoding)
    except UnicodeDecodeError:
        return None, data
    return text.replace("\r\n", "\n").replace("\r", "\n"), data


def _records(part: Part, text: str) -> tuple[list[dict | Warning], int]:
    """The part's rows (dicts, with their line in the part, and Warnings for bad ones) and its
    lines. A CSV part's rows are read with the dialect and header read finds at the file's
    head; a quote left open raises csv.Error."""
    if part.crawl.format == "jsonl":
        return _jsonl_rows(part.crawl.path, text), text.count("\n")
    csv.field_size_limit(1 << 30)  # as read sets it: a report in one cell is no error
    dialect = _dialect(part.crawl.head)
    header = next(csv.reader(part.crawl.head.splitlines(keepends=True)[:1], dialect))
    lines = text.splitlines(keepends=True)
    skip = 1 if part.start == part.crawl.bom else 0  # the header line
    rows: list[dict | Warning] = []
    reader = csv.reader(lines[skip:], dialect, strict=True)
    start = skip
    for values in reader:
        if any(v.strip() for v in values):
            rows.append({**dict(zip(header, values)), _LINE: str(start + 1)})
        start = skip + reader.line_num
    return rows, len(lines)


def _parquet_rows(part: Part) -> list[dict]:
    import pyarrow.parquet as pq

    rows: list[dict] = []
    at = part.group_start
    for batch in pq.ParquetFile(part.crawl.path).iter_batches(batch_size=4096, row_groups=[part.group]):
        if at + batch.num_rows > part.start:
            for n, record in enumerate(batch.to_pylist(), at):
                if part.start <= n < part.end:
                    rows.append({**record, _LINE: str(n + 1)})
        at += batch.num_rows
        if at >= part.end:
            break
    return rows


def survey(part: Part) -> Survey:
    """What numbering the parts needs of one part, and what tells whether the whole file
    reads as the parts do."""
    if part.crawl.format == "parquet":
        rows = _parquet_rows(part)
        kept = sum(_has_text(r, part.crawl.columns) for r in rows)
        seen = any(part.crawl.columns.text in r for r in rows)
        return Survey(records=len(rows), kept=kept, bad=len(rows) - kept, lines=part.end - part.start, text_seen=seen)
    text, data = _text(part)
    if text is None:
        return Survey(decoded=False)
    counts = {"nuls": data.count(b"\x00"), "controls": len(_CONTROL.findall(text)), "chars": len(text),
              "cjk": len(_CJK.findall(text)) if part.crawl.encoding == "gb18030" else 0}
    try:
        rows, lines = _records(part, _CONTROL.sub("", text))
    except csv.Error:
        return Survey(broken_quote=True, **counts)
    records = [r for r in rows if isinstance(r, dict)]
    kept = sum(_has_text(r, part.crawl.columns) for r in records)
    seen = any(part.crawl.columns.text in r for r in records)
    return Survey(True, False, len(records), kept, len(rows) - kept, lines, seen, **counts)


def _has_text(record: dict, columns: Columns) -> bool:
    return bool(str(record.get(columns.text) or "").strip())


def number(crawl: Crawl, parts: list[Part], surveys: list[Survey]) -> list[Slice] | None:
    """Each part's first item and first line; None when the whole file would not read as its
    parts do (then it is read whole). The first document's warnings are added by
    :func:`with_lead` once the bad rows are known."""
    if crawl.format != "parquet":
        chars = sum(s.chars for s in surveys)
        if (any(not s.decoded or s.broken_quote for s in surveys) or sum(s.nuls for s in surveys) > max(2, crawl.size // 1000)
                or sum(s.controls for s in surveys) > max(8, chars // 200) or (crawl.encoding == "gb18030" and sum(s.cjk for s in surveys) < 20)):
            return None
    if not sum(s.kept for s in surveys) or not any(s.text_seen for s in surveys):
        if crawl.format == "parquet":  # no whole-file reading to fall back on
            raise EmptyInput(crawl.path, f"no row of this Parquet file has text in its column {crawl.columns.text!r}")
        return None  # the whole-file reading gives read's own error
    slices, item, line, total = [], 0, 0, sum(s.kept for s in surveys)
    for part, found in zip(parts, surveys):
        first_line = part.start if crawl.format == "parquet" else line
        slices.append(Slice(part, item, found.kept, first_line, total, bad=found.bad))
        item += found.kept
        line += found.lines
    return slices


def bad_rows(piece: Slice) -> tuple[list[Warning], list[Warning]]:
    """The part's warnings as read words them, numbered by the file's lines: rows that are
    no JSON object, then rows without text (read lists every such row of the file in these
    two runs)."""
    if piece.part.crawl.format == "parquet":
        rows: list = _parquet_rows(piece.part)
    else:
        text = _CONTROL.sub("", _text(piece.part)[0] or "")
        if piece.part.crawl.format == "jsonl":
            rows = _jsonl_rows(piece.part.crawl.path, "\n" * piece.first_line + text)  # lines counted from the file's first
        else:
            rows = [{**r, _LINE: str(int(r[_LINE]) + piece.first_line)} for r in _records(piece.part, text)[0]]
    bad = [r for r in rows if isinstance(r, Warning)]
    return bad, [_no_text(r, piece.part.crawl.columns.text) for r in rows if isinstance(r, dict) and not _has_text(r, piece.part.crawl.columns)]


def _no_text(record: dict, key: str) -> Warning:
    where = int(record[_LINE])
    return Warning.of("bad_row", f"row at line {where} has no text in {key!r}; skipped", variant="empty", line=where)


def with_lead(slices: list[Slice], worded: list[tuple[list[Warning], list[Warning]]]) -> list[Slice]:
    """The slices, the one that holds the file's first document carrying the warnings of
    every bad row (``bad_rows`` of each slice that has any, in order): read gives them all to
    that document, the rows that are no JSON object first, then the rows without text."""
    lead = tuple(w for bad, _ in worded for w in bad) + tuple(w for _, empty in worded for w in empty)
    return [replace(s, lead=lead) if s.first_item == 0 and s.kept else s for s in slices]


def items(piece: Slice) -> list[RawItem]:
    """The part's documents as read makes them, numbered from the slice's first item."""
    crawl, columns = piece.part.crawl, piece.part.crawl.columns
    if crawl.format == "parquet":
        records = _parquet_rows(piece.part)
    else:
        text = _CONTROL.sub("", _text(piece.part)[0] or "")
        records = [r for r in _records(piece.part, text)[0] if isinstance(r, dict)]
    out = []
    for record in records:
        record.pop(_LINE, None)
        if not _has_text(record, columns):
            continue
        n = piece.first_item + len(out)
        meta = {str(k): str(v) for k, v in record.items() if k not in {columns.text, columns.title} and v not in (None, "")}
        title = str(record[columns.title]) if columns.title and record.get(columns.title) else None
        date = str(record[columns.date]) if columns.date and record.get(columns.date) else None
        out.append(RawItem(crawl.path, n, str(record.get(columns.text)), crawl.format, crawl.encoding, title, date, meta, piece.lead if n == 0 else ()))
    return out
