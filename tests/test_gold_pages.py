"""scripts/gold_pages.py: what is needed to fetch the gold's pages again, and the check of a
folder of fetched pages against the gold."""

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gold_pages.py"


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=True).stdout


def test_every_real_gold_page_is_listed_with_its_address_and_anchors(tmp_path):
    _run("list", str(tmp_path / "pages"), "--chunks", "2", "--out", str(tmp_path / "lists"))
    listed = [page for n in (1, 2) for page in json.loads((tmp_path / "lists" / f"pages_{n}.json").read_text("utf-8"))]
    gold = [json.loads(p.read_text("utf-8")) for p in (SCRIPT.parent.parent / "gold" / "projects").glob("*.json")]
    real = [g for g in gold if g["document"].startswith("corpus:")]
    assert len(listed) == len(real) > 400  # (seed documents are no page to fetch)
    assert all(page["url"] and page["anchors"] for page in listed)


def test_the_check_names_a_page_absent_and_one_short_of_an_anchor(tmp_path):
    _run("list", str(tmp_path), "--out", str(tmp_path / "lists"))
    first, second = json.loads((tmp_path / "lists" / "pages_1.json").read_text("utf-8"))[:2]
    (tmp_path / first["file"]).write_text("\n".join(first["anchors"]), "utf-8")  # every anchor
    (tmp_path / second["file"]).write_text("nothing of it", "utf-8")  # none
    report = _run("check", str(tmp_path))
    assert f"lacking  {second['file']}" in report and f"{first['file']}" not in report
    assert "2 present (1 lacking anchors)" in report
    # and a folder that holds them is listed without them
    assert "to fetch" in _run("list", str(tmp_path), "--out", str(tmp_path / "again"))
    again = json.loads((tmp_path / "again" / "pages_1.json").read_text("utf-8"))
    assert first["file"] not in [page["file"] for page in again]
