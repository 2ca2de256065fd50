"""Ingest on a Dask cluster (``govreport ingest --engine dask``): the pipeline runs on the
cluster's workers, each of which writes its partitions straight into PostgreSQL.

    plan     (client)   the files in input order: a crawl (JSONL, CSV, Parquet) larger than a
                        partition is cut into parts (crawls.split); other files are grouped
                        into batches of about a partition's bytes, read whole
    survey   (workers)  each crawl part surveyed; the client numbers the parts (crawls.number)
                        and has the bad rows' warnings worded where there are any
    process  (workers)  each partition: documents already stored are skipped, the rest go
                        through the pipeline, are signed, and are stored in one transaction
                        by COPY (Store.write_many)
    link     (client)   once, over the whole database, as the local ingest does after its
                        files: version links and conflicts, projects, the tracker's pairs

Documents get the ids the local ingest gives them (a file's SHA-256 and the item's place in
it), so a partition stored already is skipped, a run killed halfway is completed by running
it again, and the database ends as a local ingest of the same input leaves it. Partitions are
stored in whatever order the workers finish them, so fact ids differ from a local ingest's;
the one stage that reads facts in stored order (project linking, where order breaks ties) is
given the input's order instead. Workers read the input paths themselves: on a cluster of
several machines they must see the same files at the same paths (a shared file system).
"""

from __future__ import annotations

import hashlib
import logging
import os
import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import crawls, track
from .config import Config
from .errors import ConfigError, InputError
from .ingest import IngestReport, relink
from .link import signature
from .pipeline import _timed, expand, read_file, run_bytes, run_item
from .store import Store, database_url, open_store
from .store.bulk import Entry

DEFAULT_PARTITION_BYTES = 4 << 20
_SMALLEST_PARTITION = 64 << 10
_BATCH_FILES = 500  # files read whole in one partition at most


@dataclass(frozen=True)
class Batch:
    """Files read whole, stored in one transaction; ``first`` is the first one's place in
    the input."""

    number: int
    files: tuple[str, ...]
    first: int


@dataclass
class Done:
    """What a worker did with one partition."""

    number: int
    documents: int = 0
    stored: int = 0
    skipped_files: int = 0
    skipped: bool = False  # every document of the partition was stored already
    errors: list[str] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)  # path -> SHA-256 of the files read whole
    seconds: dict[str, float] = field(default_factory=dict)
    worker: str = ""
    peak_mb: float = 0.0  # the worker process's resident memory high-water mark


@dataclass
class ClusterReport(IngestReport):
    partitions: int = 0
    partitions_skipped: int = 0
    workers: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, summed over the workers, and the client's steps
    worker_peak_mb: dict[str, float] = field(default_factory=dict)
    client_peak_mb: float = 0.0


def ingest(
    paths: list[str], db: str, config: Config = Config(), scheduler: str | None = None, partition_bytes: int = DEFAULT_PARTITION_BYTES,
    progress: Callable[[int], None] | None = None, planned: Callable[[int], None] | None = None,
) -> ClusterReport:
    """Ingest ``paths`` into the PostgreSQL database ``db`` on the Dask cluster whose scheduler
    is at ``scheduler`` (tcp://host:port), or on a local cluster of ``config.workers``
    processes (0: one per core). ``planned`` is told how many partitions there are,
    ``progress`` each one done."""
    if partition_bytes <= 0:
        raise ConfigError(f"the partition size must be positive, not {partition_bytes}")
    if not database_url(db).startswith("postgresql"):
        raise ConfigError("the dask engine writes with PostgreSQL's COPY: give --db a postgresql:// URL (or use --engine local for SQLite)")
    store = open_store(db, create=True)
    report = ClusterReport()
    unreadable: list[InputError] = []
    files = expand(paths, unreadable)
    report.errors.extend(str(error) for error in unreadable)
    report.files = len(files)
    with _client(scheduler, config.workers) as client:
        report.workers = len(client.scheduler_info()["workers"])
        started = time.perf_counter()
        size = _partition_size(files, partition_bytes, report.workers)
        partitions, order = _plan(client, files, config, size, report)
        report.seconds["plan"] = time.perf_counter() - started
        report.partitions = len(partitions)
        if planned:
            planned(len(partitions))
        _run(client, partitions, db, config, report, order, progress)
    started = time.perf_counter()
    if report.stored or not store.has_links():
        relink(store, report, mention_order=_input_order(order))
    report.seconds["link"] = time.perf_counter() - started
    started = time.perf_counter()
    track.refresh(store)
    report.seconds["pairs"] = time.perf_counter() - started
    report.client_peak_mb = _peak_mb()
    return report


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as err:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
        with client:
            try:
                client.wait_for_workers(1, timeout=60)
            except TimeoutError as err:
                raise ConfigError(f"the Dask scheduler at {scheduler} has no workers (none came in a minute)") from err
            yield client
        return
    count = workers or os.cpu_count() or 1
    # one thread a worker: the pipeline is Python, so threads would share one core
    with LocalCluster(n_workers=count, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.CRITICAL) as cluster:
        # its worker processes end with this one, even killed with -9 (distributed's
        # processes watch a pipe to their parent)
        with Client(cluster) as client:
            yield client


def _partition_size(files: list[str], wanted: int, workers: int) -> int:
    """``wanted``, made smaller for a small input so that each worker has some partitions
    (four each) to balance between them."""
    total = sum(_size(path) for path in files)
    return max(min(wanted, total // (4 * max(1, workers))), min(wanted, _SMALLEST_PARTITION))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _plan(client, files: list[str], config: Config, size: int, report: ClusterReport) -> tuple[list, dict[str, int]]:
    """The partitions in input order (batches of whole files, and crawl slices), and the
    input's order of every crawl (its digest's first 16 characters -> its place)."""
    split: dict[int, tuple[crawls.Crawl, list[crawls.Part]]] = {}
    failed: set[int] = set()
    for n, path in enumerate(files):
        if crawls.crawl_format(path) is None:
            continue
        try:
            found = crawls.split(path, config, size)
        except (InputError, OSError) as err:
            failed.add(n)
            report.errors.append(str(err if isinstance(err, InputError) else InputError(path, f"cannot read the file: {err.strerror or err}")))
            continue
        if found:
            split[n] = found
    sliced = _slices(client, split, config, size, report, failed)
    order: dict[str, int] = {}
    partitions: list = []
    batch: list[str] = []
    batch_bytes = 0

    def flush(n: int) -> None:
        nonlocal batch, batch_bytes
        if batch:
            partitions.append(Batch(len(partitions), tuple(batch), n - len(batch)))
        batch, batch_bytes = [], 0

    for n, path in enumerate(files):
        if n in sliced:
            flush(n)
            digest = sliced[n][0].part.crawl.sha256[:16]
            order[digest] = min(order.get(digest, n), n)
            first = len(partitions)
            partitions.extend(replace(s, number=first + k) for k, s in enumerate(sliced[n]))
        elif n not in failed:
            batch.append(path)
            batch_bytes += _size(path)
            if batch_bytes >= size or len(batch) >= _BATCH_FILES:
                flush(n + 1)
    flush(len(files))
    return partitions, order


def _slices(client, split: dict, config: Config, size: int, report: ClusterReport, failed: set[int]) -> dict[int, list[crawls.Slice]]:
    """The slices of each crawl that reads as its parts do; the survey runs on the workers."""
    out: dict[int, list[crawls.Slice]] = {}
    todo = {n: found for n, found in split.items() if found}
    for attempt in range(2):
        parts = [part for _crawl, found in todo.values() for part in found]
        surveys = iter(client.gather(client.map(crawls.survey, parts, pure=False)))
        retry = {}
        for n, (crawl, found) in todo.items():
            results = [next(surveys) for _ in found]
            try:
                numbered = crawls.number(crawl, found, results)
            except InputError as err:
                report.errors.append(str(err))
                failed.add(n)
                continue
            if numbered is not None:
                out[n] = numbered
            elif attempt == 0 and crawl.encoding == "utf-8" and not crawl.bom and not all(s.decoded for s in results):
                again = crawls.split(crawl.path, config, size, encoding="gb18030")  # decode's next guess for the whole file
                if again:
                    retry[n] = again
        todo = retry
        if not todo:
            break
    bad = [(n, s.part.number) for n, slices in out.items() for s in slices if s.bad]
    worded = dict(zip(bad, client.gather(client.map(crawls.bad_rows, [out[n][k] for n, k in bad], pure=False))))
    return {n: crawls.with_lead(slices, [worded[(n, k)] for k in range(len(slices)) if (n, k) in worded]) for n, slices in out.items()}


def _run(client, partitions: list, db: str, config: Config, report: ClusterReport, order: dict[str, int], progress) -> None:
    from distributed import as_completed

    futures = client.map(_process, partitions, db=db, config=config, pure=False)
    which = {future.key: partition for future, partition in zip(futures, partitions)}
    for future in as_completed(futures):
        partition = which[future.key]
        try:
            done: Done = future.result()
        except Exception as err:  # the partition's transaction never happened: a run again stores it
            report.errors.append(f"{_describe(partition)}: {type(err).__name__}: {err}".splitlines()[0])
        else:
            report.documents += done.documents
            report.stored += done.stored
            report.skipped += done.skipped_files
            report.partitions_skipped += done.skipped
            report.errors.extend(done.errors)
            for stage, seconds in done.seconds.items():
                report.seconds[stage] = report.seconds.get(stage, 0.0) + seconds
            report.worker_peak_mb[done.worker] = max(report.worker_peak_mb.get(done.worker, 0.0), done.peak_mb)
            if isinstance(partition, Batch):
                for k, path in enumerate(partition.files):
                    if path in done.digests:
                        digest = done.digests[path][:16]
                        order[digest] = min(order.get(digest, partition.first + k), partition.first + k)
        future.release()
        if progress:
            progress(1)


def _describe(partition) -> str:
    if isinstance(partition, Batch):
        more = f" and {len(partition.files) - 1} more" if len(partition.files) > 1 else ""
        return f"partition {partition.number} ({partition.files[0]}{more})"
    part = partition.part
    return f"partition {partition.number} ({part.crawl.path}, {'rows' if part.crawl.format == 'parquet' else 'bytes'} {part.start}-{part.end})"


def _input_order(order: dict[str, int]) -> Callable[[dict], tuple]:
    """A sort key of project mentions: those of documents stored before, by fact id, then
    the input's, by file, item and fact id (the order a local ingest stores them in)."""

    def key(row: dict) -> tuple:
        digest, _, item = row["document_id"].rpartition("-")
        if digest in order and item.isdigit():
            return (1, order[digest], int(item), row["id"])
        return (0, 0, 0, row["id"])

    return key


# --- on a worker ---------------------------------------------------------------------------
_stores: dict[str, Store] = {}


def _store(db: str) -> Store:
    """The worker's store of ``db``, opened once per worker process."""
    if db not in _stores:
        _stores[db] = open_store(db, create=False)
    return _stores[db]


def _process(partition, db: str, config: Config) -> Done:
    from distributed import get_worker

    store = _store(db)
    done = Done(partition.number)
    times = done.seconds
    entries = _batch(partition, store, config, done, times) if isinstance(partition, Batch) else _slice(partition, store, config, done, times)
    with _timed(times, "write"):
        done.stored = len(store.write_many(entries)) if entries else 0
    done.worker = get_worker().address
    done.peak_mb = _peak_mb()
    return done


def _batch(batch: Batch, store: Store, config: Config, done: Done, times: dict) -> list[Entry]:
    entries: list[Entry] = []
    for path in batch.files:
        with _timed(times, "read"):
            try:
                data = read_file(path, config)
            except InputError as err:
                done.errors.append(str(err))
                continue
            sha = hashlib.sha256(data).hexdigest()
            done.digests[path] = sha
            if store.known_documents([f"{sha[:16]}-0"]) and store.source_complete(sha):
                done.skipped_files += 1
                continue
        try:
            docs = run_bytes(path, data, config, times)
        except InputError as err:
            done.errors.append(str(err))
            continue
        done.documents += len(docs)
        with _timed(times, "sign"):
            entries.extend(Entry(doc, sha, len(data), len(docs), signature(doc.text)) for doc in docs)
    done.skipped = not entries and not done.errors
    return entries


def _slice(piece: crawls.Slice, store: Store, config: Config, done: Done, times: dict) -> list[Entry]:
    crawl = piece.part.crawl
    digest = crawl.sha256[:16]
    ids = [f"{digest}-{piece.first_item + k}" for k in range(piece.kept)]
    stored = store.known_documents(ids)
    if len(stored) == len(ids):
        done.skipped = True
        return []
    done.documents = piece.kept
    with _timed(times, "read"):
        raws = crawls.items(piece)
    entries = []
    for raw in raws:
        if f"{digest}-{raw.item}" in stored:
            continue
        doc = run_item(raw, digest, config, times)
        with _timed(times, "sign"):
            entries.append(Entry(doc, crawl.sha256, crawl.size, piece.documents, signature(doc.text)))
    return entries


def _peak_mb() -> float:
    """This process's resident memory high-water mark (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
