"""Two writers at once, and readers while a writer writes, on SQLite and PostgreSQL.

Each test runs real processes (the CLI, a server) against one database, as a busy team
would: two ingests of the same folder, two first opens of a new database, pages read while
an ingest stores documents."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, func, select, text

from govreport.store import database_url, open_store, schema

from .conftest import ROOT, SAMPLES


def _run(*args: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "govreport", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _contents(url: str) -> dict:
    """What a database holds, in a form two databases can be compared by."""
    engine = create_engine(database_url(url))
    with engine.connect() as conn:
        d, f = schema.documents.c, schema.facts.c
        held = {
            "documents": sorted(r[0] for r in conn.execute(select(d.id))),
            "facts": sorted(tuple(r) for r in conn.execute(select(f.document_id, f.kind, f.start, f.end))),
            "sources": conn.execute(select(func.count()).select_from(schema.sources)).scalar_one(),
            "links": sorted(tuple(r) for r in conn.execute(select(schema.links.c.kind, schema.links.c.a_document, schema.links.c.b_document))),
            "pairs": conn.execute(select(func.count()).select_from(schema.pairs)).scalar_one(),
            "migrations": sorted(r[0] for r in conn.execute(text("SELECT name FROM migrations"))),
        }
    engine.dispose()
    return held


def _corpus(tmp_path: Path, copies: int) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, corpus / sample.name)
    for n in range(copies):  # more documents, each of its own place and year
        for sample in sorted((SAMPLES / "series").glob("*.txt")):
            shutil.copy(sample, corpus / f"{n:02d}_{sample.name}")
    return corpus


def test_two_ingests_of_one_folder_at_once_both_finish_and_store_it_once(db_url, tmp_path):
    corpus = _corpus(tmp_path, 1)
    first, second = (_run("ingest", str(corpus), "--db", db_url, "--workers", "1") for _ in range(2))
    for process in (first, second):
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err[-2000:]
        assert "Traceback" not in err
    together = _contents(db_url)
    # the same folder ingested once, alone, into a database of its own
    alone_url = str(tmp_path / "alone.db")
    alone = _run("ingest", str(corpus), "--db", alone_url, "--workers", "1")
    assert alone.wait(timeout=600) == 0
    assert together == _contents(alone_url)
    assert len(together["documents"]) > 20


def test_two_first_opens_of_a_new_database_migrate_it_once(db_url):
    script = "import sys; from govreport.store import open_store; open_store(sys.argv[1]).engine.dispose(); print('ok')"
    for _ in range(3):
        if not db_url.startswith("postgresql"):
            Path(db_url).unlink(missing_ok=True)
        else:
            from .conftest import _reset_postgres

            _reset_postgres(db_url)
        processes = [subprocess.Popen([sys.executable, "-c", script, db_url], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
        for process in processes:
            out, err = process.communicate(timeout=120)
            assert process.returncode == 0 and out.strip() == "ok", err[-2000:]
        store = open_store(db_url)
        with store.engine.connect() as conn:
            names = [r[0] for r in conn.execute(text("SELECT name FROM migrations"))]
        assert len(names) == len(set(names)) > 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _new_places(tmp_path: Path, count: int) -> Path:
    """One report for each of ``count`` counties: the sample county's report under another
    county's name, so that places appear while pages list them."""
    from govreport.regions import gazetteer

    template = (SAMPLES / "series" / "株洲市醴陵市_2020.txt").read_text(encoding="utf-8")
    names = sorted(n for n, divisions in gazetteer().by_name.items() if n.endswith("县") and len(divisions) == 1 and len(n) == 3)[:count]
    corpus = tmp_path / "places"
    corpus.mkdir()
    for name in names:
        (corpus / f"{name}_2020.txt").write_text(template.replace("株洲市醴陵市", name).replace("醴陵市", name), encoding="utf-8")
    return corpus


def test_pages_read_while_an_ingest_writes_never_fail(db_url, tmp_path):
    corpus = _new_places(tmp_path, 150)
    open_store(db_url).engine.dispose()
    port = _free_port()
    server = _run("serve", "--db", db_url, "--port", str(port))
    failures: list[str] = []
    answered = 0
    stop = threading.Event()
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(base + "/", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        ingest = _run("ingest", str(corpus), "--db", db_url, "--workers", "2")

        def read(paths: list[str]) -> None:
            nonlocal answered
            with httpx.Client(base_url=base, timeout=30) as client:
                while not stop.is_set():
                    for path in paths:
                        status = client.get(path).status_code
                        answered += 1
                        if status >= 500:
                            failures.append(f"{path}: {status}")

        pages = [["/regions", "/api/regions"], ["/regions", "/"], ["/tracker", "/api/tracker?limit=50", "/projects"], ["/search?q=就业", "/api/documents?limit=20", "/glossary"]]
        readers = [threading.Thread(target=read, args=(p,)) for p in pages]
        for reader in readers:
            reader.start()
        out, err = ingest.communicate(timeout=600)
        stop.set()
        for reader in readers:
            reader.join(timeout=60)
        assert ingest.returncode == 0, err[-2000:]
    finally:
        stop.set()
        server.terminate()
        server.wait(timeout=30)
    assert answered > 30
    assert not failures, failures[:10]


def test_a_new_sqlite_file_told_locked_at_once_is_opened_again(tmp_path, monkeypatch):
    # two processes opening a new file together: SQLite may answer one "database is locked" at
    # once, without waiting out its busy timeout; the opening tries again rather than fail
    import sqlite3

    from sqlalchemy.exc import OperationalError

    import govreport.store as store_module

    calls = []
    real = store_module.migrate

    def locked_once(engine):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("PRAGMA journal_mode=WAL", {}, sqlite3.OperationalError("database is locked"))
        return real(engine)

    monkeypatch.setattr(store_module, "migrate", locked_once)
    store = store_module.open_store(str(tmp_path / "new.db"))
    assert len(calls) == 2 and store.engine.dialect.name == "sqlite"
