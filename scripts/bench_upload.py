"""How quickly the web app answers reads while uploads are ingested (not a test: it prints figures).

    .venv/bin/python scripts/bench_upload.py [--db govreport.db] [--concurrency 4] [--uploads 2] [--lines 5000]

Starts `govreport serve --upload-token` in its own process on 127.0.0.1 (a free port), on a
copy of --db (by default a fresh database of the sample corpus), so the uploads change
nothing of yours. Then, twice, reads pages and API lists from --concurrency threads: first
for --seconds with nothing else going on, then for as long as --uploads uploads (each a
report of --lines made-up sentences, sent at once) are being ingested. Prints the reads'
p50/p95/p99 latency and errors for each phase, and each upload's status and time (a 503 is
the server saying its upload queue is full). Traffic never leaves the loopback interface.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench"
READS = ["/", "/api/documents?limit=20", "/search?q=" + quote("就业"), "/api/facts?indicator=gdp_growth&limit=50", "/regions", "/api/stats"]
# sentences of a county report, its figures varied by the sentence's number
SENTENCES = [
    "规模以上工业增加值增长{a}.{b}%，工业投资完成{c}亿元。",
    "社会消费品零售总额达到{c}.{b}亿元，增长{a}%。",
    "城乡居民人均可支配收入分别增长{a}.{b}%和{b}.{a}%。",
    "全年新签约项目{d}个，总投资{c}亿元，其中亿元以上项目{a}个。",
    "粮食播种面积稳定在{c}万亩，粮食产量{d}万吨。",
    "城镇调查失业率控制在5.{b}%以内，新增城镇就业{d}00人。",
]


def report(place: str, lines: int) -> bytes:
    """A made-up report of ``place`` with ``lines`` sentences, none the same."""
    body = [SENTENCES[n % len(SENTENCES)].format(a=n % 9 + 1, b=n % 10, c=n % 900 + 100, d=n % 97 + 3) for n in range(lines)]
    return (f"{place}2024年政府工作报告\n各位代表：\n" + "\n".join(f"（{n}）{s}" for n, s in enumerate(body))).encode()


def percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return f"{len(values)} reads: too few for percentiles"
    cuts = statistics.quantiles(values, n=100)
    return f"{len(values)} reads  p50 {cuts[49]:7.1f} ms  p95 {cuts[94]:7.1f} ms  p99 {cuts[98]:7.1f} ms  max {max(values):7.1f} ms"


class Reader:
    """Reads from ``concurrency`` threads until told to stop; keeps each read's time in ms."""

    def __init__(self, base: str, concurrency: int) -> None:
        self.base, self.concurrency = base, concurrency
        self.timings: list[float] = []
        self.errors = 0
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def run(self) -> None:
        with ThreadPoolExecutor(self.concurrency) as pool:
            list(pool.map(self._loop, range(self.concurrency)))

    def _loop(self, n: int) -> None:
        with httpx.Client(base_url=self.base, timeout=120) as client:
            while not self.stop.is_set():
                path = READS[n % len(READS)]
                n += 1
                started = time.perf_counter()
                try:
                    failed = client.get(path).status_code >= 400
                except httpx.HTTPError:
                    failed = True
                with self.lock:
                    self.timings.append((time.perf_counter() - started) * 1000)
                    self.errors += failed


def serve(db: str) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "govreport", "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port), "--upload-token", TOKEN]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/api/stats", timeout=2)
            return server, base
        except httpx.TransportError:
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the server did not start (exit code {server.poll()})")
            time.sleep(0.2)


def upload(base: str, name: str, data: bytes, results: list) -> None:
    started = time.perf_counter()
    try:
        status = httpx.post(base + "/upload", data={"token": TOKEN}, files={"file": (name, data, "text/plain")}, timeout=600).status_code
    except httpx.HTTPError as err:
        status = type(err).__name__
    results.append((name, status, time.perf_counter() - started))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="a database to copy (SQLite file); the sample corpus when unset")
    parser.add_argument("--concurrency", type=int, default=4, help="reads in flight at once")
    parser.add_argument("--uploads", type=int, default=2, help="uploads sent at once")
    parser.add_argument("--lines", type=int, default=5000, help="sentences in each upload (5000 is about 390 kB)")
    parser.add_argument("--seconds", type=float, default=10, help="length of the reads-only phase")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        if args.db:
            shutil.copy(args.db, db)
        else:
            subprocess.run([sys.executable, "-m", "govreport", "ingest", str(ROOT / "samples"), "--db", db], check=True, stdout=subprocess.DEVNULL)
        server, base = serve(db)
        try:
            httpx.post(base + "/upload", data={"token": TOKEN}, files={"file": ("warm.txt", report("甲县", 20), "text/plain")}, timeout=120)  # starts the workers
            quiet = Reader(base, args.concurrency)
            threading.Timer(args.seconds, quiet.stop.set).start()
            quiet.run()
            busy, results = Reader(base, args.concurrency), []
            senders = [threading.Thread(target=upload, args=(base, f"u{n}.txt", report(f"第{n}县", args.lines), results)) for n in range(args.uploads)]
            reading = threading.Thread(target=busy.run)
            reading.start()
            for sender in senders:
                sender.start()
            for sender in senders:
                sender.join()
            busy.stop.set()
            reading.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    size = len(report("第0县", args.lines))
    print(f"reads from {args.concurrency} threads; {args.uploads} uploads of {size / 1000:.0f} kB each")
    print(f"  no upload running:  {percentiles(quiet.timings)}  errors {quiet.errors}")
    print(f"  uploads running:    {percentiles(busy.timings)}  errors {busy.errors}")
    for name, status, seconds in sorted(results):
        print(f"  upload {name}: {status} in {seconds:.1f} s")


if __name__ == "__main__":
    main()
