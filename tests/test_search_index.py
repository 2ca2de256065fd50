"""The search index beside the database (store/index.py): it answers as the SQL search does,
and is kept in step with the database by ingest, by readers, and across processes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from govreport.ingest import ingest
from govreport.store import Filters, index, open_store, schema

from .conftest import ROOT, SAMPLES

pytestmark = pytest.mark.skipif(index.tantivy is None, reason="tantivy is not installed (the SQL search answers without it)")

# two-character words that match much of the corpus, rarer words, a phrase, two phrases, a
# Latin word and a word nowhere
QUERIES = ["就业", "投资", "招商", "项目", "地区生产总值", "新能源", "老旧小区", "医疗器械", "投资 项目", "招商 医疗器械", "gdp", "不存在的词语组合"]
FILTERS = [
    Filters(),
    Filters(doc_type="news"),
    Filters(doc_type="government_work_report", year=2021),
    Filters(year=2024),
    Filters(region="浏阳"),
    Filters(region="430181"),
    Filters(level="county"),
    Filters(places=("430181", "430304")),
    Filters(places=()),
]


def _both(db_url: str):
    """The same database searched through its index, and through SQL alone."""
    return open_store(db_url), open_store(db_url, search_index="off")


def _ids(hits: list[dict], key: str = "document") -> list:
    return [h[key] for h in hits]


def _answered_by_the_index(store, query: str, f: Filters = Filters(), target: str = "documents") -> bool:
    from govreport.store.search import query_terms

    return store.index.search(store, target, query_terms(query), f) is not None


def _document_file(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, "utf-8")
    return path


def test_search_index_finds_what_the_sql_search_finds(db_url):
    ingest([str(SAMPLES)], open_store(db_url))
    indexed, sql = _both(db_url)
    assert _answered_by_the_index(indexed, "就业")
    compared = 0
    for query in QUERIES:
        for f in FILTERS:
            everything = sql.search(query, f, limit=200)
            by_index = indexed.search(query, f, limit=200)
            # relevance is scored otherwise (BM25 here, bm25 or ts_rank there): the same matches
            assert sorted(_ids(by_index)) == sorted(_ids(everything)), (query, f)
            assert indexed.search_total(query, f) == sql.search_total(query, f) == len(everything), (query, f)
            # newest first is one order: the same documents in the same order
            assert _ids(indexed.search(query, f, limit=200, sort="date")) == _ids(sql.search(query, f, limit=200, sort="date")), (query, f)
            compared += len(everything)
    assert compared > 200  # the queries and filters found something to compare


def test_search_index_pages_as_the_sql_search_does(db_url):
    ingest([str(SAMPLES)], open_store(db_url))
    indexed, sql = _both(db_url)
    for query in ("就业", "地区生产总值"):
        whole = _ids(indexed.search(query, limit=100, sort="date"))
        pages = [h for n in range(0, len(whole) + 5, 5) for h in _ids(indexed.search(query, limit=5, offset=n, sort="date"))]
        assert pages == whole == _ids(sql.search(query, limit=100, sort="date"))
        best = [h for n in range(0, len(whole) + 5, 5) for h in _ids(indexed.search(query, limit=5, offset=n))]
        assert len(best) == len(set(best)) and sorted(best) == sorted(whole)  # no document twice, none left out
        assert indexed.search(query, limit=5, offset=10_000) == []


def test_search_index_keeps_snippets_and_highlighting(db_url):
    ingest([str(SAMPLES)], open_store(db_url))
    indexed, sql = _both(db_url)
    by_id = {h["document"]: h for h in sql.search("就业", limit=100)}
    for hit in indexed.search("就业", limit=100):
        assert hit == by_id[hit["document"]]
        assert "<mark>就业</mark>" in hit["snippet"]


def test_search_index_finds_the_facts_the_sql_search_finds(db_url):
    ingest([str(SAMPLES)], open_store(db_url))
    indexed, sql = _both(db_url)
    assert _answered_by_the_index(indexed, "就业", target="facts")
    for query in ("就业", "耕地", "地区生产总值", "投资 项目"):
        for f in (Filters(), Filters(indicator="gdp_growth"), Filters(region="浏阳", year=2022), Filters(doc_type="news")):
            expected = sql.search(query, f, limit=1000, target="facts")
            found = indexed.search(query, f, limit=1000, target="facts")
            assert sorted(_ids(found, "id")) == sorted(_ids(expected, "id")), (query, f)
            assert indexed.search_total(query, f, target="facts") == len(expected)
    by_id = {h["id"]: h for h in sql.search("耕地", limit=1000, target="facts")}
    assert all(hit == by_id[hit["id"]] for hit in indexed.search("耕地", limit=1000, target="facts"))


def test_search_index_takes_a_region_with_percent_or_underscore_literally(db_url, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    _document_file(folder, "a.txt", "长沙市浏阳市2024年政府工作报告\n新增城镇就业1.2万人。")
    ingest([str(folder)], open_store(db_url))
    indexed, sql = _both(db_url)
    assert _answered_by_the_index(indexed, "就业", Filters(region="%"))
    assert indexed.search("就业", Filters(region="浏阳")) and sql.search("就业", Filters(region="浏阳"))
    for region in ("%", "_", "浏_市", "%浏阳%", "(浏阳)", ".*"):
        assert indexed.search("就业", Filters(region=region)) == [] == sql.search("就业", Filters(region=region)), region
        assert indexed.search_total("就业", Filters(region=region)) == 0


def test_search_index_is_kept_in_step_by_ingest(db_url, monkeypatch):
    store = open_store(db_url)
    ingest([str(SAMPLES / "series")], store)
    held = store.index.rebuild(store)
    assert held == {"documents": store.stats()["documents"], "facts": store.stats()["facts"]}
    assert store.search("医疗器械") == []
    ingest([str(SAMPLES / "listing_investment_2023.txt"), str(SAMPLES / "crawl_investment_2024.jsonl")], store)
    # the ingest brought the index in step itself: a reader that may not write finds the news
    monkeypatch.setattr(index, "CATCH_UP_INLINE", 0)
    assert _answered_by_the_index(open_store(db_url), "医疗器械")
    assert store.search("医疗器械") and store.search_total("招商") == open_store(db_url, search_index="off").search_total("招商")
    # bringing it in step again, with nothing new, writes nothing twice
    for _ in range(2):
        assert store.update_search_index()
        assert _entries(store) == {"documents": store.stats()["documents"], "facts": store.stats()["facts"]}


def test_a_deleted_search_index_is_made_again(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    expected = sorted(_ids(store.search("就业", limit=100)))
    folder = store.index.folder
    shutil.rmtree(folder)
    reader = open_store(db_url)
    assert sorted(_ids(reader.search("就业", limit=100))) == expected
    assert _answered_by_the_index(reader, "就业") and (folder / "writer.lock").exists()


def test_a_broken_search_index_leaves_the_search_to_the_database_until_it_is_made_again(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    expected = sorted(_ids(store.search("就业", limit=100)))
    broken = store.index.folder / f"documents-v{index.FORMAT}" / "meta.json"
    broken.write_text("not an index", "utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index, "CATCH_UP_INLINE", 0)  # a reader that may not write
        reader = open_store(db_url)
        assert not _answered_by_the_index(reader, "就业")
        assert sorted(_ids(reader.search("就业", limit=100))) == expected
    assert reader.update_search_index() and _answered_by_the_index(reader, "就业")
    broken.write_text("not an index", "utf-8")
    reader = open_store(db_url)  # a reader that may write makes it again itself
    assert sorted(_ids(reader.search("就业", limit=100))) == expected and _answered_by_the_index(reader, "就业")


def test_a_search_index_made_before_a_migration_is_made_again(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    before = store.index.identity(store)
    with store._base.begin() as conn:  # as if the database had been made before the last migration
        conn.execute(text("DELETE FROM migrations WHERE name = '010_arrival_index'"))
    reader = open_store(db_url)  # migrates it again
    documents = reader.index._index("documents")
    assert index._meta(documents, documents.searcher())["database"] == before != reader.index.identity(reader)
    assert sorted(_ids(reader.search("就业", limit=100))) == sorted(_ids(open_store(db_url, search_index="off").search("就业", limit=100)))
    assert _answered_by_the_index(reader, "就业")


def test_a_reader_opened_before_another_process_migrated_the_database_does_not_rebuild_its_index(db_url, tmp_path, monkeypatch):
    store = open_store(db_url)
    ingest([str(SAMPLES / "series")], store)
    reader = open_store(db_url)
    assert _answered_by_the_index(reader, "就业")  # its view of the database is read
    with store._base.begin() as conn:
        conn.execute(text("DELETE FROM migrations WHERE name = '010_arrival_index'"))
    newer = open_store(db_url)  # another process migrates it, and stores a document
    ingest([str(SAMPLES / "listing_investment_2023.txt")], newer)
    documents = newer.index._index("documents")
    stamp = index._meta(documents, documents.searcher())["stamp"]
    monkeypatch.setattr(index, "CATCH_UP_INLINE", 0)  # the old reader may not write
    # it reads the record of migrations again, and finds the index is of this database
    assert _answered_by_the_index(reader, "医疗器械")
    documents.reload()
    assert index._meta(documents, documents.searcher())["stamp"] == stamp


def test_a_document_another_process_stores_is_found(db_url, tmp_path):
    store = open_store(db_url)
    ingest([str(SAMPLES / "series")], store)
    assert store.search("医疗器械") == [] and _answered_by_the_index(store, "就业")
    # another process stores a document and brings the index in step: this reader reloads
    _cli("ingest", str(SAMPLES / "listing_investment_2023.txt"), "--db", db_url, "--workers", "1")
    assert store.search("医疗器械") and _answered_by_the_index(store, "医疗器械")
    # another stores one without an index (an older version, or where tantivy is missing): this
    # reader finds the index behind and catches it up before answering
    folder = tmp_path / "more"
    folder.mkdir()
    _document_file(folder, "b.txt", "株洲市醴陵市2025年政府工作报告\n建成光伏储能一体化示范项目。")
    _cli("ingest", str(folder), "--db", db_url, "--workers", "1", "--search-index", "off")
    assert _ids(store.search("光伏储能")) and _answered_by_the_index(store, "光伏储能")


def test_a_reader_far_behind_answers_from_the_database(db_url, monkeypatch):
    store = open_store(db_url, search_index="off")
    ingest([str(SAMPLES)], store)
    monkeypatch.setattr(index, "CATCH_UP_INLINE", 3)
    reader = open_store(db_url)
    assert not _answered_by_the_index(reader, "就业")  # too much to catch up in a reader
    assert sorted(_ids(reader.search("就业", limit=100))) == sorted(_ids(store.search("就业", limit=100)))
    assert reader.update_search_index() and _answered_by_the_index(reader, "就业")


def test_an_ingest_does_not_fail_while_another_process_writes_the_index(db_url, tmp_path, monkeypatch):
    store = open_store(db_url)
    ingest([str(SAMPLES / "series")], store)
    monkeypatch.setattr(index, "WRITER_WAIT", 0.5)
    with _lock_held_elsewhere(store.index.folder):
        report = ingest([str(SAMPLES / "listing_investment_2023.txt")], store)
        assert report.stored and not report.errors
        assert not _answered_by_the_index(store, "医疗器械")  # behind, and no turn to catch up
        assert store.search("医疗器械")  # the database answers meanwhile
    assert _answered_by_the_index(store, "医疗器械")  # the next reader catches it up


def test_a_writer_of_the_index_waits_its_turn(db_url, monkeypatch):
    store = open_store(db_url)
    ingest([str(SAMPLES / "series")], store)
    ingest([str(SAMPLES / "listing_investment_2023.txt")], open_store(db_url, search_index="off"))
    with _lock_held_elsewhere(store.index.folder, seconds=1.0):
        started = time.monotonic()
        assert store.update_search_index()  # as an ingest does after storing: it waits, then writes
        assert time.monotonic() - started >= 0.9
    monkeypatch.setattr(index, "CATCH_UP_INLINE", 0)  # a reader that may not write: the writer did it
    assert _answered_by_the_index(open_store(db_url), "医疗器械")


def test_the_search_index_puts_right_a_difference_from_the_database(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    sql = open_store(db_url, search_index="off")
    gone = _ids(store.search("就业"))[0]
    with store._base.begin() as conn:  # a document the index holds is no longer in the database
        conn.execute(schema.documents.delete().where(schema.documents.c.id == gone))
    assert gone not in _ids(store.search("就业", limit=100))  # hits are read back from the database
    assert store.update_search_index()  # its entries, and its facts', are taken out
    assert store.index.search(store, "documents", ["就 业"], Filters()).total == len(sql.search("就业", limit=1000))
    assert store.index.count(store, "facts", ["就 业"], Filters()) == len(sql.search("就业", limit=10_000, target="facts"))
    lost = _ids(store.search("新能源"))[0]
    for target in index.TARGETS:  # and a document the index has lost, with its facts
        writer = store.index._index(target).writer(heap_size=20_000_000, num_threads=1)
        writer.delete_documents_by_term("key" if target == "documents" else "document", lost)
        writer.commit()
        writer.wait_merging_threads()
    assert store.update_search_index()  # is put back
    assert lost in _ids(store.search("新能源", limit=100))
    assert store.index.count(store, "facts", ["就 业"], Filters()) == len(sql.search("就业", limit=10_000, target="facts"))
    assert store.index.count(store, "facts", ["新 能 源"], Filters()) == len(sql.search("新能源", limit=10_000, target="facts"))


def test_searches_keep_working_while_a_writer_commits(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES / "series")], store)
    reader, failures, totals = open_store(db_url), [], []
    done = threading.Event()

    def search() -> None:
        while not done.is_set():
            try:
                hits, total = reader.search("就业", limit=20), reader.search_total("就业")
                assert hits and total >= len(hits)
                totals.append(total)
            except Exception as err:  # noqa: BLE001 - reported below
                failures.append(err)

    thread = threading.Thread(target=search)
    thread.start()
    try:
        for name in ("listing_investment_2023.txt", "crawl_investment_2024.jsonl", "national_2024_excerpt.txt", "ningxiang_2022_pdftext.txt"):
            ingest([str(SAMPLES / name)], store)
    finally:
        done.set()
        thread.join()
    assert not failures and totals
    assert reader.search_total("就业") == open_store(db_url, search_index="off").search_total("就业")


def test_an_upload_to_the_server_is_found_through_the_index(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from govreport.web import WebSettings, create_app

    db = str(tmp_path / "w.db")
    ingest([str(SAMPLES / "series")], open_store(db))
    client = TestClient(create_app(WebSettings(db=db, upload_token="s3cret")))
    body = "株洲市醴陵市2025年政府工作报告\n建成光伏储能一体化示范项目。".encode()
    assert client.post("/upload", data={"token": "s3cret"}, files={"file": ("b.txt", body, "text/plain")}).status_code == 200
    monkeypatch.setattr(index, "CATCH_UP_INLINE", 0)  # the upload brought the index in step, not a reader
    found = client.get("/api/search", params={"q": "光伏储能"}).json()
    assert found["total"] == 1 and "<mark>光伏储能</mark>" in found["hits"][0]["snippet"]
    store = client.app.state.store
    assert _answered_by_the_index(store, "光伏储能")


def test_a_server_answers_from_the_database_while_it_catches_the_index_up(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from govreport.web import WebSettings, create_app

    db = str(tmp_path / "w.db")
    ingest([str(SAMPLES)], open_store(db, search_index="off"))  # stored where the index was off
    expected = open_store(db, search_index="off").search_total("就业")
    monkeypatch.setattr(index, "CATCH_UP_INLINE", 0)  # too much for a request to catch up itself
    client = TestClient(create_app(WebSettings(db=db)))
    assert client.get("/api/search", params={"q": "就业"}).json()["total"] == expected  # answered by the database
    store = client.app.state.store
    store.index._catching_up.join(120)  # meanwhile a thread brings the index in step
    assert _answered_by_the_index(store, "就业")
    assert client.get("/api/search", params={"q": "就业", "sort": "date"}).json()["total"] == expected
    assert "就业" in client.get("/search", params={"q": "就业"}).text


def test_without_tantivy_the_database_answers(tmp_path):
    # a Python where the import fails: ingest and search work, and no index is made
    script = (
        "import sys; sys.modules['tantivy'] = None\n"
        "from govreport.store import open_store; from govreport.ingest import ingest\n"
        f"store = open_store({str(tmp_path / 'x.db')!r}); ingest([{str(SAMPLES)!r}], store)\n"
        "assert store.index is None\n"
        "hits = store.search('就业'); assert hits and '<mark>就业</mark>' in hits[0]['snippet']\n"
        "assert store.search_total('就业') >= len(hits) and store.search('投资', sort='date')\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
    assert not (tmp_path / "x.db.index").exists()


def test_the_search_index_lives_beside_sqlite_and_where_the_setting_says_for_postgresql(tmp_path):
    assert index.location("sqlite:///data/govreport.db") == Path("data/govreport.db.index")
    assert index.location("sqlite:///:memory:") is None and index.location("sqlite:///x.db", "off") is None
    assert index.location("postgresql+psycopg://u:secret@host:5432/reports", str(tmp_path)) == tmp_path
    default = index.location("postgresql+psycopg://u:secret@host:5432/reports")
    assert default.name.startswith("reports-") and "secret" not in str(default)
    assert default != index.location("postgresql+psycopg://u@other:5432/reports")


def test_reindex_rebuilds_the_search_index(tmp_path):
    db = str(tmp_path / "r.db")
    ingest([str(SAMPLES)], open_store(db))
    out = _cli("reindex", "--db", db)
    store = open_store(db)
    assert f"{store.stats()['documents']} document(s)" in out and _answered_by_the_index(store, "就业")


def _entries(store) -> dict[str, int]:
    """How many entries each index holds, counted one by one (the meta entry aside)."""
    out = {}
    for target in index.TARGETS:
        searcher = store.index._index(target).searcher()
        out[target] = searcher.search(index.tantivy.Query.all_query(), 1, count=True).count - 1
    return out


def _cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "govreport", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@contextmanager
def _lock_held_elsewhere(folder: Path, seconds: float | None = None):
    """Hold a search index's writer lock as another process would (an open of the lock file
    of its own) for the block, or for ``seconds`` from its start."""
    import fcntl

    handle = open(folder / "writer.lock", "a+b")
    fcntl.flock(handle, fcntl.LOCK_EX)

    def release() -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()

    timer = threading.Timer(seconds, release) if seconds is not None else None
    if timer is not None:
        timer.start()
    try:
        yield
    finally:
        if timer is not None:
            timer.join()
        else:
            release()
