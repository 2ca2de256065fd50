"""Worker processes end with the ingest that started them, even one killed with -9."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES

pytestmark = pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc (Linux)")


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_end_when_ingest_is_killed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(60):  # enough work that the workers are busy when the parent dies
        for sample in SAMPLES.glob("*.txt"):
            shutil.copy(sample, corpus / f"{n:02d}_{sample.name}")
    command = [sys.executable, "-m", "govreport", "ingest", str(corpus), "--db", str(tmp_path / "g.db"), "--workers", "2"]
    parent = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    workers: list[int] = []
    while time.time() < deadline and len(workers) < 2:
        workers = [p for p in _children(parent.pid) if _alive(p)]
        time.sleep(0.2)
    # spawn starts a resource tracker beside the workers; every child of the parent must go
    assert workers, "the ingest started no worker processes"
    time.sleep(1.0)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.time() + 15
    while time.time() < deadline and any(_alive(p) for p in workers):
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)], "worker processes outlived the killed ingest"
