"""Bulk writes (store/bulk.py): many documents in one transaction by COPY, the very rows
Store.write stores."""

from __future__ import annotations

import hashlib

import pytest

from govreport.config import Config
from govreport.errors import ConfigError
from govreport.link import signature
from govreport.pipeline import expand, read_file, run_bytes
from govreport.store import Store, open_store, schema
from govreport.store.bulk import Entry, recording, rows_of

from .conftest import SAMPLES
from .databases import assert_same, contents, database, needs_pg


def sample_entries() -> list[Entry]:
    entries = []
    for path in expand([str(SAMPLES)]):
        data = read_file(path, Config())
        docs = run_bytes(path, data, Config())
        entries += [Entry(doc, hashlib.sha256(data).hexdigest(), len(data), len(docs), signature(doc.text)) for doc in docs]
    return entries


@needs_pg
def test_bulk_write_many_stores_what_write_stores_and_nothing_twice():
    entries = sample_entries()
    urls = database("bulk_write"), database("bulk_many")
    one_by_one, bulk = open_store(urls[0]), open_store(urls[1])
    for entry in entries:
        one_by_one.write(entry.document, entry.sha256, entry.size, entry.count, entry.minhash)
    half = len(entries) // 2
    assert bulk.write_many(entries[:half]) == [e.document.id for e in entries[:half]]
    assert bulk.write_many(entries) == [e.document.id for e in entries[half:]]  # the first half is there already
    assert bulk.write_many(entries) == []
    copies = database("bulk_copies")
    twice = open_store(copies)
    assert twice.write_many(entries + entries) == [e.document.id for e in entries]  # a file given twice is stored once
    twice.engine.dispose()
    assert_same(contents(copies), contents(urls[0]))
    assert_same(contents(urls[1]), contents(urls[0]))
    bulk.engine.dispose()
    one_by_one.engine.dispose()


def test_bulk_write_many_is_refused_on_sqlite(tmp_path):
    store = open_store(str(tmp_path / "x.db"))
    with pytest.raises(ConfigError, match="COPY"):
        store.write_many(sample_entries()[:1])


def test_bulk_rows_of_refuses_a_write_it_cannot_replay():
    class Updating(Store):
        def write(self, doc, sha256, size, count, minhash):
            with self._writing() as conn:
                conn.execute(schema.documents.update().values(title=doc.title))

    with pytest.raises(TypeError, match="cannot replay"):
        rows_of(recording(Updating), sample_entries()[0])


def test_bulk_rows_of_are_the_rows_write_inserts():
    entry = next(e for e in sample_entries() if e.document.facts and e.document.segments.sections)
    rows = rows_of(recording(Store), entry)
    assert rows["documents"][0]["id"] == entry.document.id and rows["documents"][0]["minhash"] == entry.minhash
    assert [(f["start"], f["end"]) for f in rows["facts"]] == [(f.span.start, f.span.end) for f in entry.document.facts]
    assert len(rows["sections"]) == len(entry.document.segments.sections) and rows["sources"][0]["sha256"] == entry.sha256
