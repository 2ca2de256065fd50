"""The clean text as a record of repairs over the original, never a silent rewrite.

Cleaning steps do not change text in place. Each step proposes :class:`Edit`s over the
current text (replace ``[start, end)`` by a replacement, for a reason); a :class:`Draft`
applies them and keeps, for every stretch of the current text, where it came from in the
original. At the end the draft gives

- the clean text,
- the :class:`Repair` log: each change with its kind, its span in the original, its
  replacement, its reason and where the replacement stands in the clean text,
- an :class:`Alignment`: runs of clean text that stand character for character on runs of
  the original, so that any clean offset (a fact, a sentence) can be shown in the original.

The invariant, checked by the tests: every clean character either lies in an aligned run
whose original characters it copies, or lies inside the clean span of a repair; every
original character either is aligned to a clean one or lies inside a repair's span. Nothing
changes without a record.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple


class Edit(NamedTuple):
    """Replace ``[start, end)`` of the current text by ``replacement`` (a named tuple: the
    steps propose thousands for a long text, and a tuple is made in a third of the time of a
    frozen dataclass; it lives only inside cleaning)."""

    start: int
    end: int
    replacement: str
    reason: str


# an edit's (start, end), read in C: the key that sorts thousands of edits
_SPAN = itemgetter(0, 1)


class Repair(NamedTuple):
    """One change the cleaner made, in the original's offsets and in the clean text's (a
    named tuple, read-only like a frozen dataclass: a long text has thousands, and a tuple is
    made in a third of the time)."""

    kind: str
    start: int  # in the original
    end: int
    replacement: str
    reason: str
    clean_start: int = 0  # where the replacement (or, for a deletion, the gap) stands
    clean_end: int = 0

    def to_json(self, original: str) -> dict:
        return {
            "kind": self.kind, "start": self.start, "end": self.end, "original": original[self.start : self.end],
            "replacement": self.replacement, "reason": self.reason, "clean_start": self.clean_start, "clean_end": self.clean_end,
        }


# A repair as applied: (kind, start, end, replacement, reason), the first five fields of a
# Repair, in the original's offsets; its clean span is worked out once, at the end. A plain
# tuple: a long text makes thousands, and a tuple is made in a tenth of a named tuple's time.
_Logged = tuple

# A piece of the current text: (o0, o1, n, aligned, ids), ``n`` characters standing for
# ``original[o0:o1]``. ``aligned``: the characters correspond one to one with the original's
# (a copy, or a same-length substitution such as full-width digits), so the piece can be
# split anywhere. ``ids``: the repairs that made it, so their clean spans can be found at the
# end. A plain tuple, read by unpacking: a cleaning pass makes tens of thousands of pieces,
# and a tuple is made in an eighth of the time of a slotted object.
_Piece = tuple
_LENGTH = itemgetter(2)  # a piece's n, read in C


@dataclass(frozen=True)
class Alignment:
    """Runs ``(clean_start, original_start, length)`` where the clean text stands character
    for character on the original (a copy, or a same-length substitution that a repair
    records), sorted by clean offset; between runs, repairs that changed lengths."""

    runs: tuple[tuple[int, int, int], ...]
    clean_length: int
    original_length: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [r[0] for r in self.runs])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span a clean span comes from (a repaired stretch maps to the
        whole original stretch it replaced)."""
        return self._point(start, left=True), max(self._point(end, left=False), self._point(start, left=True))

    def _point(self, offset: int, left: bool) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1  # type: ignore[attr-defined]
        if i >= 0:
            c, o, n = self.runs[i]
            if offset < c + n or offset == c + n and not left:
                return o + (offset - c)
        # in a repaired gap between runs: its left edge opens the original gap, its right
        # edge closes it
        if left:
            return self.runs[i][1] + self.runs[i][2] if i >= 0 else 0
        return self.runs[i + 1][1] if i + 1 < len(self.runs) else self.original_length

    def to_json(self) -> list[list[int]]:
        return [list(run) for run in self.runs]


class Draft:
    """Text under repair: the current text, the map of its pieces, and the repair log."""

    def __init__(self, original: str):
        self.original = original
        self.text = original
        self._pieces: list[_Piece] = [(0, len(original), len(original), True, ())] if original else []
        self._repairs: list[_Logged] = []
        self._starts_cache: list[int] | None = None
        # whether a piece may stand for a repaired stretch longer than one character (an
        # edit that cuts into one must widen to take it whole); most drafts never make one,
        # and then no edit needs the look over every piece that finds them
        self._stretched = False

    def _set_pieces(self, pieces: list[_Piece]) -> None:
        self._pieces = pieces
        self._starts_cache = None

    # -- edits ------------------------------------------------------------------------
    def apply(self, kind: str, edits: list[Edit]) -> int:
        """Apply non-overlapping edits over the current text; return how many changed it."""
        edits = sorted((e for e in edits if self.text[e.start : e.end] != e.replacement), key=_SPAN)
        if not edits:
            return 0
        for a, b in zip(edits, edits[1:]):
            if b.start < a.end:
                raise ValueError(f"overlapping edits at {b.start}")
        count = len(edits)
        edits = self._widen(edits)
        # one walk over the pieces: those before an edit are kept (whole, or the part before
        # its start where the edit cuts into one), those it covers give way to one new piece.
        # The head is a piece the walk stands inside: its part before ``head_at`` is passed
        # (most edits fall inside one long copied piece, which is then cut only into the parts
        # that stay). ``i`` is the first piece not yet passed.
        # Nothing changes until every edit has its place, so an edit that cuts into a repaired
        # stretch leaves the draft as it was.
        pieces, starts = self._pieces, self._starts()
        total = len(pieces)
        text = self.text
        out: list[_Piece] = []
        keep = out.append
        parts: list[str] = []
        logged: list[_Logged] = []
        rid = len(self._repairs)
        stretched = self._stretched
        # the head is held as fields: where its rest starts and ends in the text (head_at,
        # head_end), what its text offsets add to become the original's (shift), its end in
        # the original (h1) and its repairs (hids); a head is always aligned (one that is not
        # raises before it becomes the head)
        in_head = False
        head_at = head_end = shift = h1 = 0
        hids: tuple[int, ...] = ()
        last = i = 0
        for s, t, replacement, reason in edits:  # (unpacked: read as fields, each costs a call)
            # -- keep what stands before the edit
            if in_head and s >= head_end:
                keep((head_at + shift, h1, head_end - head_at, True, hids))  # the head's rest
                in_head = False
            if not in_head:
                j = bisect.bisect_left(starts, s, i)
                if j > i and starts[j - 1] + pieces[j - 1][2] > s:  # the edit starts inside a piece
                    out.extend(pieces[i : j - 1])
                    h0, h1, hn, _, hids = _cut_at(pieces[j - 1], s)
                    head_at, head_end, shift, in_head = starts[j - 1], starts[j - 1] + hn, h0 - starts[j - 1], True
                else:
                    out.extend(pieces[i:j])
                    if s == t:  # an insertion goes after the deletions marked there
                        while j < total and starts[j] == s and pieces[j][2] == 0:
                            keep(pieces[j])
                            j += 1
                i = j
            if in_head and s > head_at:
                keep((head_at + shift, s + shift, s - head_at, True, hids))
                head_at = s
            # -- the pieces the edit covers (from here on, a head stands at the edit's start)
            if t > s and in_head and t < head_end:
                o0, o1, aligned, ids = s + shift, t + shift, True, hids  # inside the head
                head_at = t
            else:
                covered: list[_Piece] = []
                if t > s:
                    if in_head:
                        covered.append((head_at + shift, h1, head_end - head_at, True, hids))
                        in_head = False
                    k = bisect.bisect_left(starts, t, i)
                    if k > i and starts[k - 1] + pieces[k - 1][2] > t:  # the edit ends inside a piece
                        covered.extend(pieces[i : k - 1])
                        h0, h1, hn, _, hids = _cut_at(pieces[k - 1], t)
                        head_at, head_end, shift, in_head = t, starts[k - 1] + hn, h0 - starts[k - 1], True
                        covered.append((h0, t + shift, t - starts[k - 1], True, hids))
                    else:
                        covered.extend(pieces[i:k])
                    i = k
                if len(covered) == 1:  # most edits replace one piece: no generators for them
                    o0, o1, _, aligned, ids = covered[0]
                elif covered:
                    o0, o1, aligned, ids = _joined(covered)
                else:  # an insertion stands where the next piece begins
                    o0 = o1 = head_at + shift if in_head else pieces[i][0] if i < total else (pieces[-1][1] if pieces else 0)
                    aligned, ids = False, ()
            logged.append((kind, o0, o1, replacement, reason))
            size = len(replacement)
            aligned = aligned and size == o1 - o0
            stretched = stretched or (not aligned and size > 1)
            keep((o0, o1, size, aligned, ids + (rid,)))
            rid += 1
            parts.append(text[last:s])
            parts.append(replacement)
            last = t
        if in_head:
            keep((head_at + shift, h1, head_end - head_at, True, hids))
        out.extend(pieces[i:])
        parts.append(text[last:])
        self.text = "".join(parts)
        self._repairs.extend(logged)
        self._stretched = stretched
        # every piece keeps a length or a repair (a deletion's empty piece has its repair)
        self._set_pieces(out)
        return count

    def _widen(self, edits: list[Edit]) -> list[Edit]:
        """An edit that starts or ends inside a stretch an earlier repair replaced takes
        that stretch whole (its characters have no one-to-one origin); edits that then
        overlap become one."""
        if not self._stretched:
            return edits
        starts = self._starts()
        # the repaired stretches an edit could cut into, as (start, end) in the current text
        stretches = [(at, at + n) for (_, _, n, aligned, _), at in zip(self._pieces, starts) if not aligned and n > 1]
        if not stretches:
            return edits
        firsts = [a for a, _ in stretches]
        widened: list[tuple[int, int, Edit]] = []
        for edit in edits:
            s, t = edit.start, edit.end
            for at in (edit.start, edit.end):
                i = bisect.bisect_right(firsts, at) - 1
                if i >= 0 and stretches[i][0] < at < stretches[i][1]:
                    s, t = min(s, stretches[i][0]), max(t, stretches[i][1])
            widened.append((s, t, edit))
        if all(s == e.start and t == e.end for s, t, e in widened):
            return edits
        out: list[Edit] = []
        group: list[tuple[int, int, Edit]] = []
        for item in widened + [(len(self.text) + 1, len(self.text) + 1, None)]:  # type: ignore[list-item]
            if group and item[0] >= max(g[1] for g in group):
                s, t = group[0][0], max(g[1] for g in group)
                replacement, at = [], s
                for _, _, e in group:
                    replacement += [self.text[at : e.start], e.replacement]
                    at = e.end
                replacement.append(self.text[at:t])
                out.append(Edit(s, t, "".join(replacement), group[0][2].reason))
                group = []
            if item[2] is not None:
                group.append(item)
        return out

    def rearrange(self, kind: str, order: list[tuple[int, int]], reasons: dict[int, str] | None = None) -> int:
        """Put the slices ``order`` (together covering the current text exactly once) in the
        given order. The slices that left their place (those outside a longest run that kept
        its order) are recorded as moves, with ``reasons[position]`` or a general reason."""
        reasons = reasons or {}
        order = [span for span in order if span[1] > span[0]]
        spans = sorted(order)
        if not spans or spans[0][0] != 0 or spans[-1][1] != len(self.text) or any(a[1] != b[0] for a, b in zip(spans, spans[1:])):
            raise ValueError("a rearrangement must use every character of the text once")
        self._cut(sorted({s for s, _ in order}))
        pieces, starts = self._pieces, self._starts()
        first: dict[int, int] = {}
        for i, at in enumerate(starts):
            first.setdefault(at, i)
        rank = {span: n for n, span in enumerate(spans)}
        stay = _increasing([rank[span] for span in order])
        # consecutive moved slices that were consecutive before too move as one block
        blocks: list[list[int]] = []
        for position, (s, e) in enumerate(order):
            previous = blocks[-1][-1] if blocks else None
            if previous is not None and position not in stay and previous not in stay and order[previous][1] == s:
                blocks[-1].append(position)
            else:
                blocks.append([position])
        new_pieces: list[_Piece] = []
        moved = 0
        for block in blocks:
            group: list[_Piece] = []
            for position in block:
                s, e = order[position]
                i = first[s]
                while i < len(pieces) and starts[i] < e:
                    group.append(pieces[i])
                    i += 1
            if block[0] not in stay:
                rid = len(self._repairs)
                s, e = order[block[0]][0], order[block[-1]][1]
                self._repairs.append((kind, min(p[0] for p in group), max(p[1] for p in group), self.text[s:e], reasons.get(block[0], "moved into reading order")))
                group = [(o0, o1, n, aligned, ids + (rid,)) for o0, o1, n, aligned, ids in group]
                moved += 1
            new_pieces.extend(group)
        new_pieces.extend(p for p, at in zip(pieces, starts) if at == len(self.text) and p[2] == 0)
        self.text = "".join(self.text[s:e] for s, e in order)
        self._set_pieces(new_pieces)
        return moved

    # -- results ----------------------------------------------------------------------
    def made(self, kind: str) -> bool:
        """Whether a repair of ``kind`` was made (cheaper than asking :meth:`repairs`)."""
        return any(r[0] == kind for r in self._repairs)

    def repairs(self) -> tuple[Repair, ...]:
        """The repair log, each with the clean span its replacement finally occupies."""
        # pieces come in text order: a repair's clean span opens at the first piece that
        # holds it and closes at the end of the last (lists by repair id: thousands of repairs)
        first: list[int | None] = [None] * len(self._repairs)
        last = [0] * len(self._repairs)
        at = 0
        for _, _, n, _, ids in self._pieces:
            end = at + n
            for rid in ids:
                if first[rid] is None:
                    first[rid] = at
                last[rid] = end
            at = end
        out = []
        make = Repair._make
        for rid, repair in enumerate(self._repairs):
            start = first[rid]
            if start is not None:
                end = last[rid]
            else:  # its text was later replaced whole; it stands where its original did
                start = end = self._clean_point(repair[1])  # (its start in the original)
            out.append(make(repair + (start, end)))
        return tuple(out)

    def alignment(self) -> Alignment:
        """Runs where clean characters stand one for one on original ones: copies, and
        same-length substitutions (full-width digits, Traditional characters), whose
        characters differ but still map exactly."""
        runs: list[list[int]] = []
        at = 0
        for o0, _, n, aligned, _ in self._pieces:
            if aligned and n:
                last = runs[-1] if runs else None
                if last and last[0] + last[2] == at and last[1] + last[2] == o0:
                    last[2] += n
                else:
                    runs.append([at, o0, n])
            at += n
        return Alignment(tuple(tuple(r) for r in runs), len(self.text), len(self.original))  # type: ignore[misc]

    # -- helpers ----------------------------------------------------------------------
    def _starts(self) -> list[int]:
        if self._starts_cache is None:
            # every apply() needs them anew, over thousands of pieces: summed in C, not in a loop
            self._starts_cache = list(accumulate(map(_LENGTH, self._pieces[:-1]), initial=0)) if self._pieces else []
        return self._starts_cache

    def _cut(self, bounds: list[int]) -> None:
        """Split aligned pieces so that every bound (sorted, each once) falls between pieces
        (a bound inside an unaligned piece is not allowed)."""
        pieces, starts = self._pieces, self._starts()
        splits: dict[int, list[int]] = {}  # sorted bounds give each piece its offsets in order
        for bound in bounds:
            i = bisect.bisect_right(starts, bound) - 1
            if 0 <= i < len(pieces) and 0 < bound - starts[i] < pieces[i][2]:
                if not pieces[i][3]:
                    raise ValueError(f"cannot cut a repaired stretch at {bound}")
                splits.setdefault(i, []).append(bound - starts[i])
        if not splits:
            return
        out: list[_Piece] = []
        previous = 0
        for i in sorted(splits):
            out.extend(pieces[previous:i])
            (o0, o1, n, _, ids), cut_at = pieces[i], 0
            for offset in splits[i]:
                out.append((o0 + cut_at, o0 + offset, offset - cut_at, True, ids))
                cut_at = offset
            out.append((o0 + cut_at, o1, n - cut_at, True, ids))
            previous = i + 1
        out.extend(pieces[previous:])
        self._set_pieces(out)

    def _clean_point(self, original_offset: int) -> int:
        at = 0
        for o0, _, n, _, _ in self._pieces:
            if o0 >= original_offset:
                return at
            at += n
        return at


def _cut_at(piece: _Piece, at: int) -> _Piece:
    """The piece, where it may be cut (at ``at`` in the text): an aligned one, whose characters
    stand one for one on the original's; a repaired stretch raises."""
    if not piece[3]:
        raise ValueError(f"cannot cut a repaired stretch at {at}")
    return piece


def _joined(pieces: list[_Piece]) -> tuple[int, int, bool, tuple[int, ...]]:
    """What consecutive pieces stand for together: the original stretch they span, whether
    they are aligned copies of one contiguous stretch, and the repairs that made them (one
    walk: an edit that joins a line break to the blank lines after it covers several pieces,
    and this runs for thousands of them)."""
    o0, o1, _, aligned, ids = pieces[0]
    end = o1  # the previous piece's end in the original
    for p0, p1, _, p_aligned, p_ids in pieces[1:]:
        if p0 < o0:
            o0 = p0
        if p1 > o1:
            o1 = p1
        aligned = aligned and p_aligned and end == p0
        ids += p_ids
        end = p1
    return o0, o1, aligned, ids


def _increasing(values: list[int]) -> set[int]:
    """Positions of a longest increasing subsequence of ``values``: the slices that kept
    their order, so every other slice is one that moved."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tail_at.append(i)
        else:
            tails[k] = v
            tail_at[k] = i
        parent[i] = tail_at[k - 1] if k else -1
    out: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        out.add(i)
        i = parent[i]
    return out


def audit(original: str, text: str, repairs: tuple[Repair, ...], alignment: Alignment) -> list[str]:
    """What in a clean text is not accounted for by its repairs and alignment (empty when
    the record is complete): an aligned character that differs from its original lies in a
    repair's clean span, every unaligned clean character too, and every unaligned original
    character in a repair's original span."""
    problems = []
    clean_covered = bytearray(len(text))
    original_covered = bytearray(len(original))
    repaired = bytearray(len(text))
    for r in repairs:
        clean_covered[r.clean_start : r.clean_end] = b"\x01" * (r.clean_end - r.clean_start)
        repaired[r.clean_start : r.clean_end] = b"\x01" * (r.clean_end - r.clean_start)
        original_covered[r.start : r.end] = b"\x01" * (r.end - r.start)
    for c, o, n in alignment.runs:
        for k in range(n):
            if text[c + k] != original[o + k] and not repaired[c + k]:
                problems.append(f"clean character {c + k} ({text[c + k]!r}) differs from original {o + k} without a repair")
                break
        clean_covered[c : c + n] = b"\x01" * n
        original_covered[o : o + n] = b"\x01" * n
    if 0 in clean_covered:
        at = clean_covered.index(0)
        problems.append(f"clean character {at} ({text[at]!r}) is neither aligned nor repaired")
    if 0 in original_covered:
        at = original_covered.index(0)
        problems.append(f"original character {at} ({original[at]!r}) is neither aligned nor repaired")
    return problems
