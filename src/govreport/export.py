"""Export rows (facts, documents, tracker pairs, regions) as CSV, JSON, Excel, Parquet or Stata.

One list of flat dicts feeds every format; nested fields (lists, dicts) are written as JSON
text so that every format holds the same table.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

FORMATS = ("csv", "json", "xlsx", "parquet", "dta")
_STATA_RESERVED = {"end", "if", "in", "for", "byte", "int", "long", "float", "double", "string", "_all", "_n", "_N", "with", "using", "strL"}


def flatten(rows: list[dict]) -> list[dict]:
    return [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()} for row in rows]


def export(rows: list[dict], path: str, fmt: str | None = None) -> str:
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "json":
        Path(path).write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        return fmt
    flat = flatten(rows)
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
        # Stata wants short variable names that are not its reserved words, and no object
        # columns of mixed type
        frame.columns = [(c + "_" if c in _STATA_RESERVED else c)[:32] for c in frame.columns]
        for column in frame.columns:
            if frame[column].dtype == object:
                frame[column] = frame[column].map(lambda v: "" if v is None else str(v))
        frame.to_stata(path, write_index=False, version=118)
    return fmt
