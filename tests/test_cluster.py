"""The dask engine (cluster.py) against the local ingest, on PostgreSQL.

A local cluster of two worker processes ingests the samples and a generated crawl of short
news cut into several partitions; the database must hold exactly what a local ingest of the
same input holds: sources, documents, their originals and sections, facts with offsets and
fields, regions, version links and conflicts, projects and tracker pairs. Ids a database
makes up (fact, section, link, pair ids; a project's id, made from its first fact's) are
compared by what they stand for."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from govreport.config import Config
from govreport.store import open_store

from .conftest import ROOT, SAMPLES
from .databases import assert_same, contents, database, needs_pg


PLACES = ["湘潭县", "韶山市", "宁乡市", "浏阳市", "醴陵市", "攸县", "茶陵县", "湘乡市"]
INDUSTRIES = ["新能源", "新材料", "智能制造", "电子信息", "生物医药"]
PROJECTS = ["储能电池模组生产基地项目", "碳化硅衬底材料项目", "智能装备产业园项目", "高端电子元器件项目", "中药饮片加工项目"]


def crawl_rows(count: int, seed: int = 3) -> list[str]:
    """Lines of a JSONL crawl of short investment news: signings whose projects come back in
    later items (for project linking), copies with a figure changed (version conflicts), a
    line that is no JSON and a row without text (warnings on the first document)."""
    rng = random.Random(seed)
    lines = []
    for n in range(count):
        place, project = rng.choice(PLACES), rng.choice(PROJECTS)
        amount, year = rng.choice([12, 18, 26.5, 40, 57.5]), rng.choice([2023, 2024])
        body = (
            f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{place}举行{rng.choice(INDUSTRIES)}产业项目集中签约仪式，"
            f"{rng.randint(3, 9)}个项目签约落户，总投资{rng.randint(20, 90)}亿元。其中，{place}{project}总投资{amount}亿元，"
            f"由一家{rng.choice(INDUSTRIES)}科技有限公司投资建设，预计{year + 1}年建成投产。"
        )
        if n % 50 == 7 and lines:  # a copy of an earlier item with one figure changed
            earlier = json.loads(lines[-1])
            body = earlier["content"].replace("总投资", "计划总投资", 1)
        lines.append(json.dumps({"title": f"【{place}招商】{place}签约{project}", "published": f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                                 "site": "某招商网", "content": body}, ensure_ascii=False))
    lines.insert(11, '{"title": "断开的一行", "content": "没有结尾')
    lines.insert(40, json.dumps({"title": "空行", "content": "  "}, ensure_ascii=False))
    return lines


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crawl") / "news_2024.jsonl"
    path.write_text("\n".join(crawl_rows(300)) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def local_db(crawl) -> str:
    from govreport.ingest import ingest

    url = database("cluster_local")
    store = open_store(url)
    report = ingest([str(SAMPLES), str(crawl)], store, Config(workers=2))
    store.engine.dispose()
    assert not report.errors and report.stored > 300
    return url


@pytest.fixture(scope="module")
def scheduler():
    """A local cluster of two worker processes, shared by the tests that pass its address."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def ingest_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govreport", "ingest", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_cluster_ingest_refuses_sqlite_in_one_line_and_creates_no_file(tmp_path):
    done = ingest_cli(str(SAMPLES), "--db", str(tmp_path / "x.db"), "--engine", "dask")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["Error: the dask engine writes with PostgreSQL's COPY: give --db a postgresql:// URL (or use --engine local for SQLite)"]
    assert not (tmp_path / "x.db").exists()


def test_cluster_options_go_with_the_dask_engine_only(tmp_path):
    done = ingest_cli(str(SAMPLES), "--db", str(tmp_path / "x.db"), "--partition-bytes", "1000")
    assert done.returncode == 2 and "--partition-bytes go with --engine dask" in done.stderr


@needs_pg
@pytest.mark.slow
def test_cluster_ingest_of_the_samples_and_a_split_crawl_holds_what_a_local_ingest_holds(crawl, local_db):
    url = database("cluster_dask")
    done = ingest_cli(str(SAMPLES), str(crawl), "--db", url, "--engine", "dask", "--workers", "2", "--partition-bytes", "16384", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["workers"] == 2 and report["partitions"] >= 8  # the crawl in several parts, beside the samples
    assert report["stored"] == report["documents"] and not report["errors"]
    want = contents(local_db)
    assert len(want["documents"]) > 300 and want["projects"] and want["pairs"] and any(r["kind"] == "conflict" for r in want["links"])
    first = next(d for d in want["documents"] if d["source"] == str(crawl) and d["item"] == 0)
    assert [w["code"] for w in first["warnings"]].count("bad_row") == 2  # the whole file's bad rows, on its first document
    assert_same(contents(url), want)


@needs_pg
@pytest.mark.slow
def test_cluster_ingest_after_a_failed_partition_stores_only_what_is_missing_and_ends_as_a_local_ingest(crawl, local_db, scheduler):
    """One partition's transaction fails (the database refuses one of its documents): none
    of its documents is stored and the rest are. Run again, the ingest stores that partition
    only and the database is the local ingest's; a third run stores nothing."""
    from govreport import cluster

    url = database("cluster_resume")
    store = open_store(url)
    with store.engine.begin() as conn:
        conn.execute(text("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "IF NEW.item = 150 AND NEW.source LIKE '%news_2024.jsonl' THEN RAISE EXCEPTION 'refused item 150'; END IF; RETURN NEW; END $$"))
        conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse()"))
    paths = [str(SAMPLES), str(crawl)]
    first = cluster.ingest(paths, url, Config(), scheduler, partition_bytes=16384)
    assert len(first.errors) == 1 and "refused item 150" in first.errors[0]
    with store.engine.begin() as conn:
        items = {r[0] for r in conn.execute(text("SELECT item FROM documents WHERE source = :s"), {"s": str(crawl)})}
        conn.execute(text("DROP TRIGGER refuse ON documents"))
    missing = sorted(set(range(300)) - items)
    assert 150 in missing and len(missing) > 1 and missing == list(range(missing[0], missing[-1] + 1))  # the whole partition, none of it

    second = cluster.ingest(paths, url, Config(), scheduler, partition_bytes=16384)
    assert not second.errors and second.stored == len(missing)
    assert second.partitions_skipped == second.partitions - 1
    want = contents(local_db)
    assert_same(contents(url), want)

    third = cluster.ingest(paths, url, Config(), scheduler, partition_bytes=16384)
    assert not third.errors and third.stored == 0 and third.partitions_skipped == third.partitions
    assert_same(contents(url), want)
    store.engine.dispose()
