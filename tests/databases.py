"""PostgreSQL databases for tests that compare two of them: each made beside the one
GOVREPORT_TEST_PG names, and read back whole in a form two databases compare by."""

from __future__ import annotations

import os
from collections import defaultdict

import pytest
from sqlalchemy import create_engine, select, text

from govreport.store import database_url, schema

PG = os.environ.get("GOVREPORT_TEST_PG")
needs_pg = pytest.mark.skipif(not PG, reason="GOVREPORT_TEST_PG is not set: bulk and cluster writes go to PostgreSQL (start a server with scripts/pg_server.sh)")


def database(suffix: str) -> str:
    """A new empty database beside GOVREPORT_TEST_PG's, named after it (``NAME_suffix``)."""
    base = database_url(PG)
    name = f"{base.rsplit('/', 1)[1].split('?')[0]}_{suffix}"
    admin = create_engine(base.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return PG.rsplit("/", 1)[0] + "/" + name


def contents(url: str) -> dict[str, list]:
    """Every table of the database, with the ids it made up replaced by what they stand for:
    a fact by its document and its place among the document's facts, a project by the set of
    its mentions; timestamps of ingest left out."""
    engine = create_engine(database_url(url))
    out: dict[str, list] = {}
    with engine.connect() as conn:
        fact_key, seen = {}, defaultdict(int)
        for fact_id, document in conn.execute(text("SELECT id, document_id FROM facts ORDER BY document_id, id")):
            fact_key[fact_id] = (document, seen[document])
            seen[document] += 1
        for table in schema.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in conn.execute(select(table))]
            for row in rows:
                for column in ("ingested_at", "search_vector"):
                    row.pop(column, None)
                if table.name in ("facts", "sections", "links", "pairs"):
                    made_up = row.pop("id")
                    if table.name == "facts":
                        row["key"] = fact_key[made_up]
                for side in ("target", "outcome"):
                    if isinstance(row.get(side), dict):
                        row[side] = {k: v for k, v in row[side].items() if k != "id"}
            out[table.name] = rows
        mentions = defaultdict(set)
        for row in out.pop("project_mentions"):
            mentions[row["project_id"]].add(fact_key[row["fact_id"]])
        for row in out["projects"]:
            row["id"] = sorted(mentions[row["id"]])
        out["migrations"] = sorted(r[0] for r in conn.execute(text("SELECT name FROM migrations")))
    engine.dispose()
    return {name: sorted(rows, key=repr) for name, rows in out.items()}


def assert_same(got: dict, want: dict) -> None:
    assert got.keys() == want.keys()
    for table in want:
        assert len(got[table]) == len(want[table]), table
        assert got[table] == want[table], table
