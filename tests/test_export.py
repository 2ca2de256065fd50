"""Exports: every format is a table of plain columns, one per field, read back as written."""

import csv
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from govreport.cli import main
from govreport.export import flat_row, stata_name

FORMATS = ("csv", "json", "xlsx", "parquet", "dta")
TRACK_COLUMNS = {
    "region_code", "region_name", "place_id", "indicator", "period", "status", "target_value", "target_high", "target_unit",
    "target_modifier", "target_evidence", "target_document", "outcome_value", "outcome_unit", "outcome_evidence", "outcome_document",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, request):
    from .conftest import SAMPLES

    path = tmp_path_factory.mktemp("export") / "g.db"
    result = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", str(path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return path


def _read(path, fmt) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path, encoding="utf-8-sig")
    if fmt == "json":
        return pd.DataFrame(json.loads(path.read_text("utf-8")))
    if fmt == "xlsx":
        return pd.read_excel(path)
    if fmt == "parquet":
        return pd.read_parquet(path)
    return pd.read_stata(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_tracker_exports_to_every_format_with_one_column_per_field(db, tmp_path, fmt):
    out = tmp_path / f"track.{fmt}"
    result = CliRunner().invoke(main, ["export", "track", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    frame = _read(out, fmt)
    assert TRACK_COLUMNS <= set(frame.columns), sorted(TRACK_COLUMNS - set(frame.columns))
    assert not [c for c in frame.columns if c.endswith("_") or c in ("target", "outcome")]
    # no cell holds a nested record written as JSON
    cells = [str(c) for c in frame.to_numpy().ravel()]
    assert not [c for c in cells if c.startswith(("{", "[{"))]
    # a judged pair reads back with its figures: 望城县 2010 fiscal revenue, 15% set and 13.6% reached
    row = frame[(frame["indicator"] == "fiscal_revenue_growth") & (frame["period"] == 2010)].iloc[0]
    assert (float(row["target_value"]), float(row["outcome_value"]), row["status"]) == (15.0, 13.6, "missed")
    assert "财政总收入增长15%" in row["target_evidence"] and row["target_unit"] == "%"


def test_facts_export_names_offsets_plainly_and_writes_lists_as_text(db, tmp_path):
    out = tmp_path / "facts.csv"
    assert CliRunner().invoke(main, ["export", "facts", str(out), "--db", str(db), "--kind", "livelihood"]).exit_code == 0
    with open(out, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {"char_start", "char_end", "evidence_char_start", "targets", "actuals"} <= set(rows[0])
    assert "start" not in rows[0] and "end" not in rows[0]
    schools = {r["targets"]: r["actuals"] for r in rows if "学位" in r["task"]}
    assert schools.get("6所; 8000个") == "6所; 8600个"  # a list of figures is text, as a person writes it


def test_nested_records_spread_into_columns_and_lists_read_as_a_person_writes_them():
    row = flat_row({"id": 1, "end": 9, "meta": {"source": "x"}, "investors": [{"name": "甲公司", "role": "investor"}],
                    "warnings": [{"code": "spam_token", "message": "repaired"}], "industries": ["C38", "C26"]})
    assert row == {"id": 1, "char_end": 9, "meta_source": "x", "investors": "甲公司 (investor)", "warnings": "spam_token: repaired",
                   "industries": "C38; C26"}


@pytest.mark.parametrize(("name", "stata"), [("end", "v_end"), ("2024年", "v_2024_"), ("target_value", "target_value"), ("x" * 40, "x" * 32)])
def test_stata_names(name, stata):
    assert stata_name(name) == stata


@pytest.mark.parametrize("what", ["facts", "documents", "regions", "projects"])
def test_every_export_is_flat(db, tmp_path, what):
    out = tmp_path / f"{what}.parquet"
    result = CliRunner().invoke(main, ["export", what, str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(out)
    assert len(frame) and not [c for c in frame.columns if c in ("start", "end")]
    assert not [c for c in (str(x) for x in frame.to_numpy().ravel()) if c.startswith(("{", "[{"))]


def test_a_projects_output_tax_and_jobs_are_exported_in_their_own_columns_and_no_column_is_always_empty(db, tmp_path):
    out = tmp_path / "facts.csv"
    assert CliRunner().invoke(main, ["export", "facts", str(out), "--db", str(db), "--kind", "project"]).exit_code == 0
    with open(out, encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert not {"annual_output", "annual_tax", "jobs"} & set(rows[0])  # the bare names no row could fill
    storage = next(r for r in rows if r["name"] == "储能电池模组生产基地项目")
    assert (storage["annual_output_value"], storage["annual_output_unit"], storage["annual_tax_value"], storage["jobs_value"], storage["jobs_unit"]) == ("30.0", "亿元", "1.2", "800.0", "人")
    assert any(r["name"] and not r["annual_output_value"] for r in rows)  # a project without one leaves its columns empty


def test_export_projects_takes_the_projects_commands_filters(db, tmp_path):
    """export projects narrows by industry, stage, amount and amount kind and sorts as
    govreport projects does, and says so when a filter is for projects only or the range is empty."""
    filters = ["--region", "湖南", "--industry", "C", "--min-amount", "5", "--amount-kind", "total_investment", "--sort", "amount"]
    listed = json.loads(CliRunner().invoke(main, ["projects", "--db", str(db), *filters, "--json"]).output)["projects"]
    every = json.loads(CliRunner().invoke(main, ["projects", "--db", str(db), "--json"]).output)["projects"]
    assert 0 < len(listed) < len(every)
    out = tmp_path / "p.csv"
    result = CliRunner().invoke(main, ["export", "projects", str(out), "--db", str(db), *filters])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig") as handle:
        assert [r["project_id"] for r in csv.DictReader(handle)] == [p["id"] for p in listed]
    started = json.loads(CliRunner().invoke(main, ["projects", "--db", str(db), "--stage", "started", "--json"]).output)["projects"]
    assert CliRunner().invoke(main, ["export", "projects", str(out), "--db", str(db), "--stage", "started"]).exit_code == 0
    with open(out, encoding="utf-8-sig") as handle:
        assert [r["project_id"] for r in csv.DictReader(handle)] == [p["id"] for p in started]
    wrong = CliRunner().invoke(main, ["export", "facts", str(out), "--db", str(db), "--industry", "C"])
    assert wrong.exit_code == 2 and "--industry: only export projects takes it" in wrong.output
    empty = CliRunner().invoke(main, ["export", "projects", str(out), "--db", str(db), "--min-amount", "5", "--max-amount", "1"])
    assert empty.exit_code == 2 and "5 is more than --max-amount 1" in empty.output
