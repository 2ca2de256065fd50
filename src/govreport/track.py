"""The promise tracker: each target of a place, indicator and year beside its outcome.

A target is a metric fact with stance target, an indicator and a period. Its outcome is an
actual fact of the same place (``place_id``, so a county that became a district keeps its
history), indicator and period stated by another document, preferably a later report that
reviews that year; a livelihood table's row whose task names the indicator is an outcome
too. Status:

    met          the outcome reaches the target (a ceiling: does not exceed it)
    missed       it does not
    partly_met   a livelihood row whose targets were reached in part
    no_outcome   nothing reported yet (never shown as missed)
    not_set      the target was set in words, not numbers (居民收入增长与经济增长同步)

judged on signed values with the target's modifier (see quantity.py for the sign
convention): 7%以上 is missed by 6.9%; 5%左右 is met by 4.9% (about allows half a point, or
5% of the target for amounts); 下降3.4%以上 (-3.4 at_most) is met by 下降5.6% (-5.6); a range
is met from its low end; an indicator whose direction is "lower" (unemployment, CPI) is met
when a point or about target is not exceeded. A target repeated unchanged from the year
before is flagged ``repeated``. A target over several years (a five-year plan's average) is
left out: it has no single year's outcome. Where no outcome of the target's own indicator
exists, one of its catalog proxies may judge it (a GNP growth target, the GDP growth of the
year after the switch to GDP), flagged ``proxy:<indicator>``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from .extract.catalog import Catalog, default_catalog
from .extract.quantity import base_of
from .store import PAIR_STATUSES, Filters, Store

STATUSES = PAIR_STATUSES  # met, missed, partly_met, no_outcome, not_set (the order the status sort follows)
TRACKER_SORTS = ("region", "indicator", "period", "status")


@dataclass(frozen=True)
class Tolerance:
    """How far an outcome may fall short of a target told with 左右 (about) and still meet it:
    ``points`` percentage points for a rate (%, 个百分点), ``share`` of the target for any
    other unit. The one place this is set; the CLI (``--about-points``, ``--about-share``),
    the API and the pages (``about_points``, ``about_share``) pass the reader's choice here."""

    points: float = 0.5
    share: float = 0.05


@dataclass
class Pair:
    region: str | None
    place_id: str | None
    indicator: str
    period: int | None
    target: dict
    outcome: dict | None
    status: str
    flags: list[str] = field(default_factory=list)
    rule: dict | None = None  # what decided the status: {"rule": "about", "points": 0.5}, …

    def to_json(self) -> dict:
        return {
            "region": self.region, "place_id": self.place_id, "indicator": self.indicator, "period": self.period,
            "target": self.target, "outcome": self.outcome, "status": self.status, "rule": self.rule, "flags": self.flags,
        }

    def to_row(self) -> dict:
        """The pair as one row of plain columns, for CSV, Excel, Parquet and Stata: the
        place, the indicator and period, the status, and each side's figure, its evidence and
        the document it comes from."""
        row = {
            "region_code": self.target.get("region_code"), "region_name": self.region, "place_id": self.place_id,
            "indicator": self.indicator, "period": self.period, "status": self.status, "flags": "; ".join(self.flags),
            "rule": (self.rule or {}).get("rule"), "rule_tolerance": (self.rule or {}).get("points", (self.rule or {}).get("share")),
            "rule_tolerance_unit": "points" if "points" in (self.rule or {}) else "share" if "share" in (self.rule or {}) else None,
        }
        for side, fact in (("target", self.target), ("outcome", self.outcome or {})):
            row.update({
                f"{side}_value": fact.get("value"), f"{side}_high": fact.get("value_high"), f"{side}_unit": fact.get("unit"),
                f"{side}_modifier": fact.get("modifier"), f"{side}_evidence": fact.get("evidence"),
                f"{side}_document": fact.get("document"), f"{side}_report_year": fact.get("report_year"),
                f"{side}_char_start": fact.get("start"), f"{side}_char_end": fact.get("end"),
            })
        return row


def _comparable(fact: dict) -> float | None:
    if fact.get("base_value") is not None:
        return fact["base_value"]
    return fact.get("value")


def rule(target: dict, direction: str, tolerance: Tolerance = Tolerance()) -> dict | None:
    """The rule a target is judged by, to show beside its status: its modifier, the side an
    outcome must fall on, and for 左右 the tolerance (points or a share of the target)."""
    if target.get("value") is None:
        return None
    modifier = target.get("modifier") or "point"
    found: dict = {"rule": modifier if modifier in ("at_least", "at_most") else f"{modifier}_{'lower' if direction == 'lower' else 'higher'}"}
    if modifier == "about":
        found.update({"points": tolerance.points} if target.get("unit") in ("%", "个百分点") else {"share": tolerance.share})
    return found


def judge(target: dict, outcome: dict | None, direction: str, tolerance: Tolerance = Tolerance()) -> str:
    """Met or missed, on signed values (a fall is negative, and the modifier is stated on
    the signed number: 下降3.4%以上 is -3.4 at_most, met by -5.6)."""
    if target.get("value") is None:
        return "not_set"
    if outcome is None or outcome.get("value") is None:
        return "no_outcome"
    goal, actual = _comparable(target), _comparable(outcome)
    if goal is None or actual is None:
        return "no_outcome"
    modifier = target.get("modifier") or "point"
    percent = target.get("unit") in ("%", "个百分点")
    tolerance = tolerance.points if percent else abs(goal) * tolerance.share
    epsilon = 1e-9
    if modifier == "at_least":
        met = actual >= goal - epsilon
    elif modifier == "at_most":
        met = actual <= goal + epsilon
    elif modifier == "range":
        high = target.get("value_high")
        if high is not None and target.get("base_value") is not None and target.get("value"):
            high = high * target["base_value"] / target["value"]  # the top in base units too
        met = actual <= (high if high is not None else goal) + epsilon if direction == "lower" else actual >= goal - epsilon
    elif modifier == "about":
        met = actual <= goal + tolerance + epsilon if direction == "lower" else actual >= goal - tolerance - epsilon
    else:
        met = actual <= goal + epsilon if direction == "lower" else actual >= goal - epsilon
    return "met" if met else "missed"


def track(store: Store, filters: Filters = Filters(), catalog: Catalog | None = None, tolerance: Tolerance = Tolerance()) -> list[Pair]:
    """Every pair that matches ``filters``, judged under ``tolerance``, read from the stored
    tracker (computed again first for the places a document was written to since)."""
    pairs, _total = track_page(store, filters, tolerance=tolerance, limit=None)
    return pairs


def track_page(store: Store, filters: Filters = Filters(), status: str | None = None, tolerance: Tolerance = Tolerance(),
               sort: str = "region", limit: int | None = 50, offset: int = 0) -> tuple[list[Pair], int]:
    """One page of the pairs that match, in ``sort`` order (region, indicator, period, status),
    and how many match: the database filters, judges, sorts and pages, so a page costs the
    same whatever the corpus holds."""
    refresh(store)
    rows, total = store.pairs(filters, status, tolerance.points, tolerance.share, sort, limit, offset)
    pairs = [
        Pair(row["region_name"], row["place_id"], row["indicator"], row["period"], row["target"], row["outcome"], row["judged"], list(row["flags"]),
             rule(row["target"], row["direction"], tolerance) if row["indicator"] != "livelihood" else ({"rule": "completion"} if row["outcome"] else None))
        for row in rows
    ]
    return pairs, total


def track_summary(store: Store, filters: Filters, by: str, tolerance: Tolerance = Tolerance()) -> dict[str, dict[str, int]]:
    """Counts of each status per place or per indicator, as :func:`summarise` gives, counted in
    the database from the stored pairs."""
    refresh(store)
    return store.pair_summary(filters, by, tolerance.points, tolerance.share)


def refresh(store: Store, catalog: Catalog | None = None, chunk: int = 200) -> int:
    """Compute again the pairs of every place a document was written to since they were last
    computed, a chunk of places to a transaction; returns how many places."""
    stale = store.stale_places()
    for n in range(0, len(stale), chunk):
        places = stale[n : n + chunk]
        store.replace_pairs(places, [_row(pair, catalog or default_catalog()) for pair in compute(store, tuple(places), catalog)])
    return len(stale)


def _row(pair: Pair, catalog: Catalog) -> dict:
    indicator = catalog.get(pair.indicator)
    direction = indicator.direction if indicator else "higher"
    shortfall, unit = _shortfall(pair.target, pair.outcome, direction) if pair.indicator != "livelihood" else (None, None)
    return {
        "place_id": pair.place_id, "region_code": pair.target.get("region_code"), "region_name": pair.region, "region_level": pair.target.get("region_level"),
        "indicator": pair.indicator, "period": pair.period, "status": pair.status, "direction": direction, "shortfall": shortfall, "shortfall_unit": unit,
        "target": pair.target, "outcome": pair.outcome, "flags": pair.flags,
    }


def _shortfall(target: dict, outcome: dict | None, direction: str) -> tuple[float | None, str | None]:
    """How far a 左右 target's outcome falls short, in the unit a tolerance is given in: points
    for a rate, a share of the target for anything else. None for any other target."""
    if (target.get("modifier") or "point") != "about" or outcome is None or judge(target, outcome, direction) == "no_outcome":
        return None, None
    goal, actual = _comparable(target), _comparable(outcome)
    short = actual - goal if direction == "lower" else goal - actual
    if target.get("unit") in ("%", "个百分点"):
        return short, "points"
    if goal == 0:
        return (0.0 if short <= 0 else float("inf")), "share"
    return short / abs(goal), "share"


def compute(store: Store, places: tuple[str, ...], catalog: Catalog | None = None) -> list[Pair]:
    """The pairs of ``places``, from their facts, under the default tolerance."""
    catalog = catalog or default_catalog()
    tolerance = Tolerance()
    base = Filters(kind="metric", places=places)
    facts = store.facts(replace(base, indicated=True), limit=10_000_000)
    actuals: dict[tuple, list[dict]] = defaultdict(list)
    targets: dict[tuple, list[dict]] = defaultdict(list)
    for fact in facts:
        key = (fact["place_id"], fact["indicator"], fact.get("period"))
        if fact.get("stance") == "target":
            # a target of no known place or year (a mirror that never names its county) or
            # one over several years (a five-year plan's average) has no year's outcome
            if fact["place_id"] is not None and fact.get("period") is not None and fact.get("period_start") is None and not _over_years(fact):
                targets[key].append(fact)
        else:
            actuals[key].append(fact)
    for row in _livelihood_outcomes(store, base, catalog):
        actuals[(row["place_id"], row["indicator"], row.get("period"))].append(row)
    pairs: list[Pair] = []
    for key, candidates in sorted(targets.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        place, indicator_id, period = key
        target = _preferred_target(candidates, period)
        outcome = _preferred_outcome(actuals.get(key, []), target, period)
        indicator = catalog.get(indicator_id)
        flags = []
        for proxy in (indicator.proxies if indicator and outcome is None else ()):
            outcome = _preferred_outcome(actuals.get((place, proxy, period), []), target, period)
            if outcome is not None:
                flags.append(f"proxy:{proxy}")  # judged by a stand-in indicator, said so
                break
        direction = indicator.direction if indicator else "higher"
        status = judge(target, outcome, direction, tolerance)
        pairs.append(Pair(target.get("region_name"), place, indicator_id, period, _public(target), _public(outcome) if outcome else None, status, flags,
                          rule(target, direction, tolerance)))
    pairs += _livelihood_pairs(store, base, Filters())
    _flag_repeats(pairs)
    return pairs


def _over_years(fact: dict) -> bool:
    """A doubling (翻两番) or a multiple (增长1.7倍) is a goal over many years, not a year's."""
    return fact.get("unit") in ("番", "倍")


def _preferred_target(candidates: list[dict], period) -> dict:
    # the report that plans the period (not a later one recalling it: 一九八二年计划为4%,
    # said in the report of December 1982); among copies, the earliest stored
    return sorted(candidates, key=lambda f: (f.get("plan_year", f.get("report_year")) != period, f.get("report_year") != period, f["document"], f["start"]))[0]


def _preferred_outcome(candidates: list[dict], target: dict, period) -> dict | None:
    # partial-year figures (前三季度, 上半年) and figures over several years (年均) are not
    # the year's outcome
    others = [
        f for f in candidates
        if f["document"] != target["document"] and f.get("value") is not None and not f.get("period_label")
        and f.get("period_start") is None and _comparable_units(target, f)
    ]
    if not others:
        return None
    # a later report reviewing the period beats a livelihood table, which beats the rest
    return sorted(others, key=lambda f: (f.get("report_year") is None or period is None or f["report_year"] <= period, f.get("kind") != "metric", f["document"], f["start"]))[0]


def _comparable_units(target: dict, outcome: dict) -> bool:
    """A percentage is compared with a percentage, an amount with an amount of the same base."""
    if target.get("value") is None:
        return True
    if target.get("base_unit") or outcome.get("base_unit"):
        return target.get("base_unit") == outcome.get("base_unit")
    return (target.get("unit") or "") == (outcome.get("unit") or "")


def _livelihood_outcomes(store: Store, base: Filters, catalog: Catalog) -> list[dict]:
    out = []
    rows = store.facts(replace(base, kind="livelihood"), limit=1_000_000)
    for row in rows:
        if not row.get("actuals") or row.get("stance") != "actual":
            continue
        indicator = catalog.match(row.get("task", ""), "count") or catalog.match(row.get("task", ""), "level")
        if not indicator or (base.indicator and indicator.id != base.indicator):
            continue
        first = row["actuals"][0]
        base_value, base_unit = base_of(first["value"], first["unit"])
        out.append({**row, "indicator": indicator.id, "value": first["value"], "unit": first["unit"], "base_value": base_value, "base_unit": base_unit, "modifier": first.get("modifier")})
    return out


def _livelihood_pairs(store: Store, base: Filters, filters: Filters) -> list[Pair]:
    """Each livelihood row with its own completion: met, partly met or missed."""
    if base.indicator and base.indicator != "livelihood":
        return []
    pairs = []
    for row in store.facts(replace(base, kind="livelihood"), limit=1_000_000):
        if filters.year and row.get("period") != filters.year:
            continue
        completion = row.get("completion") or []
        if row.get("stance") != "actual" or not completion:
            status = "no_outcome"
        elif all(c >= 1 for c in completion):
            status = "met"
        elif any(c >= 1 for c in completion):
            status = "partly_met"
        else:
            status = "missed"
        pairs.append(Pair(row.get("region_name"), row.get("place_id"), "livelihood", row.get("period"), _public(row), _public(row) if completion else None, status,
                          rule={"rule": "completion"} if completion else None))  # the table's own completion, 100% each
    return pairs


def _flag_repeats(pairs: list[Pair]) -> None:
    by_series: dict[tuple, dict] = defaultdict(dict)
    for pair in pairs:
        if pair.indicator != "livelihood" and pair.period is not None:
            by_series[(pair.place_id, pair.indicator)][pair.period] = pair
    for series in by_series.values():
        for period, pair in series.items():
            before = series.get(period - 1)
            if before and pair.target.get("value") is not None and all(
                before.target.get(k) == pair.target.get(k) for k in ("value", "value_high", "unit", "modifier")
            ):
                pair.flags.append("repeated")


def _public(fact: dict) -> dict:
    return {k: v for k, v in fact.items() if k not in ("search_text",)}


def summarise(pairs: list[Pair], by: str) -> dict[str, dict[str, int]]:
    """Counts of each status per region (``by='region'``) or per indicator."""
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUSES, 0))
    # a place renamed over the years (望城县, then 望城区) is one row, under its latest name
    latest = {pair.place_id: pair.region or pair.place_id or "-" for pair in sorted(pairs, key=lambda p: p.period or 0)}
    for pair in pairs:
        key = latest[pair.place_id] if by == "region" else pair.indicator
        out[key][pair.status] += 1
    return dict(out)
