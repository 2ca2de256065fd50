"""Crawls cut into parts (crawls.py): each part read on its own gives the documents that
read.read gives from the whole file, or the file is read whole."""

from __future__ import annotations

import csv
import io
import json

import pytest

from govreport import crawls
from govreport.config import Config
from govreport.errors import UnsupportedInput
from govreport.read import read


def in_parts(path, part_bytes: int, config: Config = Config()):
    """The file's documents read part by part, as the cluster's client and workers do in
    turn; None when the file is to be read whole."""
    found = crawls.split(str(path), config, part_bytes)
    if found is None:
        return None
    crawl, parts = found
    slices = crawls.number(crawl, parts, [crawls.survey(part) for part in parts])
    if slices is None:
        return None
    slices = crawls.with_lead(slices, [crawls.bad_rows(s) for s in slices if s.bad])
    return len(parts), [item for s in slices for item in crawls.items(s)]


def rows(count: int) -> list[dict]:
    return [
        {"title": f"第{n}条", "published": f"2024-05-{n % 28 + 1:02d}", "site": "某招商网",
         "content": "" if n % 41 == 9 else f"湘潭县举行项目集中签约仪式，{n % 7 + 2}个项目签约落户，总投资{n % 60 + 5}亿元。" * (n % 3 + 1)}
        for n in range(count)
    ]


def jsonl(records: list[dict], newline: str = "\n") -> str:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines[13:13] = ['{"content": "断开', "", "[1, 2]"]  # no JSON, a blank line, no object
    return newline.join(lines) + newline


@pytest.mark.parametrize("newline,encoding", [("\n", "utf-8"), ("\r\n", "utf-8"), ("\n", "gb18030"), ("\n", "utf-8-sig")])
def test_crawls_jsonl_parts_read_as_the_whole_file_does(tmp_path, newline, encoding):
    path = tmp_path / "news.jsonl"
    path.write_bytes(jsonl(rows(240), newline).encode(encoding))
    parts, items = in_parts(path, 2000)
    whole = read(str(path), path.read_bytes(), Config())
    assert parts > 5 and len(items) == len(whole) > 200
    assert items == whole
    assert [w.code for w in items[0].warnings].count("bad_row") == 2 + sum(1 for n in range(240) if n % 41 == 9)
    assert all(not item.warnings for item in items[1:])


def test_crawls_csv_parts_with_line_breaks_inside_quotes_read_as_the_whole_file_does(tmp_path):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, ["title", "published", "site", "content"])
    writer.writeheader()
    for n, row in enumerate(rows(200)):
        if n % 3 == 0 and row["content"]:
            row["content"] += '\n第二段，含"引号"和逗号,\n第三段。'
        writer.writerow(row)
    path = tmp_path / "news.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    parts, items = in_parts(path, 1500)
    whole = read(str(path), path.read_bytes(), Config())
    assert parts > 5 and len(items) == len(whole) > 150
    assert items == whole


def test_crawls_csv_with_a_quote_left_open_is_read_whole(tmp_path):
    text = "title,content\n" + "".join(f"第{n}条,湘潭县签约{n}个项目。\n" for n in range(300))
    path = tmp_path / "broken.csv"
    path.write_text(text.replace("第150条,湘", '第150条,"湘'), encoding="utf-8")
    whole = read(str(path), path.read_bytes(), Config())
    assert [w.code for w in whole[0].warnings] == ["bad_row"]  # read skips the row and goes on at the next line
    assert in_parts(path, 1000) is None


@pytest.mark.parametrize("name,data", [
    ("small.jsonl", jsonl(rows(5)).encode()),  # no larger than a part
    ("wide.jsonl", jsonl(rows(300)).encode("utf-16")),  # a line end is two bytes
    ("plain.txt", b"x" * 5000),  # no crawl
    ("nocolumn.jsonl", "".join(json.dumps({"a": n}) + "\n" for n in range(400)).encode()),  # read's own error, from the whole file
])
def test_crawls_that_parts_cannot_read_as_the_whole_file_are_read_whole(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert in_parts(path, 1000 if name != "small.jsonl" else len(data)) is None


def test_crawls_parquet_rows_are_documents_numbered_across_row_groups(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    records = rows(120)
    path = tmp_path / "news.parquet"
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=50)
    parts, items = in_parts(path, 1500)
    kept = [r for r in records if r["content"]]
    assert parts > 3 and [i.item for i in items] == list(range(len(kept)))
    assert [i.text for i in items] == [r["content"] for r in kept]
    assert items[5].title == kept[5]["title"] and items[5].published == kept[5]["published"] and items[5].meta == {"published": kept[5]["published"], "site": "某招商网"}
    assert {i.format for i in items} == {"parquet"} and [w.message for w in items[0].warnings] == [
        f"row at line {n + 1} has no text in 'content'; skipped" for n in range(120) if n % 41 == 9]


def test_crawls_parquet_without_a_text_column_is_an_error_naming_its_columns(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "codes.parquet"
    pq.write_table(pa.Table.from_pylist([{"code": n, "name": "x"} for n in range(10)]), path)
    with pytest.raises(UnsupportedInput, match="its columns are code, name"):
        crawls.split(str(path), Config(), 1000)
