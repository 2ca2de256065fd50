"""The pipeline: raw bytes to documents with facts.

    decode -> read (formats, listing items) -> clean -> identify -> segment -> extract

``run_bytes`` is the whole pipeline on one file's bytes: read, then ``run_item`` (the stages
after reading, in order) on each item the file holds; ``run`` applies it to many paths, on
all cores when there are many, yielding a :class:`Outcome` per file so that one bad file
never stops a batch.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .clean import clean
from .config import Config
from .errors import InputError, TooLargeInput
from .extract import extract
from .extract.catalog import load_catalog
from .identify import identify
from .model import Document, RawItem
from .read import read
from .segment import segment


@dataclass(frozen=True)
class Outcome:
    """What became of one file: its documents, or the error that stopped it."""

    source: str
    documents: tuple[Document, ...] = ()
    error: InputError | None = None
    size: int = 0


def run_bytes(source: str, data: bytes, config: Config = Config(), times: dict[str, float] | None = None) -> list[Document]:
    digest = hashlib.sha256(data).hexdigest()[:16]
    with _timed(times, "read"):
        raws = read(source, data, config)
    return [run_item(raw, digest, config, times) for raw in raws]


def run_item(raw: RawItem, digest: str, config: Config = Config(), times: dict[str, float] | None = None) -> Document:
    """One item read from a file (a report, a crawl's row) through the stages after reading;
    its id is the file's ``digest`` and the item's place in the file. ``times``, where given,
    adds up the seconds each stage took."""
    with _timed(times, "clean"):
        cleaned = clean(raw, config.no_repair)
    with _timed(times, "identify"):
        identity = identify(cleaned, raw)
    with _timed(times, "segment"):
        segments = segment(cleaned.text)
    with _timed(times, "extract"):
        facts = extract(cleaned.text, segments, identity, load_catalog(config.catalog))
    warnings = raw.warnings + cleaned.warnings + identity.warnings
    return Document(
        id=f"{digest}-{raw.item}",
        source=raw.source,
        item=raw.item,
        title=cleaned.title,
        format=raw.format,
        encoding=raw.encoding,
        identity=identity,
        text=cleaned.text,
        segments=segments,
        facts=facts,
        warnings=warnings,
        meta={**raw.meta, **cleaned.meta},
        original=cleaned.original,
        repairs=cleaned.repairs,
        alignment=cleaned.alignment,
    )


@contextmanager
def _timed(times: dict[str, float] | None, stage: str) -> Iterator[None]:
    if times is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        times[stage] = times.get(stage, 0.0) + time.perf_counter() - started


def read_file(path: str, config: Config = Config()) -> bytes:
    """A file's bytes; an InputError naming it when it cannot be read or is over
    ``max_bytes`` (refused before a huge file is read into memory)."""
    try:
        size = os.path.getsize(path)
        if size > config.max_bytes:
            raise TooLargeInput(path, f"{size:,} bytes is over the limit of {config.max_bytes:,} (set max_bytes to raise it)")
        return Path(path).read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read the file: {err.strerror or err}") from err


def run_path(path: str, config: Config = Config()) -> Outcome:
    try:
        data = read_file(path, config)
    except InputError as err:
        return Outcome(path, error=err)
    try:
        return Outcome(path, tuple(run_bytes(path, data, config)), size=len(data))
    except InputError as err:
        return Outcome(path, error=err, size=len(data))


def expand(paths: Iterable[str], unreadable: list[InputError] | None = None) -> list[str]:
    """Files named, and the files under folders named, in a stable order. A folder that
    cannot be listed is an error in ``unreadable``, never a silent skip."""
    out: list[str] = []

    def refused(err: OSError) -> None:
        if unreadable is not None:
            unreadable.append(InputError(err.filename or "?", f"cannot read the folder: {err.strerror or err}"))

    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path, onerror=refused):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
        else:
            out.append(path)
    return out


def run(paths: Iterable[str], config: Config = Config()) -> Iterator[Outcome]:
    unreadable: list[InputError] = []
    files = expand(paths, unreadable)
    for error in unreadable:
        yield Outcome(error.source, error=error)
    workers = config.workers or os.cpu_count() or 1
    if workers == 1 or len(files) < 4:
        for path in files:
            yield run_path(path, config)
        return
    with worker_pool(workers) as pool:
        yield from pool.map(run_path, files, [config] * len(files), chunksize=8)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes that end with their parent. Spawn, not fork: forking a process that
    already runs threads (a web server, a test runner) can deadlock or kill the workers."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"), initializer=_die_with_parent, initargs=(os.getpid(),))


def _die_with_parent(parent: int) -> None:
    """A worker whose parent is gone (killed with -9, so it could not stop its pool) exits
    instead of waiting forever on a pipe no one reads: Linux is asked to kill it with its
    parent, and a watch thread checks where prctl is missing."""
    import ctypes
    import signal
    import threading
    import time

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the request took hold

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
