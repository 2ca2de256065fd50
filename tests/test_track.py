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
