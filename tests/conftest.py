"""Shared fixtures: the bundled sample corpus and the seed documents beside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix``; skip the test when seeds are absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (they sit beside the checkout in CI)")
    matches = sorted(SEEDS.glob(f"{prefix}_*"))
    if not matches:
        pytest.skip(f"no seed {prefix}_* in {SEEDS}")
    return matches[0]


@pytest.fixture
def samples() -> Path:
    return SAMPLES
