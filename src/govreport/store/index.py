"""A search index beside the database (tantivy), kept in step with it.

Why it exists: the database's own full-text search scores every match of a query before it
can keep the best twenty (FTS5's bm25, PostgreSQL's ts_rank), and a two-character word such
as 就业 or 投资 matches most of a large corpus, so one page of hits cost hundreds of
milliseconds at 100,000 documents. tantivy keeps the best k while it reads a term's postings
(block-max WAND), sorts by a column (a fast field) without scoring, and counts a term's
matches from what its postings already know.

What it holds: a folder with two tantivy indexes, one of documents and one of facts (apart,
so that the scores of one never use the other's statistics). Each entry is a row of the
database under its id (``key``), with

- ``one``: the tokens of the row's search form (search.py: a token per Chinese character,
  other words whole), for a query of a single token;
- ``two``: each pair of adjacent tokens as one term, with positions: a two-character word is
  a single term whose postings are its matches, and a longer phrase is a phrase of pairs
  (地区生产总值 is 地区, 生产, 总值 at positions 0, 2 and 4);
- the fields the filters read (doc_type, region_code, place_id, region_name, region_level,
  year: the report year, else the year a document was published) and, for facts, kind,
  indicator and document;
- for documents, ``newest``: one text that sorts like the SQL date sort (the page date, else
  the report year, newest first, those with neither last, then by id).

The database stays the source of truth. A hit is an id only: titles, texts and snippets are
read back from the database. Each index commits, with its entries, a meta entry naming the
database it was made from (the record of its migrations, so a new database or a migration
means a rebuild), the index layout (``FORMAT``) and the arrival time (``ingested_at``) up to
which it holds every document. A search compares that with the newest arrival in the
database: an index that is behind is caught up first when little is missing and no one else
is writing it, otherwise the SQL search answers (and a server catches the index up in the
background). After bringing entries in, a writer compares its counts with the database's and
puts right any difference (a document whose transaction committed after a later one's).

Writers take turns under a file lock (``writer.lock``), since tantivy allows one writer per
index; one that cannot have it in time gives up without an error, leaving the index behind
for the next writer or reader to catch up. Readers never wait: a searcher reads the segments
of one commit, and a reader reloads when the database is ahead of what it sees.

Entry points: :func:`location` (where a database's index lives), :meth:`SearchIndex.search`,
:meth:`SearchIndex.count`, :meth:`SearchIndex.catch_up`, :meth:`SearchIndex.rebuild`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from . import schema

try:
    import tantivy
except ImportError:  # the SQL search answers without it
    tantivy = None

try:
    import fcntl
except ImportError:  # not POSIX: tantivy's own writer lock is the only one, and a busy one is given up on
    fcntl = None

log = logging.getLogger(__name__)

FORMAT = 1  # the entries' layout: a new one lives in a folder of its own and is built afresh
TARGETS = ("documents", "facts")
CATCH_UP_INLINE = 1000  # documents a reader brings in itself before answering; with more missing, SQL answers meanwhile
WRITER_WAIT = 120.0  # seconds an ingest waits while another process writes the index
_META = "\x00meta"  # the key of the entry that says what the index holds
_PAIR = "|"  # joins two adjacent tokens into one term: a search form's tokens are \w only, so never inside one
_TOKENS = "govreport_tokens"  # the analyzer of the search form: split at spaces, nothing dropped or folded
_CHUNK = 500  # documents read from the database at a time
_FILTERS = ("doc_type", "region_code", "place_id", "region_name", "region_level")


@dataclass(frozen=True)
class Found:
    """A page of hits (the rows' keys, best or newest first) and how many match in all."""

    keys: list[str]
    total: int


def location(url: str, setting: str | None = None) -> Path | None:
    """The folder of the search index of the database at ``url`` (a SQLAlchemy URL), or None
    when there is none: tantivy is not installed, ``setting`` is ``off``, or the database is a
    SQLite one in memory. A SQLite file keeps its index beside it (``govreport.db.index``), so
    that the two move together; a PostgreSQL database keeps it in ``setting`` when given, else
    in the user's cache under the database's name and a hash of its address (two servers'
    databases of one name stay apart)."""
    if tantivy is None or (setting or "").strip().lower() == "off":
        return None
    if url.startswith("sqlite:"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        return None if path in ("", ":memory:") else Path(path + ".index")
    if setting:
        return Path(setting)
    address = re.sub(r"://([^:/@]+):[^@]*@", r"://\1@", url)  # the password is no part of the name
    name = re.sub(r"[^\w.-]+", "_", address.rsplit("/", 1)[-1].split("?")[0]) or "postgresql"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "govreport" / "search-index" / f"{name}-{hashlib.sha256(address.encode()).hexdigest()[:10]}"


class SearchIndex:
    """The index of one database, in ``folder``. ``background``: a reader that finds much
    missing starts a thread that catches the index up (a server); without it (a command that
    ends soon) the SQL search answers until an ingest or ``govreport reindex`` brings it in step."""

    def __init__(self, folder: Path, background: bool = False) -> None:
        self.folder = Path(folder)
        self.background = background
        self._indexes: dict[str, Any] = {}
        self._identity: str | None = None
        self._totals: OrderedDict[tuple, tuple[str, int]] = OrderedDict()  # a search's total, for the count asked next
        self._guard = threading.Lock()
        self._catching_up: threading.Thread | None = None

    # --- reading ---------------------------------------------------------------------------
    def search(self, store, target: str, terms: list[str], f, sort: str = "relevance", limit: int = 20, offset: int = 0) -> Found | None:
        """The keys of a page of rows (documents or facts) that match every phrase of ``terms``
        and the filters ``f``, best first or (documents, ``sort="date"``) newest first, and the
        total; None when the index cannot answer for the database as it is now."""
        ready = self._ready(store, target)
        if ready is None:
            return None
        searcher, stamp = ready
        try:
            query = _query(self._indexes[target].schema, target, terms, f)
            offset = max(0, min(offset, searcher.num_docs))  # tantivy makes room for offset + limit hits
            order = "newest" if target == "documents" and sort == "date" else None
            result = searcher.search(query, max(1, limit), count=True, order_by_field=order, offset=offset, order=tantivy.Order.Desc)
            keys = [searcher.doc(address).get_first("key") for _, address in result.hits][: max(0, limit)]
        except _FAILURES as err:
            _unless_fatal(err)
            log.warning("search index %s could not answer (%s); searching the database", self.folder, err)
            return None
        self._remember(target, terms, f, stamp, result.count)
        return Found(keys, result.count)

    def count(self, store, target: str, terms: list[str], f) -> int | None:
        """How many rows match (as :meth:`search`), or None when the index cannot answer."""
        ready = self._ready(store, target)
        if ready is None:
            return None
        searcher, stamp = ready
        kept = self._totals.get((target, tuple(terms), f))
        if kept is not None and kept[0] == stamp:
            return kept[1]  # the page just searched counted it
        try:
            total = searcher.search(_query(self._indexes[target].schema, target, terms, f), 1, count=True).count
        except _FAILURES as err:
            _unless_fatal(err)
            return None
        self._remember(target, terms, f, stamp, total)
        return total

    def _remember(self, target: str, terms: list[str], f, stamp: str, total: int) -> None:
        with self._guard:
            self._totals[(target, tuple(terms), f)] = (stamp, total)
            while len(self._totals) > 64:
                self._totals.popitem(last=False)

    def _ready(self, store, target: str):
        """A searcher of ``target`` that holds every document the database holds now, and the
        stamp of its commit; None when the index is behind and cannot be caught up at once."""
        try:
            newest = _newest_arrival(store)
            found = self._searcher(store, target, newest)
            if found is not None:
                return found
            if _missing(store, self._mark(store, target)) <= CATCH_UP_INLINE and self.catch_up(store, wait=0):
                return self._searcher(store, target, _newest_arrival(store))
            if self.background:
                self.catch_up_later(store)
        except _FAILURES as err:
            _unless_fatal(err)
            log.warning("search index %s is not usable (%s); searching the database", self.folder, err)
        return None

    def _searcher(self, store, target: str, newest: str | None):
        """The current searcher of ``target`` and its stamp if it holds everything up to
        ``newest``, reloading once in case another process has committed since."""
        index = self._index(target)
        if index is None:
            return None
        for attempt in range(2):
            if attempt:
                index.reload()
            searcher = index.searcher()
            meta = _meta(index, searcher)
            if self._holds(store, meta, newest):
                return searcher, meta["stamp"]
        return None

    def _holds(self, store, meta: dict, newest: str | None) -> bool:
        return self._of_this_database(store, meta) and meta.get("arrived", "") >= (newest or "")

    def _of_this_database(self, store, meta: dict) -> bool:
        """Whether an index's meta entry names this database as it is, in this layout."""
        if meta.get("format") != FORMAT or "database" not in meta:
            return False
        if meta["database"] != self.identity(store):
            self._identity = None  # migrated by another process since it was read? read it again
        return meta["database"] == self.identity(store)

    def _mark(self, store, target: str) -> str:
        """The arrival up to which the index of ``target`` holds every document of this
        database ("" when it holds none of it)."""
        index = self._index(target)
        meta = _meta(index, index.searcher()) if index is not None else {}
        return meta.get("arrived", "") if self._of_this_database(store, meta) else ""

    def _index(self, target: str, create: bool = False):
        """The tantivy index of ``target``, opened once; None if it was never made (only a
        writer, under the lock, makes one)."""
        index = self._indexes.get(target)
        path = self.folder / f"{target}-v{FORMAT}"
        if index is not None and (not create or _exists(path)):
            return index  # a writer makes the index again where its folder was deleted
        if not create and not _exists(path):
            return None
        path.mkdir(parents=True, exist_ok=True)
        try:
            index = tantivy.Index(_schema(target), path=str(path), reuse=True)
        except (OSError, ValueError) as err:
            log.warning("search index %s cannot be read (%s)%s", path, err, "; making it again" if create else "")
            if not create:
                return None  # as if never made: caught up by a writer, which makes it again
            # a writer (under the lock) starts afresh where the files cannot be read: the
            # database holds everything the index would have held
            shutil.rmtree(path)
            path.mkdir(parents=True)
            index = tantivy.Index(_schema(target), path=str(path), reuse=False)
        index.register_tokenizer(_TOKENS, tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build())
        index.config_reader(reload_policy="Manual")  # reloaded when the database is ahead of it (see _searcher)
        self._indexes[target] = index
        return index

    def identity(self, store) -> str:
        """What names the database and its layout: its migrations and when each was applied
        (a new database, or a migration, gives another identity)."""
        if self._identity is None:
            with store.engine.connect() as conn:
                rows = conn.execute(text("SELECT name, applied_at FROM migrations ORDER BY name")).all()
            self._identity = hashlib.sha256(json.dumps([list(r) for r in rows]).encode()).hexdigest()[:20]
        return self._identity

    # --- writing ---------------------------------------------------------------------------
    def catch_up(self, store, wait: float | None = None) -> bool:
        """Bring both indexes in step with the database: add what arrived since each was last
        brought in step (everything, for an index of another database or layout), then put
        right any difference of counts. Waits up to ``wait`` seconds (``WRITER_WAIT`` unless
        given) for another writer; False, and no error, when it could not have its turn or the
        folder cannot be written."""
        try:
            with self._turn(WRITER_WAIT if wait is None else wait) as held:
                if not held:
                    return False
                self._bring_in_step(store, rebuild=False)
            return True
        except _FAILURES as err:
            _unless_fatal(err)
            log.warning("search index %s could not be brought in step (%s)", self.folder, err)
            return False

    def rebuild(self, store, wait: float | None = None) -> dict[str, int] | None:
        """Make both indexes again from the whole database, in one commit each (readers use the
        old index until then). Returns how many documents and facts they hold, or None when
        another writer kept the lock for ``wait`` seconds."""
        with self._turn(WRITER_WAIT if wait is None else wait) as held:
            if not held:
                return None
            return self._bring_in_step(store, rebuild=True)

    def catch_up_later(self, store) -> None:
        """Catch up in a thread of its own, one at a time (a server answers from SQL meanwhile)."""
        with self._guard:
            if self._catching_up is not None and self._catching_up.is_alive():
                return
            self._catching_up = threading.Thread(target=self.catch_up, args=(store,), name="search-index", daemon=True)
            self._catching_up.start()

    @contextmanager
    def _turn(self, wait: float) -> Iterator[bool]:
        """Hold the writer lock of the folder, waiting up to ``wait`` seconds; yields whether
        it is held. A lock on a file is held by one open of it, so two threads of one process
        take turns as two processes do."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if fcntl is None:
            yield True  # tantivy's own lock stops a second writer; its error is caught as a busy turn
            return
        with open(self.folder / "writer.lock", "a+b") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        yield False
                        return
                    time.sleep(0.05)
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _bring_in_step(self, store, rebuild: bool) -> dict[str, int]:
        """The work of a writer holding the lock (see catch_up and rebuild); returns how many
        documents and facts the indexes hold after it."""
        self._identity = None  # as the database is now: another process may have migrated it
        identity = self.identity(store)
        indexes = {t: self._index(t, create=True) for t in TARGETS}
        for index in indexes.values():
            index.reload()
        searchers = {t: indexes[t].searcher() for t in TARGETS}
        metas = {t: _meta(indexes[t], searchers[t]) for t in TARGETS}
        fresh = {t: rebuild or not self._of_this_database(store, metas[t]) for t in TARGETS}
        since = {t: "" if fresh[t] else metas[t].get("arrived", "") for t in TARGETS}
        held = {t: 0 if fresh[t] else searchers[t].num_docs - (1 if metas[t] else 0) for t in TARGETS}
        with store.engine.connect() as conn:  # one snapshot: what is added and what is counted agree
            arrivals = _arrivals_since(conn, min(since.values()))
            # what each index lacks: those after its mark, and those at the mark it does not hold
            # (two documents can arrive in one instant)
            wanted = {t: [key for arrived, key in arrivals if arrived > since[t] or (arrived == since[t] and not _holds_document(indexes[t], searchers[t], t, key))]
                      for t in TARGETS}
            counts = _database_counts(conn)
            newest = max([a for a, _ in arrivals] + [since[t] for t in TARGETS if not fresh[t]] + [""])
            if not any(fresh.values()) and not any(wanted.values()) and held == counts and all(m.get("arrived") == newest for m in metas.values()):
                return held  # in step: nothing to write
            writers = {t: _writer(indexes[t], len(wanted[t])) for t in TARGETS}
            try:
                for t in TARGETS:
                    if fresh[t]:
                        writers[t].delete_all_documents()
                added = self._add(conn, wanted, writers)
                for t in TARGETS:
                    held[t] += len(added[t])
                    if held[t] != counts[t]:
                        committed = {} if fresh[t] else _keys(searchers[t])  # a fresh start deleted what was committed
                        held[t] = self._reconcile(conn, t, writers[t], committed, added[t])
                for t in TARGETS:
                    _put_meta(writers[t], {"format": FORMAT, "database": identity, "arrived": newest, "count": held[t], "stamp": uuid.uuid4().hex})
                    writers[t].commit()
            except BaseException:
                for writer in writers.values():
                    writer.rollback()
                raise
            finally:
                for writer in writers.values():
                    writer.wait_merging_threads()
        for index in indexes.values():
            index.reload()
        return held

    def _add(self, conn, wanted: dict[str, list[str]], writers) -> dict[str, set[str]]:
        """Add the documents ``wanted`` by each index (to the facts index, their facts), read
        from the database a chunk at a time; returns the keys added to each."""
        added: dict[str, set[str]] = {t: set() for t in TARGETS}
        documents, facts = set(wanted["documents"]), set(wanted["facts"])
        ids = sorted(documents | facts)
        for start in range(0, len(ids), _CHUNK):
            rows = _document_rows(conn, ids[start : start + _CHUNK])
            for row in rows:
                if row.id in documents:
                    writers["documents"].add_document(_document_entry(row))
                    added["documents"].add(row.id)
            for key, entry in _fact_entries(conn, [r for r in rows if r.id in facts]):
                writers["facts"].add_document(entry)
                added["facts"].add(key)
        return added

    def _reconcile(self, conn, target: str, writer, committed: dict[str, int], added: set[str]) -> int:
        """Make the entries of ``target`` those of the database exactly: the keys the index
        holds (``committed``, with how many entries each has, and ``added`` in this turn)
        against the ids the database holds. An id held twice is written again once. Runs when
        the counts differ, which is rare; returns how many entries the index holds after."""
        table = schema.documents if target == "documents" else schema.facts
        present = {str(r[0]) for r in conn.execute(select(table.c.id))}
        held = set(committed) | added
        twice = {key for key, n in committed.items() if n > 1} | (set(committed) & added)
        for key in (held - present) | twice:
            writer.delete_documents_by_term("key", key)  # also takes out an entry added earlier in this turn
        missing = sorted((present - held) | (twice & present))
        if target == "documents":
            for start in range(0, len(missing), _CHUNK):
                for row in _document_rows(conn, missing[start : start + _CHUNK]):
                    writer.add_document(_document_entry(row))
        else:
            wanted, c = set(missing), schema.facts.c
            owners = sorted({owner for start in range(0, len(missing), _CHUNK)
                             for (owner,) in conn.execute(select(c.document_id).where(c.id.in_([int(k) for k in missing[start : start + _CHUNK]])))})
            for start in range(0, len(owners), _CHUNK):
                for _, entry in _fact_entries(conn, _document_rows(conn, owners[start : start + _CHUNK]), only=wanted):
                    writer.add_document(entry)
        log.info("search index: %s put right (%d taken out, %d written again, %d added)", target, len(held - present), len(twice & present), len(present - held))
        return len(present)


# --- what an entry holds ---------------------------------------------------------------------
def _schema(target: str):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    builder.add_text_field("one", tokenizer_name=_TOKENS, index_option="freq")
    builder.add_text_field("two", tokenizer_name=_TOKENS, index_option="position")
    for name in _FILTERS:
        builder.add_text_field(name, tokenizer_name="raw")
    builder.add_integer_field("year", indexed=True)
    if target == "documents":
        builder.add_text_field("newest", fast=True, tokenizer_name="raw")
    else:
        for name in ("kind", "indicator", "document"):
            builder.add_text_field(name, tokenizer_name="raw")
    builder.add_bytes_field("meta", stored=True)
    return builder.build()


def _pairs(form: str) -> str:
    """Each two adjacent tokens of a search form as one term (就 业 优 先 → 就|业 业|优 优|先)."""
    tokens = form.split()
    return " ".join(map(_PAIR.join, zip(tokens, tokens[1:])))


def _entry(key: str, form: str, fields: tuple) -> Any:
    entry = tantivy.Document()
    entry.add_text("key", key)
    entry.add_text("one", form)
    entry.add_text("two", _pairs(form))
    for name, value in fields:
        if name == "year":
            entry.add_integer(name, value)
        else:
            entry.add_text(name, value)
    return entry


def _filter_fields(doc) -> tuple:
    """(field, value) of what the filters read of a document, its facts' entries too."""
    fields = [(name, value) for name in _FILTERS if (value := getattr(doc, name)) is not None]
    year = _year(doc.report_year, doc.published)
    return (*fields, ("year", year)) if year is not None else tuple(fields)


def _document_entry(doc) -> Any:
    entry = _entry(doc.id, doc.search_text, _filter_fields(doc))
    entry.add_text("newest", _newest_key(doc.published, doc.report_year, doc.id))
    return entry


def _fact_entry(fact, doc_id: str, fields: tuple) -> Any:
    entry = _entry(str(fact.id), fact.search_text, fields)
    entry.add_text("document", doc_id)
    if fact.kind is not None:
        entry.add_text("kind", fact.kind)
    if fact.indicator is not None:
        entry.add_text("indicator", fact.indicator)
    return entry


def _year(report_year: int | None, published: str | None) -> int | None:
    """The year a year filter finds a document by: its report year, else (news) the year it was
    published, as the SQL search's condition reads it (published LIKE 'YYYY-%')."""
    if report_year is not None:
        return report_year
    if published and re.match(r"\d{4}-", published):
        return int(published[:4])
    return None


def _newest_key(published: str | None, report_year: int | None, key: str) -> str:
    """One text whose order, largest first, is the SQL date sort's: the page date, else the
    report year as text (so 2020 comes after 2020-03-01, as a shorter prefix), those with
    neither after all others, and between equal dates the smaller id first (its bytes turned
    round, ended by a character above them all so that a shorter id is the larger)."""
    shown = published if published is not None else (str(report_year) if report_year is not None else None)
    head = "\x00" if shown is None else "\x01" + shown
    return head + "\x02" + "".join(chr(0x100 - b) for b in key.encode()) + "\u0100"


def _put_meta(writer, meta: dict) -> None:
    writer.delete_documents_by_term("key", _META)
    entry = tantivy.Document()
    entry.add_text("key", _META)
    entry.add_bytes("meta", json.dumps(meta).encode())
    writer.add_document(entry)


def _meta(index, searcher) -> dict:
    """What the index's last commit says it holds ({} for an index never brought in step)."""
    hits = searcher.search(tantivy.Query.term_query(index.schema, "key", _META), 1, count=False).hits
    if not hits:
        return {}
    return json.loads(bytes(searcher.doc(hits[0][1]).get_first("meta")))


def _holds_document(index, searcher, target: str, doc_id: str) -> bool:
    """Whether the index holds a document (the facts index: any fact of it)."""
    field = "key" if target == "documents" else "document"
    return searcher.search(tantivy.Query.term_query(index.schema, field, doc_id), 1, count=True).count > 0


def _exists(path: Path) -> bool:
    return path.is_dir() and tantivy.Index.exists(str(path))


def _keys(searcher) -> dict[str, int]:
    """Every key a searcher's commit holds, with how many entries have it (deleted entries
    are no longer counted)."""
    return {key: n for key, n in searcher.terms_with_prefix("key", "", filter_query=tantivy.Query.all_query()) if n and key != _META}


def _writer(index, arriving: int):
    """A writer sized to the work: a big heap and every core for a build, a small one for a few documents."""
    return index.writer(heap_size=256_000_000, num_threads=0) if arriving > 5000 else index.writer(heap_size=32_000_000, num_threads=1)


# --- queries --------------------------------------------------------------------------------
def _query(index_schema, target: str, terms: list[str], f):
    """Every phrase of the query must match (scored), and every filter (not scored)."""
    Query, Occur = tantivy.Query, tantivy.Occur
    parts = [(Occur.Must, _phrase(index_schema, term.split())) for term in terms]
    parts += [(Occur.Must, Query.const_score_query(q, 0.0)) for q in _filters(index_schema, target, f)]
    return parts[0][1] if len(parts) == 1 else Query.boolean_query(parts)


def _phrase(index_schema, tokens: list[str]):
    """A phrase of search-form tokens: one token from ``one``; two as one pair term; more as a
    phrase of pairs, every other pair (and the last) being enough to fix each token."""
    Query = tantivy.Query
    if len(tokens) == 1:
        return Query.term_query(index_schema, "one", tokens[0], index_option="freq")
    pairs = [a + _PAIR + b for a, b in zip(tokens, tokens[1:])]
    if len(pairs) == 1:
        return Query.term_query(index_schema, "two", pairs[0], index_option="freq")
    at = list(range(0, len(pairs), 2))
    if at[-1] != len(pairs) - 1:
        at.append(len(pairs) - 1)
    return Query.phrase_query(index_schema, "two", [(i, pairs[i]) for i in at])


def _filters(index_schema, target: str, f) -> list:
    """The store's search filters (Store._search_filters, and for facts indicator and kind),
    each a query; a region is a code, a place id or part of a name, taken literally."""
    Query, Occur = tantivy.Query, tantivy.Occur
    out = []
    if f.region:
        out.append(Query.boolean_query([
            (Occur.Should, Query.term_query(index_schema, "region_code", f.region)),
            (Occur.Should, Query.term_query(index_schema, "place_id", f.region)),
            (Occur.Should, Query.regex_query(index_schema, "region_name", ".*" + _literal(f.region) + ".*")),
        ]))
    if f.level:
        out.append(Query.term_query(index_schema, "region_level", f.level))
    if f.places is not None:
        out.append(Query.term_set_query(index_schema, "place_id", list(f.places)) if f.places else Query.empty_query())
    if f.doc_type:
        out.append(Query.term_query(index_schema, "doc_type", f.doc_type))
    if f.document:
        out.append(Query.term_query(index_schema, "key" if target == "documents" else "document", f.document))
    if f.year:
        out.append(Query.term_query(index_schema, "year", int(f.year)))
    if target == "facts":
        if f.indicator:
            out.append(Query.term_query(index_schema, "indicator", f.indicator))
        if f.kind:
            out.append(Query.term_query(index_schema, "kind", f.kind))
    return out


def _literal(value: str) -> str:
    """``value`` as a regular expression that matches it and nothing else: every character
    that is not a letter or digit written as its code point (%, _, ., ( are themselves)."""
    return "".join(c if c.isalnum() else "\\x{%x}" % ord(c) for c in value)


# --- the database's side --------------------------------------------------------------------
def _newest_arrival(store) -> str | None:
    """When the latest document arrived (read from the arrival index, migration 010)."""
    with store.engine.connect() as conn:
        return conn.execute(select(func.max(schema.documents.c.ingested_at))).scalar()


def _missing(store, since: str) -> int:
    """How many documents arrived after ``since``, counted up to one past the most a reader
    catches up itself."""
    d = schema.documents.c
    later = select(d.id).where(d.ingested_at > since).limit(CATCH_UP_INLINE + 1).subquery()
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(later)).scalar_one()


def _arrivals_since(conn, since: str) -> list[tuple[str, str]]:
    """(arrival, id) of every document that arrived at or after ``since``, in order."""
    d = schema.documents.c
    return [tuple(r) for r in conn.execute(select(d.ingested_at, d.id).where(d.ingested_at >= since).order_by(d.ingested_at, d.id))]


def _document_rows(conn, ids: list[str]) -> list:
    if not ids:
        return []
    d = schema.documents.c
    columns = (d.id, d.search_text, d.published, d.report_year, *(getattr(d, name) for name in _FILTERS))
    return conn.execute(select(*columns).where(d.id.in_(ids))).all()


def _fact_entries(conn, docs: list, only: set[str] | None = None) -> Iterator[tuple[str, Any]]:
    """The key and entry of each fact of ``docs`` (of those keyed in ``only``, if given);
    a document's fields are worked out once for all its facts."""
    if not docs:
        return
    c = schema.facts.c
    fields = {doc.id: _filter_fields(doc) for doc in docs}
    for fact in conn.execute(select(c.id, c.document_id, c.kind, c.indicator, c.search_text).where(c.document_id.in_(list(fields)))):
        key = str(fact.id)
        if only is None or key in only:
            yield key, _fact_entry(fact, fact.document_id, fields[fact.document_id])


def _database_counts(conn) -> dict[str, int]:
    return {t: conn.execute(select(func.count()).select_from(getattr(schema, t))).scalar_one() for t in TARGETS}


# --- failures -------------------------------------------------------------------------------
# tantivy reports a bug of its own as a Rust panic, which Python sees as a BaseException: a
# search index that fails in any way leaves the SQL search to answer
_FAILURES = (BaseException,)


def _unless_fatal(err: BaseException) -> None:
    if isinstance(err, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise err

