"""The cheap scans that let the extractors skip text: each must let through everything its
expensive scan would find. A prefilter that wrongly skips loses facts silently, so each is
checked on hand-built text that only its rarest trigger opens, and against the scan it
stands in front of."""

import re

import pytest

from govreport.extract import projects
from govreport.pipeline import run_bytes


def _projects(text: str) -> list[dict]:
    [doc] = run_bytes("news.txt", text.encode())
    return [f.to_json(doc.text) for f in doc.facts if f.kind == "project"]


def test_a_sentence_with_a_stage_word_alone_still_gives_its_projects():
    # no 项目, 投资, 工程, 基地, 工厂 or 签约: only 建成通车 opens the sentence
    facts = _projects("【某市新闻】交通建设\n4月2日，某市沿江大桥、滨江快速路建成通车。")
    assert {f["name"] for f in facts} >= {"某市沿江大桥"}


@pytest.mark.parametrize(
    "clause",
    [
        "建设地铁3号线二期工程", "推进S12线建设", "甲公司新能源电池生产线项目签约", "乙物流中心（一期）项目开工",
        "丙数据中心及配套设施项目建成", "丁产业园和算力中心项目", "没有任何名称的一句话", "年产5000吨电池材料生产线建设项目",
        "戊大学新校区建设一期", "己科技有限公司", "庚机场改扩建工程",
    ],
)
def test_the_name_scan_is_skipped_only_where_no_name_can_be(clause):
    expected = [(m.start(), m.group()) for m in projects._NAME.finditer(clause)]
    assert [(m.start(), m.group()) for m in projects._name_matches(clause)] == expected


def test_the_name_ends_open_with_one_of_the_first_characters_the_scan_looks_for():
    from re import _parser

    def firsts(items):  # the first operations of a parsed pattern's alternatives
        op, arg = items[0]
        if op is _parser.SUBPATTERN:
            return firsts(arg[3].data)
        if op is _parser.BRANCH:
            return [first for branch in arg[1] for first in firsts(branch.data)]
        return [(op, arg)]

    first = re.compile(projects._NAME_END_FIRST)
    for op, arg in firsts(_parser.parse(projects._NAME_END).data):
        if op is _parser.LITERAL:
            assert first.match(chr(arg)), chr(arg)
    for word in ("3号线", "S12线"):  # the two that open with a class
        assert projects._NAME_ENDS.match(word), word


def test_names_found_from_the_clause_of_their_end_are_those_a_full_scan_finds():
    import random

    # name ends, words and marks, and the longest openings (forty characters; a run of /t1
    # units, four characters each, sends the full scan into exponential backtracking)
    pieces = list("甲乙丙丁的和、，。；：,/ \n") + [
        "项目", "产业园", "运营中心", "3号线", "S12线", "万吨/年", "/t1", "/kw", "生产线", "有限公司", "建设", "一期", "工程",
        "甲" * 38, "仪式在", "举行", "（二期）", "高速公路", "段", "及配套设施项目", "A"]
    # (and the name pattern as written, without the lookahead for its end words' first characters)
    plain = re.compile(projects._NAME.pattern.replace("(?=" + projects._NAME_END_FIRST + ")", "", 1))
    assert plain.pattern != projects._NAME.pattern
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 24)))
        expected = [(m.start(), m.group()) for m in plain.finditer(text)]
        assert [(m.start(), m.group()) for m in projects._name_matches(text)] == expected, text


def test_the_project_sentence_gate_opens_for_every_stage_word():
    words = [w for _, pattern in projects._STAGE_WORDS for w in pattern.split("|")] + ["项目", "投资", "工程", "基地", "工厂", "签约"]
    for word in words:
        assert projects._PROJECT_WORDS.search(f"某某{word}了"), word
    assert not projects._PROJECT_WORDS.search("全年粮食总产量增长百分之三。")
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in words)  # plain words: the flat alternation means what _STAGE does


def test_words_grouped_by_their_first_character_match_as_the_flat_alternation():
    import random

    words = projects._PROJECT_WORD_LIST
    flat, grouped = re.compile("|".join(words)), re.compile(projects._by_first_character(words))
    assert grouped.pattern == projects._PROJECT_WORDS.pattern
    pieces = words + list("建成投产开工项目的了")
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        assert _spans(grouped.finditer(text)) == _spans(flat.finditer(text)), text


def test_stages_found_after_a_first_character_are_those_of_the_stage_words():
    import random

    plain = re.compile("|".join(f"(?P<{stage}>{pattern})" for stage, pattern in projects._STAGE_WORDS))
    words = [w for _, pattern in projects._STAGE_WORDS for w in pattern.split("|")]
    pieces = words + list("建成投产开工项目的了已")
    rng = random.Random(6)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        found = [(m.span(), m.lastgroup) for m in projects._STAGE.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_relative_years_found_near_their_anchor_are_those_a_full_scan_finds():
    import random

    from govreport.near import finditer_near
    from govreport.extract.timeframe import _RELATIVE, _RELATIVE_ANCHOR

    # the words and characters the pattern reads, and some it does not, in random order
    pieces = list("过去五年来间本一这近最两二三十几年中里均共今后未以的到比较同上期明1〇，") + [
        "过去", "最近", "今后", "以后", "未来", "本届政府", "本世纪末", "年均", "平均", "累计", "合计", "增长", "下降", "同期",
        "以后的五年", "今后的三年", "最近十年来", "十年年均", "上年同期", "到本世纪末", "比去年", "较今年",  # the longest reaches
        "一九八五年", "二〇二一年", "一九九〇年来", "两二十年来", "十二年间"]  # years in numerals, and what may follow them
    rng = random.Random(12)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _spans(finditer_near(_RELATIVE, _RELATIVE_ANCHOR, text, 4, 3, start, end)) == _spans(_RELATIVE.finditer(text, start, end)), (text, start, end)
    for text in ("比去年增长5%，上年同期，过去五年来，今后的五年，到本世纪末，三年年均增长", "本届政府以后五年"):
        assert _spans(finditer_near(_RELATIVE, _RELATIVE_ANCHOR, text, 4, 3)) == _spans(_RELATIVE.finditer(text))


def test_plan_and_review_years_found_near_a_nian_are_those_a_full_scan_finds():
    import random

    from govreport.identify import _NIAN, _PLAN, _REVIEW
    from govreport.near import finditer_near

    pieces = ["2023", "2024", "1998", "年", "做好", "回顾", "是极不", "工作", "回顾", "来之不易", "成绩", "主要工作", "工作总结", "经济社会发展的主要预期目标",
              "的主要预期目标", "工作安排", "的工作", "是", "，", "今", "年份", "19", "20", "3", "二〇二三", "٢٠٢٣", "２０２３", "五"]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for pattern in (_PLAN, _REVIEW):
            assert _spans(finditer_near(pattern, _NIAN, text, 6, 13)) == _spans(pattern.finditer(text)), (text, pattern)


def test_years_and_spans_found_near_a_nian_are_those_a_full_scan_finds():
    import random

    from govreport.extract.timeframe import _SPAN_END, _SPAN_YEARS, _YEAR, _YEAR_END
    from govreport.near import finditer_near

    pieces = ["1981", "2025", "一九八五", "二〇二〇", "二零", "年", "年代", "到", "至", "—", "-", "～", "，", "比", "19", "8", "九", "２０２０", "五", "今", "\n"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _spans(finditer_near(_YEAR, _YEAR_END, text, 4, 1, start, end)) == _spans(_YEAR.finditer(text, start, end)), text
        assert _spans(finditer_near(_SPAN_YEARS, _SPAN_END, text, 10, 1, start, end)) == _spans(_SPAN_YEARS.finditer(text, start, end)), text


@pytest.mark.parametrize(
    ("text", "unit"),
    [("增长百分之八", "%"), ("增长8％", "%"), ("提高2个百分点", "个百分点"), ("增长1.5倍", "倍"), ("居全省第三位", "位"), ("跻身前10强", "强"), ("总投资3亿元", "亿元")],
)
def test_a_quantity_is_found_where_only_its_own_telltale_stands(text, unit):
    from govreport.extract.quantity import find_quantities

    assert [q.unit for q in find_quantities(text)] == [unit]


def test_portal_lines_are_told_by_the_split_patterns_as_by_one_search():
    from govreport.clean import _boilerplate, _patterns
    from tests.conftest import SAMPLES

    whole = re.compile("|".join(f"(?:{p.pattern})" for p in _patterns("data/boilerplate.txt")))
    anchored, loose = _boilerplate()
    lines = ["来源：某市人民政府网", "本文来源：某网", "时间：2024-01-02 作者：某某", "湘ICP备2020123号", "全市版权所有单位", "点击：123", "正文里说到阅读：5次",
             "上一篇：某某", "Public domain", "相关阅读", "我们的相关阅读材料", "摘要：某某……", "true"]
    lines += [line.strip() for path in SAMPLES.rglob("*.*") for line in path.read_text("utf-8", errors="replace").splitlines() if line.strip()]
    for line in lines:
        assert bool(anchored.match(line) or loose.search(line)) == bool(whole.search(line)), line


def test_pdf_spaces_found_near_spaces_and_digit_chains_are_those_a_full_scan_finds():
    import random

    from govreport.clean import _DIGIT_PAIR, _SPACE_BETWEEN, _SPACED_DIGITS, _SPACES
    from govreport.near import finditer_near

    pieces = [" ", "  ", "1", "2", "9", ".", "a", "Z", "年", "\n", "亿", "%"]
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        assert _spans(finditer_near(_SPACE_BETWEEN, _SPACES, text, 0, 1)) == _spans(_SPACE_BETWEEN.finditer(text)), repr(text)
        assert _spans(finditer_near(_SPACED_DIGITS, _DIGIT_PAIR, text, 1, 1)) == _spans(_SPACED_DIGITS.finditer(text)), repr(text)


def test_points_and_multiples_found_before_their_word_are_those_a_full_scan_finds():
    import random

    from govreport.extract.quantity import _BEFORE_WORD, _WORD_AT_END, _patterns
    from govreport.near import finditer_ending

    pieces = ["3", "12", "5.5", "1,000", ",", ".", "个", "百分点", "倍", "至", "到", "-", "～", " ", "三", "十", "点", "百", "分", "年", "增长", "提高"]
    rng = random.Random(9)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        for kind, word in _WORD_AT_END.items():
            pattern = _patterns()[kind]
            assert _spans(finditer_ending(pattern, word, _BEFORE_WORD, text)) == _spans(pattern.finditer(text)), (kind, text)


def test_the_place_heads_set_agrees_with_gazetteer_lookups():
    import random

    from govreport.extract.projects import _place_heads, _place_stems
    from govreport.regions import gazetteer

    gaz = gazetteer()
    names = sorted(gaz.by_name)
    rng = random.Random(1)
    heads = [name[: rng.randint(1, len(name))] for name in rng.sample(names, 1500)] + names[:300] + ["长沙", "望城", "湘西", "某某", "新区", "广西"]
    for head in heads:
        looked_up = head in _place_stems() or any(gaz.lookup(head + end) for end in ("", "省", "市", "县", "区"))
        assert (head in _place_heads()) == looked_up, head


def test_pinyin_glosses_found_after_brackets_are_those_a_full_scan_finds():
    import random

    from govreport.clean import _GLOSS, _GLOSS_OPENS
    from govreport.near import finditer_near

    pieces = ["页", "区", "(", "（", ")", "）", "y", "è", "q", "ū", "zh", "uang", "ǚ", "GDP", "a"]
    rng = random.Random(4)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        assert _spans(finditer_near(_GLOSS, _GLOSS_OPENS, text, 0, 12)) == _spans(_GLOSS.finditer(text)), text
    longest = "启动区（zhuanǜzhuan）"  # five letters, the toned one, five more
    assert _spans(finditer_near(_GLOSS, _GLOSS_OPENS, longest, 0, 12)) == _spans(_GLOSS.finditer(longest)) != []


def test_a_full_width_thousands_group_is_still_read():
    from govreport.extract.quantity import find_quantities

    [q] = find_quantities("粮食产量33，212万吨")
    assert (q.value, q.unit) == (33212, "万吨")


def test_ranks_found_from_their_openings_are_those_a_full_scan_finds():
    import random

    from govreport.extract import quantity

    pattern = quantity._patterns()["rank"]
    pieces = ["第", "前", "一", "三", "十", "百", "点", "五", "1", "2", ",", "000", ".", "5", " ", "位", "名", "强", "居", "目", "，", "个", "第第", "前前"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        found = [(m.span(), m.groupdict()) for m in quantity._matches("rank", pattern, text)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], text


def test_counts_found_after_their_first_character_are_those_of_the_patterns_as_written():
    import random

    hint = re.compile(r"[\d一二三四五六七八九十两百]\s?[余多]?[个项宗批大]|[\d一二三四五六七八九十两][余多]?家(?:[\u4e00-\u9fff]{1,6}?)?企业|\d(?:项目|工程)|[\d一二三四五六七八九十两百][余多]?家(?=[，,；;。、]|$)")
    count = re.compile(projects._COUNT.pattern.replace("(?=[\\d一二三四五六七八九十两百项工协合企])", "", 1))
    assert count.pattern != projects._COUNT.pattern
    pieces = list("0123一二三百两余多个项宗批大家第等.，。、 ") + ["家企业", "项目", "工程", "开工", "签约", "代表签约", "计划总投资", "“甲”", "亿元以上", "批次", "协议", "签署", "签订了", "合作协议", "产融合作", "入驻", "企业", "家", "落地", "陆续投产", "合同", "签订正式", "签订劳动"]
    rng = random.Random(10)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        assert _spans(projects._COUNT_HINT.finditer(text)) == _spans(hint.finditer(text)), text
        found = [(m.span(), m.groupdict()) for m in projects._COUNT.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in count.finditer(text)], text


def test_plan_names_found_around_their_wu_are_those_a_full_scan_finds():
    import random

    from govreport.extract.timeframe import _ORDINAL_CHAR, _PLAN_ORDINAL, _WU
    from govreport.near import finditer_ending

    pieces = ["第", "六", "十", "四", "五", "个", "年", "计划", "规划", "“", "”", "时期", "期间", "末", "以来", "，", "第六个五年计划", "“十四五”规划", "十五", "国"]
    rng = random.Random(8)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _spans(finditer_ending(_PLAN_ORDINAL, _WU, _ORDINAL_CHAR, text, 3, start, end)) == _spans(_PLAN_ORDINAL.finditer(text, start, end)), (text, start, end)


def test_the_catalog_finds_by_first_character_what_it_finds_by_trying_every_synonym():
    from govreport.extract.catalog import _QUALIFIED_NOUN, default_catalog

    catalog = default_catalog()

    def by_every_synonym(subject: str, measure: str):
        found = []
        for synonym, indicator in catalog._by_measure.get(measure, ()):
            if len(synonym) <= 2 and subject != synonym:
                continue
            at = subject.find(synonym)
            if at >= 0 and not _QUALIFIED_NOUN.match(subject, at + len(synonym)):
                found.append((at, -len(synonym), indicator))
        return min(found, key=lambda f: (f[0], f[1]))[2] if found else None

    synonyms = [s for pairs in catalog._by_measure.values() for s, _ in pairs]
    subjects = synonyms + [a + b for a, b in zip(synonyms, reversed(synonyms))] + ["居民收入增长高于经济增长", "单位生产总值能耗", "数字经济增加值", "经济", ""]
    for subject in subjects:
        for measure in ("growth", "share", "level", "count", "none"):
            assert catalog.match(subject, measure) == by_every_synonym(subject, measure), (subject, measure)


def test_the_trailing_whitespace_is_where_a_search_for_it_finds_it():
    import random

    from govreport.clean import _SPACE

    trailing = re.compile(rf"[{_SPACE}\n]+$")
    rng = random.Random(2)
    for _ in range(3000):
        text = "".join(rng.choice([" ", "\n", "\u3000", "\t", "\u200b", "\r", "a", "年"]) for _ in range(rng.randint(0, 10)))
        found = trailing.search(text)
        assert len(text.rstrip(_SPACE + "\n")) == (found.start() if found else len(text)), repr(text)


def test_numbers_tried_only_at_their_first_character_are_those_a_full_scan_finds():
    import random

    from govreport.extract.quantity import _FIRST_CHAR, _patterns
    from govreport.near import finditer_from

    # numbers of every script next to each other (12五, 3点5, ０５ and ٣ are digits to re too),
    # units, multipliers, ranges and the words that open percentages and rates
    pieces = ["3", "12", "5.5", "1,000", ",", ".", "０５", "٣", "百分之", "千分之", "百", "千", "分之", "五", "十", "两", "零", "点", "亿", "万",
              "万亿", "元", "亿元", "%", "％", "‰", "至", "到", "-", "～", " ", "余", "多", "个", "人", "吨", "年", "增长", "一批", "第"]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for kind, first in _FIRST_CHAR.items():
            pattern = _patterns()[kind]
            assert _spans(finditer_from(pattern, first, text, start, end)) == _spans(pattern.finditer(text, start, end)), (kind, text, start, end)
    for text in ("增长12五亿元，百分之五十到百分之六十，3点5%，1,000.5万元至2,000万元，千分之三", "١٢٣%，０５亿元"):
        for kind, first in _FIRST_CHAR.items():
            assert _spans(finditer_from(_patterns()[kind], first, text)) == _spans(_patterns()[kind].finditer(text)), (kind, text)


def test_rates_tried_only_at_their_word_and_before_their_sign_are_those_a_full_scan_finds():
    import random

    from govreport.extract.quantity import _SIGN, _matches, _patterns

    # numbers of every script, signs of both widths, ranges (with spaces and line breaks, which
    # \s reads), the words that open rates, and characters that stop a run before a sign
    pieces = ["3", "12", "5.5", "1,000", ",", ".", "０５", "٣", "百分之", "千分之", "百", "千", "分之", "五", "十", "点", "%", "％", "‰",
              "至", "到", "-", "—", "～", " ", "\n", "\u3000", "增长", "年", "个", "百分点"]
    rng = random.Random(13)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        for kind in _SIGN:
            pattern = _patterns()[kind]
            assert _spans(_matches(kind, pattern, text)) == _spans(pattern.finditer(text)), (kind, text)
    text = "增长12.5%，百分之五十到百分之六十，3点5%，5%—6.5%，6 ～ 6.5 %，١٢٣%，０５％，千分之三至千分之五，1.2‰"
    for kind in _SIGN:
        assert _spans(_matches(kind, _patterns()[kind], text)) == _spans(_patterns()[kind].finditer(text)) != [], kind


def test_the_telltales_looked_for_as_literals_are_found_where_their_patterns_find_them():
    import random

    from govreport.extract.quantity import _has_cue

    # the patterns the cues stood for, each searched character by character
    plain = {
        "percent": r"[%％]|百分之", "permille": r"千分之|‰", "points": r"百分点", "multiple": r"倍", "doubling": r"番",
        "compound": r"[零〇一二两三四五六七八九十百千][亿万][零〇一二两三四五六七八九十百千]", "rank": r"[第前]",
    }
    pieces = list("%％百分之千‰点倍番零〇一二两三四五六七八九十亿万第前年元") + ["三亿", "亿五", "万零", "百分", "千分"]
    rng = random.Random(14)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        for kind, pattern in plain.items():
            assert _has_cue(kind, text) == bool(re.search(pattern, text)), (kind, text)
    assert _has_cue("amount", "")  # a kind without a telltale is always looked for


def test_the_priced_list_gate_keeps_every_project_the_full_path_finds(monkeypatch):
    from tests.conftest import SAMPLES

    files = [(f"news{n}.txt", text.encode()) for n, text in enumerate([
        "【某市新闻】项目建设\n投资10亿元的甲智能制造项目、投资3亿元的乙物流园项目集中开工。",
        "【某县新闻】签约\n甲产业园、乙基地、丙中心等项目签约，总投资20亿元。",  # the amount outside the list's clause
        "【某区新闻】开工\n总投资5亿元。甲项目、乙项目开工。",
    ])] + [(path.name, path.read_bytes()) for path in sorted(SAMPLES.rglob("*.*"))]

    def facts() -> list[list[dict]]:
        return [[f.to_json(doc.text) for doc in run_bytes(name, data) for f in doc.facts if f.kind == "project"] for name, data in files]

    gated = facts()
    monkeypatch.setattr(projects, "_priced", lambda money, a, b: True)
    assert facts() == gated
    assert sum(map(len, gated)) > 10


def test_stance_cues_with_their_lookbehinds_moved_find_what_the_plain_cues_find():
    import random

    from govreport.extract.timeframe import _ACTUAL_CUE, _TARGET_CUE

    # the cues as first written, each lookbehind before its word
    target = re.compile(r"计划(?!生育|单列|经济)|要求|力争|争取(?!到)|确保|预期|目标|拟|将要|将(?!近)|(?<![需只不主重])要(?![求素点])|控制在|安排|设想|必须")
    actual = re.compile(r"实际|已经|已(?!有)|(?<![为除])了|预计(?!将|要)|统计预测|初步统计|初步核算|据统计|执行结果|结果为|过去|(?<![不未])曾")
    pieces = list("要需只不主重求素点了为除曾未将近已有计划预期") + ["要求", "需要", "主要", "重要", "不要", "只要", "为了", "除了", "不曾", "未曾", "曾经", "，"]
    rng = random.Random(13)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        for moved, plain in ((_TARGET_CUE, target), (_ACTUAL_CUE, actual)):
            assert _spans(moved.finditer(text, start)) == _spans(plain.finditer(text, start)), (text, start)


def test_the_nearest_stance_cue_found_by_searching_on_is_the_one_every_match_gives():
    import random

    from govreport.extract.timeframe import _ACTUAL_CUE, _ESTIMATE_BASE, _TARGET_CUE, stance_cue

    def every_match(text: str, clause_start: int, at: int):  # the cue as first read: every match weighed
        best = None
        for pattern, stance in ((_TARGET_CUE, "target"), (_ACTUAL_CUE, "actual")):
            for m in pattern.finditer(text, clause_start, at):
                if stance == "actual" and m.group(0).startswith("预计") and _ESTIMATE_BASE.search(text, clause_start, m.end()):
                    continue
                if best is None or m.end() > best[0]:
                    best = (m.end(), stance, m.group(0))
        return (best[1], best[2]) if best else None

    # cues of both kinds that end together or overlap (预计划), estimates that are bases (比…预计)
    pieces = list("要需主求了为除曾将近已有计划预期比年，") + ["预计", "预计划", "比上年预计", "计划", "实际", "已经", "要求", "1980", "增长"]
    rng = random.Random(15)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        at = rng.randint(start, len(text))
        assert stance_cue(text, start, at) == every_match(text, start, at), (text, start, at)


def test_the_brand_scan_sees_every_listed_brand_even_inside_another():
    from govreport.spam import _any_brand, _brands

    brands = _brands()
    for brand in brands:
        assert _any_brand().search(f"政府工作报告{brand}。"), brand
        for other in brands:
            if brand in other and brand != other:  # the scan finds the longer one, and so opens the look for both
                assert _any_brand().search(f"某{other}某")
    assert not _any_brand().search("全年地区生产总值增长百分之八，体育彩票公益金用于全民健身。")


def test_the_line_breaks_to_tidy_are_those_the_plain_patterns_find_less_bare_breaks():
    import random

    from govreport.clean import _AROUND_BREAK, _BETWEEN_PARAGRAPHS, _break_spans

    pieces = [" ", "\u3000", "\t", "\r", "\n", "\n\n", "甲", "a", "1", "。"]
    rng = random.Random(17)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for plain, blank_lines in ((_AROUND_BREAK, False), (_BETWEEN_PARAGRAPHS, True)):
            expected = [s[:2] for s in _spans(plain.finditer(text, start, end)) if s[2] != "\n"]
            assert list(_break_spans(text, blank_lines, start, end)) == expected, (repr(text), start, end)


def test_the_title_and_its_copies_are_read_from_the_first_lines_as_from_all():
    import random

    from govreport import clean

    def copies(text: str, taken: set[int]) -> list[tuple[int, int]]:
        # the title's later copies worked out over every line of the text
        content = [(s, e, text[s:e].strip()) for s, e in clean._lines(text) if text[s:e].strip() and s not in taken]
        title_at = next((n for n, (_, _, line) in enumerate(content[:6]) if clean._TITLE_WORDS.search(line) and len(line) <= 60), None)
        if title_at is None:
            return []
        return [(s, e) for s, e, line in content[title_at + 1 : title_at + 8] if line == content[title_at][2]]

    lines = ["政府工作报告", "首页", "", "  ", "各位代表：", "今年经济增长5%。", "2024年政府工作报告", "来源：某网"]
    rng = random.Random(19)
    for _ in range(3000):
        text = "\n".join(rng.choice(lines) for _ in range(rng.randint(1, 24)))
        taken = {s for s, _ in clean._lines(text) if rng.random() < 0.1}
        found = [(e.start, e.end) for e in clean._header_edits(text, taken) if e.reason == "the title printed a second time"]
        assert found == copies(text, taken), (text, taken)


def test_headings_inside_a_line_opening_with_their_numeral_are_those_the_plain_pattern_finds():
    import random

    from govreport.extract.context import _INLINE_HEADING

    plain = re.compile(r"(?:^|(?<=[。！？；]))([一二三四五六七八九十]{1,3})、([^。！？；，\n]{2,40})")  # as first written
    pieces = ["一", "二", "十", "十二", "一二三四", "、", "。", "！", "；", "，", "\n", "经济建设", "农业", "关于国内形势的回顾和展望", "甲"]
    rng = random.Random(23)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        start = rng.randint(0, len(text))
        found = [(m.span(), m.groups()) for m in _INLINE_HEADING.finditer(text, start)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text, start)], (text, start)


_REPORT = "某县2023年政府工作报告\n——2023年1月10日在某县第十八届人民代表大会第二次会议上\n各位代表：\n一、2022年工作回顾\n{}\n二、2023年工作安排\n{}\n"


def test_the_idle_report_sentence_gate_keeps_every_project_the_full_path_finds(monkeypatch):
    from tests.conftest import SAMPLES

    # each sentence opened by one of the gate's cues alone: a stage word, a count, a size class
    # with no figure, a list of what was carried out, money, a batch told before
    review = [
        "甲大桥、乙快速路建成通车。", "全年实施工业项目169个。", "甲、乙等亿元以上项目顺利推进。", "推进甲水厂、乙污水处理厂等工程建设。",
        "甲产业园项目总投资12亿元。", "实施重点项目56个，其中，省重点项目12个，市重点项目44个。", "沈阳市项目294个，大连242个，鞍山72个。",
        "加快甲铁路、乙高速等重大工程。", "两个项目为：甲基地、乙工厂。", "引进甲、乙两个项目。",
        "全年集中开工项目30个。其中，甲项目、乙项目等。",  # a list after a batch: its members
        "甲水库顺利竣工。", "甲大道、乙公园竣工。", "甲、乙等相继投产。",  # a name or a list, and its stage
        "加快推进甲枢纽、乙水道等建设。", "重点实施的有：甲灌区、乙渠道。", "甲电厂、乙电厂相继发电。",  # lists closed by 等, introduced, closed by a stage
        "实施甲、乙、丙三个重点工程。", "分别为甲、乙。",
        # lists of names with no project word, found only by the words that introduce them or the stage that closes them
        "实施的重点项目分别为：长江引水、东湖整治、西山绿化。", "推进的项目包括长江引水二期、东湖整治三期、西山绿化一期。",
        "实施长江引水二期、东湖整治三期相继完工。",
        "甲工厂、乙基地等亿元以上项目。", "实施长江引水、东湖整治2个5G项目。",  # a size class with no figure; a list its count closes
        "甲科技、乙电子等6家企业投资某县。", "甲、乙等重点项目均完成年度计划的。", "甲、乙等21项目集中开工。",  # firms that invested, progress, a count without 个
        "甲、乙、丙3家企业代表进行了签约。", "其中总投资亿元以上项目5个，分别是甲水库、乙电站。",
    ]
    plan = "开工建设甲水库。新建乙学校、丙医院等项目。实施丁工程。"
    # each sentence in a report of its own (no batch or name told before it), and all together
    alone = [(f"report{n}.txt", _REPORT.format(sentence, "").encode()) for n, sentence in enumerate(review)]
    files = [("report.txt", _REPORT.format("".join(review), plan).encode())] + alone + [(path.name, path.read_bytes()) for path in sorted(SAMPLES.rglob("*.*"))]

    def facts() -> list[list[dict]]:
        return [[f.to_json(doc.text) for doc in run_bytes(name, data) for f in doc.facts if f.kind == "project"] for name, data in files]

    gated = facts()
    monkeypatch.setattr(projects, "_idle_in_report", lambda sentence, after_batch: False)
    assert facts() == gated
    assert len(gated[0]) >= 8 and sum(map(len, gated[1 : 1 + len(review)])) >= 12


def test_a_count_is_read_only_where_its_numeral_and_word_stand_and_as_before():
    clauses = ["实施重点项目56个", "项目共计12个", "项目有十余项", "等3个", "新开工39项", "六大攻坚战重点项目103个", "一批项目", "没有数字的分句", "第3个项目", "12 个项目"]
    for clause in clauses:
        matches = list(projects._COUNT.finditer(clause))
        assert bool(matches) <= bool(projects._COUNT_HINT.search(clause)), clause


def test_the_sentences_one_scan_touches_hold_every_sentence_a_search_in_each_finds():
    import random
    from types import SimpleNamespace

    from govreport.extract.metrics import _TARGET_SENTENCE
    from govreport.near import spans_touched

    rng = random.Random(5)
    pieces = list("项目工程投资基地签约引进开工建成主要预期目标是，。\n") + ["项目", "主要预期目标", "预期目标是", "建成投产", "投资"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 8))))
        # sentences in order, with gaps between some of them, and words cut by their ends
        spans = [SimpleNamespace(start=a, end=b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.8]
        for pattern in (projects._PROJECT_WORDS, _TARGET_SENTENCE):
            touched = spans_touched(pattern.finditer(text), spans)
            found = [i for i, s in enumerate(spans) if pattern.search(text, s.start, s.end)]
            assert set(found) <= set(touched), (text, [(s.start, s.end) for s in spans])
            assert touched == sorted(set(touched))


def test_the_matches_passed_over_unbuilt_are_those_build_turns_down():
    import random

    from govreport.extract import quantity

    rng = random.Random(8)
    pieces = list("一二十百千零〇三五第前个批项次位名年强万亿元人吨，。的是居列排") + ["12", "3.5", "第一", "前三", "一个", "十项", "一万", "千方百计"]
    turned_down = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        for kind in ("amount", "rank"):
            for match in quantity._patterns()[kind].finditer(text):
                s, e = match.span()
                if e > s and quantity._never_built(kind, match, text, e):
                    turned_down += 1
                    assert quantity._build(kind, match, text, s, e) is None, (kind, text, match.group())
    assert turned_down > 100


def test_amounts_tried_only_where_a_unit_or_multiplier_can_follow_are_those_a_full_scan_finds():
    import random

    from govreport.extract import quantity

    pattern = quantity._patterns()["amount"]
    rng = random.Random(21)
    pieces = list("0123456789一二两三十百千万亿零〇点余多元人个吨年些统，。,. -—至到、的") + ["1,234", "3.5", "一千", "十二", "5-6", "万亿", "千米", "公里", "美元", "亿元", "一些", "1985年", " "]

    def with_units(matches):
        return [(m.start(), m.end(), m.group()) for m in matches if m.group("unit") or m.group("mult")]

    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        full = with_units(quantity.finditer_from(pattern, quantity._FIRST_CHAR["amount"], text))
        assert with_units(quantity._matches("amount", pattern, text)) == full, text


def test_every_organisation_holds_one_of_the_words_its_rewrite_is_gated_on():
    import random

    rng = random.Random(3)
    pieces = list("甲乙丙公司集团银行研究院所大学有限股份责任（）&·和，") + ["有限公司", "集团公司", "研究所", "大学城"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        if projects._ORG.search(text):
            assert projects._ORG_WORDS.search(text), text


def test_a_count_a_clause_gives_is_one_its_sentence_holds():
    import random

    rng = random.Random(13)
    pieces = list("第等项目工程个项宗批大余多共有达开工竣工签约，；：、。甲乙") + ["12", "3", "十二", "两", "项目共", "开工", "投资", "计划"]
    for _ in range(3000):
        sentence = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        clauses = [m.group() for m in re.finditer(r"[^，；：,;:]+[，；：,;:]?", sentence)]
        if any(projects._count(clause) for clause in clauses):
            assert projects._COUNT_HINT.search(sentence) and projects._COUNT.search(sentence), sentence


def test_target_sentences_found_near_their_goal_word_are_those_a_full_scan_finds():
    import random

    from govreport.extract.metrics import _GOAL, _TARGET_SENTENCE
    from govreport.near import finditer_near

    pieces = list("主要预期目标是，。的") + ["主要预期目标是", "预期目标是", "主要目标是", "目标"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert _spans(finditer_near(_TARGET_SENTENCE, _GOAL, text, 4, 1)) == _spans(_TARGET_SENTENCE.finditer(text)), text


def test_headings_tried_only_at_short_lines_are_those_a_full_scan_finds():
    import random

    from govreport.identify import _PLAN_HEADING, _REVIEW_HEADING, _heading_matches

    rng = random.Random(17)
    pieces = ["\n", "\n\n", " ", "一、", "（二）", "1998年", "2003年", "工作回顾", "的主要任务", "安排", "甲" * 30, "乙" * 25, "。", "回顾"]
    for _ in range(3000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        for pattern in (_PLAN_HEADING, _REVIEW_HEADING):
            assert _spans(_heading_matches(pattern, head)) == _spans(pattern.finditer(head)), repr(head)


def test_latin_letters_and_control_characters_are_told_from_the_ascii_characters_alone():
    import random

    from govreport.decode import _CONTROL, _CONTROL_BYTES
    from govreport.spam import _LATIN_RUN, _has_latin

    rng = random.Random(23)
    pieces = ["a", "Z", "Ａ", "é", "中", "文", "1", " ", "\n", "\x00", "\x07", "\x0b", "\x0c", "\x1f", "\x7f", "\x80", "\t", "\r"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _has_latin(text) == bool(re.search("[A-Za-z]", text)), repr(text)
        if not _has_latin(text):
            assert not _LATIN_RUN.search(text)
        assert len(_CONTROL_BYTES.findall(text.encode("ascii", "ignore"))) == len(_CONTROL.findall(text)), repr(text)


def test_a_glossary_line_found_after_its_line_break_is_where_the_multiline_search_finds_it():
    import random

    from govreport.extract.context import _GLOSSARY_LINE, _glossary_line

    rng = random.Random(29)
    pieces = ["名", "词", "解", "释", "名词解释", "名 词 解 释", "\n", " ", "甲", "。"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        found = _GLOSSARY_LINE.search(text)
        assert _glossary_line(text) == (found.start() if found else None), repr(text)


def test_the_spam_word_scan_sees_every_brand_and_betting_word():
    from govreport.spam import _BETTING, _any_spam_word, _brands

    for word in [*_brands(), *_BETTING.pattern.split("|")]:
        assert _any_spam_word().search(f"政府工作报告{word}。"), word
    assert not _any_spam_word().search("全年地区生产总值增长百分之八，体育彩票公益金用于全民健身。")


def test_placeholders_found_around_their_characters_are_those_a_full_scan_finds():
    import random

    from govreport.doctype import _PLACEHOLDER, _PLACEHOLDER_CHAR
    from govreport.near import finditer_near

    pieces = ["X", "Ｘ", "×", "x", "○", "2", "0", "1", ".", "县", "年", "a", "某", "\n"]
    rng = random.Random(31)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        assert _spans(finditer_near(_PLACEHOLDER, _PLACEHOLDER_CHAR, text, 3, 3)) == _spans(_PLACEHOLDER.finditer(text)), text
    for longest in ("某县202x年", "XX.X", "Ｘ县", "一九九○○年", "XXXXXXX"):
        assert _spans(finditer_near(_PLACEHOLDER, _PLACEHOLDER_CHAR, longest, 3, 3)) == _spans(_PLACEHOLDER.finditer(longest)) != [], longest


def test_quotes_found_from_their_openings_are_those_a_full_scan_finds():
    import random

    from govreport.extract import quantity

    # openings inside a quote, titles that hold another opening, quotes that never close and
    # runs longer than a quote's reach
    pieces = ["“", "”", "《", "》", "(", ")", "甲", "乙乙乙乙乙", "1", "（", "）"]
    rng = random.Random(31)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        found = [m.span() for m in quantity._quoted(text)]
        assert found == [m.span() for m in quantity._QUOTED.finditer(text)], text


def test_compounds_found_from_their_multiplier_are_those_a_full_scan_finds():
    import random

    from govreport.extract import quantity

    pattern = quantity._patterns()["compound"]
    # runs longer than the first reading back, decimals, a 点 where the reading begins,
    # multipliers back to back, line breaks before a multiplier
    pieces = ["亿", "万", "一", "三", "十", "两", "百", "零", "点", "五", "九", "余", "多", "元", "吨", "人", " ", "\n", "甲", "，", "一二三四五六七八九十一二三四五六"]
    rng = random.Random(37)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        found = [(m.span(), m.groupdict()) for m in quantity._matches("compound", pattern, text)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], text
