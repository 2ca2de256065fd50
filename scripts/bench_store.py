"""Benchmark ingest and search (not a test: it prints figures).

    .venv/bin/python scripts/bench_store.py --docs 10000 [--db URL] [--kind news|report] [--pages 20]
    .venv/bin/python scripts/bench_store.py --db FILE_OR_URL --existing [--search-index DIR] [--queries 40]

Generates a corpus (scripts/benchmark.py's generator), ingests it into the database
(SQLite file by default), and prints ingest documents/s (and how much of the time went to
bringing the search index in step), then the latency of full-text searches, p50 and p95, for
each kind of query a reader asks: a two-character word that most documents hold, by
relevance and by date; rarer words (place names); phrases; filters (region and year, type and
year); a page deep in the hits. Each is timed for the search index and for the database's
own search (--search-index off), as the hits alone (Store.search) and as a page (the hits and
their total, which /search and /api/search both ask for). With --pages N the latency of the
main web pages on that database. With --existing it times the searches and pages of the
database --db names as it is (no corpus, no ingest; an index that is behind is brought in
step first, and how long that took is printed).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmark import NEWS, PLAN, PROSE, REVIEW, _numbers, generate  # noqa: E402

from govreport import Config  # noqa: E402
from govreport import track  # noqa: E402
from govreport.ingest import ingest  # noqa: E402
from govreport.regions import gazetteer  # noqa: E402
from govreport.store import Filters, open_store  # noqa: E402

COMMON = ["就业", "招商", "投资"]  # two-character words that most generated documents hold
PHRASES = ["地区生产总值", "固定资产投资", "老旧小区改造", "招商 签约"]


def news_items(count: int, seed: int = 11):
    """Short investment-news items as crawl rows (title, published, content); each item's
    body mixes a signing sentence with sentences drawn at random, so items are not copies of
    each other."""
    rng = random.Random(seed)
    places = sorted(n for n, d in gazetteer().by_name.items() if d[0].level == "county")
    bank = PROSE + REVIEW + PLAN
    for _ in range(count):
        place, numbers = rng.choice(places), _numbers(rng)
        year = rng.randint(2015, 2025)
        extra = "".join(rng.choice(bank).format(lv="县", **_numbers(rng)) for _ in range(rng.randint(2, 6)))
        body = NEWS.format(place=place, y=year, **numbers) + extra
        yield {"title": f"【{place}招商】{place}签约{numbers['s']}个项目", "published": f"{year}-0{numbers['mo']}-1{numbers['d']}", "content": body}


def generate_news(folder: Path, count: int, seed: int = 11) -> int:
    """The news items, one a JSONL row, 100 to a file."""
    import json

    written = 0
    items = news_items(count, seed)
    for start in range(0, count, 100):
        rows = [next(items) for _ in range(min(100, count - start))]
        data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
        (folder / f"news{start // 100:05d}.jsonl").write_bytes(data)
        written += len(data)
    return written


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--db", help="database (default: a new SQLite file)")
    parser.add_argument("--kind", choices=["news", "report"], default="news")
    parser.add_argument("--queries", type=int, default=40, help="searches of each kind, for each of the two ways (0: none)")
    parser.add_argument("--pages", type=int, default=0, help="also time each web page this many times (p50, p95)")
    parser.add_argument("--existing", action="store_true", help="time searches and pages on --db as it is: no corpus, no ingest")
    parser.add_argument("--search-index", help="a PostgreSQL database's search index folder, or off (see govreport serve --help)")
    parser.add_argument("--sql-only", action="store_true", help="time the database's own search only")
    args = parser.parse_args()
    if args.existing:
        if not args.db:
            parser.error("--existing needs --db")
        store = open_store(args.db, create=False, search_index=args.search_index)
        started = time.perf_counter()
        places = track.refresh(store)
        print(f"tracker  {places:,} places out of date computed in {time.perf_counter() - started:.1f} s "
              f"({store.stats()['documents']:,} documents)")
        if args.queries:
            _time_searches(args.db, args.search_index, args.queries, args.sql_only)
        if args.pages:
            _time_pages(store, args.pages)
        return
    folder = Path(tempfile.mkdtemp(prefix="govreport-store-bench-"))
    db = args.db or str(folder / "bench.db")
    t0 = time.perf_counter()
    size = generate_news(folder, args.docs) if args.kind == "news" else generate(folder, args.docs)
    t1 = time.perf_counter()
    store = open_store(db, search_index=args.search_index)
    done, indexing = [0], _timed(store, "update_search_index")

    def progress(n: int) -> None:
        done[0] += n
        if done[0] % 100 == 0:
            print(f"  ... {done[0]} files ingested after {time.perf_counter() - t1:.0f} s", file=sys.stderr, flush=True)

    report = ingest([str(folder)], store, Config(), progress=progress)
    t2 = time.perf_counter()
    print(f"corpus   {args.docs:,} {args.kind} documents, {size / 1e6:.1f} MB, generated in {t1 - t0:.1f} s")
    print(f"ingest   {report.stored:,} documents in {t2 - t1:.1f} s = {report.stored / (t2 - t1):.0f} documents/s "
          f"(pipeline, writes and linking; {report.groups} version groups)")
    where = store.index.folder if store.index else "none (--search-index off or tantivy missing)"
    print(f"         of which {indexing[0]:.1f} s bringing the search index in step ({where}); "
          f"without it {report.stored / max(1e-9, t2 - t1 - indexing[0]):.0f} documents/s")
    _time_searches(db, args.search_index, args.queries, args.sql_only)
    if args.pages:
        _time_pages(store, args.pages)
    store.engine.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def _timed(obj, name: str) -> list[float]:
    """Wrap a method of ``obj`` so the seconds it takes add up in the list returned."""
    spent, method = [0.0], getattr(obj, name)

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    setattr(obj, name, timed)
    return spent


def _cases(store) -> list[tuple[str, list[str], Filters, str, int]]:
    """The kinds of search timed: (name, queries, filters, sort, offset). Rarer words and the
    region filter are taken from the places the database holds most documents of."""
    names = [r["name"] for r in sorted((r for r in store.regions() if r.get("name")), key=lambda r: (-r["documents"], r["place_id"]))[:3]]
    rare = [name.rsplit("市", 1)[-1] or name for name in names] or ["浏阳"]  # the county: 杭州市西湖区 → 西湖区
    city = names[0].split("市", 1)[0] if names and "市" in names[0] else "长沙"  # and its city: 杭州
    return [
        ("2-char, most docs, relevance", COMMON, Filters(), "relevance", 0),
        ("2-char, most docs, by date", COMMON, Filters(), "date", 0),
        ("rarer word (a place)", rare, Filters(), "relevance", 0),
        ("phrase", PHRASES, Filters(), "relevance", 0),
        (f"region {city} + year 2020", COMMON, Filters(region=city, year=2020), "relevance", 0),
        ("type news + year 2023, by date", COMMON, Filters(doc_type="news", year=2023), "date", 0),
        ("2-char, page 51 (offset 1000)", COMMON, Filters(), "relevance", 1000),
    ]


def _time_searches(db: str, search_index: str | None, queries: int, sql_only: bool = False) -> None:
    """Each kind of search through the search index and through the database alone: the hits
    (Store.search, 20) and a page (the hits and their total)."""
    ways = [("sql", open_store(db, create=False, search_index="off"))]
    if not sql_only:
        indexed = open_store(db, create=False, search_index=search_index)
        if indexed.index is None:
            print("search   no search index (tantivy missing, or --search-index off): the database's search only")
        else:
            started = time.perf_counter()
            in_step = indexed.update_search_index()
            print(f"search   index {indexed.index.folder} brought in step in {time.perf_counter() - started:.1f} s ({'done' if in_step else 'not done'})")
            ways.append(("index", indexed))
    documents = ways[0][1].stats()["documents"]
    print(f"search   p50/p95 in ms over {documents:,} documents, {queries} searches of each kind (hits: 20 hits; page: 20 hits and their total)")
    for name, words, filters, sort, offset in _cases(ways[0][1]):
        line = f"  {name:34}"
        for way, store in ways:
            hits_ms, page_ms, found = [], [], 0
            for n in range(queries):
                query = words[n % len(words)]
                started = time.perf_counter()
                hits = store.search(query, filters, limit=20, offset=offset, sort=sort)
                middle = time.perf_counter()
                total = store.search_total(query, filters)
                ended = time.perf_counter()
                hits_ms.append((middle - started) * 1000)
                page_ms.append((ended - started) * 1000)
                found += total if n < len(words) else 0
            line += (f"  {way:5} hits {percentile(hits_ms, 0.5):6.1f}/{percentile(hits_ms, 0.95):6.1f}"
                     f"  page {percentile(page_ms, 0.5):6.1f}/{percentile(page_ms, 0.95):6.1f}")
        print(line + f"  ({found // max(1, min(queries, len(words))):,} matches a query)")


def _time_pages(store, repeats: int) -> None:
    """The pages a reader opens first, served in-process on the benchmark's database: the first
    request (summaries not yet remembered, the database's pages not yet cached) and p50/p95
    over the ``repeats`` after it. The region page is the
    place with the most documents, the project page the largest project."""
    from fastapi.testclient import TestClient

    from govreport.web import WebSettings, create_app

    client = TestClient(create_app(WebSettings(), store=store))
    regions = sorted((r for r in store.regions() if r.get("place_id")), key=lambda r: (-r["documents"], r["place_id"]))
    place = regions[0]["place_id"] if regions else "100000"
    province = place[:2] + "0000" if place.isdigit() else place
    projects, _total = store.projects(limit=1)
    project = projects[0]["id"] if projects else "none"
    paths = ["/tracker", "/tracker?sort=indicator", "/tracker?page=3&sort=status", "/tracker?sort=period", f"/tracker?region={place}",
             "/regions", "/regions?sort=documents", f"/regions/{place}",
             "/projects", "/projects?year=2023&min_amount=10", f"/projects?region={province}&sort=-year&by=region", "/projects?industry=C&by=industry",
             f"/projects/{project}", "/indicators/gdp_growth", "/glossary", "/search?q=就业", "/search?q=就业&sort=date"]
    for path in paths:
        times = []
        for _ in range(repeats + 1):
            started = time.perf_counter()
            status = client.get(path).status_code
            times.append((time.perf_counter() - started) * 1000)
        first, times = times[0], times[1:]
        print(f"page     {path:44} first {first:7.1f} ms  p50 {percentile(times, 0.5):7.1f} ms  p95 {percentile(times, 0.95):7.1f} ms  (HTTP {status})")

if __name__ == "__main__":
    main()
