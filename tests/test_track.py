"""The tracker's verdict on one target and its outcome, on signed values."""

import pytest

from govreport.extract.quantity import find_quantities
from govreport.track import judge


def _q(text: str) -> dict:
    [q] = find_quantities(text)
    return {"value": q.value, "value_high": q.value_high, "unit": q.unit, "modifier": q.modifier, "base_value": q.base_value}


@pytest.mark.parametrize(
    "target, outcome, direction, status",
    [
        ("增长7%以上", "增长6.9%", "higher", "missed"),
        ("增长7%以上", "增长7%", "higher", "met"),
        ("增长5%左右", "增长4.9%", "higher", "met"),
        ("增长5%左右", "增长4.4%", "higher", "missed"),
        # a fall of at least 3.4 is met by a fall of 5.6, missed by a fall of 2
        ("下降3.4%以上", "下降5.6%", "lower", "met"),
        ("下降3.4%以上", "下降2%", "lower", "missed"),
        # the same verdicts whatever direction the catalog gives: the modifier decides
        ("下降3.4%以上", "下降5.6%", "higher", "met"),
        ("控制在4.5%以内", "4.2%", "lower", "met"),
        ("控制在4.5%以内", "4.8%", "lower", "missed"),
        ("3%左右", "3.4%", "lower", "met"),
        ("3%左右", "3.6%", "lower", "missed"),
        ("增长6%-6.5%", "增长6.1%", "higher", "met"),
        ("增长6%-6.5%", "增长5.9%", "higher", "missed"),
        ("下降不超过2%", "下降1.5%", "higher", "met"),
        ("下降不超过2%", "下降2.5%", "higher", "missed"),
    ],
)
def test_judge_on_signed_values(target, outcome, direction, status):
    assert judge(_q(target), _q(outcome), direction) == status


def test_a_fall_is_negative_and_its_modifier_stated_on_the_signed_number():
    fall = _q("下降3.4%以上")
    assert (fall["value"], fall["modifier"]) == (-3.4, "at_most")
    assert _q("减少了200亿元")["value"] == -200
    assert _q("下降到3%")["value"] == 3  # a level reached by a fall
    both = _q("下降5%-6%")
    assert (both["value"], both["value_high"], both["modifier"]) == (-6, -5, "range")


def test_no_outcome_and_not_set():
    assert judge({"value": None}, None, "higher") == "not_set"
    assert judge(_q("增长7%以上"), None, "higher") == "no_outcome"


def test_the_national_series_pairs_each_years_growth_target_with_the_next_reports_outcome(tmp_path):
    # the State Council's reports of 1978-2003 (the shared corpus): each year's growth target
    # beside the outcome the next report gives, where both are stated in figures; the
    # expectations are read from the reports' text (and the real gold labelled from it)
    from govreport.ingest import ingest
    from govreport.store import Filters, open_store
    from govreport.track import track

    from .conftest import corpus_file

    store = open_store(str(tmp_path / "national.db"))
    ingest([str(corpus_file("national_reports_1954_2003.jsonl"))], store)
    pairs = {(p.period, p.indicator): p for p in track(store, Filters(region="100000"))}
    expected = {
        (1981, "gross_output_growth"): (5.5, 4.6, "missed"),  # 1980 report's plan; 1982 report: 实际达到4.6%
        (1982, "gross_output_growth"): (4, 6.4, "met"),  # 1981 report's plan; 1982 report's estimate
        (1992, "gnp_growth"): (6, 12.8, "met"),
        (1993, "gnp_growth"): (8, 13.4, "met"),  # judged by GDP growth, the 1994 report's measure
        (1994, "gdp_growth"): (9, 11.8, "met"),
        (1997, "gdp_growth"): (8, 8.8, "met"),
        (1998, "gdp_growth"): (8, 7.8, "missed"),
    }
    for key, (target, outcome, status) in expected.items():
        pair = pairs[key]
        assert (pair.target["value"], pair.outcome["value"], pair.status) == (target, outcome, status), key
    assert pairs[(1993, "gnp_growth")].flags == ["proxy:gdp_growth"]
    assert "repeated" in pairs[(1998, "gdp_growth")].flags  # 8% again, after 1997's 8%
    # stated without a figure the next year (2000: 达到预期目标), or no next report here
    assert pairs[(1999, "gdp_growth")].status == "no_outcome" and pairs[(2003, "gdp_growth")].status == "no_outcome"
    # a five-year plan's average or a doubling by 2000 is no single year's target
    assert not [p for p in pairs.values() if p.target.get("period_start") is not None or p.target.get("unit") in ("番", "倍")]


def test_the_tolerance_of_about_is_the_readers_and_every_status_says_its_rule():
    from govreport.track import Tolerance, rule

    target, outcome = _q("增长5%左右"), _q("增长4.4%")
    assert judge(target, outcome, "higher") == "missed"  # 0.5 points by default
    assert judge(target, outcome, "higher", Tolerance(points=1.0)) == "met"
    assert rule(target, "higher", Tolerance(points=1.0)) == {"rule": "about_higher", "points": 1.0}
    # a figure that is no rate is allowed a share of its target
    money = _q("1000亿元左右")
    assert judge(money, _q("960亿元"), "higher") == "met" and judge(money, _q("940亿元"), "higher") == "missed"  # 5% by default
    assert judge(money, _q("940亿元"), "higher", Tolerance(share=0.1)) == "met"
    assert rule(money, "higher") == {"rule": "about_higher", "share": 0.05}
    assert rule(_q("增长7%以上"), "higher") == {"rule": "at_least"} and rule({"value": None}, "higher") is None
