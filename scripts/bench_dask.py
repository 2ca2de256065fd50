"""Benchmark the dask engine (not a test: it prints figures).

    .venv/bin/python scripts/bench_dask.py --db postgresql://…/dask_bench [--items 1000000]
        [--workers 1 2] [--partition-bytes N] [--crawl FILE] [--project 1000000]

Writes a JSONL crawl of short investment-news items (scripts/bench_store.py's items, in one
file, row by row) and ingests it with every file of samples/ into the PostgreSQL database
--db names, emptied first, once for each number of workers (a local cluster of that many
processes). For each run it prints documents/s (the whole ingest, and the partitions alone),
the seconds of each stage summed over the workers (read/decode, clean, identify, segment,
extract, sign, write) and per document, the client's steps (plan, link, pairs), and each
worker's peak resident memory (VmHWM). With --project N it projects the partitions to N
items at the measured rate: a projection, said as such, not a measurement.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import news_items  # noqa: E402

from govreport import cluster  # noqa: E402
from govreport.config import Config  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read", "clean", "identify", "segment", "extract", "sign", "write")


def write_crawl(path: Path, items: int) -> int:
    with path.open("w", encoding="utf-8") as out:
        for row in news_items(items):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path.stat().st_size


def empty(db: str) -> None:
    """Drop every table of the database; the ingest makes them again."""
    from sqlalchemy import text

    from govreport.store import open_store, schema

    store = open_store(db)
    with store.engine.begin() as conn:
        schema.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE migrations"))
    store.engine.dispose()


def run(paths: list[str], db: str, workers: int, partition_bytes: int) -> tuple[cluster.ClusterReport, float, float]:
    """One ingest into an empty database: its report, its seconds, and the seconds of its
    partitions (from the first planned to the last done)."""
    empty(db)
    marks: dict[str, float] = {}
    done = [0]

    def planned(count: int) -> None:
        marks["planned"] = time.perf_counter()
        print(f"  {count} partitions", file=sys.stderr, flush=True)

    def progress(n: int) -> None:
        done[0] += n
        marks["last"] = time.perf_counter()
        if done[0] % 10 == 0:
            print(f"  ... {done[0]} partitions done after {marks['last'] - started:.0f} s", file=sys.stderr, flush=True)

    started = time.perf_counter()
    report = cluster.ingest(paths, db, Config(workers=workers), partition_bytes=partition_bytes, progress=progress, planned=planned)
    return report, time.perf_counter() - started, marks["last"] - marks["planned"]


def show(report: cluster.ClusterReport, items: int, size: int, seconds: float, partitions_seconds: float, project: int | None) -> None:
    documents = report.documents
    print(f"workers     {report.workers}: {report.partitions} partitions, {documents:,} documents ({report.stored:,} stored), "
          f"{len(report.errors)} errors, {report.groups} version groups")
    print(f"throughput  {documents / seconds:.1f} documents/s the whole ingest ({seconds:.0f} s); "
          f"{documents / partitions_seconds:.1f} documents/s the partitions ({partitions_seconds:.0f} s), "
          f"{size / 1e6 / partitions_seconds:.2f} MB/s")
    busy = sum(report.seconds.get(stage, 0.0) for stage in STAGES)
    for stage in STAGES:
        spent = report.seconds.get(stage, 0.0)
        print(f"  {stage:9} {spent:8.1f} s summed over workers  {1000 * spent / documents:6.2f} ms/document  {100 * spent / busy:5.1f}%")
    for step in ("plan", "link", "pairs"):
        print(f"  {step:9} {report.seconds.get(step, 0.0):8.1f} s on the client")
    peaks = ", ".join(f"{mb:.0f}" for mb in sorted(report.worker_peak_mb.values()))
    print(f"memory      peak per worker {peaks} MB; client {report.client_peak_mb:.0f} MB")
    if project:
        scale = project / items
        print(f"projection  {project:,} items: partitions {partitions_seconds * scale / 3600:.2f} h at the measured rate "
              f"(linear in items); link and pairs measured {report.seconds.get('link', 0) + report.seconds.get('pairs', 0):.0f} s "
              f"at {items:,} items (they read the whole database: not linear, not projected)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a PostgreSQL database to empty and fill (postgresql://…)")
    parser.add_argument("--items", type=int, default=1_000_000, help="news items in the crawl")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="cluster sizes to run, one after another")
    parser.add_argument("--partition-bytes", type=int, default=cluster.DEFAULT_PARTITION_BYTES)
    parser.add_argument("--crawl", help="write the crawl here and keep it (default: a file beside the database's name in /tmp)")
    parser.add_argument("--project", type=int, help="project the partitions' time to this many items")
    args = parser.parse_args()
    crawl = Path(args.crawl or f"/tmp/govreport-bench-{args.items}.jsonl")
    started = time.perf_counter()
    if not crawl.exists():
        write_crawl(crawl, args.items)
    size = crawl.stat().st_size + sum(p.stat().st_size for p in (ROOT / "samples").rglob("*") if p.is_file())
    print(f"corpus      {args.items:,} news items in one JSONL crawl ({crawl.stat().st_size / 1e6:.0f} MB, ready in {time.perf_counter() - started:.0f} s) "
          f"and every file of samples/")
    for workers in args.workers:
        report, seconds, partitions_seconds = run([str(crawl), str(ROOT / "samples")], args.db, workers, args.partition_bytes)
        show(report, args.items, size, seconds, partitions_seconds, args.project)


if __name__ == "__main__":
    sys.exit(main())
