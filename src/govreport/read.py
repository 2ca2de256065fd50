"""Stage 2: a file's bytes -> one or more :class:`RawItem` (one per document inside).

Formats are recognised from the bytes, not the file name (the name only breaks a tie
between CSV and plain text): PDF by its ``%PDF-`` header, DOCX as a zip holding
``word/document.xml``, JSON Lines when every line is an object, HTML by its tags, CSV by
extension, plain text otherwise. HTML goes through trafilatura; PDF through pypdf; DOCX
through python-docx. Text, HTML, PDF and DOCX that turn out to be listing pages are split
into one item per news entry.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

from .config import Config
from .decode import decode
from .errors import BinaryInput, EmptyInput, TooLargeInput, TruncatedInput, UnsupportedInput
from .listing import split_listing
from .model import RawItem, Warning

_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|div|p|article|table|meta)\b", re.I)
_TEXT_KEYS = ("text", "content", "body", "正文", "内容", "article", "fulltext", "full_text")
_TITLE_KEYS = ("title", "标题", "headline", "name")
_DATE_KEYS = ("published", "date", "pubdate", "publish_time", "time", "发布时间", "日期", "时间")


def read(source: str, data: bytes, config: Config = Config()) -> list[RawItem]:
    """Read every document in one file's bytes; raise an InputError naming ``source``."""
    if len(data) > config.max_bytes:
        raise TooLargeInput(source, f"{len(data):,} bytes is over the limit of {config.max_bytes:,} (set max_bytes to raise it)")
    if not data.strip():
        raise EmptyInput(source, "the file is empty")
    if data.startswith(b"%PDF-"):
        return _split(source, _read_pdf(source, data), "pdf", None, ())
    if data.startswith(b"PK\x03\x04"):
        return _split(source, _read_docx(source, data), "docx", None, ())
    decoded = decode(data, source)
    text, warnings = decoded.text, decoded.warnings
    lower = source.lower()
    if lower.endswith((".jsonl", ".ndjson")) or _looks_like_jsonl(text):
        return _read_rows(source, _jsonl_rows(source, text), "jsonl", decoded.encoding, config, warnings)
    if lower.endswith((".csv", ".tsv")):
        return _read_rows(source, _csv_rows(text), "csv", decoded.encoding, config, warnings)
    if _HTML_HINT.search(text[:4000]):
        body, title, date = _read_html(source, text)
        items = _split(source, body, "html", decoded.encoding, warnings)
        if len(items) == 1:
            only = items[0]
            items = [RawItem(source, 0, only.text, "html", decoded.encoding, title, date, {}, warnings)]
        return items
    return _split(source, text, "text", decoded.encoding, warnings)


def _split(source: str, text: str, fmt: str, encoding: str | None, warnings: tuple[Warning, ...]) -> list[RawItem]:
    listing = split_listing(text)
    if listing is None:
        return [RawItem(source, 0, text, fmt, encoding, warnings=warnings)]
    items = []
    for n, entry in enumerate(listing):
        item_warnings = warnings
        if entry.footer:
            item_warnings += (Warning.of("boilerplate", f"dropped the listing page's footer after the last item: {entry.footer[:60]!r}", variant="footer", text=entry.footer[:60]),)
        items.append(
            RawItem(source, n, entry.body, fmt, encoding, entry.title, entry.date, {"listing": "true"}, item_warnings)
        )
    return items


def _read_pdf(source: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, PdfStreamError, ValueError, KeyError, OSError) as err:
        raise TruncatedInput(source, f"the PDF cannot be parsed (truncated or damaged?): {err}") from err
    text = "\n".join(pages)
    if not text.strip():
        raise UnsupportedInput(source, "the PDF has no text layer (scanned pages need OCR first)")
    return text


def _read_docx(source: str, data: bytes) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile as err:
        raise TruncatedInput(source, f"the zip/DOCX archive is damaged or cut short: {err}") from err
    if "word/document.xml" not in names:
        raise UnsupportedInput(source, "a zip archive that is not a DOCX document")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds on damaged XML
        raise TruncatedInput(source, f"the DOCX cannot be parsed: {err}") from err
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


def _read_html(source: str, html: str) -> tuple[str, str | None, str | None]:
    import trafilatura
    from lxml import html as lxml_html

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_tables=True,
        include_comments=False,
        favor_recall=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is not None and (doc.text or "").strip():
        return doc.text, doc.title, doc.date
    # trafilatura finds no main content in very short pages; fall back to the parsed tree
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError) as err:
        raise BinaryInput(source, f"HTML that cannot be parsed: {err}") from err
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    if not text:
        raise EmptyInput(source, "the HTML page holds no text")
    title = tree.findtext(".//title")
    return text, title.strip() if title else None, None


def _looks_like_jsonl(text: str) -> bool:
    lines = [line for line in text.split("\n", 20)[:20] if line.strip()]
    if not lines or not all(line.lstrip().startswith("{") for line in lines[:5]):
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except json.JSONDecodeError:
        return False


def _jsonl_rows(source: str, text: str) -> list[dict | Warning]:
    rows: list[dict | Warning] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            rows.append(Warning.of("bad_row", f"line {number} is not valid JSON ({err.msg}); skipped", line=number))
            continue
        rows.append(row if isinstance(row, dict) else Warning.of("bad_row", f"line {number} is not a JSON object; skipped", variant="object", line=number))
    return rows


def _csv_rows(text: str) -> list[dict | Warning]:
    csv.field_size_limit(1 << 30)
    try:
        dialect = csv.Sniffer().sniff(text[:4000], delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def _read_rows(
    source: str, rows: list[dict | Warning], fmt: str, encoding: str | None, config: Config, warnings: tuple[Warning, ...]
) -> list[RawItem]:
    records = [r for r in rows if isinstance(r, dict)]
    row_warnings = tuple(r for r in rows if isinstance(r, Warning))
    if not records:
        raise EmptyInput(source, f"no readable rows in this {fmt.upper()} file")
    text_key = config.text_column or _pick_key(records, _TEXT_KEYS) or _longest_key(records)
    if text_key is None or all(text_key not in r for r in records):
        raise UnsupportedInput(source, f"no text column {config.text_column or ''} found; name it with --text-column")
    title_key = _pick_key(records, _TITLE_KEYS)
    date_key = _pick_key(records, _DATE_KEYS)
    items = []
    for n, record in enumerate(records):
        body = str(record.get(text_key) or "")
        meta = {str(k): str(v) for k, v in record.items() if k not in {text_key, title_key} and v not in (None, "")}
        title = str(record[title_key]) if title_key and record.get(title_key) else None
        date = str(record[date_key]) if date_key and record.get(date_key) else None
        items.append(RawItem(source, n, body, fmt, encoding, title, date, meta, warnings + (row_warnings if n == 0 else ())))
    return items


def _pick_key(records: list[dict], candidates: tuple[str, ...]) -> str | None:
    keys = {str(k).lower(): k for r in records[:50] for k in r}
    for name in candidates:
        if name in keys:
            return keys[name]
    return None


def _longest_key(records: list[dict]) -> str | None:
    totals: dict[str, int] = {}
    for record in records[:50]:
        for key, value in record.items():
            if isinstance(value, str):
                totals[key] = totals.get(key, 0) + len(value)
    return max(totals, key=totals.__getitem__) if totals else None
