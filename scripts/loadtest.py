"""Load-test the web app on this machine (not a test: it prints figures).

    .venv/bin/python scripts/loadtest.py [--db govreport.db] [--requests 3000] [--concurrency 16]

Starts `govreport serve` in its own process on 127.0.0.1 (a free port), sends a bounded number of requests
from a thread pool to a mix of API and page URLs, stops by itself, and prints requests/s
and latency percentiles per endpoint. Traffic never leaves the loopback interface.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx
PATHS = [
    "/api/search?q=" + quote("就业"),
    "/api/facts?indicator=gdp_growth&limit=50",
    "/api/tracker?region=430304",
    "/api/documents?limit=50",
    "/search?q=" + quote("招商"),
    "/tracker",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="govreport.db")
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=1, help="server processes (govreport serve --workers)")
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # the server runs in a process of its own, as `govreport serve` does, so that the client
    # threads here do not share its interpreter lock
    server = subprocess.Popen([sys.executable, "-m", "govreport", "serve", "--db", args.db, "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/regions", timeout=2)
            break
        except httpx.TransportError:
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the server did not start (exit code {server.poll()})")
            time.sleep(0.2)
    base = f"http://127.0.0.1:{port}"
    timings: dict[str, list[float]] = {p.split("?")[0]: [] for p in PATHS}
    errors = 0
    lock = threading.Lock()
    local = threading.local()

    def hit(n: int) -> None:
        nonlocal errors
        client = getattr(local, "client", None) or httpx.Client(base_url=base, timeout=30)
        local.client = client
        path = PATHS[n % len(PATHS)]
        started = time.perf_counter()
        status = client.get(path).status_code
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            timings[path.split("?")[0]].append(elapsed)
            errors += status >= 400

    started = time.perf_counter()
    with ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(hit, range(args.requests)))
    wall = time.perf_counter() - started
    server.terminate()
    server.wait(timeout=10)
    print(f"{args.requests} requests, concurrency {args.concurrency}, {args.workers} server process(es), {wall:.1f} s: {args.requests / wall:.0f} requests/s, {errors} errors")
    for path, values in timings.items():
        ordered = sorted(values)
        print(f"  {path:16} p50 {ordered[len(ordered) // 2]:6.1f} ms  p95 {ordered[int(len(ordered) * 0.95)]:6.1f} ms  mean {statistics.mean(values):6.1f} ms")


if __name__ == "__main__":
    main()
