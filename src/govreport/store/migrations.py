"""Named migrations, applied in order and recorded in the ``migrations`` table.

Each migration is a function of a connection inside the transaction that records it, so a
migration either happens whole or not at all. New schema changes are new functions appended
to ``MIGRATIONS``; a recorded migration is never edited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

from sqlalchemy import Column, MetaData, String, Table, inspect, select, text
from sqlalchemy.engine import Connection, Engine

from . import schema

_log = MetaData()
applied = Table("migrations", _log, Column("name", String(100), primary_key=True), Column("applied_at", String(32), nullable=False))


def m001_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn)


def m002_full_text(conn: Connection) -> None:
    """Full-text indexes over the one-character-a-token search form of text (see search.py)."""
    if conn.dialect.name == "sqlite":
        conn.execute(text("CREATE VIRTUAL TABLE documents_fts USING fts5(search_text, content='documents', content_rowid='rowid')"))
        conn.execute(text("CREATE VIRTUAL TABLE facts_fts USING fts5(search_text, content='facts', content_rowid='id')"))
    else:
        conn.execute(text("CREATE INDEX documents_search ON documents USING GIN (to_tsvector('simple', search_text))"))
        conn.execute(text("CREATE INDEX facts_search ON facts USING GIN (to_tsvector('simple', search_text))"))


def m003_stored_vectors(conn: Connection) -> None:
    """PostgreSQL: keep each text's tsvector in a stored column, indexed, so that ranking a
    query's matches reads the vectors instead of parsing every matching text again."""
    if conn.dialect.name == "sqlite":
        return
    for table in ("documents", "facts"):
        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED"))
        conn.execute(text(f"CREATE INDEX {table}_search_vector ON {table} USING GIN (search_vector)"))
        conn.execute(text(f"DROP INDEX IF EXISTS {table}_search"))


def m004_originals(conn: Connection) -> None:
    """The original text of each document beside its repairs (a database of before has none:
    its documents show no repairs until they are ingested again)."""
    schema.originals.create(conn, checkfirst=True)


def m005_projects(conn: Connection) -> None:
    """Investment projects and the mentions they are linked from (filled by the link stage)."""
    schema.projects.create(conn, checkfirst=True)
    schema.project_mentions.create(conn, checkfirst=True)


def m006_pairs(conn: Connection) -> None:
    """The tracker's pairs, kept in step by ingest; every place already stored is marked out of
    date, so the first read computes its pairs."""
    schema.pairs.create(conn, checkfirst=True)
    schema.pairs_stale.create(conn, checkfirst=True)
    conn.execute(text("INSERT INTO pairs_stale (place_id) SELECT DISTINCT place_id FROM documents WHERE place_id IS NOT NULL"))


def m007_batch_column(conn: Connection) -> None:
    """A column that marks batch events among the project facts, indexed with the amount (a
    project fact's base_value, in yuan), so the projects page finds its largest batches without
    reading every project's fields; both filled from the fields already stored."""
    if "batch" not in {c["name"] for c in inspect(conn).get_columns("facts")}:
        conn.execute(text("ALTER TABLE facts ADD COLUMN batch BOOLEAN"))
    schema.facts_batch.create(conn, checkfirst=True)
    if conn.dialect.name == "sqlite":
        conn.execute(text("UPDATE facts SET batch = CASE WHEN json_extract(fields, '$.batch') = 1 THEN 1 END, "
                          "base_value = json_extract(fields, '$.base_amount') WHERE kind = 'project'"))
    else:
        conn.execute(text("UPDATE facts SET batch = CASE WHEN (fields ->> 'batch') = 'true' THEN TRUE END, "
                          "base_value = CAST(fields ->> 'base_amount' AS DOUBLE PRECISION) WHERE kind = 'project'"))


def m008_place_names_index(conn: Connection) -> None:
    """An index that covers the regions list's grouping (place, name, level, province, year)."""
    schema.documents_place_names.create(conn, checkfirst=True)


def m009_pair_indexes(conn: Connection) -> None:
    """Indexes for the tracker's sorts (indicator, period, status) and its status filter."""
    for index in schema.pair_indexes:
        index.create(conn, checkfirst=True)


def m010_arrival_index(conn: Connection) -> None:
    """An index of the documents' arrival times, so the search index beside the database
    (store/index.py) reads the latest, and the documents that arrived since its mark, without
    reading the table."""
    schema.documents_arrival.create(conn, checkfirst=True)


# indexes in the order the projects page lists things, so a page reads its first rows from an
# index instead of sorting every row: "x IS NULL" first puts the rows without x last on SQLite
# and PostgreSQL alike, then the id breaks ties (written as SQL: SQLAlchemy cannot reflect an
# index of expressions, and a later checkfirst would warn of it)
PAGE_ORDERS = {
    "facts_batch_order": "facts (batch, (base_value IS NULL), base_value DESC, id DESC)",  # batches: largest, then newest first
    "projects_by_amount": "projects ((base_amount IS NULL), base_amount, id)",
    "projects_by_amount_desc": "projects ((base_amount IS NULL), base_amount DESC, id)",
    "projects_by_year": "projects ((last_year IS NULL), last_year, id)",
    "projects_by_year_desc": "projects ((last_year IS NULL), last_year DESC, id)",
    "projects_by_name": "projects ((name IS NULL), name, id)",
}


def m011_page_orders(conn: Connection) -> None:
    """The projects page's orders (PAGE_ORDERS), in place of the index of batch and amount and
    of the index of a project's amount alone (which made SQLite read most projects through it
    for a bound on the amount that most of them pass)."""
    conn.execute(text("DROP INDEX IF EXISTS facts_batch"))
    conn.execute(text("DROP INDEX IF EXISTS projects_amount"))
    for name, columns in PAGE_ORDERS.items():
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {columns}"))


def m012_nameless_last(conn: Connection) -> None:
    """The index of the name sort in its new order, the nameless last as the rows without an
    amount or a year are (it was (name, id): SQLite put the nameless first, PostgreSQL last)."""
    conn.execute(text("DROP INDEX IF EXISTS projects_by_name"))
    conn.execute(text(f"CREATE INDEX projects_by_name ON {PAGE_ORDERS['projects_by_name']}"))


MIGRATIONS: list[tuple[str, Callable[[Connection], None]]] = [
    ("001_tables", m001_tables),
    ("002_full_text", m002_full_text),
    ("003_stored_vectors", m003_stored_vectors),
    ("004_originals", m004_originals),
    ("005_projects", m005_projects),
    ("006_pairs", m006_pairs),
    ("007_batch_column", m007_batch_column),
    ("008_place_names_index", m008_place_names_index),
    ("009_pair_indexes", m009_pair_indexes),
    ("010_arrival_index", m010_arrival_index),
    ("011_page_orders", m011_page_orders),
    ("012_nameless_last", m012_nameless_last),
]


def migrate(engine: Engine) -> list[str]:
    """Apply the migrations not yet recorded; return their names. Two processes that open a
    new database at once take turns: each migration is a write transaction that first looks
    whether it was recorded (SQLite's write lock orders them), and on PostgreSQL the whole run
    holds an advisory lock, since its DDL does not wait for another's uncommitted tables."""
    done: list[str] = []
    writing = engine.execution_options(writing=True)  # BEGIN IMMEDIATE on SQLite (see open_store)
    with _lock(engine):
        with writing.begin() as conn:
            _log.create_all(conn)
        for name, function in MIGRATIONS:
            with writing.begin() as conn:
                if conn.execute(select(applied.c.name).where(applied.c.name == name)).first():
                    continue
                function(conn)
                conn.execute(applied.insert().values(name=name, applied_at=datetime.now(timezone.utc).isoformat()))
                done.append(name)
    return done


_LOCK_KEY = 0x676F767265706F  # "govrepo": the advisory lock of migrations on PostgreSQL


@contextmanager
def _lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _LOCK_KEY})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _LOCK_KEY})
            conn.commit()
