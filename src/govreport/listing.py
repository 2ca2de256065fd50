"""Split a listing page (many news items, each a title, a summary and a date) into items.

A listing is recognised by its shape, not its words: at least two blocks, each closed by a
line that holds a date alone, each opening with a short title line followed by a longer
body. Bullet lines ("-", "·") between items are dropped; whatever follows the last date
(site footers such as contact links) is not part of any item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATE_LINE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_BULLET = re.compile(r"^\s*[-–—•·*]?\s*$")
_TITLE_MAX = 120
_BODY_MIN = 40


@dataclass(frozen=True)
class ListingItem:
    title: str
    body: str
    date: str
    footer: str = ""


def iso_date(year: str, month: str, day: str) -> str | None:
    y, m, d = int(year), int(month), int(day)
    if not (1949 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def split_listing(text: str) -> list[ListingItem] | None:
    """Return the items of a listing page, or None when ``text`` is not one."""
    lines = text.split("\n")
    date_rows = [i for i, line in enumerate(lines) if _DATE_LINE.match(line)]
    if len(date_rows) < 2:
        return None
    items: list[ListingItem] = []
    previous = -1
    for row in date_rows:
        block = [line.strip() for line in lines[previous + 1 : row] if not _BULLET.match(line)]
        previous = row
        if len(block) < 2:
            continue
        title, body = block[0], "\n".join(block[1:])
        date = iso_date(*_DATE_LINE.match(lines[row]).groups())  # type: ignore[union-attr]
        if len(title) > _TITLE_MAX or len(body) < _BODY_MIN or date is None:
            continue
        items.append(ListingItem(title, body, date))
    if len(items) < 2 or len(items) < len(date_rows) // 2:
        return None
    footer = "\n".join(line.strip() for line in lines[date_rows[-1] + 1 :] if line.strip())
    if footer:
        last = items[-1]
        items[-1] = ListingItem(last.title, last.body, last.date, footer)
    return items
