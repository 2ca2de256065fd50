"""One configuration object, its settings declared once (name, default, help).

The CLI builds a :class:`Config` from its options and passes it down; the library never
reads options from anywhere else. ``SETTINGS`` is what the CLI, the docs test and
validation read.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from .errors import ConfigError


@dataclass(frozen=True)
class Config:
    max_bytes: int = 64 * 1024 * 1024
    text_column: str | None = None
    workers: int = 0
    catalog: str | None = None
    no_repair: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        from .clean import REPAIR_KINDS

        unknown = set(self.no_repair) - set(REPAIR_KINDS)
        if unknown:
            raise ConfigError(f"no_repair names unknown repair kinds {sorted(unknown)}; known: {', '.join(REPAIR_KINDS)}")
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes must be positive, not {self.max_bytes}")
        if self.workers < 0:
            raise ConfigError(f"workers must be 0 (all cores) or more, not {self.workers}")


SETTINGS: dict[str, str] = {
    "max_bytes": "largest input file read, in bytes; larger files are refused with an error",
    "text_column": "column holding the document text in CSV/JSONL crawls (detected when unset)",
    "workers": "processes used for a batch; 0 means one per core",
    "catalog": "an indicator catalog (TOML, the layout of data/indicators.toml) to use instead of the bundled one",
    "no_repair": "repair kinds to leave undone, comma-separated (e.g. spam_token,fragment_reordered); the text keeps that mess",
}

assert set(SETTINGS) == {f.name for f in fields(Config)}, "every setting needs help text"
