"""Bulk writes to PostgreSQL: many documents in one transaction, loaded with COPY.

The rows are the very rows :meth:`Store.write` inserts: :func:`rows_of` runs ``write`` against
a stand-in connection that keeps each INSERT's rows instead of sending them, so the two
writers cannot drift apart (a new column or table in ``write`` arrives here by itself, and a
statement of a kind this module does not know is an error, not a silent loss).

:func:`write_many` then loads a batch in one transaction:

    sources                      INSERT … ON CONFLICT DO NOTHING (one row a file)
    documents                    COPY into a temporary table, then INSERT … SELECT … ON
                                 CONFLICT (id) DO NOTHING RETURNING id: the documents
                                 stored now (a document already there, or written by
                                 another writer meanwhile, is left as it is)
    originals, sections, facts   COPY, for the documents stored now only, in the batch's
                                 order (so facts are numbered in reading order)
    regions, pairs_stale         INSERT … ON CONFLICT DO NOTHING, for those documents
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.sql.dml import Insert
from sqlalchemy.sql.selectable import Select

from ..model import Document
from . import schema

# tables whose rows belong to one document and are loaded only for documents stored now
_CHILDREN = ("originals", "sections", "facts")
# tables shared between documents: rows go in unless already there
_SHARED = ("regions", "pairs_stale")


@dataclass(frozen=True)
class Entry:
    """One document to store, with what :meth:`Store.write` takes beside it."""

    document: Document
    sha256: str
    size: int
    count: int  # documents in its file
    minhash: bytes | None


class _NoRow:
    def first(self) -> None:
        return None


class _Recorder:
    """Stands in for a connection inside ``Store.write``: every SELECT finds nothing (so the
    document is new) and every INSERT's rows are kept, by table, with whether the INSERT
    ignores conflicts."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.ignoring: dict[str, bool] = {}

    def execute(self, statement, parameters=None):
        if isinstance(statement, Select):
            return _NoRow()
        if not isinstance(statement, Insert):
            raise TypeError(f"Store.write runs a statement the bulk writer cannot replay: {statement}")
        name = statement.table.name
        columns = set(statement.table.c.keys())
        rows = parameters if isinstance(parameters, list) else [parameters]
        for row in rows:
            unknown = set(row) - columns
            if unknown:
                raise TypeError(f"Store.write gives {name} columns it does not have: {sorted(unknown)}")
        self.rows[name].extend(rows)
        self.ignoring[name] = getattr(statement, "_post_values_clause", None) is not None
        return _NoRow()


def recording(store_class):
    """A stand-in of ``store_class`` whose ``write`` sends nothing: ``rows_of`` reads back
    what it would have inserted into a PostgreSQL database."""

    class Recording(store_class):
        def __init__(self) -> None:  # no engine
            self.dialect = "postgresql"
            self.recorder = _Recorder()

        @contextmanager
        def _writing(self, lock: str | None = None) -> Iterator[_Recorder]:
            yield self.recorder

    return Recording()


def rows_of(stand_in, entry: Entry) -> dict[str, list[dict]]:
    """The rows ``Store.write`` inserts for ``entry``, by table."""
    stand_in.recorder = _Recorder()
    stand_in.write(entry.document, entry.sha256, entry.size, entry.count, entry.minhash)
    recorder = stand_in.recorder
    unknown = set(recorder.rows) - {"sources", "documents", *_CHILDREN, *_SHARED}
    plain = [t for t in ("documents", *_CHILDREN) if recorder.ignoring.get(t)] + [t for t in ("sources", *_SHARED) if recorder.ignoring.get(t) is False]
    if unknown or plain:
        raise TypeError(f"Store.write writes in a way the bulk writer does not load: tables {sorted(unknown)}, conflicts handled otherwise in {plain}")
    return recorder.rows


def write_many(store, entries: Iterable[Entry]) -> list[str]:
    """Store ``entries`` in one transaction by COPY; return the ids of the documents stored
    now (those not in the database already), in order."""
    dialect = store._base.dialect
    stand_in = recording(type(store))
    by_document = [rows_of(stand_in, entry) for entry in entries]
    if not by_document:
        return []
    with store._writing() as conn:
        sources = {row["sha256"]: row for rows in by_document for row in rows["sources"]}
        conn.execute(pg_insert(schema.sources).on_conflict_do_nothing(), list(sources.values()))
        cursor = conn.connection.driver_connection.cursor()
        columns = _columns(schema.documents, [row for rows in by_document for row in rows["documents"]])
        names = ", ".join(f'"{c}"' for c in columns)
        cursor.execute(f"CREATE TEMPORARY TABLE bulk_documents ON COMMIT DROP AS SELECT {names} FROM documents WITH NO DATA")
        _copy(cursor, "bulk_documents", schema.documents, columns, (row for rows in by_document for row in rows["documents"]), dialect)
        cursor.execute(f"INSERT INTO documents ({names}) SELECT {names} FROM bulk_documents ON CONFLICT (id) DO NOTHING RETURNING id")
        stored = {row[0] for row in cursor.fetchall()}
        new = []  # each document stored now, once (two files of one content give one)
        for rows in by_document:
            if rows["documents"][0]["id"] in stored:
                stored.discard(rows["documents"][0]["id"])
                new.append(rows)
        for name in _CHILDREN:
            table = schema.metadata.tables[name]
            rows = [row for doc_rows in new for row in doc_rows.get(name, ())]
            if rows:
                _copy(cursor, name, table, _columns(table, rows), rows, dialect)
        for name in _SHARED:
            unique = {tuple(sorted(row.items())): row for doc_rows in new for row in doc_rows.get(name, ())}
            if unique:
                conn.execute(pg_insert(schema.metadata.tables[name]).on_conflict_do_nothing(), list(unique.values()))
        cursor.close()
    return [rows["documents"][0]["id"] for rows in new]


def _columns(table, rows: list[dict]) -> list[str]:
    """The columns the rows give values for, in the table's order."""
    given = set().union(*(row.keys() for row in rows)) if rows else set()
    return [c.name for c in table.c if c.name in given]


def _copy(cursor, target: str, table, columns: list[str], rows: Iterable[dict], dialect) -> None:
    """COPY ``rows`` into ``target``; each value is converted as SQLAlchemy would bind it for
    the column (a JSON column's value through the dialect's serializer), so what COPY stores
    is what an INSERT through the store stores."""
    convert = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f"COPY {target} ({names}) FROM STDIN") as copy:
        for row in rows:
            # a value the row does not give is NULL, as an INSERT without the column makes it
            copy.write_row([None if c not in row else f(row[c]) if f else row[c] for c, f in zip(columns, convert)])

