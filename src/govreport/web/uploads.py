"""Uploads are ingested off the event loop, in a few worker processes behind a bounded queue.

The whole pipeline of one upload is CPU-bound and takes seconds for a large file (a 700 kB
report, about 6 s here). Run inside the async handler, as it was, it stopped every other
request until it was done. Now the handler awaits the upload's job while the server goes on
answering, and the uploader still gets the report when it is done.

Processes, not threads. The pipeline is pure Python (regular expressions, jieba, MinHash),
which holds the interpreter lock: in a thread of the server it takes turns with every request
the server answers. Measured with scripts/bench_upload.py (4 reads at a time while two 390 kB
uploads run, two cores shared with other work, the median of three rounds): reads' p50/p95/p99
were 66/175/316 ms with a thread pool and 53/120/159 ms with a process pool, which also
answered about a third more reads a second; the ingest on the event loop held each read for
6 to 12 s. A worker opens the store itself from the database URL, once, and keeps it: a
Store (an engine, its connections) does not cross a process boundary.

At most ``workers`` uploads run at once and ``queue`` more wait their turn; one more is
answered at once with :class:`Busy` (the page says 503 with Retry-After) rather than waiting
behind an unbounded line.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..config import Config
from ..ingest import IngestReport, ingest_bytes
from ..pipeline import worker_pool
from ..store import Store, open_store


class Busy(Exception):
    """Every worker is busy and the queue is full; ``retry_after`` is a guess in seconds of
    when a place frees."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the server is busy with other uploads; try again in about {retry_after} s")
        self.retry_after = retry_after


class UploadPool:
    """The worker processes of one app and the count of the uploads they hold."""

    def __init__(self, db_url: str, workers: int, queue: int, search_index: str | None = None) -> None:
        self.db_url = db_url
        self.search_index = search_index  # a PostgreSQL database's index folder (store.open_store)
        self.workers = workers
        self.limit = workers + queue  # running and waiting together
        self._pool: ProcessPoolExecutor | None = None  # started by the first upload: a server without uploads starts none
        # the one thread that hands jobs to the pool, and so starts its processes: a worker is
        # killed when the thread that started it ends (PR_SET_PDEATHSIG, pipeline.worker_pool),
        # and the thread of a request may end with the request (TestClient runs each in its own)
        self._submitter: ThreadPoolExecutor | None = None
        self._held = 0
        self._lock = threading.Lock()  # the count drops in the pool's own thread, when a job ends
        self._seconds = 10.0  # how long the last upload took, submitted to done (10 s until one has)

    async def ingest(self, source: str, data: bytes, config: Config) -> IngestReport:
        """The upload ingested by a worker; the event loop is free while it runs."""
        try:
            job = await asyncio.get_running_loop().run_in_executor(self._submitting_thread(), self._submit, source, data, config)
            return await asyncio.wrap_future(job)
        except BrokenProcessPool:
            # a worker died (killed, out of memory): this upload fails, the next starts a new pool
            broken, self._pool = self._pool, None
            if broken is not None:
                broken.shutdown(wait=False)
            raise

    def _submit(self, source: str, data: bytes, config: Config) -> Future:
        with self._lock:
            if self._held >= self.limit:
                raise Busy(max(1, math.ceil(self._seconds)))
            self._held += 1
        started = time.monotonic()
        try:
            job = self._executor().submit(_ingest_in_worker, self.db_url, source, data, config, self.search_index)
        except BaseException:
            self._release(started)
            raise
        # counted off when the job itself ends, not when the request does: a job whose uploader
        # went away still holds its worker until it is done
        job.add_done_callback(lambda _job: self._release(started))
        return job

    def _release(self, started: float) -> None:
        with self._lock:
            self._held -= 1
            self._seconds = time.monotonic() - started

    @property
    def held(self) -> int:
        """Uploads running or waiting for a worker."""
        return self._held

    def _submitting_thread(self) -> ThreadPoolExecutor:
        with self._lock:  # two requests may arrive at once, each in its own event loop (TestClient)
            if self._submitter is None:
                self._submitter = ThreadPoolExecutor(1, thread_name_prefix="upload-submitter")
            return self._submitter

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = worker_pool(self.workers)
        return self._pool

    def close(self) -> None:
        """Stops the workers (an upload still running is finished first); a later upload starts them again."""
        if self._submitter is not None:
            self._submitter.shutdown(wait=False)
            self._submitter = None
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


_stores: dict[str, Store] = {}  # in a worker process: the store of each database URL, opened once


def _ingest_in_worker(db_url: str, source: str, data: bytes, config: Config, search_index: str | None = None) -> IngestReport:
    """In a worker process: ``data`` ingested into the database at ``db_url`` (and its search index)."""
    if db_url not in _stores:
        _stores[db_url] = open_store(db_url, search_index=search_index)
    return ingest_bytes(source, data, _stores[db_url], config)
