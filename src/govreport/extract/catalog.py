"""The indicator catalog (data/indicators.toml, or a user's file of the same layout)."""

from __future__ import annotations

import re

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    measure: str
    direction: str  # higher | lower
    synonyms: tuple[str, ...]
    # indicators whose outcome may stand in for this one's when a later report measures the
    # same thing under another name (GNP growth targets, GDP growth outcomes after 1993)
    proxies: tuple[str, ...] = ()


# nouns whose measure a preceding indicator name only qualifies (生产总值能耗, 工业增加值比重)
_QUALIFIED_NOUN = re.compile(r"能耗|电耗|水耗|比重|占比|密度|强度|弹性")


class Catalog:
    def __init__(self, indicators: dict[str, Indicator]) -> None:
        self.indicators = indicators
        by_synonym = sorted(((syn, ind) for ind in indicators.values() for syn in ind.synonyms), key=lambda pair: len(pair[0]), reverse=True)
        self._by_measure: dict[str, list[tuple[str, Indicator]]] = {}
        for synonym, indicator in by_synonym:
            self._by_measure.setdefault(indicator.measure, []).append((synonym, indicator))
        # for each measure, its synonyms' positions in that list by their first character: a
        # subject is tried only against the synonyms that can stand in it (a few of each 90)
        self._by_first: dict[str, dict[str, list[int]]] = {}
        for measure, pairs in self._by_measure.items():
            for n, (synonym, _) in enumerate(pairs):
                self._by_first.setdefault(measure, {}).setdefault(synonym[:1], []).append(n)
        self._cache: dict[tuple[str, str], Indicator | None] = {}
        self._names = tuple({syn for ind in indicators.values() for syn in ind.synonyms})

    def match(self, subject: str, measure: str) -> Indicator | None:
        """The indicator of the same measure whose synonym stands earliest in ``subject``
        (the longest synonym where two start together): 居民收入增长高于经济增长 is about
        居民收入, not 经济增长."""
        key = (subject, measure)
        if key not in self._cache:
            found = []
            pairs, first = self._by_measure.get(measure, []), self._by_first.get(measure, {})
            for synonym, indicator in (pairs[n] for n in sorted({n for char in {"", *subject} for n in first.get(char, ())})):
                # a name of one or two characters (钢, 经济, 原煤) stands for the indicator only
                # as the whole subject: 经济增长8.8% is GDP, 数字经济增加值 is not
                if len(synonym) <= 2 and subject != synonym:
                    continue
                at = subject.find(synonym)
                # 单位生产总值能耗: the synonym only qualifies the noun after it
                if at >= 0 and not _QUALIFIED_NOUN.match(subject, at + len(synonym)):
                    found.append((at, -len(synonym), indicator))
            self._cache[key] = min(found, key=lambda f: (f[0], f[1]))[2] if found else None
        return self._cache[key]

    def names_indicator(self, subject: str) -> bool:
        """Whether ``subject`` ends with the name of an indicator of any measure."""
        return subject.endswith(self._names)

    def get(self, indicator_id: str) -> Indicator | None:
        return self.indicators.get(indicator_id)


@lru_cache(maxsize=4)
def load_catalog(path: str | None = None) -> Catalog:
    """The bundled catalog, or the user's catalog file at ``path`` (read once per process)."""
    if path is None:
        return default_catalog()
    try:
        return _parse(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, KeyError) as err:
        raise ConfigError(f"{path}: not a readable indicator catalog: {err}") from err


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    return _parse(resources.files("govreport").joinpath("data/indicators.toml").read_text("utf-8"))


def _parse(text: str) -> Catalog:
    data = tomllib.loads(text)
    indicators = {
        key: Indicator(key, entry["name"], entry["measure"], entry.get("direction", "higher"), tuple(entry["synonyms"]), tuple(entry.get("proxies", ())))
        for key, entry in data.items()
    }
    return Catalog(indicators)
