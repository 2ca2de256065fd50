"""Shared fixtures: the bundled sample corpus and the seed documents beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix``; skip the test when seeds are absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (they sit beside the checkout in CI)")
    matches = sorted(SEEDS.glob(f"{prefix}_*"))
    if not matches:
        pytest.skip(f"no seed {prefix}_* in {SEEDS}")
    return matches[0]


def corpus_file(name: str) -> Path:
    """A file of the shared real corpus; skip the test when the corpus is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"shared corpus file not found at {path} (it sits beside the checkout in CI)")
    return path


@pytest.fixture
def samples() -> Path:
    return SAMPLES


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    from govreport.store import database_url

    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, monkeypatch) -> str:
    """A fresh, empty database of each kind: a SQLite file, and PostgreSQL where
    GOVREPORT_TEST_PG names a server (.ci/run starts one with scripts/pg_server.sh). The
    PostgreSQL database's search index lives in the test's own folder (a SQLite file keeps
    its index beside it)."""
    import os

    if request.param == "sqlite":
        return str(tmp_path / "test.db")
    url = os.environ.get("GOVREPORT_TEST_PG")
    if not url:
        pytest.skip("GOVREPORT_TEST_PG is not set (start a server with scripts/pg_server.sh)")
    _reset_postgres(url)
    monkeypatch.setenv("GOVREPORT_SEARCH_INDEX", str(tmp_path / "search-index"))
    return url
