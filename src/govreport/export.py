"""Export rows (facts, documents, tracker pairs, regions, projects) as CSV, JSON, Excel,
Parquet or Stata.

Every format gets one plain column per field, never nested JSON: a nested record becomes columns of its own (``meta`` → ``meta_source``), a
list becomes readable text (``甲公司 (investor); 乙公司 (partner)``, ``6所; 8000个``), and the
character offsets are named for what they are (``char_start``, ``char_end``) so that Stata,
which reserves ``end``, needs no renaming.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

FORMATS = ("csv", "json", "xlsx", "parquet", "dta")
# offsets, named plainly (Stata reserves `end`)
_COLUMN_NAMES = {
    "start": "char_start", "end": "char_end", "evidence_start": "evidence_char_start", "evidence_end": "evidence_char_end",
    "original_start": "original_char_start", "original_end": "original_char_end",
}
_STATA_RESERVED = {"if", "in", "for", "byte", "int", "long", "float", "double", "string", "_all", "_n", "_N", "with", "using", "strL", "end"}


def column(name: str) -> str:
    return _COLUMN_NAMES.get(name, name)


def flat_row(row: dict, prefix: str = "") -> dict:
    """One row as plain columns: nested records spread into prefixed columns, lists as text."""
    out: dict = {}
    for key, value in row.items():
        name = prefix + column(key)
        if isinstance(value, dict):
            out.update(flat_row(value, name + "_"))
        elif isinstance(value, (list, tuple)):
            out[name] = "; ".join(_item_text(item) for item in value)
        else:
            out[name] = value
    return out


def _item_text(item) -> str:
    """One list item as a person would write it."""
    if not isinstance(item, dict):
        return _number_text(item)
    if item.get("name") is not None:
        return f"{item['name']} ({item['role']})" if item.get("role") else str(item["name"])
    if item.get("value") is not None:
        return _number_text(item["value"]) + (item.get("unit") or "")
    if item.get("code") is not None:
        return f"{item['code']}: {item.get('message', '')}".rstrip(": ")
    if item.get("stage") is not None:
        return " ".join(str(x) for x in (item["stage"], item.get("date") or item.get("year")) if x is not None)
    return ", ".join(f"{k}={_number_text(v)}" for k, v in item.items() if v is not None and not isinstance(v, (dict, list)))


def _number_text(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def flatten(rows: list[dict]) -> list[dict]:
    flat = [flat_row(row) for row in rows]
    # a record some rows hold and others lack (a project's annual_output: {value, unit, base},
    # or null) is read from its own columns (annual_output_value, …): the rows that lack it
    # leave those empty, not a column of the bare name that no row could ever fill
    records = {column(k) for row in rows for k, v in row.items() if isinstance(v, dict)}
    for row in flat:
        for name in records:
            if name in row and row[name] is None:
                del row[name]
    return flat


def stata_name(name: str) -> str:
    """A Stata variable name: letters, digits and _, not a reserved word, 32 characters at most."""
    clean = re.sub(r"\W", "_", name, flags=re.ASCII)
    clean = "v_" + clean if not clean or clean[0].isdigit() or clean in _STATA_RESERVED else clean
    return clean[:32]


def export(rows: list[dict], path: str, fmt: str | None = None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    flat = flatten(rows)
    if fmt == "json":
        Path(path).write_text(json.dumps(flat, ensure_ascii=False, indent=1), encoding="utf-8")
        return fmt
    columns = list(dict.fromkeys(k for row in flat for k in row))
    if fmt == "csv":
        with open(path, "w", newline="", encoding="utf-8-sig") as out:  # with BOM: Excel reads the Chinese right
            writer = csv.DictWriter(out, fieldnames=columns)
            writer.writeheader()
            writer.writerows(flat)
        return fmt
    import pandas as pd

    frame = pd.DataFrame(flat, columns=columns)
    if fmt == "xlsx":
        frame.to_excel(path, index=False)
    elif fmt == "parquet":
        frame.to_parquet(path, index=False)
    else:
        # Stata wants short ASCII variable names that are not its reserved words, and no
        # object columns of mixed type
        frame.columns = [stata_name(c) for c in frame.columns]
        for name in frame.columns:
            if frame[name].dtype == object:
                frame[name] = frame[name].map(lambda v: "" if v is None else str(v))
        frame.to_stata(path, write_index=False, version=118)
    return fmt
