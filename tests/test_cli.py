import json

import pytest
from click.testing import CliRunner

from govreport.cli import main


def test_extract_json_follows_the_contract(samples):
    result = CliRunner().invoke(main, ["extract", "--json", str(samples / "wangcheng_2021_portal.html")])
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)["documents"]
    for key in ("id", "source", "item", "title", "doc_type", "region", "report_year", "reviewed_year", "plan_year",
                "meeting", "speaker", "meeting_date", "published", "text", "sections", "facts", "warnings"):
        assert key in doc
    assert doc["region"]["code"] == "430112"
    for section in doc["sections"]:
        assert 0 <= section["start"] <= section["end"] <= len(doc["text"])


def test_extract_goes_on_past_bad_files_and_fails_at_the_end(tmp_path, samples):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 10)
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["extract", str(empty), str(samples / "wangcheng_2010_gbk.txt"), str(binary), str(missing)])
    assert result.exit_code == 1
    assert "望城县" in result.stdout
    assert f"{empty}: the file is empty" in result.stderr
    assert f"{binary}:" in result.stderr and "binary" in result.stderr
    assert f"{missing}: cannot read" in result.stderr
    assert "3 file(s) failed" in result.stderr


def test_extract_summary_over_the_sample_corpus(samples):
    result = CliRunner().invoke(main, ["extract", str(samples)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("== ") >= 10
    assert "spam_token" in result.stdout and "fragment_reordered" in result.stdout and "traditional_converted" in result.stdout


def test_public_surface_is_deliberate():
    import govreport

    assert sorted(govreport.__all__) == sorted(
        ["Config", "Document", "Fact", "GovreportError", "InputError", "Outcome", "run", "run_bytes", "__version__"]
    )


def test_errors_survive_the_trip_from_a_worker_process():
    import pickle

    from govreport.errors import EmptyInput

    error = pickle.loads(pickle.dumps(EmptyInput("a.txt", "the file is empty")))
    assert (error.source, error.problem, str(error)) == ("a.txt", "the file is empty", "a.txt: the file is empty")


def test_users_extend_the_indicator_catalog_without_touching_code(tmp_path):
    catalog = tmp_path / "mine.toml"
    catalog.write_text('[tea_output]\nname = "茶叶产量"\nmeasure = "level"\ndirection = "higher"\nsynonyms = ["茶叶产量"]\n', "utf-8")
    report = tmp_path / "r.txt"
    report.write_text("各位代表：\n一、2023年工作回顾\n全县茶叶产量达到1.2万吨。\n", "utf-8")
    result = CliRunner().invoke(main, ["extract", "--json", "--catalog", str(catalog), str(report)])
    assert result.exit_code == 0, result.output
    [fact] = [f for f in json.loads(result.stdout)["documents"][0]["facts"] if f["kind"] == "metric"]
    assert fact["indicator"] == "tea_output" and fact["base_value"] == 12000


def test_serve_with_several_worker_processes(tmp_path, samples):
    import socket
    import subprocess
    import sys
    import time

    import httpx

    db = str(tmp_path / "w.db")
    assert CliRunner().invoke(main, ["ingest", str(samples / "wangcheng_2021_portal.html"), "--db", db]).exit_code == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "govreport", "serve", "--db", db, "--port", str(port), "--workers", "2"])
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                regions = httpx.get(f"http://127.0.0.1:{port}/api/regions", timeout=2).json()["regions"]
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert any(r["name"] == "长沙市望城区" for r in regions)
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["stats", "--db", "{tmp}/typo.db"], "no database at {tmp}/typo.db"),
        (["search", "就业", "--db", "{tmp}/no/such/folder.db"], "no database at {tmp}/no/such/folder.db"),
        (["ingest", "{samples}", "--db", "{tmp}/no/such/folder.db"], "the folder {tmp}/no/such does not exist"),
        (["stats", "--db", "{tmp}/not_a_db.db"], "file is not a database"),
        (["track", "--db", "mysql://x/y"], "takes a SQLite file path"),
        (["track", "--db", "postgresql://u:secret@127.0.0.1:1/x"], "cannot open the database postgresql://u:***@127.0.0.1:1/x"),
    ],
)
def test_a_bad_database_is_one_line_that_names_it_and_nothing_is_created(tmp_path, samples, args, says):
    (tmp_path / "not_a_db.db").write_text("hello")
    filled = [a.format(tmp=tmp_path, samples=samples) for a in args]
    result = CliRunner().invoke(main, filled)
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and says.format(tmp=tmp_path) in lines[0] and "secret" not in lines[0]
    assert not (tmp_path / "typo.db").exists()


def test_an_export_into_a_missing_folder_is_one_line(tmp_path, samples):
    db = tmp_path / "g.db"
    assert CliRunner().invoke(main, ["ingest", str(samples / "wangcheng_2021_mirror.txt"), "--db", str(db)]).exit_code == 0
    result = CliRunner().invoke(main, ["export", "track", str(tmp_path / "missing" / "t.csv"), "--db", str(db)])
    assert result.exit_code == 1 and result.output.strip() == f"Error: cannot write {tmp_path / 'missing' / 't.csv'}: No such file or directory"


def test_serve_says_so_when_its_port_is_taken_before_it_says_it_serves(tmp_path, samples):
    import socket

    db = tmp_path / "g.db"
    assert CliRunner().invoke(main, ["ingest", str(samples / "wangcheng_2021_mirror.txt"), "--db", str(db)]).exit_code == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output and "serving" not in result.output


def test_an_unknown_region_is_one_line_not_an_empty_result(tmp_path, samples):
    db = tmp_path / "g.db"
    assert CliRunner().invoke(main, ["ingest", str(samples / "wangcheng_2010_gbk.txt"), "--db", str(db)]).exit_code == 0
    for command in (["track"], ["facts"], ["search", "增长"], ["projects"], ["export", "track", str(tmp_path / "t.csv")]):
        result = CliRunner().invoke(main, [*command, "--db", str(db), "--region", "没有这个地方"])
        assert result.exit_code == 1 and result.output.strip() == "Error: --region: no place in the database matches '没有这个地方' (govreport regions lists them)"
    assert CliRunner().invoke(main, ["track", "--db", str(db), "--region", "望城"]).exit_code == 0


def test_each_problem_is_one_line_that_names_its_file(tmp_path, samples, monkeypatch):
    import os

    from tests.test_read import _pdf

    good = tmp_path / "docs" / "report.txt"
    good.parent.mkdir()
    good.write_bytes((samples / "wangcheng_2010_gbk.txt").read_bytes())
    newline = tmp_path / "docs" / "two\nlines.txt"
    newline.write_bytes(b"")
    damaged = tmp_path / "docs" / "damaged.pdf"
    pdf = _pdf(["某县地区生产总值增长6%。"] * 20)
    damaged.write_bytes(pdf[: len(pdf) * 2 // 3])
    locked = tmp_path / "docs" / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("某县新增就业3万人。", encoding="utf-8")
    # a folder the user may not list (root may list any, so the refusal is simulated)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    for command in (["extract"], ["ingest", "--db", str(tmp_path / "g.db")]):
        result = CliRunner().invoke(main, [*command, str(good.parent)])
        assert result.exit_code == 1
        errors = result.stderr.strip().splitlines()
        errors = [line for line in errors if not line.startswith(("ingest", "\r"))]  # the progress bar
        assert any(line == f"error: {locked}: cannot read the folder: Permission denied" for line in errors), errors
        assert any(line.startswith(f"error: {tmp_path}/docs/two\\nlines.txt: the file is empty") for line in errors), errors
        assert any(line.startswith(f"error: {damaged}: the PDF cannot be parsed") for line in errors), errors
        assert all(line.startswith(("error: ", "3 file(s) failed")) for line in errors), errors


def test_a_port_a_stopped_server_left_waiting_can_be_served_again():
    # a server stopped a moment ago leaves its closed connections waiting (TIME_WAIT) on the port;
    # the server that starts next may listen there, and so must the check made before it
    import socket

    from govreport.cli import _check_port

    with socket.socket() as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port))
        connection, _ = server.accept()
        connection.close()  # the server's side closes first: it is the one that waits
        client.close()
    _check_port("127.0.0.1", port)


def test_an_amount_range_no_project_fits_is_said_not_listed_empty(tmp_path, samples):
    db = tmp_path / "g.db"
    assert CliRunner().invoke(main, ["ingest", str(samples / "wangcheng_2010_gbk.txt"), "--db", str(db)]).exit_code == 0
    result = CliRunner().invoke(main, ["projects", "--db", str(db), "--min-amount", "200", "--max-amount", "100"])
    assert result.exit_code == 2 and "200 is more than --max-amount 100" in result.output and "project(s)" not in result.output
    assert CliRunner().invoke(main, ["projects", "--db", str(db), "--min-amount", "100", "--max-amount", "100"]).exit_code == 0


def test_the_projects_table_lines_up_by_display_width(tmp_path, samples):
    """A CJK character takes two columns of a terminal: the table pads by display width, so the
    columns after 湘潭市 and 株洲市醴陵市 start in the same column (padding by characters, they
    were off by one column for each character of difference)."""
    from govreport.cli import display_width, text_table

    assert display_width("湖南省") == 6 and display_width("5.4亿元") == 7 and display_width("C38") == 3
    assert text_table([["湘潭市", "1"], ["株洲市醴陵市", "22"]], right=frozenset({1})) == ["湘潭市         1", "株洲市醴陵市  22"]
    db = tmp_path / "g.db"
    assert CliRunner().invoke(main, ["ingest", str(samples), "--db", str(db), "--workers", "1"]).exit_code == 0
    listed = json.loads(CliRunner().invoke(main, ["projects", "--db", str(db), "--json"]).output)["projects"]
    assert len({p["region_name"] for p in listed}) >= 3  # names of several lengths
    lines = CliRunner().invoke(main, ["projects", "--db", str(db)]).output.splitlines()[1:]
    assert lines[0].split() == ["region", "year", "stage", "amount", "industry", "name"]
    for column in ("stage", "industry", "name"):
        at = display_width(lines[0][: lines[0].index(column)])
        starts = set()
        for line, project in zip(lines[1:], listed):
            value = {"stage": project["stage"], "industry": ",".join(project["industries"]) or "-", "name": project["name"]}[column]
            starts.add(display_width(line[: line.index(value, len(project["region_name"]))]))
        assert starts == {at}, column
