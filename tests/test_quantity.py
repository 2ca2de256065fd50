import pytest

from govreport.extract.quantity import find_quantities


def one(text):
    [q] = find_quantities(text)
    return q


@pytest.mark.parametrize(
    "text, value, high, unit, modifier",
    [
        ("增长7%以上", 7, None, "%", "at_least"),
        ("增长7.5%左右", 7.5, None, "%", "about"),
        ("控制在5.5%以内", 5.5, None, "%", "at_most"),
        ("增长6%-6.5%", 6, 6.5, "%", "range"),
        ("增长6—6.5%", 6, 6.5, "%", "range"),
        ("增长6%到6.5%", 6, 6.5, "%", "range"),
        ("增长百分之八", 8, None, "%", "point"),
        ("提高2个百分点", 2, None, "个百分点", "point"),
        ("增长2.5倍", 2.5, None, "倍", "point"),
        ("突破6万户", 6, None, "万户", "at_least"),
        ("帮助100余家企业", 100, None, "家", "at_least"),
        ("不低于3000人", 3000, None, "人", "at_least"),
        ("不超过3%", 3, None, "%", "at_most"),
        ("总投资3.1个亿", 3.1, None, "亿", "point"),  # 亿 told as a count of them, in speech
        ("三个亿元以上项目", 3, None, "个", "point"),  # (but three projects of the 亿元 class)
        ("投资总额8亿7750万元", 8.775, None, "亿元", "point"),  # the 万 after 亿 in digits is a part of the 亿
        ("总投资3亿零500万元", 3.05, None, "亿元", "point"),
        ("投资1亿8千万元的甲乙纺织项目", 1.8, None, "亿元", "point"),  # and so is a 千万 after 亿
        ("引进5千万以上项目", 5, None, "千万", "at_least"),  # 千万 and 百万 multiply, as 万 and 亿 do
        ("投资约15亿人民币建设", 15, None, "亿元", "about"),  # 人民币 told for 元: money, not 15亿|人
        ("全县5万人民群众", 5, None, "万人", "point"),  # (but 人民群众 are people)
    ],
)
def test_quantity_values_units_and_modifiers(text, value, high, unit, modifier):
    q = one(text)
    assert (q.value, q.value_high, q.unit, q.modifier) == (value, high, unit, modifier)


@pytest.mark.parametrize(
    "text, base, base_unit",
    [("一千二百万元", 12_000_000, "元"), ("1.3万亿元", 1.3e12, "元"), ("2.6万人", 26_000, "人"), ("3500万元", 35_000_000, "元"), ("34万平米", 340_000, "平方米"), ("16亿美元", 1.6e9, "美元"),
     ("8亿7750万元", 877_500_000, "元"), ("3000万人民币", 30_000_000, "元"), ("5千万元", 50_000_000, "元"), ("3.5百万美元", 3_500_000, "美元")],
)
def test_quantity_base_values(text, base, base_unit):
    q = one(text)
    assert q.base_value == pytest.approx(base) and q.base_unit == base_unit


def test_a_fall_is_a_negative_change():
    assert one("社会消费品零售总额下降1.8%").value == -1.8


def test_ranks():
    assert (one("跻身百强榜第49位").value, one("跻身百强榜第49位").kind) == (49, "rank")
    assert one("总量居全省第一。").value == 1
    assert one("综合实力居全国前三").value == 3


@pytest.mark.parametrize(
    "text",
    ["第六届人民代表大会第五次会议", "2024年1月4日", "“三高四新”战略", "“十四五”规划", "开展十亿项目引培行动", "推动一批项目", "中电四十八所", "零部件", "稳居第一方阵", "做好三个方面工作",
     "破除城乡二元结构", "锂电池三元正极材料"],
)
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_a_few_yuan_written_in_words_are_still_money_where_money_is_meant():
    assert [(q.value, q.unit) for q in find_quantities("每斤三元钱")] == [(3, "元")]
    assert [(q.value, q.unit) for q in find_quantities("票价2元")] == [(2, "元")]


def test_amount_starts_found_on_arrays_are_those_the_start_pattern_finds():
    # the amounts are read from the starts an array of code points gives; the same as trying
    # the start pattern at every character (finditer_from), on random runs of numerals, tails,
    # spaces, digits of other scripts and other characters, a text's end included
    import random

    from govreport.extract import quantity
    from govreport.near import finditer_from

    pattern = quantity._patterns()["amount"]
    pieces = list("0123456789一二三四五六七八九十百千零两万亿元个人%点.,-至 　的年") + ["٣", "१", "\u3000", "亿元", "万吨"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert [m.span() for m in quantity._amounts(pattern, text)] == [m.span() for m in finditer_from(pattern, quantity._amount_start(), text)], text
