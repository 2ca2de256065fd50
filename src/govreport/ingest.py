"""Ingest: files and folders into the database, in parallel, idempotent, resumable.

The main process hashes each file and skips a file whose documents are all stored (the
same bytes change nothing). Worker processes run the pipeline and sign each document
(MinHash); the main process is the single writer and stores each document in its own
transaction, so an ingest killed halfway leaves only whole documents, and running it again
stores the rest. After the files, the search index beside the database takes in what was
stored (store/index.py), the link stage recomputes version groups and conflicts, and the
tracker's pairs of every place written to are computed again (see track.refresh).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import InputError, TooLargeInput
from . import project_link, track
from .link import conflicts, groups, signature, version_links
from .model import Document
from .pipeline import expand, read_file, run_bytes, worker_pool
from .store import Store


UPLOAD_INDEX_WAIT = 5.0  # seconds an upload waits for another writer of the search index


@dataclass
class IngestReport:
    files: int = 0
    skipped: int = 0
    documents: int = 0
    stored: int = 0
    errors: list[str] = field(default_factory=list)
    groups: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class _Work:
    path: str
    sha256: str
    size: int
    documents: tuple[Document, ...] = ()
    signatures: tuple[bytes, ...] = ()
    error: InputError | None = None


def _process(path: str, config: Config) -> _Work:
    try:
        data = read_file(path, config)
    except InputError as err:
        return _Work(path, "", 0, error=err)
    sha = hashlib.sha256(data).hexdigest()
    try:
        docs = tuple(run_bytes(path, data, config))
    except InputError as err:
        return _Work(path, sha, len(data), error=err)
    return _Work(path, sha, len(data), docs, tuple(signature(d.text) for d in docs))


def _already_stored(store: Store, path: str) -> bool:
    try:
        digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return False
    return bool(store.known_documents([f"{digest[:16]}-0"])) and store.source_complete(digest)


def ingest(paths: list[str], store: Store, config: Config = Config(), progress: Callable[[int], None] | None = None, link: bool = True) -> IngestReport:
    report = IngestReport()
    unreadable: list[InputError] = []
    files = expand(paths, unreadable)
    report.errors.extend(str(error) for error in unreadable)
    report.files = len(files)
    todo = []
    for path in files:
        if _already_stored(store, path):
            report.skipped += 1
            if progress:
                progress(1)
        else:
            todo.append(path)
    workers = config.workers or os.cpu_count() or 1
    if workers == 1 or len(todo) < 4:
        results = (_process(path, config) for path in todo)
        _store_all(results, store, report, progress)
    else:
        with worker_pool(workers) as pool:
            _store_all(pool.map(_process, todo, [config] * len(todo), chunksize=4), store, report, progress)
    store.update_search_index()  # what was stored, and anything else the index lacks
    if link and (report.stored or not store.has_links()):
        relink(store, report)
    track.refresh(store)  # the tracker's pairs of the places written to
    return report


def ingest_bytes(source: str, data: bytes, store: Store, config: Config = Config()) -> IngestReport:
    """Ingest one file's bytes (an upload) without touching the file system."""
    report = IngestReport(files=1)
    sha = hashlib.sha256(data).hexdigest()
    try:
        if len(data) > config.max_bytes:
            raise TooLargeInput(source, f"{len(data):,} bytes is over the limit of {config.max_bytes:,}")
        docs = tuple(run_bytes(source, data, config))
    except InputError as err:
        report.errors.append(str(err))
        return report
    _store_all([_Work(source, sha, len(data), docs, tuple(signature(d.text) for d in docs))], store, report, None)
    if report.stored:
        # an upload waits a little for another writer of the index; past that, the next
        # search catches the index up
        store.update_search_index(wait=UPLOAD_INDEX_WAIT)
        relink(store, report)
        track.refresh(store)
    return report


def _store_all(results, store: Store, report: IngestReport, progress) -> None:
    for work in results:
        if work.error is not None:
            report.errors.append(str(work.error))
        else:
            for doc, sig in zip(work.documents, work.signatures):
                report.documents += 1
                if store.write(doc, work.sha256, work.size, len(work.documents), sig):
                    report.stored += 1
        if progress:
            progress(1)


def relink(store: Store, report: IngestReport | None = None, mention_order: Callable[[dict], Any] | None = None) -> None:
    """Recompute version groups and the conflicts inside them over the whole database, and the
    projects. Projects are linked from their mentions in the order they were stored (which
    decides ties); ``mention_order``, a sort key of ``Store.project_facts`` rows, gives
    another (a cluster ingest, which stores parts in no fixed order, gives the input's)."""
    signatures = store.signatures()
    # the links stored before are judged again whatever the LSH indexes find, and win the
    # ties: a document that arrives takes no link it is not strictly better for
    kept_before = {(row["a_document"], row["b_document"]) for row in store.links("version")}
    links, about = version_links(signatures, kept_before), {row[0]: (row[3], row[4]) for row in signatures}
    membership, links = groups(links, about, kept_before)
    rows = [
        {"group_id": membership[link.a], "a_document": link.a, "b_document": link.b, "score": link.score,
         "detail": {"jaccard": link.jaccard, "containment": link.containment}}
        for link in links
    ]
    store.replace_links("version", rows, membership)
    conflict_rows = []
    for link in links:
        texts = store.texts([link.a, link.b])
        for conflict in conflicts(link.a, texts[link.a], link.b, texts[link.b]):
            conflict_rows.append({"group_id": membership[link.a], "a_document": link.a, "b_document": link.b, "score": None, "detail": conflict})
    store.replace_links("conflict", conflict_rows, {})
    mentions = store.project_facts()
    if mention_order is not None:
        mentions.sort(key=mention_order)
    store.replace_projects(*project_link.build(mentions))
    if report is not None:
        report.groups = len(set(membership.values()))
        report.conflicts = len(conflict_rows)
