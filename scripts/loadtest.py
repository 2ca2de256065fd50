"""Load-test the web app on this machine (not a test: it prints figures).

    .venv/bin/python scripts/loadtest.py [--db govreport.db] [--requests 3000] [--concurrency 16]

Starts the app with uvicorn on 127.0.0.1 (a free port), sends a bounded number of requests
from a thread pool to a mix of API and page URLs, stops by itself, and prints requests/s
and latency percentiles per endpoint. Traffic never leaves the loopback interface.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import httpx
import uvicorn

from govreport.web import WebSettings, create_app

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
    args = parser.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(WebSettings(db=args.db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
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
    server.should_exit = True
    thread.join(timeout=10)
    print(f"{args.requests} requests, concurrency {args.concurrency}, {wall:.1f} s: {args.requests / wall:.0f} requests/s, {errors} errors")
    for path, values in timings.items():
        ordered = sorted(values)
        print(f"  {path:16} p50 {ordered[len(ordered) // 2]:6.1f} ms  p95 {ordered[int(len(ordered) * 0.95)]:6.1f} ms  mean {statistics.mean(values):6.1f} ms")


if __name__ == "__main__":
    main()
