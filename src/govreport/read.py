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
import logging
import re
import zipfile
from contextlib import contextmanager

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
        return _split(source, _read_pdf(source, data, config.max_bytes), "pdf", None, ())
    if data.startswith(b"PK\x03\x04"):
        return _split(source, _read_docx(source, data, config.max_bytes), "docx", None, ())
    decoded = decode(data, source)
    text, warnings = decoded.text, decoded.warnings
    lower = source.lower()
    if lower.endswith((".jsonl", ".ndjson")) or _looks_like_jsonl(text):
        return _read_rows(source, _jsonl_rows(source, text), "jsonl", decoded.encoding, config, warnings)
    if lower.endswith((".csv", ".tsv")):
        return _read_rows(source, _csv_rows(source, text), "csv", decoded.encoding, config, warnings)
    if _HTML_HINT.search(text[:4000]):
        body, title, date, html_warnings = _read_html(source, text)
        warnings += html_warnings
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


def _read_pdf(source: str, data: bytes, limit: int) -> str:
    """The text layer of every page. pypdf bounds what one stream may inflate to; the text of
    all pages together is bounded by ``limit`` (max_bytes), checked page by page."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError, PdfStreamError

    pages: list[str] = []
    size = 0
    try:
        with _quiet("pypdf"):  # its complaints about a damaged file would be a second line naming no file
            reader = PdfReader(io.BytesIO(data))
            for page in reader.pages:
                text = page.extract_text() or ""
                size += len(text.encode("utf-8"))
                if size > limit:
                    raise TooLargeInput(source, f"the PDF's text is over the limit of {limit:,} bytes by page {len(pages) + 1} (set max_bytes to raise it)")
                pages.append(text)
    except LimitReachedError as err:  # a stream that inflates past pypdf's bound: a bomb
        raise TooLargeInput(source, f"a stream of the PDF inflates past pypdf's limit ({err})") from err
    except (PdfReadError, PdfStreamError, ValueError, KeyError, OSError) as err:
        raise TruncatedInput(source, f"the PDF cannot be parsed (truncated or damaged?): {err}") from err
    text = "\n".join(pages)
    if not text.strip():
        raise UnsupportedInput(source, "the PDF has no text layer (scanned pages need OCR first)")
    return text


@contextmanager
def _quiet(name: str):
    """A library's log lines held back for the length of one read."""
    logger = logging.getLogger(name)
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


_BOMB_FLOOR = 16 * 1024 * 1024  # inflated bytes below which no ratio is suspicious
_BOMB_RATIO = 100


def _read_docx(source: str, data: bytes, limit: int) -> str:
    """Paragraphs, then table cells. What the archive inflates to is bounded by ``limit``
    (max_bytes) before anything is inflated: the sizes its directory declares are the most
    that zipfile will read of each member, so a bomb stops here, not in the XML parser."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except zipfile.BadZipFile as err:
        raise TruncatedInput(source, f"the zip/DOCX archive is damaged or cut short: {err}") from err
    if "word/document.xml" not in {m.filename for m in members}:
        raise UnsupportedInput(source, "a zip archive that is not a DOCX document")
    inflated = sum(m.file_size for m in members)
    if inflated > limit:
        raise TooLargeInput(source, f"the DOCX inflates to {inflated:,} bytes, over the limit of {limit:,} (set max_bytes to raise it)")
    if inflated > _BOMB_FLOOR and inflated > _BOMB_RATIO * len(data):
        # a report's XML packs about 5 to 20 times; hundreds of times is one paragraph repeated
        raise TooLargeInput(source, f"the DOCX inflates {inflated // len(data):,} times, to {inflated:,} bytes: a decompression bomb, not a document")
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


def _read_html(source: str, html: str) -> tuple[str, str | None, str | None, tuple[Warning, ...]]:
    import trafilatura

    tree, deep = _deep_tree(source, html)
    if deep:
        # nested deeper than libxml2 will go even with its limit raised: every tag's text, in order
        text, title = _flat_text(html)
        if not text:
            raise EmptyInput(source, "the HTML page holds no text")
        return text, title, None, (Warning.of("deep_html", "the HTML is nested deeper than the parser can follow, even with its limit raised; its text was read tag by tag, without the page's layout"),)
    doc = trafilatura.bare_extraction(
        tree if tree is not None else html,
        with_metadata=True,
        include_tables=True,
        include_comments=False,
        favor_recall=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is not None and (doc.text or "").strip():
        return doc.text, doc.title, doc.date, ()
    # trafilatura finds no main content in very short pages; fall back to the parsed tree
    tree, _cut = _parse_html(source, html)
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    text = "\n".join(t.strip() for t in tree.itertext() if t.strip())
    if not text:
        raise EmptyInput(source, "the HTML page holds no text")
    title = tree.findtext(".//title")
    return text, title.strip() if title else None, None, ()


_MAX_DEPTH = 256  # libxml2's nesting limit; past it the rest of the page is silently dropped


def _parse_html(source: str, html: str, huge: bool = False):
    """The page's lxml tree, and whether libxml2 stopped at its nesting limit."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True, huge_tree=huge, encoding="utf-8")
    try:
        tree = lxml_html.fromstring(html.encode("utf-8"), parser=parser)
    except (ValueError, etree.ParserError) as err:
        raise BinaryInput(source, f"HTML that cannot be parsed: {err}") from err
    return tree, any("Excessive depth" in entry.message for entry in parser.error_log)


def _deep_tree(source: str, html: str):
    """(None, False) for a page the usual parse reads whole; (tree, False) for one nested past
    libxml2's limit that a parse with the limit raised reads whole; (None, True) for one
    deeper still. Only a page with that many tags is checked."""
    if html.count("<") < _MAX_DEPTH:
        return None, False
    for huge in (False, True):
        tree, cut = _parse_html(source, html, huge)
        if not cut:
            return (tree if huge else None), False
    return None, True


def _flat_text(html: str) -> tuple[str, str | None]:
    """The text of every tag but scripts and styles, one block a line, by the standard
    library's tokenizer (which keeps no tree, so no nesting is too deep for it)."""
    from html.parser import HTMLParser

    class Collector(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0
            self.in_title = False
            self.title: str | None = None

        def handle_starttag(self, tag, attrs):
            self.skip += tag in ("script", "style", "noscript")
            self.in_title = tag == "title"

        def handle_endtag(self, tag):
            self.skip -= tag in ("script", "style", "noscript") and self.skip > 0
            self.in_title = False

        def handle_data(self, data):
            if self.in_title:
                self.title = (self.title or "") + data.strip()
            elif not self.skip and data.strip():
                self.parts.append(data.strip())

    collector = Collector()
    collector.feed(html)
    collector.close()
    return "\n".join(collector.parts), collector.title or None


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
        rows.append({**row, _LINE: str(number)} if isinstance(row, dict) else Warning.of("bad_row", f"line {number} is not a JSON object; skipped", variant="object", line=number))
    return rows


def _csv_rows(source: str, text: str) -> list[dict | Warning]:
    """Rows as dicts under the header's names. A row whose quote never closes would swallow
    every line after it into one field; it is skipped with a ``bad_row`` warning and the
    reading goes on at the line after it, as a bad JSON line is."""
    csv.field_size_limit(1 << 30)
    try:
        dialect = csv.Sniffer().sniff(text[:4000], delimiters=",\t;|")
    except csv.Error:
        dialect = csv.excel
    lines = text.splitlines(keepends=True)
    if not lines:
        return []
    header = next(csv.reader(lines[:1], dialect))
    rows: list[dict | Warning] = []
    at = 1  # the index of the line the next row starts on
    while at < len(lines):
        reader = csv.reader(lines[at:], dialect, strict=True)
        start = at
        try:
            for values in reader:
                if any(v.strip() for v in values):
                    rows.append({**dict(zip(header, values)), _LINE: str(start + 1)})
                start = at + reader.line_num
            break
        except csv.Error:
            rows.append(Warning.of("bad_row", f"line {start + 1} opens a quote it never closes (or quotes wrongly); skipped", variant="quote", line=start + 1))
            at = start + 1
    return rows


_LINE = "\x00line"  # where a row began, for the warning of a row with no text; never stored


def _read_rows(
    source: str, rows: list[dict | Warning], fmt: str, encoding: str | None, config: Config, warnings: tuple[Warning, ...]
) -> list[RawItem]:
    records = [r for r in rows if isinstance(r, dict)]
    row_warnings = tuple(r for r in rows if isinstance(r, Warning))
    if not records:
        raise EmptyInput(source, f"no readable rows in this {fmt.upper()} file")
    text_key = config.text_column or _pick_key(records, _TEXT_KEYS) or _prose_key(records)
    if text_key is None or all(text_key not in r for r in records):
        found = ", ".join(dict.fromkeys(str(k) for r in records[:50] for k in r if k != _LINE)) or "none"
        wanted = f"no column {config.text_column!r}" if config.text_column else f"no text column (looked for {', '.join(_TEXT_KEYS[:5])}…)"
        raise UnsupportedInput(source, f"{wanted}; its columns are {found}; name the text column with --text-column")
    title_key = _pick_key(records, _TITLE_KEYS)
    date_key = _pick_key(records, _DATE_KEYS)
    kept = []
    for number, record in enumerate(records, 1):
        line = record.pop(_LINE, None)
        if str(record.get(text_key) or "").strip():
            kept.append(record)
        else:
            where = int(line) if line else number
            row_warnings += (Warning.of("bad_row", f"row at line {where} has no text in {text_key!r}; skipped", variant="empty", line=where),)
    if not kept:
        raise EmptyInput(source, f"no row of this {fmt.upper()} file has text in its column {text_key!r}")
    items = []
    for n, record in enumerate(kept):
        body = str(record.get(text_key))
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


def _prose_key(records: list[dict]) -> str | None:
    """The column that holds prose when none is named as text: the longest by far, with
    sentences in it (a mean of 50 characters or more). Short codes and figures are no text."""
    totals: dict[str, int] = {}
    for record in records[:50]:
        for key, value in record.items():
            if isinstance(value, str) and key != _LINE:
                totals[key] = totals.get(key, 0) + len(value)
    if not totals:
        return None
    key = max(totals, key=totals.__getitem__)
    return key if totals[key] / min(len(records), 50) >= 50 else None
