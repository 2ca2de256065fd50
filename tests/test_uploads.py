"""Uploads run in worker processes: the server answers others while one is ingested, and a
full queue is answered 503 at once."""

import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from govreport.errors import ConfigError
from govreport.ingest import ingest
from govreport.store import open_store
from govreport.web import WebSettings, create_app

from .conftest import ROOT, SAMPLES

pytestmark = pytest.mark.slow


def _report(lines: int) -> bytes:
    """A county's report of ``lines`` sentences, each with figures the extractors take (a
    700 kB one takes several seconds to ingest)."""
    head = "某某县2024年政府工作报告\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n各位代表：\n"
    body = (
        f"第{n}项，全县地区生产总值增长{n % 9 + 1}.{n % 10}%，新增城镇就业{n % 50 + 1}万人，"
        f"完成固定资产投资{n % 300 + 10}亿元，实施重点项目{n % 40 + 2}个。"
        for n in range(lines)
    )
    return (head + "\n".join(body)).encode()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """`govreport serve` with uploads on, in a process of its own (so that this test's threads
    do not share its interpreter lock), on the sample corpus."""
    db = str(tmp_path / "up.db")
    ingest([str(SAMPLES)], open_store(db))
    port = _free_port()
    command = [sys.executable, "-m", "govreport", "serve", "--db", db, "--port", str(port), "--upload-token", "s3cret"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(base + "/api/stats", timeout=2)
            break
        except httpx.TransportError:
            assert process.poll() is None and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=20)


def test_reads_stay_quick_while_a_large_upload_is_ingested(server):
    data = _report(5000)
    answer: dict = {}

    def upload() -> None:
        started = time.monotonic()
        response = httpx.post(server + "/upload", data={"token": "s3cret"}, files={"file": ("big.txt", data, "text/plain")}, timeout=300)
        answer.update(status=response.status_code, text=response.text, seconds=time.monotonic() - started)

    uploading = threading.Thread(target=upload)
    uploading.start()
    time.sleep(0.5)  # the upload is sent and its ingest under way
    reads = []
    with httpx.Client(base_url=server, timeout=300) as client:
        while uploading.is_alive():
            started = time.monotonic()
            assert client.get("/").status_code == 200
            reads.append(time.monotonic() - started)
            time.sleep(0.1)
    uploading.join()
    assert answer["status"] == 200 and "<p>1 / 1</p>" in answer["text"]  # the uploader still gets the report: 1 of 1 document stored
    assert answer["seconds"] > 2, "the upload was too quick to tell anything"
    # an ingest on the event loop held every read until it was done; in a worker it holds none
    assert max(reads) < answer["seconds"] / 2 and len(reads) >= 5, (reads, answer["seconds"])


def test_a_full_upload_queue_is_answered_503_with_retry_after(tmp_path):
    db = str(tmp_path / "q.db")
    app = create_app(WebSettings(db=db, upload_token="s3cret", upload_workers=1, upload_queue=0))
    client = TestClient(app)
    first: dict = {}

    def upload() -> None:
        first["response"] = client.post("/upload", data={"token": "s3cret"}, files={"file": ("a.txt", _report(1500), "text/plain")})

    uploading = threading.Thread(target=upload)
    uploading.start()
    deadline = time.monotonic() + 30
    while app.state.uploads.held == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    refused = client.post("/upload", data={"token": "s3cret"}, files={"file": ("b.txt", _report(10), "text/plain")})
    uploading.join()
    assert refused.status_code == 503 and int(refused.headers["retry-after"]) >= 1 and "busy" in refused.text
    assert first["response"].status_code == 200
    # the worker is free again: the next upload is taken
    assert client.post("/upload", data={"token": "s3cret"}, files={"file": ("c.txt", _report(10), "text/plain")}).status_code == 200
    app.state.uploads.close()


def test_upload_workers_and_queue_are_checked():
    with pytest.raises(ConfigError, match="upload_workers"):
        WebSettings(upload_workers=0)
    with pytest.raises(ConfigError, match="upload_queue"):
        WebSettings(upload_queue=-1)
