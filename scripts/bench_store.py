"""Benchmark ingest and search (not a test: it prints figures).

    .venv/bin/python scripts/bench_store.py --docs 10000 [--db URL] [--kind news|report] [--pages 20]

Generates a corpus (scripts/benchmark.py's generator), ingests it into the database
(SQLite file by default), and prints ingest documents/s, then the latency of full-text
searches (two- and four-character queries, with and without filters): p50, p95, max, and
with --pages N the latency of the main web pages on that database. With --existing it times
the searches and pages of the database --db names as it is (no corpus, no ingest).
"""

from __future__ import annotations

import argparse
import shutil
import random
import statistics
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

QUERIES = ["就业", "招商", "签约", "投资", "地区生产总值", "民生实事", "新能源", "老旧小区", "营商环境", "乡村振兴", "失业率", "固定资产投资"]


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
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--pages", type=int, default=0, help="also time each web page this many times (p50, p95)")
    parser.add_argument("--existing", action="store_true", help="time searches and pages on --db as it is: no corpus, no ingest")
    args = parser.parse_args()
    if args.existing:
        if not args.db:
            parser.error("--existing needs --db")
        store = open_store(args.db, create=False)
        started = time.perf_counter()
        places = track.refresh(store)
        print(f"tracker  {places:,} places out of date computed in {time.perf_counter() - started:.1f} s "
              f"({store.stats()['documents']:,} documents)")
        _time_searches(store, args.queries)
        if args.pages:
            _time_pages(store, args.pages)
        return
    folder = Path(tempfile.mkdtemp(prefix="govreport-store-bench-"))
    db = args.db or str(folder / "bench.db")
    t0 = time.perf_counter()
    size = generate_news(folder, args.docs) if args.kind == "news" else generate(folder, args.docs)
    t1 = time.perf_counter()
    store = open_store(db)
    done = [0]

    def progress(n: int) -> None:
        done[0] += n
        if done[0] % 100 == 0:
            print(f"  ... {done[0]} files ingested after {time.perf_counter() - t1:.0f} s", file=sys.stderr, flush=True)

    report = ingest([str(folder)], store, Config(), progress=progress)
    t2 = time.perf_counter()
    documents = store.stats()["documents"]
    print(f"corpus   {args.docs:,} {args.kind} documents, {size / 1e6:.1f} MB, generated in {t1 - t0:.1f} s")
    print(f"ingest   {report.stored:,} documents in {t2 - t1:.1f} s = {report.stored / (t2 - t1):.0f} documents/s "
          f"(pipeline, writes and linking; {report.groups} version groups)")
    _time_searches(store, args.queries)
    if args.pages:
        _time_pages(store, args.pages)
    store.engine.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def _time_searches(store, queries: int) -> None:
    documents = store.stats()["documents"]
    rng = random.Random(3)
    timings: dict[str, list[float]] = {"plain": [], "filtered": []}
    hits = 0
    for n in range(queries):
        query = rng.choice(QUERIES)
        filters = Filters(doc_type="news") if n % 2 else Filters()
        started = time.perf_counter()
        found = store.search(query, filters, limit=20)
        timings["filtered" if n % 2 else "plain"].append((time.perf_counter() - started) * 1000)
        hits += len(found)
    for name, values in timings.items():
        print(f"search   {name:8} p50 {percentile(values, 0.5):7.1f} ms  p95 {percentile(values, 0.95):7.1f} ms  max {max(values):7.1f} ms  "
              f"({len(values)} queries over {documents:,} documents, mean {statistics.mean(values):.1f} ms)")
    print(f"         {hits / queries:.1f} hits per query on average (limit 20)")


def _time_pages(store, repeats: int) -> None:
    """The pages a reader opens first, served in-process on the benchmark's database."""
    from fastapi.testclient import TestClient

    from govreport.web import WebSettings, create_app

    client = TestClient(create_app(WebSettings(), store=store))
    place = next((r["place_id"] for r in store.regions() if r.get("place_id")), "100000")
    paths = ["/tracker", "/tracker?page=3&sort=status", f"/regions/{place}", "/regions", "/glossary", "/search?q=就业", "/search?q=就业&sort=date",
             "/projects", "/indicators/gdp_growth"]
    for path in paths:
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            status = client.get(path).status_code
            times.append((time.perf_counter() - started) * 1000)
        print(f"page     {path:32} p50 {percentile(times, 0.5):7.1f} ms  p95 {percentile(times, 0.95):7.1f} ms  (HTTP {status})")


if __name__ == "__main__":
    main()
