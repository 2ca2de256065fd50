"""Storage, ingest, versions, search and the tracker on SQLite and PostgreSQL."""

import os
import signal
import subprocess
import sys
import time

import pytest

from govreport.ingest import ingest
from govreport.pipeline import run_path
from govreport.store import Filters, open_store
from sqlalchemy import select, text

from govreport.store import schema
from govreport.track import Tolerance, summarise, track

from .conftest import SAMPLES


def test_ingest_is_idempotent(db_url):
    store = open_store(db_url)
    first = ingest([str(SAMPLES)], store)
    assert first.stored > 20 and not first.errors
    before = store.stats()
    second = ingest([str(SAMPLES)], store)
    assert second.stored == 0 and second.skipped == second.files
    assert store.stats() == before


def test_a_changed_file_is_a_new_version_linked_to_the_old(db_url, tmp_path):
    original = (SAMPLES / "wangcheng_2021_portal.html").read_text("utf-8")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.html").write_text(original, "utf-8")
    store = open_store(db_url)
    ingest([str(folder)], store)
    (folder / "report.html").write_text(original.replace("年度计划投资380亿元", "年度计划投资390亿元"), "utf-8")
    report = ingest([str(folder)], store)
    assert report.stored == 1 and store.stats()["documents"] == 2
    [link] = store.links("version")
    assert link["detail"]["jaccard"] > 0.9
    [conflict] = store.links("conflict")
    sentences = {conflict["detail"]["a"]["sentence"], conflict["detail"]["b"]["sentence"]}
    assert any("380亿元" in s for s in sentences) and any("390亿元" in s for s in sentences)


def test_mirror_copy_is_grouped_with_its_original_and_conflicts_listed(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES / "wangcheng_2021_portal.html"), str(SAMPLES / "wangcheng_2021_mirror.txt")], store, link=True)
    [link] = store.links("version")
    assert link["detail"]["containment"] >= 0.7
    [conflict] = store.links("conflict")
    assert conflict["detail"]["type"] == "numbers"
    assert "50公里" in conflict["detail"]["a"]["sentence"] + conflict["detail"]["b"]["sentence"]
    assert "60公里" in conflict["detail"]["a"]["sentence"] + conflict["detail"]["b"]["sentence"]


def test_seed_mirror_and_original_conflict_on_farmland(db_url):
    from .conftest import seed

    store = open_store(db_url)
    ingest([str(seed("000")), str(seed("003"))], store)
    conflicts = [c["detail"] for c in store.links("conflict")]
    farmland = [c for c in conflicts if "耕地恢复" in c["a"]["sentence"]]
    assert farmland, conflicts
    assert farmland[0]["a"]["sentence"] != farmland[0]["b"]["sentence"]


def test_two_character_queries_find_documents_with_snippets(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    hits = store.search("就业")
    assert hits and all("<mark>就业</mark>" in h["snippet"] for h in hits)
    news = store.search("签约", Filters(doc_type="news"))
    assert news and all(h["doc_type"] == "news" for h in news)
    assert store.search("招商 医疗器械")[0]["title"].startswith("【浏阳市招商】")
    assert store.search("不存在的词语组合") == []
    # news carry no report year: the year filter reads their publication date
    dated = store.search("签约", Filters(doc_type="news", year=2024))
    assert dated and len(dated) < len(store.search("签约", Filters(doc_type="news"), limit=100))
    facts = store.search("耕地", target="facts")
    assert all("<mark>耕地</mark>" in f["snippet"] for f in facts)


def test_search_escapes_document_text(db_url, tmp_path):
    hostile = tmp_path / "x.txt"
    hostile.write_text("就业<script>alert(1)</script>新增1000人。", "utf-8")
    store = open_store(db_url)
    ingest([str(hostile)], store)
    [hit] = store.search("就业")
    assert "<script>" not in hit["snippet"] and "&lt;script&gt;" in hit["snippet"]


def test_search_counts_its_matches_and_sorts_newest_first(db_url, tmp_path):
    for n, (year, date) in enumerate([(2019, None), (2023, "2023-05-01"), (2021, None)]):
        (tmp_path / f"d{n}.txt").write_text(f"某县{year}年政府工作报告\n" + (f"发布时间：{date}\n" if date else "") + "城镇新增就业1000人。就业稳定。", "utf-8")
    store = open_store(db_url)
    ingest([str(tmp_path)], store)
    assert store.search_total("就业") == 3 and store.search_total("就业", target="facts") >= 3 and store.search_total("没有的词") == 0
    assert len(store.search("就业", limit=2)) == 2
    years = [h["published"] or str(h["year"]) for h in store.search("就业", sort="date")]
    assert years == sorted(years, reverse=True) and years[0].startswith("2023")


def test_tracker_links_targets_to_later_outcomes(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    pairs = {(p.region, p.indicator, p.period): p for p in track(store)}
    missed = pairs[("湘潭市岳塘区", "gdp_growth", 2020)]  # 7%以上, then 6.9%
    assert (missed.target["value"], missed.target["modifier"], missed.outcome["value"], missed.status) == (7, "at_least", 6.9, "missed")
    about = pairs[("湘潭市岳塘区", "gdp_growth", 2021)]  # 6.5%左右, then 6.2%
    assert about.status == "met"
    ceiling = pairs[("株洲市醴陵市", "unemployment_rate", 2022)]  # 5%以内, then 5.3%
    assert ceiling.status == "missed"
    assert pairs[("湘潭市岳塘区", "gdp_growth", 2024)].status == "no_outcome"
    assert pairs[("湘潭市岳塘区", "gdp_growth", 2024)].outcome is None
    assert pairs[("湘潭市岳塘区", "resident_income_growth", 2022)].status == "not_set"
    assert "repeated" in pairs[("湘潭市岳塘区", "gdp_growth", 2023)].flags
    # a county that became a district keeps its history: 望城县's 2010 targets meet 2011's review
    assert pairs[("长沙市望城县", "gdp_growth", 2010)].status == "met"
    livelihood = [p for p in track(store) if p.indicator == "livelihood" and p.region == "湘潭市岳塘区"]
    assert {p.status for p in livelihood} == {"met", "partly_met"}
    # the mirror never names its county: its targets have no place to be tracked under
    assert all(p.place_id is not None and p.period is not None for p in track(store))
    # one place, one row, under its latest name
    summary = summarise(track(store), "region")
    assert "长沙市望城区" in summary and "长沙市望城县" not in summary
    [wangcheng] = [r for r in store.regions() if r["place_id"] == "430112"]
    assert (wangcheng["name"], wangcheng["first_year"], wangcheng["last_year"]) == ("长沙市望城区", 2010, 2021)



def test_the_stored_tracker_is_kept_in_step_by_ingest_and_equals_a_fresh_computation(db_url, tmp_path):
    from govreport.track import compute, track_page

    target = tmp_path / "plan"
    target.mkdir()
    (target / "r2023.txt").write_text("宁乡市2023年政府工作报告\n宁乡市人民政府\n2023年主要预期目标：地区生产总值增长6%左右。", "utf-8")
    store = open_store(db_url)
    ingest([str(target)], store)
    # the target alone: no outcome yet
    [pair] = [p for p in track(store) if p.indicator == "gdp_growth"]
    assert pair.status == "no_outcome" and store.stale_places() == []
    later = tmp_path / "review"
    later.mkdir()
    (later / "r2024.txt").write_text("宁乡市2024年政府工作报告\n宁乡市人民政府\n2023年，全市地区生产总值增长5.6%。", "utf-8")
    ingest([str(later)], store)
    [pair] = [p for p in track(store) if p.indicator == "gdp_growth"]
    assert (pair.outcome["value"], pair.status) == (5.6, "met")  # 0.4 short of 6%左右: within half a point
    # the reader's tolerance judges a 左右 target again in the database, filters and counts alike
    strict = Tolerance(points=0.3)
    assert [p.status for p in track(store, Filters(indicator="gdp_growth"), tolerance=strict)] == ["missed"]
    assert track_page(store, Filters(indicator="gdp_growth"), status="missed", tolerance=strict)[1] == 1
    assert track_page(store, Filters(indicator="gdp_growth"), status="missed")[1] == 0
    # what is stored is what computing afresh from the facts gives, on a corpus of many places
    ingest([str(SAMPLES)], store)
    stored = {(p.place_id, p.indicator, p.period): (p.status, p.flags, (p.outcome or {}).get("value")) for p in track(store)}
    places = tuple(sorted({key[0] for key in stored}))
    fresh = {(p.place_id, p.indicator, p.period): (p.status, p.flags, (p.outcome or {}).get("value")) for p in compute(store, places)}
    assert stored == fresh and len(stored) > 20


def test_the_tracker_pages_in_the_database_with_a_total_and_a_sort(db_url):
    from govreport.track import STATUSES, track_page

    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    everything = track(store)
    first, total = track_page(store, limit=7)
    second, _ = track_page(store, limit=7, offset=7)
    assert total == len(everything) and len(first) == 7 and not {id(p) for p in first} & {id(p) for p in second}
    assert [(p.place_id, p.indicator, p.period) for p in first + second] == [(p.place_id, p.indicator, p.period) for p in everything[:14]]
    by_status, _ = track_page(store, sort="status", limit=None)
    assert [STATUSES.index(p.status) for p in by_status] == sorted(STATUSES.index(p.status) for p in by_status)
    # a page cut across two statuses is the same rows as the whole list's, under any tolerance
    wide = Tolerance(points=2.0)
    whole = [(p.place_id, p.indicator, p.period, p.status) for p in track_page(store, sort="status", tolerance=wide, limit=None)[0]]
    paged = [(p.place_id, p.indicator, p.period, p.status) for n in range(0, len(whole), 6) for p in track_page(store, sort="status", tolerance=wide, limit=6, offset=n)[0]]
    assert paged == whole and len({s for *_, s in whole}) > 1
    # a name finds its place's pairs, under every name the place had
    assert {p.place_id for p in track_page(store, Filters(region="望城"), limit=None)[0]} == {"430112"}
    by_period, _ = track_page(store, sort="period", limit=None)
    assert [p.period for p in by_period] == sorted((p.period for p in by_period), reverse=True)


def test_a_database_from_before_the_stored_tracker_computes_it_on_first_read(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    before = sorted((p.place_id, p.indicator, p.period, p.status) for p in track(store))
    with store.engine.begin() as conn:  # as the migration leaves an old database: no pairs, every place out of date
        conn.execute(schema.pairs.delete())
        conn.execute(text("INSERT INTO pairs_stale (place_id) SELECT DISTINCT place_id FROM documents WHERE place_id IS NOT NULL"))
    assert len(store.stale_places()) > 3
    assert sorted((p.place_id, p.indicator, p.period, p.status) for p in track(store)) == before
    assert store.stale_places() == []


def test_a_killed_ingest_resumes_to_a_complete_database(db_url, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n, source in enumerate(sorted(SAMPLES.glob("*.txt")) * 8):
        data = source.read_bytes()
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            continue
        encoding = "gb18030" if "gbk" in source.name else "utf-8"
        (folder / f"doc{n:03d}.txt").write_bytes(data + f"\n第{n}份附记：新增就业{n}人。\n".encode(encoding))
    files = sorted(folder.iterdir())
    expected = sum(len(run_path(str(f)).documents) for f in files)
    cmd = [sys.executable, "-m", "govreport", "ingest", str(folder), "--db", db_url, "--workers", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = open_store(db_url)
    deadline = time.time() + 60
    while time.time() < deadline and store.stats()["documents"] < 5:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = store.stats()["documents"]
    assert 0 < partial < expected, "the ingest should have been killed halfway"
    for doc in store.documents(limit=10_000):
        stored = store.document(doc["id"])
        [fresh] = [d for d in run_path(stored["source"]).documents if d.id == doc["id"]]
        assert len(stored["facts"]) == len(fresh.facts) and len(stored["sections"]) == len(fresh.segments.sections)
    report = ingest([str(folder)], store)
    assert not report.errors
    assert store.stats()["documents"] == expected


def test_batch_events_are_chosen_sorted_and_cut_in_the_database(db_url):
    from govreport.store import ProjectFilters

    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    every = store.batches()
    assert every and all(b["batch"] and b["kind"] == "project" for b in every)
    amounts = [b.get("base_amount") or 0 for b in every]
    assert amounts == sorted(amounts, reverse=True)
    assert store.batches(limit=2) == every[:2]
    # a city's code takes its counties; a year and a stage narrow it
    city = store.batches(ProjectFilters(region="430300"))
    assert city and all(b["place_id"].startswith("4303") for b in city)
    assert all(b["period"] == 2024 for b in store.batches(ProjectFilters(year=2024)))
    assert all(b["stage"] == "signed" for b in store.batches(ProjectFilters(stage="signed")))
    assert len(store.batches(ProjectFilters(stage="signed"))) < len(every)


def test_batches_with_equal_and_no_amounts_keep_their_order(db_url):
    # the page reads them in an index's order: largest first, the amountless last, newest first among equals
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    ids = [b["id"] for b in store.batches(limit=1000)]
    assert len(ids) >= 3
    f = schema.facts.c
    with store.engine.begin() as conn:
        conn.execute(schema.facts.update().where(f.id.in_(ids[:2])).values(base_value=5e8))
        conn.execute(schema.facts.update().where(f.id == ids[2]).values(base_value=None))
    amounts = {b["id"]: b for b in store.batches(limit=1000)}
    with store.engine.connect() as conn:
        stored = dict(conn.execute(select(f.id, f.base_value).where(f.id.in_(ids))).all())
    expected = sorted(ids, key=lambda i: (stored[i] is None, -(stored[i] or 0), -i))
    assert list(amounts) == expected
    assert [b["id"] for b in store.batches(limit=2)] == expected[:2]


def _project(n: int, amount, year, name, place: str) -> dict:
    return {"id": f"p{n:03d}", "name": name, "place_id": place, "region_name": f"某地{place}", "industries": ",C38,", "years": f",{year}," if year else ",",
            "last_year": year, "first_year": year, "base_amount": amount, "amount": amount, "mentions": 1, "stage": "signed"}


def test_every_sort_of_the_projects_list_with_and_without_filters(db_url):
    # an unfiltered page is read in an index's order, a filtered one sorted (SQLite): both as before
    from govreport.store import ProjectFilters

    store = open_store(db_url)
    amounts, years, names = [3e9, None, 3e9, 1e8, None, 7e9], [2021, 2023, None, 2023, 2021, None], ["乙", "甲", None, "甲", "丙", "乙"]
    rows = [_project(n, amounts[n % 6], years[n % 5], names[n % 6], "430181" if n % 3 else "430102") for n in range(30)]
    store.replace_projects(rows, [])
    keys = {"amount": lambda r: (r["base_amount"] is None, r["base_amount"] or 0, r["id"]),
            "-amount": lambda r: (r["base_amount"] is None, -(r["base_amount"] or 0), r["id"]),
            "year": lambda r: (r["last_year"] is None, r["last_year"] or 0, r["id"]),
            "-year": lambda r: (r["last_year"] is None, -(r["last_year"] or 0), r["id"]),
            # the nameless last, as the rows without an amount or a year, on SQLite and PostgreSQL alike
            "name": lambda r: (r["name"] is None, r["name"] or "", r["id"])}
    for sort, key in keys.items():
        for filters, chosen in ((ProjectFilters(), rows), (ProjectFilters(region="430181"), [r for r in rows if r["place_id"] == "430181"]),
                                (ProjectFilters(year=2023, min_amount=5e7), [r for r in rows if r["last_year"] == 2023 and (r["base_amount"] or 0) >= 5e7])):
            page, total = store.projects(filters, sort=sort, limit=7, offset=3)
            assert total == len(chosen)
            assert [p["id"] for p in page] == [r["id"] for r in sorted(chosen, key=key)][3:10], (sort, filters)


def test_the_regions_are_remembered_until_a_document_arrives(tmp_path):
    store = open_store(str(tmp_path / "r.db"))
    ingest([str(SAMPLES / "series")], store)
    first = store.regions()
    first.sort(key=lambda r: r["place_id"], reverse=True)
    first[0]["name"] = "changed by a caller"
    assert store.regions() == store._regions()  # a caller's changes are to its own copy
    ingest([str(SAMPLES)], store)
    assert store.regions() == store._regions() and len(store.regions()) > len(first)


def test_a_database_from_before_the_batch_column_gets_it_filled(db_url):
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    before = [b["id"] for b in store.batches()]
    assert before
    with store.engine.begin() as conn:  # the database as it was before migrations 007 and 011
        conn.execute(text("DROP INDEX IF EXISTS facts_batch"))
        conn.execute(text("DROP INDEX facts_batch_order"))
        conn.execute(text("ALTER TABLE facts DROP COLUMN batch"))
        conn.execute(text("DELETE FROM migrations WHERE name IN ('007_batch_column', '011_page_orders')"))
    store.engine.dispose()
    again = open_store(db_url, create=False)
    assert [b["id"] for b in again.batches()] == before


def test_a_documents_version_group_is_read_alone(db_url):
    from govreport.versions import version_groups

    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    every = version_groups(store)
    assert every
    for group in every:
        assert version_groups(store, group["group"]) == [group]
    assert version_groups(store, "no-such-group") == []


def test_summaries_are_counted_in_the_database_and_kept_until_a_document_arrives(db_url, tmp_path):
    from govreport.track import track_summary

    store = open_store(db_url)
    ingest([str(SAMPLES / "series")], store)
    for by in ("region", "indicator"):
        assert track_summary(store, Filters(), by) == summarise(track(store), by)
    wide = Tolerance(points=2.0)
    assert track_summary(store, Filters(), "indicator", wide) == summarise(track(store, tolerance=wide), "indicator")
    before = store.indicator_counts()
    assert store.indicator_counts() is before  # remembered
    more = tmp_path / "more"
    more.mkdir()
    (more / "r.txt").write_text("宁乡市2023年政府工作报告\n宁乡市人民政府\n2022年，全市地区生产总值增长5.1%。", "utf-8")
    ingest([str(more)], store)
    after = store.indicator_counts()
    assert after["gdp_growth"]["figures"] == before["gdp_growth"]["figures"] + 1


def test_a_remembered_summary_is_computed_again_only_when_a_document_arrives(tmp_path):
    store = open_store(str(tmp_path / "m.db"))
    calls = []
    compute = lambda: calls.append(1) or len(calls)  # noqa: E731
    assert store.remembered("k", compute) == store.remembered("k", compute) == 1
    ingest([str(SAMPLES / "series")], store)
    assert store.remembered("k", compute) == 2
    # only the most recently used are kept
    for n in range(3):
        store.remembered(("other", n), lambda: n, keep=2)
    assert len(store._memo) == 2


def test_store_filters_take_percent_and_underscore_literally(db_url):
    from govreport.store import ProjectFilters

    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    [odd] = [d for d in store.documents(limit=500) if d["source"].endswith("wangcheng_2021_portal.html")]
    with store.engine.begin() as conn:  # one place name that holds both characters, set by hand
        conn.execute(text("UPDATE documents SET region_name = :name WHERE id = :id"), {"name": "长沙市望城区_测试%", "id": odd["id"]})
    every = store.documents(limit=500)
    assert len(every) > 2
    # "%" and "_" as LIKE would read them match every named place; here they match the one
    for char in ("%", "_"):
        assert [d["id"] for d in store.documents(Filters(region=char), limit=500)] == [odd["id"]], char
        assert {f["document"] for f in store.facts(Filters(region=char), limit=10_000)} == {odd["id"]}, char
        assert {h["document"] for h in store.search("就业", Filters(region=char))} <= {odd["id"]}, char
        assert all(t["document"] == odd["id"] for t in store.terms(Filters(region=char))[0]), char
        assert store.pairs(Filters(region=char))[1] == 0, char  # no name in the regions table holds either
    assert store.documents(Filters(region="望城区_测"), limit=500) == [d for d in every if d["id"] == odd["id"]]
    assert store.documents(Filters(region="望城区%测"), limit=500) == []  # % between two words is no wildcard either
    named = {p["name"] for p in store.projects(limit=1000)[0]}
    for char in ("%", "_"):
        assert {p["name"] for p in store.projects(ProjectFilters(q=char), limit=1000)[0]} == {n for n in named if char in (n or "")}, char


def test_the_count_of_regions_is_the_count_of_places_the_regions_list_holds(db_url):
    # 望城县 (430122, 2010) and 望城区 (430112, 2021) are one place under two codes: counted once
    store = open_store(db_url)
    ingest([str(SAMPLES)], store)
    with store.engine.connect() as conn:
        codes = dict(conn.execute(select(schema.regions.c.code, schema.regions.c.place_id)).all())
    assert codes["430122"] == codes["430112"] == "430112"
    places = store.regions()
    assert store.stats()["regions"] == len(places) == len({r["place_id"] for r in places}) == len(set(codes.values()))
