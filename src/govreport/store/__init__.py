"""Storage: SQLite (a file, the default) or PostgreSQL (by URL), through SQLAlchemy Core.

:func:`open_store` takes a path or a URL, applies the migrations and returns a
:class:`Store`. Every write of a document happens in one transaction (the document, its
sections, facts, search rows and region), so a document is stored whole or not at all; the
ingest's main process is the only writer.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
import os
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Float, Integer, String, and_, case, create_engine, event, func, insert, literal, literal_column, or_, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from ..errors import ConfigError
from ..extract.catalog import default_catalog
from ..model import Document
from ..project_link import yuan
from . import schema
from .index import SearchIndex, location as index_location
from .migrations import migrate
from .search import fts5_query, query_terms, search_form, snippet

DEFAULT_DB = "govreport.db"
_FACT_COLUMNS = ("indicator", "stance", "period", "measure", "subject", "value", "value_high", "unit", "base_value", "base_unit", "modifier", "strive")


def database_url(db: str) -> str:
    if "://" not in db:
        return f"sqlite:///{db}"
    if db.startswith("postgresql://") or db.startswith("postgres://"):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if db.startswith(("sqlite:", "postgresql+")):
        return db
    raise ConfigError(f"--db takes a SQLite file path or a sqlite:/// or postgresql:// URL, not {db!r}")


@dataclass(frozen=True)
class Filters:
    """What a query may be narrowed by; every field optional."""

    region: str | None = None  # a code, a place id, or part of a region name
    level: str | None = None
    year: int | None = None  # report year of a document, period of a fact
    doc_type: str | None = None
    indicator: str | None = None
    stance: str | None = None
    kind: str | None = None
    indicated: bool = False  # facts only: those the catalog names an indicator for
    document: str | None = None
    places: tuple[str, ...] | None = None  # documents of these place ids only


@dataclass(frozen=True)
class ProjectFilters:
    """What the projects list may be narrowed by; amounts in yuan."""

    region: str | None = None  # a code (a city's takes its counties), a place id or a name
    industry: str | None = None  # a GB/T 4754 code: C takes every manufacturing division
    stage: str | None = None
    year: int | None = None  # a year any mention's stage happened in
    min_amount: float | None = None
    max_amount: float | None = None
    amount_kind: str | None = None
    q: str | None = None  # part of the name, an investor or the location


TERM_SORTS = ("term", "region", "recent")
PROJECT_SORTS = ("amount", "-amount", "year", "-year", "name")


def open_store(db: str = DEFAULT_DB, create: bool = True, search_index: str | None = None) -> Store:
    """The store at ``db`` (a SQLite path or URL), migrated. With ``create=False`` (the
    read-only commands) a SQLite file that does not exist is an error, not a new empty
    database. A database that cannot be opened is a :class:`ConfigError` that names it.
    ``search_index`` is where a PostgreSQL database's search index lives, or ``off`` for
    none (unset: GOVREPORT_SEARCH_INDEX, else the default of :func:`index.location`)."""
    url = database_url(db)
    path = _sqlite_path(url)
    if path is not None and path != ":memory:":
        if not create and not os.path.exists(path):
            raise ConfigError(f"no database at {path} (ingest documents into it first: govreport ingest PATH --db {path})")
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise ConfigError(f"cannot create the database {path}: the folder {folder} does not exist")
    engine = create_engine(url, future=True, **({"connect_args": {"timeout": 120}} if url.startswith("sqlite:") else {}))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    for attempt in range(_OPEN_TRIES):
        started = time.monotonic()
        try:
            migrate(engine)
            folder = index_location(url, search_index if search_index is not None else os.environ.get("GOVREPORT_SEARCH_INDEX"))
            store = Store(engine, SearchIndex(folder) if folder else None)
            store.seed_indicators()
            break
        except DBAPIError as err:
            if engine.dialect.name == "sqlite" and "locked" in str(err) and attempt + 1 < _OPEN_TRIES and time.monotonic() - started < 5:
                # (two processes opening a new SQLite file at once: one may be told it is locked
                # at once, without the busy timeout; the migrations are idempotent, so it tries
                # again; a lock held past the busy timeout is an error at once)
                time.sleep(0.5)
                continue
            engine.dispose()
            lines = str(getattr(err, "orig", None) or err).strip().splitlines()
            reason = lines[0] if lines else type(err).__name__
            raise ConfigError(f"cannot open the database {_shown(db)}: {reason}") from err
    return store


_OPEN_TRIES = 20  # a new SQLite file told locked at once is opened again, up to twenty times


def _sqlite_path(url: str) -> str | None:
    if not url.startswith("sqlite:"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return path or ":memory:"


def _shown(url: str) -> str:
    """A URL without its password, for an error line."""
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # the driver would begin a transaction only before a write, so each read of a page would
    # see the database as it was at that one statement; transactions are begun here instead
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn) -> None:
    """Every block of work is one transaction: a reader sees one snapshot from its first read
    to its last (WAL), and a writer takes the write lock at once (IMMEDIATE), so two writers
    queue instead of one failing when it turns a read into a write."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writing") else "BEGIN")


def writer(engine: Engine) -> Engine:
    """The engine for transactions that write (see _sqlite_begin)."""
    return engine.execution_options(writing=True)


class Store:
    def __init__(self, engine: Engine, search_index: SearchIndex | None = None) -> None:
        self.dialect = engine.dialect.name
        # a page's reads see one snapshot: SQLite's read transaction does it (see _sqlite_begin);
        # PostgreSQL's default gives each statement a snapshot of its own, so reads ask for one
        # per transaction (writes keep the default, under their locks)
        self.engine = engine.execution_options(isolation_level="REPEATABLE READ") if self.dialect == "postgresql" else engine
        self._base = engine
        self._memo: OrderedDict[Any, tuple] = OrderedDict()  # summaries kept until a document is stored (see remembered)
        self.index = search_index  # full-text search beside the database, kept in step with it (store/index.py)

    # --- writing -------------------------------------------------------------------------
    @contextmanager
    def _writing(self, lock: str | None = None) -> Iterator[Connection]:
        """One write transaction. Writers of one kind of derived table (links, projects,
        pairs) take turns: on SQLite the write lock does it; on PostgreSQL, whose writers run
        side by side, an advisory lock named ``lock`` held to the transaction's end."""
        with writer(self._base).begin() as conn:
            if lock and self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:name))"), {"name": f"govreport:{lock}"})
            yield conn

    def _insert_ignore(self, table):
        return (sqlite_insert(table) if self.dialect == "sqlite" else pg_insert(table)).on_conflict_do_nothing()

    def seed_indicators(self) -> None:
        rows = [{"id": i.id, "name": i.name, "measure": i.measure, "direction": i.direction} for i in default_catalog().indicators.values()]
        with self._writing() as conn:
            conn.execute(self._insert_ignore(schema.indicators), rows)

    def known_documents(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(select(schema.documents.c.id).where(schema.documents.c.id.in_(ids)))}

    def source_complete(self, sha256: str) -> bool:
        """Whether every document of the file with this content is stored."""
        with self.engine.connect() as conn:
            expected = conn.execute(select(schema.sources.c.documents).where(schema.sources.c.sha256 == sha256)).scalar()
            if expected is None:
                return False
            stored = conn.execute(select(func.count()).select_from(schema.documents).where(schema.documents.c.source_sha256 == sha256)).scalar_one()
            return stored >= expected

    def has_links(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(schema.links.c.id).limit(1)).first() is not None

    def write(self, doc: Document, sha256: str, size: int, count: int, minhash: bytes | None) -> bool:
        """Store one document in one transaction; False if it was stored already."""
        now = datetime.now(timezone.utc).isoformat()
        ident, region = doc.identity, doc.identity.region
        # a second writer of the same document (two ingests of one folder) waits for the first
        # and then finds it stored
        with self._writing(lock=f"document:{doc.id}") as conn:
            if conn.execute(select(schema.documents.c.id).where(schema.documents.c.id == doc.id)).first():
                return False
            conn.execute(
                self._insert_ignore(schema.sources),
                {"sha256": sha256, "path": doc.source, "size": size, "format": doc.format, "encoding": doc.encoding, "documents": count, "ingested_at": now},
            )
            conn.execute(
                insert(schema.documents),
                {
                    "id": doc.id, "source_sha256": sha256, "source": doc.source, "item": doc.item, "title": doc.title,
                    "doc_type": ident.doc_type, "region_code": region.code if region else None,
                    "region_name": region.name if region else None, "region_level": region.level if region else None,
                    "province": region.province if region else None, "city": region.city if region else None,
                    "county": region.county if region else None, "town": region.town if region else None,
                    "place_id": (region.place_id or region.code or region.name) if region else None,
                    "report_year": ident.report_year, "reviewed_year": ident.reviewed_year, "plan_year": ident.plan_year,
                    "meeting": ident.meeting, "speaker": ident.speaker, "meeting_date": ident.meeting_date, "published": ident.published,
                    "text": doc.text, "search_text": search_form(((doc.title or "") + "\n" + doc.text)),
                    "warnings": [{**w.to_json(), "params": dict(w.params)} for w in doc.warnings], "meta": doc.meta, "minhash": minhash, "ingested_at": now,
                },
            )
            conn.execute(
                insert(schema.originals),
                {
                    "document_id": doc.id, "original": doc.original if doc.original != doc.text else None,
                    "repairs": [r.to_json(doc.original) for r in doc.repairs], "alignment": doc.alignment.to_json() if doc.alignment else [],
                },
            )
            if doc.segments.sections:
                conn.execute(
                    insert(schema.sections),
                    [{"document_id": doc.id, "title": s.title, "level": s.level, "start": s.start, "end": s.end} for s in doc.segments.sections],
                )
            fact_rows = []
            for fact in doc.facts:
                data = fact.to_json(doc.text)
                row = {k: data.get(k) for k in _FACT_COLUMNS}
                fields = {k: v for k, v in data.items() if k not in ("kind", "start", "end", "evidence", "evidence_start", "evidence_end")}
                fields["original_start"], fields["original_end"] = doc.to_original(fact.span.start, fact.span.end)
                row.update(
                    document_id=doc.id, kind=fact.kind, start=fact.span.start, end=fact.span.end,
                    evidence_start=fact.span.evidence_start, evidence_end=fact.span.evidence_end,
                    evidence=data["evidence"], search_text=search_form(data["evidence"]), fields=fields,
                    batch=True if fact.kind == "project" and fields.get("batch") else None,
                    **({"base_value": yuan(fields)} if fact.kind == "project" else {}),  # a project's amount, in yuan (none in another currency)
                )
                fact_rows.append(row)
            if fact_rows:
                conn.execute(insert(schema.facts), fact_rows)
            place_id = (region.place_id or region.code or region.name) if region else None
            if place_id:
                conn.execute(self._insert_ignore(schema.pairs_stale), {"place_id": place_id})  # its tracker pairs are out of date
            if region and region.code:
                conn.execute(
                    self._insert_ignore(schema.regions),
                    {"code": region.code, "name": region.name, "level": region.level, "province": region.province, "city": region.city, "county": region.county, "place_id": region.place_id},
                )
            if self.dialect == "sqlite":
                conn.execute(text("INSERT INTO documents_fts(rowid, search_text) SELECT rowid, search_text FROM documents WHERE id = :id"), {"id": doc.id})
                conn.execute(text("INSERT INTO facts_fts(rowid, search_text) SELECT id, search_text FROM facts WHERE document_id = :id"), {"id": doc.id})
        return True

    def write_many(self, entries) -> list[str]:
        """Store many documents (``bulk.Entry``) in one transaction by PostgreSQL's COPY,
        the same rows :meth:`write` stores; return the ids of those not stored before."""
        if self.dialect != "postgresql":
            raise ConfigError("bulk writes load with PostgreSQL's COPY; this database is SQLite (write one document at a time)")
        from .bulk import write_many

        return write_many(self, entries)

    def replace_links(self, kind: str, rows: list[dict], groups: dict[str, str]) -> None:
        """Replace all links of ``kind`` and the documents' version groups, in one transaction."""
        with self._writing(lock="links") as conn:
            conn.execute(schema.links.delete().where(schema.links.c.kind == kind))
            if rows:
                conn.execute(insert(schema.links), [{"kind": kind, **row} for row in rows])
            if kind == "version":
                conn.execute(schema.documents.update().values(version_group=None))
                for doc_id, group in groups.items():
                    conn.execute(schema.documents.update().where(schema.documents.c.id == doc_id).values(version_group=group))

    # --- reading -------------------------------------------------------------------------
    def _document_filters(self, f: Filters) -> list:
        d = schema.documents.c
        where = _place_filters(d, f)
        if f.doc_type:
            where.append(d.doc_type == f.doc_type)
        if f.document:
            where.append(d.id == f.document)
        return where

    def documents(self, f: Filters = Filters(), limit: int = 100, offset: int = 0) -> list[dict]:
        d = schema.documents.c
        columns = [c for c in schema.documents.c if c.name not in ("text", "search_text", "minhash")]
        where = self._document_filters(f)
        if f.year:
            where.append(_of_year(f.year))
        query = select(*columns).where(and_(True, *where)).order_by(d.place_id, d.report_year, d.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def documents_by_id(self, doc_id: str) -> dict | None:
        """A document's identity without its text."""
        rows = self.documents(Filters(document=doc_id), limit=1)
        return rows[0] if rows else None

    def document(self, doc_id: str) -> dict | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.documents).where(schema.documents.c.id == doc_id)).first()
            if not row:
                return None
            out = {k: v for k, v in row._mapping.items() if k not in ("search_text", "minhash")}
            out["sections"] = [dict(r._mapping) for r in conn.execute(select(schema.sections).where(schema.sections.c.document_id == doc_id).order_by(schema.sections.c.start))]
            kept = conn.execute(select(schema.originals).where(schema.originals.c.document_id == doc_id)).first()
            # the original: kept where cleaning changed the text, else the text itself
            out["original"] = (kept.original if kept and kept.original is not None else out["text"])
            out["repairs"] = list(kept.repairs) if kept else []
            out["alignment"] = list(kept.alignment) if kept else []
        out["facts"] = self.facts(Filters(document=doc_id), limit=100_000)
        return out

    def facts(self, f: Filters = Filters(), limit: int = 1000, offset: int = 0) -> list[dict]:
        c, d = schema.facts.c, schema.documents.c
        where = self._document_filters(f)
        if f.indicator:
            where.append(c.indicator == f.indicator)
        if f.stance:
            where.append(c.stance == f.stance)
        if f.kind:
            where.append(c.kind == f.kind)
        if f.year:
            where.append(c.period == f.year)
        if f.indicated:
            where.append(c.indicator.is_not(None))
        # every column but search_text (the search index's copy of the evidence): carrying it is
        # most of the bytes a large read moves
        columns = [col for col in schema.facts.c if col.name != "search_text"]
        query = (
            select(*columns, d.region_name, d.place_id, d.region_code, d.region_level, d.report_year, d.plan_year, d.title, d.doc_type)
            .join(schema.documents, d.id == c.document_id)
            .where(and_(True, *where))
            .order_by(c.document_id, c.start, c.id)  # each document's facts in reading order, by its index: a page costs the same at any size
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            return [fact_dict(r._mapping) for r in conn.execute(query)]

    def indicator_values(self, indicator: str, stance: str = "actual", places: tuple[str, ...] | None = None) -> list[dict]:
        """Each stored figure of one indicator (place, name, period, value, unit), of ``places``
        if given, without the facts' other fields: what a chart over the years needs."""
        c, d = schema.facts.c, schema.documents.c
        where = [c.indicator == indicator, c.stance == stance, c.kind == "metric", c.period.is_not(None), c.value.is_not(None)]
        if places is not None:
            where.append(d.place_id.in_(places))
        query = select(d.place_id, d.region_name, c.period, c.value, c.unit).join(schema.documents, d.id == c.document_id).where(*where).order_by(d.place_id, c.period, c.document_id, c.start)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def indicator_years(self, indicator: str, stance: str = "actual") -> dict[str, set[int]]:
        """The years each place has a figure of one indicator for, counted in the database."""
        c, d = schema.facts.c, schema.documents.c
        query = (
            select(d.place_id, c.period).distinct().join(schema.documents, d.id == c.document_id)
            .where(c.indicator == indicator, c.stance == stance, c.kind == "metric", c.period.is_not(None), c.value.is_not(None), d.place_id.is_not(None))
        )
        years: dict[str, set[int]] = {}
        with self.engine.connect() as conn:
            for place, period in conn.execute(query):
                years.setdefault(place, set()).add(period)
        return years

    # --- the tracker's pairs ----------------------------------------------------------------
    def stale_places(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(schema.pairs_stale.c.place_id).order_by(schema.pairs_stale.c.place_id))]

    def replace_pairs(self, places: list[str], rows: list[dict]) -> None:
        """The pairs of ``places``, computed again, in one transaction that also clears them
        from the stale list (a place a document was written to since stays stale)."""
        p = schema.pairs.c
        with self._writing(lock="pairs") as conn:
            conn.execute(schema.pairs.delete().where(p.place_id.in_(places)))
            if rows:
                conn.execute(insert(schema.pairs), rows)
            conn.execute(schema.pairs_stale.delete().where(schema.pairs_stale.c.place_id.in_(places)))

    def _pair_query(self, f: Filters, status: str | None, points: float, share: float):
        """What a judged status is under the reader's tolerance, and the conditions that
        choose the pairs, each written so that an index can answer it."""
        p = schema.pairs.c
        # a 左右 target is judged again under the reader's tolerance: met when its shortfall is
        # within it (points for a rate, a share of the target for an amount)
        within = or_(and_(p.shortfall_unit == "points", p.shortfall <= points + 1e-9), and_(p.shortfall_unit == "share", p.shortfall <= share + 1e-9))
        short = or_(and_(p.shortfall_unit == "points", p.shortfall > points + 1e-9), and_(p.shortfall_unit == "share", p.shortfall > share + 1e-9))
        judged = case((p.shortfall.is_(None), p.status), (within, literal("met")), else_=literal("missed")).label("judged")
        where = []
        if f.region:
            # a code or place id, else part of a name: the places whose names hold it (the
            # regions table is small), so the pairs are found by their place index
            r = schema.regions.c
            named = select(r.place_id).where(or_(r.code == f.region, r.place_id == f.region, r.name.contains(f.region, autoescape=True)))
            where.append(or_(p.place_id == f.region, p.place_id.in_(named)))
        if f.level:
            where.append(p.region_level == f.level)
        if f.places is not None:
            where.append(p.place_id.in_(f.places))
        if f.indicator:
            where.append(p.indicator == f.indicator)
        if f.year:
            where.append(p.period == f.year)
        if status == "met":
            where.append(or_(and_(p.status == "met", p.shortfall.is_(None)), within))
        elif status == "missed":
            where.append(or_(and_(p.status == "missed", p.shortfall.is_(None)), short))
        elif status:
            where.append(and_(p.status == status, p.shortfall.is_(None)))
        return judged, where

    def pairs(self, f: Filters = Filters(), status: str | None = None, points: float = 0.5, share: float = 0.05,
              sort: str = "region", limit: int | None = None, offset: int = 0) -> tuple[list[dict], int]:
        """The tracker's pairs that match, a page of them in ``sort`` order, and how many match."""
        if sort == "status" and status is None:
            return self._pairs_by_status(f, points, share, limit, offset)
        p = schema.pairs.c
        judged, where = self._pair_query(f, status, points, share)
        order = {"region": (p.region_name, p.indicator, p.period), "indicator": (p.indicator, p.region_name, p.period),
                 "period": (p.period.desc(), p.region_name, p.indicator), "status": (p.region_name, p.indicator, p.period)}[sort]
        query = select(schema.pairs, judged).where(and_(True, *where)).order_by(*order, p.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            rows = [_pair_dict(r._mapping) for r in conn.execute(query)]
        total = len(rows) + offset if limit is None else self._pair_count(where)
        return rows, total

    def _pair_count(self, where: list) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.pairs).where(and_(True, *where))).scalar_one()

    def pair_summary(self, f: Filters, by: str, points: float = 0.5, share: float = 0.05) -> dict[str, dict[str, int]]:
        """Counts of each judged status per place (under the name of its latest pair) or per
        indicator, counted in the database."""
        p = schema.pairs.c
        judged, where = self._pair_query(f, None, points, share)
        key = p.place_id if by == "region" else p.indicator
        out: dict[str, dict[str, int]] = {}
        with self.engine.connect() as conn:
            names: dict[str, tuple] = {}
            if by == "region":
                for place, name, period in conn.execute(select(p.place_id, p.region_name, func.max(p.period)).where(and_(True, *where)).group_by(p.place_id, p.region_name)):
                    if place not in names or (period or 0) > (names[place][1] or 0):
                        names[place] = (name, period)
            for value, status, count in conn.execute(select(key, judged, func.count()).where(and_(True, *where)).group_by(key, judged)):
                label = (names.get(value, (None,))[0] or value or "-") if by == "region" else value
                counts = out.setdefault(label, dict.fromkeys(PAIR_STATUSES, 0))
                counts[status] = counts.get(status, 0) + count
        return out

    def _pairs_by_status(self, f: Filters, points: float, share: float, limit: int | None, offset: int) -> tuple[list[dict], int]:
        """Sorted by status: each status's pairs in turn (met, missed, …), counted and read
        by their own index, the page cut across them."""
        counts = [self._pair_count(self._pair_query(f, status, points, share)[1]) for status in PAIR_STATUSES]
        rows: list[dict] = []
        skip = offset
        for status, count in zip(PAIR_STATUSES, counts):
            if skip >= count:
                skip -= count
                continue
            want = None if limit is None else limit - len(rows)
            if want == 0:
                break
            rows += self.pairs(f, status, points, share, limit=want, offset=skip)[0]
            skip = 0
        return rows, sum(counts)

    def data_version(self) -> tuple:
        """What changes whenever a document is stored: how many there are (documents are only
        ever added, never changed in place), counted from an index."""
        with self.engine.connect() as conn:
            return (conn.execute(select(func.count()).select_from(schema.documents)).scalar_one(),)

    def remembered(self, key: Any, compute, keep: int = 256):
        """``compute()``, remembered under ``key`` until a document is stored (a summary over
        every fact is slow at scale and the same until the data changes); the ``keep`` most
        recently used are kept."""
        version = self.data_version()
        kept = self._memo.get(key)
        if kept is None or kept[0] != version:
            kept = (version, compute())
            self._memo[key] = kept
            while len(self._memo) > keep:
                self._memo.popitem(last=False)
        self._memo.move_to_end(key)
        return kept[1]

    def indicator_counts(self) -> dict[str, dict]:
        """Per catalog indicator: how many figures (targets and outcomes) and places the database holds."""
        return self.remembered("indicator_counts", self._indicator_counts)

    def _indicator_counts(self) -> dict[str, dict]:
        c, d = schema.facts.c, schema.documents.c
        stmt = (
            select(c.indicator, func.count().label("figures"), func.count(func.distinct(d.place_id)).label("places"))
            .join(schema.documents, d.id == c.document_id)
            .where(c.kind == "metric", c.indicator.is_not(None))
            .group_by(c.indicator)
        )
        with self.engine.connect() as conn:
            return {r.indicator: {"figures": r.figures, "places": r.places} for r in conn.execute(stmt)}

    def knows_region(self, region: str) -> bool:
        """Whether ``region`` (a code, a place id or part of a name, as the filters take it)
        matches a place the database holds documents of."""
        prefix = region.rstrip("0") if region.isdigit() else None
        return any(region in (r.get("name") or "") or region in (r.get("province") or "") or r.get("place_id") == region
                   or (prefix and (r.get("place_id") or "").startswith(prefix)) for r in self.regions())

    def regions(self) -> list[dict]:
        """Every place with documents, under the name of its latest documents (a county that
        became a district is listed as the district), with its years and document count;
        remembered until a document is stored (the regions and indicator pages list them all),
        copies each call, so a caller may sort or change them."""
        return [dict(r) for r in self.remembered("regions", self._regions)]

    def _regions(self) -> list[dict]:
        d = schema.documents.c
        names = (
            select(d.place_id, d.region_name, d.region_level, d.province, func.max(func.coalesce(d.report_year, 0)).label("year"))
            .where(d.place_id.is_not(None))
            .group_by(d.place_id, d.region_name, d.region_level, d.province)
        )
        totals = (
            select(d.place_id, func.min(d.report_year), func.max(d.report_year), func.count())
            .where(d.place_id.is_not(None))
            .group_by(d.place_id)
            .order_by(d.place_id)
        )
        with self.engine.connect() as conn:
            latest: dict[str, tuple] = {}
            for place, name, level, province, year in conn.execute(names):
                if place not in latest or (year, name or "") > latest[place][0]:
                    latest[place] = ((year, name or ""), name, level, province)
            return [
                {"place_id": place, "name": latest[place][1], "level": latest[place][2], "province": latest[place][3],
                 "first_year": first, "last_year": last, "documents": count}
                for place, first, last, count in conn.execute(totals)
            ]

    def stats(self) -> dict:
        with self.engine.connect() as conn:
            count = lambda table: conn.execute(select(func.count()).select_from(table)).scalar_one()  # noqa: E731
            kinds = dict(conn.execute(select(schema.facts.c.kind, func.count()).group_by(schema.facts.c.kind)).all())
            types = dict(conn.execute(select(schema.documents.c.doc_type, func.count()).group_by(schema.documents.c.doc_type)).all())
            return {
                "sources": count(schema.sources), "documents": count(schema.documents), "document_types": types,
                # places, as the regions list counts them: a county that became a district (望城县
                # 430122, 望城区 430112) is one place under two codes, so not the regions table's rows
                "facts": count(schema.facts), "fact_kinds": kinds,
                "regions": conn.execute(select(func.count(func.distinct(schema.documents.c.place_id)))).scalar_one(),
                "version_links": conn.execute(select(func.count()).select_from(schema.links).where(schema.links.c.kind == "version")).scalar_one(),
                "conflicts": conn.execute(select(func.count()).select_from(schema.links).where(schema.links.c.kind == "conflict")).scalar_one(),
            }

    # --- projects ----------------------------------------------------------------------
    def project_facts(self) -> list[dict]:
        """Every project mention (not the batches) with its document's place and dates."""
        c, d = schema.facts.c, schema.documents.c
        query = (
            select(c.id, c.document_id, c.start, c.fields, d.place_id, d.region_name, d.province, d.city, d.county, d.published, d.report_year)
            .join(schema.documents, d.id == c.document_id)
            .where(c.kind == "project")
            .order_by(c.id)
        )
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        for row in rows:
            row["fields"] = _loads(row["fields"])
        return [r for r in rows if not r["fields"].get("batch")]

    def replace_projects(self, projects: list[dict], mentions: list[dict]) -> None:
        """Put the linked projects in place of the last ones, in one transaction."""
        with self._writing(lock="projects") as conn:
            conn.execute(schema.project_mentions.delete())
            conn.execute(schema.projects.delete())
            for chunk in range(0, len(projects), 5000):
                conn.execute(insert(schema.projects), projects[chunk : chunk + 5000])
            for chunk in range(0, len(mentions), 5000):
                conn.execute(insert(schema.project_mentions), mentions[chunk : chunk + 5000])

    def _project_filters(self, f: ProjectFilters) -> list:
        p = schema.projects.c
        where = []
        if f.region:
            code = f.region if f.region.isdigit() and len(f.region) == 6 else None
            if code and code.endswith("0000"):
                where.append(p.place_id.startswith(code[:2], autoescape=True))
            elif code and code.endswith("00"):
                where.append(p.place_id.startswith(code[:4], autoescape=True))
            elif code:
                where.append(p.place_id == code)  # a county's code is its place id (no name is digits): read by its index
            else:
                # a province or city told by its short name (湖南, 黄冈) takes its cities and counties,
                # whose own names do not hold it (岳阳市, 黄冈市蕲春县 under 湖北省)
                name = f.region
                where.append(or_(p.place_id == name, p.region_name.contains(name, autoescape=True),
                                 p.city.startswith(name, autoescape=True), p.province.startswith(name, autoescape=True)))
        if f.industry:
            where.append(p.industries.contains("," + f.industry, autoescape=True))
        if f.stage:
            where.append(p.stage == f.stage)
        if f.year:
            where.append(p.years.contains(f",{f.year},", autoescape=True))
        if f.min_amount is not None:
            where.append(p.base_amount >= f.min_amount)
        if f.max_amount is not None:
            where.append(p.base_amount <= f.max_amount)
        if f.amount_kind:
            where.append(p.amount_kind == f.amount_kind)
        if f.q:
            where.append(or_(p.name.contains(f.q, autoescape=True), p.investors.contains(f.q, autoescape=True), p.location.contains(f.q, autoescape=True)))
        return where

    def projects(self, f: ProjectFilters = ProjectFilters(), sort: str = "-amount", limit: int = 100, offset: int = 0) -> tuple[list[dict], int]:
        """One page of projects and how many match in all."""
        p = schema.projects.c
        filters = self._project_filters(f)
        where = and_(True, *filters)
        column, descending = {"amount": (p.base_amount, False), "-amount": (p.base_amount, True), "year": (p.last_year, False),
                              "-year": (p.last_year, True), "name": (p.name, False)}[sort if sort in PROJECT_SORTS else "-amount"]
        if filters and self.dialect == "sqlite":
            # SQLite knows nothing of how many projects a filter keeps, and would walk the
            # sort's index to the end for one that keeps few: the matches are sorted instead
            # (a unary plus is no longer the indexed column)
            column = UnaryExpression(column, operator=custom_op("+"))
        # the rows without the value (no amount, no year, no name) last in either direction
        order = (column.is_(None), column.desc() if descending else column.asc(), p.id)
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(schema.projects).where(where)).scalar_one()
            rows = conn.execute(select(schema.projects).where(where).order_by(*order).limit(limit).offset(offset))
            return [project_dict(r._mapping) for r in rows], total

    def project(self, project_id: str) -> dict | None:
        """A project with every mention: its fact, document and sentence, oldest first."""
        c, d, m = schema.facts.c, schema.documents.c, schema.project_mentions.c
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.projects).where(schema.projects.c.id == project_id)).first()
            if row is None:
                return None
            out = project_dict(row._mapping)
            query = (
                select(schema.facts, d.title, d.doc_type, d.published, d.report_year, d.region_name, d.place_id)
                .join(schema.project_mentions, m.fact_id == c.id)
                .join(schema.documents, d.id == c.document_id)
                .where(m.project_id == project_id)
            )
            mentions = [fact_dict(r._mapping) for r in conn.execute(query)]
        mentions.sort(key=lambda f: (f.get("period") or 0, f.get("published") or "", f["id"]))
        out["timeline"] = mentions
        return out

    def project_totals(self, f: ProjectFilters = ProjectFilters(), by: str = "region") -> list[dict]:
        """Count and investment (in yuan) of the matching projects, by region, industry or year."""
        return self.remembered(("project_totals", f, by), lambda: self._project_totals(f, by))

    def _project_totals(self, f: ProjectFilters, by: str) -> list[dict]:
        p = schema.projects.c
        where = and_(True, *self._project_filters(f))
        with self.engine.connect() as conn:
            if by == "industry":
                sums: dict[str, list] = {}
                for industries, amount in conn.execute(select(p.industries, p.base_amount).where(where)):
                    for code in [c for c in (industries or "").split(",") if c] or ["?"]:
                        entry = sums.setdefault(code, [0, 0.0])
                        entry[0] += 1
                        entry[1] += amount or 0.0
                return sorted(({"key": k, "projects": n, "base_amount": a} for k, (n, a) in sums.items()), key=lambda r: -r["base_amount"])
            column = {"region": p.region_name, "year": p.last_year}[by]
            query = select(column, func.count(), func.sum(func.coalesce(p.base_amount, 0.0))).where(where).group_by(column)
            rows = [{"key": k, "projects": n, "base_amount": float(a or 0)} for k, n, a in conn.execute(query)]
        if by == "year":
            return sorted(rows, key=lambda r: (r["key"] is None, r["key"] or 0))
        return sorted(rows, key=lambda r: -r["base_amount"])

    def terms(self, f: Filters = Filters(), q: str | None = None, sort: str = "term", limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
        """Glossary terms whose term or definition holds ``q`` (literally), a page of them in
        ``sort`` order (term, region, recent), and how many match: all in the database."""
        c, d = schema.facts.c, schema.documents.c
        term, definition = c.fields["term"].as_string(), c.fields["definition"].as_string()
        where = [c.kind == "term", *self._document_filters(f)]
        if q:
            where.append(or_(term.contains(q, autoescape=True), definition.contains(q, autoescape=True)))
        order = {"term": (term, d.report_year), "region": (d.region_name, term), "recent": (d.report_year.is_(None), d.report_year.desc(), term)}[sort if sort in TERM_SORTS else "term"]
        columns = [col for col in schema.facts.c if col.name != "search_text"]
        query = (
            select(*columns, d.region_name, d.place_id, d.region_code, d.region_level, d.report_year, d.plan_year, d.title, d.doc_type)
            .join(schema.documents, d.id == c.document_id).where(and_(*where)).order_by(*order, c.id).limit(limit).offset(offset)
        )
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(schema.facts.join(schema.documents, d.id == c.document_id)).where(and_(*where))).scalar_one()
            return [fact_dict(r._mapping) for r in conn.execute(query)], total

    def batches(self, f: ProjectFilters = ProjectFilters(), limit: int = 100) -> list[dict]:
        """Batch events (N个项目集中签约，总投资X亿元) of the matching region, year and stage,
        the largest first: chosen, sorted and cut in the database."""
        c, d = schema.facts.c, schema.documents.c
        where = [c.batch.is_(True), c.kind == "project"]
        if f.region and f.region.isdigit():
            prefix = f.region[:2] if f.region.endswith("0000") else f.region[:4] if f.region.endswith("00") else f.region
            where.append(d.place_id.startswith(prefix, autoescape=True))
        elif f.region:
            # as the projects: a province or city by its short name takes its cities and counties
            where.append(or_(and_(*self._document_filters(Filters(region=f.region))),
                             d.city.startswith(f.region, autoescape=True), d.province.startswith(f.region, autoescape=True)))
        if f.year:
            where.append(c.period == f.year)
        if f.stage:
            where.append(c.fields["stage"].as_string() == f.stage)
        amount = c.base_value  # the amount in yuan
        columns = [col for col in schema.facts.c if col.name != "search_text"]
        query = (
            select(*columns, d.region_name, d.place_id, d.region_code, d.region_level, d.report_year, d.plan_year, d.title, d.doc_type)
            .join(schema.documents, d.id == c.document_id).where(and_(*where))
            .order_by(amount.is_(None), amount.desc(), c.id.desc()).limit(limit)  # facts_batch_order's own order: no sort of every batch
        )
        with self.engine.connect() as conn:
            return [fact_dict(r._mapping) for r in conn.execute(query)]

    def signatures(self) -> list[tuple[str, bytes, int, str | None, int | None]]:
        """(id, MinHash, text length, place, year) of every signed document; the year is the
        report's, or for news the year it was published."""
        d = schema.documents.c
        query = select(d.id, d.minhash, func.length(d.text), d.place_id, d.report_year, d.published).where(d.minhash.is_not(None)).order_by(d.id)
        with self.engine.connect() as conn:
            return [(i, blob, length, place, year if year is not None else _year_of(published)) for i, blob, length, place, year, published in conn.execute(query)]

    def texts(self, ids: list[str]) -> dict[str, str]:
        d = schema.documents.c
        with self.engine.connect() as conn:
            return dict(conn.execute(select(d.id, d.text).where(d.id.in_(ids))).all())

    def version_group_ids(self, limit: int, offset: int = 0) -> tuple[list[str], int]:
        """A page of the version groups' ids, in order, and how many groups there are."""
        link = schema.links.c
        ids = select(link.group_id).where(link.kind == "version").distinct()
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(ids.subquery())).scalar_one()
            return [r[0] for r in conn.execute(ids.order_by(link.group_id).limit(limit).offset(offset))], total

    def links(self, kind: str, group: str | None = None) -> list[dict]:
        """The links of ``kind``, of one version group if ``group`` names it."""
        link = schema.links.c
        where = [link.kind == kind] + ([link.group_id == group] if group is not None else [])
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(schema.links).where(*where).order_by(link.group_id, link.id))]

    def search(self, query: str, f: Filters = Filters(), limit: int = 20, offset: int = 0, target: str = "documents", sort: str = "relevance") -> list[dict]:
        """Documents (or facts) matching every phrase of ``query``, best first (or, with
        ``sort="date"``, newest first), with snippets."""
        terms = query_terms(query)
        if not terms:
            return []
        found = self.index.search(self, target, terms, f, sort, limit, offset) if self.index else None
        if found is not None:
            return self._facts_by_id(found.keys, query) if target == "facts" else self._documents_by_id(found.keys, query)
        d = schema.documents.c
        where = self._search_filters(f)
        if target == "facts":
            return self._search_facts(terms, query, f, where, limit, offset)
        # rank and page on ids alone, then read the text of the page's documents only: a
        # two-character query matches much of a large corpus, and carrying every match's
        # text through the sort is what made it slow
        if sort == "date":
            # newest first: the page date, else the report year (as text, to compare with it);
            # the matches are not scored at all, which is most of the cost of a common word
            newest = func.coalesce(d.published, func.cast(d.report_year, String))
            matched, params = self._matched(terms)
            ranked = select(d.id, literal(0).label("rank"), newest.label("newest")).where(matched, *where).order_by(newest.desc().nulls_last(), d.id)
        else:
            ranked, params = self._ranked(terms, where)
        page = ranked.limit(limit).offset(offset).subquery("page")
        order = (page.c.newest.desc().nulls_last(), page.c.rank, d.id) if sort == "date" else (page.c.rank, d.id)
        stmt = select(d.id, d.title, d.text, d.region_name, d.report_year, d.published, d.doc_type, d.source).join(page, page.c.id == d.id).order_by(*order)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, params).all()
        return [_hit(r, query) for r in rows]

    def _documents_by_id(self, ids: list[str], query: str) -> list[dict]:
        """The search index's hits, in its order, read from the database (an id the database
        no longer holds is left out)."""
        d = schema.documents.c
        stmt = select(d.id, d.title, d.text, d.region_name, d.report_year, d.published, d.doc_type, d.source).where(d.id.in_(ids))
        with self.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(stmt)} if ids else {}
        return [_hit(rows[i], query) for i in ids if i in rows]

    def _facts_by_id(self, ids: list[str], query: str) -> list[dict]:
        c, d = schema.facts.c, schema.documents.c
        stmt = select(schema.facts, d.region_name, d.title).join(schema.documents, d.id == c.document_id).where(c.id.in_([int(i) for i in ids]))
        with self.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(stmt)} if ids else {}
        return [{**fact_dict(rows[int(i)]._mapping), "snippet": snippet(rows[int(i)].evidence, query)} for i in ids if int(i) in rows]

    def update_search_index(self, wait: float | None = None) -> bool:
        """Bring the search index in step with the database (after storing documents); False
        when there is none, or another process kept it for ``wait`` seconds (index.WRITER_WAIT
        unless given; the index is then caught up later, by the next writer or reader)."""
        return self.index.catch_up(self, wait) if self.index else False

    def search_total(self, query: str, f: Filters = Filters(), target: str = "documents") -> int:
        """How many documents (or facts) match ``query``: the total a page of hits is out of."""
        terms = query_terms(query)
        if not terms:
            return 0
        total = self.index.count(self, target, terms, f) if self.index else None
        if total is not None:
            return total
        where = self._search_filters(f)
        if target == "facts":
            stmt, params = self._facts_matched(terms, f, where)
            count = select(func.count()).select_from(stmt.order_by(None).subquery())
        else:
            # matches counted without ranking them: a two-character query matches most of a
            # large corpus, and scoring every match only to count it is most of the cost
            # the matches as a list the filters are checked against (a join lets SQLite run the
            # full-text query once per document instead)
            matched, params = self._matched(terms)
            count = select(func.count()).select_from(_fts_ids("documents_fts")) if self.dialect == "sqlite" and not where else (
                select(func.count()).select_from(schema.documents).where(matched, *where))
        with self.engine.connect() as conn:
            return conn.execute(count, params).scalar_one()

    def _matched(self, terms: list[str]):
        """The condition that a document matches every phrase, unranked, and its parameters."""
        if self.dialect == "sqlite":
            return literal_column("documents.rowid").in_(select(_fts_ids("documents_fts").c.rid)), {"q": fts5_query(terms)}
        return literal_column("documents.search_vector").op("@@")(_tsquery(terms)), {}

    def _search_filters(self, f: Filters) -> list:
        where = self._document_filters(f)
        if f.year:
            where.append(_of_year(f.year))
        return where

    def _ranked(self, terms: list[str], where: list):
        """Matching document ids and their rank (smaller is better), best first."""
        d = schema.documents.c
        if self.dialect == "sqlite":
            matched = _fts_matches("documents_fts")
            ranked = (
                select(d.id, matched.c.rank.label("rank"))
                .select_from(schema.documents)
                .join(matched, literal_column("documents.rowid") == matched.c.rid)
                .where(and_(True, *where))
                .order_by(matched.c.rank)
            )
            return ranked, {"q": fts5_query(terms)}
        tsq = _tsquery(terms)
        vector = literal_column("documents.search_vector")  # stored, see migration 003
        return select(d.id, (-func.ts_rank(vector, tsq)).label("rank")).where(vector.op("@@")(tsq), *where).order_by(func.ts_rank(vector, tsq).desc()), {}

    def _search_facts(self, terms, query, f, where, limit, offset) -> list[dict]:
        stmt, params = self._facts_matched(terms, f, where)
        with self.engine.connect() as conn:
            rows = conn.execute(stmt.limit(limit).offset(offset), params).all()
        return [{**fact_dict(r._mapping), "snippet": snippet(r.evidence, query)} for r in rows]

    def _facts_matched(self, terms, f, where):
        """Facts whose evidence matches every phrase, best first, with their documents' place and title."""
        c, d = schema.facts.c, schema.documents.c
        if f.indicator:
            where.append(c.indicator == f.indicator)
        if f.kind:
            where.append(c.kind == f.kind)
        if self.dialect == "sqlite":
            matched = _fts_matches("facts_fts")
            stmt = (
                select(schema.facts, d.region_name, d.title)
                .join(schema.documents, d.id == c.document_id)
                .join(matched, c.id == matched.c.rid)
                .where(and_(True, *where))
                .order_by(matched.c.rank)
            )
            return stmt, {"q": fts5_query(terms)}
        tsq = _tsquery(terms)
        vector = literal_column("facts.search_vector")
        return select(schema.facts, d.region_name, d.title).join(schema.documents, d.id == c.document_id).where(vector.op("@@")(tsq), *where).order_by(
            func.ts_rank(vector, tsq).desc()), {}


def _hit(row: Any, query: str) -> dict:
    """A document that matched, with the snippet of its text around the query."""
    return {"document": row.id, "title": row.title, "region": row.region_name, "year": row.report_year, "published": row.published,
            "doc_type": row.doc_type, "source": row.source, "snippet": snippet(row.text, query)}


def _tsquery(terms: list[str]):
    """PostgreSQL: every phrase of the query, its characters adjacent."""
    query = func.phraseto_tsquery("simple", terms[0])
    for term in terms[1:]:
        query = query.op("&&")(func.phraseto_tsquery("simple", term))
    return query


def _fts_matches(table: str):
    """Row ids and bm25 ranks of an FTS5 table's matches for the bound query :q."""
    sql = f"SELECT rowid AS rid, bm25({table}) AS rank FROM {table} WHERE {table} MATCH :q"
    return text(sql).columns(rid=Integer, rank=Float).subquery(f"{table}_matches")


def _fts_ids(table: str):
    """Row ids of an FTS5 table's matches for the bound query :q, unranked."""
    return text(f"SELECT rowid AS rid FROM {table} WHERE {table} MATCH :q").columns(rid=Integer).subquery(f"{table}_ids")


def _loads(value: Any) -> dict:
    return json.loads(value) if isinstance(value, str) else dict(value or {})


def _place_filters(columns, f: Filters) -> list:
    """The region (a code, a place id or part of a name), level and places of a table that
    has those columns (documents, pairs)."""
    where = []
    if f.region:
        # part of a name is matched literally: 望城_区 or % is those characters, not a wildcard
        where.append(or_(columns.region_code == f.region, columns.place_id == f.region, columns.region_name.contains(f.region, autoescape=True)))
    if f.level:
        where.append(columns.region_level == f.level)
    if f.places is not None:
        where.append(columns.place_id.in_(f.places))
    return where


PAIR_STATUSES = ("met", "missed", "partly_met", "no_outcome", "not_set")


def _pair_dict(row: Any) -> dict:
    out = dict(row)
    for key in ("target", "outcome", "flags"):
        if isinstance(out.get(key), str):
            out[key] = json.loads(out[key])
    return out


def project_dict(row: Any) -> dict:
    out = dict(row)
    out["industries"] = [c for c in (out.get("industries") or "").split(",") if c]
    out["years"] = [int(y) for y in (out.get("years") or "").split(",") if y]
    out["investors"] = [x for x in (out.get("investors") or "").split("；") if x]
    return out


def fact_dict(row: Any) -> dict:
    """A stored fact in the extract contract's shape (plus document and region)."""
    data = dict(row)
    fields = data.pop("fields") or {}
    if isinstance(fields, str):
        fields = json.loads(fields)
    out = {"id": data["id"], "document": data["document_id"], "kind": data["kind"], "start": data["start"], "end": data["end"],
           "evidence": data["evidence"], "evidence_start": data["evidence_start"], "evidence_end": data["evidence_end"]}
    out.update(fields)
    for key in ("region_name", "place_id", "region_code", "region_level", "report_year", "plan_year", "title", "doc_type", "published"):
        if key in data:
            out[key] = data[key]
    return out


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _of_year(year: int):
    """A report of ``year``, or a document without a report year (news) published in it."""
    d = schema.documents.c
    return or_(d.report_year == year, and_(d.report_year.is_(None), d.published.like(f"{int(year):04d}-%")))
