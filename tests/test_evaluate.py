"""The gold-set gate: extraction quality may not fall below the pinned floors.

Raise a floor when the extraction gets better; lowering one is a decision to write down
in the commit message. Gold files on seed documents are skipped where the seeds are absent.
"""

from pathlib import Path

import pytest

from govreport.evaluate import evaluate

from .conftest import ROOT, SEEDS

FLOORS = {"metric": 0.97, "term": 0.99, "livelihood": 0.99, "project": 0.95}
FIELD_FLOORS = {("metric", "indicator"): 0.95, ("metric", "stance"): 0.97, ("metric", "period"): 0.97, ("metric", "modifier"): 0.97, ("metric", "unit"): 0.97}


@pytest.fixture(scope="module")
def report():
    return evaluate(ROOT / "gold", SEEDS)


def test_gold_set_covers_every_kind(report):
    assert report.documents >= 8
    for kind in FLOORS:
        assert report.kinds[kind].tp + report.kinds[kind].fn > 0, kind


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_f1_per_kind_stays_above_floor(report, kind):
    assert report.kinds[kind].f1 >= FLOORS[kind], report.misses


@pytest.mark.parametrize("key", sorted(FIELD_FLOORS))
def test_f1_per_field_stays_above_floor(report, key):
    assert report.fields[key].f1 >= FIELD_FLOORS[key], report.misses


def test_seed_gold_is_scored_when_seeds_exist(report):
    if not Path(SEEDS).is_dir():
        pytest.skip(f"seed documents not found at {SEEDS}")
    assert not [s for s in report.skipped if "seed:" in s]
