"""Fact extractors on hand-written documents, through the whole pipeline."""

from govreport.pipeline import run_bytes

REPORT = """某某市2024年政府工作报告
——2024年1月10日在某某市第十届人民代表大会第三次会议上
各位代表：
一、2023年工作回顾
全市地区生产总值增长5.2%，社会消费品零售总额下降1.5%。营业收入、技工贸收入分别增长9.7%、9.6%。新建中小学15所、公办幼儿园9所。城镇调查失业率控制在5%以内。
二、2024年工作安排
主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%以上，居民收入增长与经济增长同步，力争新增城镇就业1.5万人以上。
名词解释
1.“三高四新”（P2）：打造三个高地、践行四新使命。
2.“一件事一次办”：集成办理，一次办好。（P5）
附件
2023年民生实事完成情况
序号
民生实事项目
完成情况
完成率
1
新建学校3所、幼儿园2所。
3所、2所
100%、100%
2
新增城镇就业1万人。
1.2万人
120%
"""


def _facts(kind):
    [doc] = run_bytes("city.txt", REPORT.encode())
    return doc, [f.to_json(doc.text) for f in doc.facts if f.kind == kind]


def _metrics_by_value(name, text):
    """The metric facts of one document, by value (the last of equal values wins)."""
    [doc] = run_bytes(name, text.encode())
    return {f.to_json(doc.text)["value"]: f.to_json(doc.text) for f in doc.facts if f.kind == "metric"}


def _metric(facts, subject_part, value):
    return next(f for f in facts if f["value"] == value and subject_part in (f["subject"] or ""))


def test_every_fact_lies_in_its_evidence_and_the_evidence_in_the_text():
    [doc] = run_bytes("city.txt", REPORT.encode())
    assert doc.facts
    for fact in doc.facts:
        evidence = doc.text[fact.span.evidence_start : fact.span.evidence_end]
        assert doc.text[fact.span.start : fact.span.end] in evidence


def test_actuals_of_the_reviewed_year():
    _, facts = _facts("metric")
    gdp = _metric(facts, "地区生产总值", 5.2)
    assert (gdp["stance"], gdp["period"], gdp["indicator"], gdp["measure"]) == ("actual", 2023, "gdp_growth", "growth")
    retail = _metric(facts, "社会消费品零售总额", -1.5)
    assert retail["indicator"] == "retail_sales_growth"
    unemployment = _metric(facts, "失业率", 5)
    assert (unemployment["modifier"], unemployment["measure"], unemployment["indicator"]) == ("at_most", "share", "unemployment_rate")


def test_distributive_and_list_subjects():
    _, facts = _facts("metric")
    assert _metric(facts, "营业收入", 9.7)["subject"] == "营业收入"
    assert _metric(facts, "技工贸收入", 9.6)["subject"] == "技工贸收入"
    assert _metric(facts, "幼儿园", 9)["subject"] == "公办幼儿园"


def test_targets_of_the_plan_year():
    _, facts = _facts("metric")
    gdp = _metric(facts, "地区生产总值", 6)
    assert (gdp["stance"], gdp["period"], gdp["modifier"]) == ("target", 2024, "about")
    revenue = _metric(facts, "一般公共预算收入", 5)
    assert (revenue["indicator"], revenue["modifier"]) == ("general_budget_revenue_growth", "at_least")
    jobs = _metric(facts, "新增城镇就业", 1.5)
    assert (jobs["strive"], jobs["base_value"], jobs["base_unit"], jobs["indicator"]) == (True, 15000, "人", "new_urban_jobs")


def test_a_qualitative_target_is_not_a_number():
    _, facts = _facts("metric")
    [income] = [f for f in facts if "居民收入" in (f["subject"] or "")]
    assert income["value"] is None and income["qualitative"] is True
    assert (income["indicator"], income["stance"], income["period"]) == ("resident_income_growth", "target", 2024)


def test_glossary_terms_with_page_before_or_after():
    _, terms = _facts("term")
    assert [(t["term"], t["page"]) for t in terms] == [("“三高四新”", "P2"), ("“一件事一次办”", "P5")]
    assert terms[1]["definition"] == "集成办理，一次办好。"


def test_livelihood_table_rows():
    _, rows = _facts("livelihood")
    assert [r["no"] for r in rows] == [1, 2]
    assert [t["value"] for t in rows[0]["targets"]] == [3, 2] and rows[0]["completion"] == [1.0, 1.0]
    assert rows[1]["actuals"][0]["value"] == 1.2 and rows[1]["completion"] == [1.2] and rows[1]["period"] == 2023


def test_investment_projects_in_news():
    news = "2024年3月5日，某县在经济开发区举行招商签约仪式，6个项目集中签约，总投资28亿元。其中，由某某新材料有限公司投资建设的锂电池隔膜项目总投资10亿元，预计明年投产。"
    [doc] = run_bytes("news.txt", news.encode())
    projects = [f.to_json(doc.text) for f in doc.facts if f.kind == "project"]
    batch, single = projects
    assert (batch["amount"], batch["count"], batch["base_amount"], batch["stage"], batch["period"]) == (28, 6, 2.8e9, "signed", 2024)
    assert (single["amount"], single["investor"], single["name"], single["stage"]) == (10, "某某新材料有限公司", "锂电池隔膜项目", "signed")


def test_one_sentence_with_two_projects_gives_two_each_with_its_own_fields():
    news = (
        "【某市招商】某市高新区集中签约8个项目\n3月18日，某市高新区集中签约项目8个，总投资62.5亿元，涉及电子信息、新材料、生物医药等产业。"
        "其中，甲科技股份有限公司拟投资20亿元建设新型显示模组生产基地项目；乙新材料有限公司投资8.6亿元的高性能铜箔项目计划于今年6月开工。"
    )
    [doc] = run_bytes("news.txt", news.encode())
    assert doc.title == "【某市招商】某市高新区集中签约8个项目"  # the headline stays a line of its own
    batch, display, foil = [f.to_json(doc.text) for f in doc.facts if f.kind == "project"]
    # the headline's batch without its total and the body's with it are one event: the body's
    assert (batch["batch"], batch["amount"], batch["count"], batch["location"], batch["stage_date"]) == (True, 62.5, 8, "某市高新区", "3月18日")
    assert batch["industries"] == ["C39", "C27"]  # every industry the sentence names, as GB/T 4754 codes
    assert batch["name"] is None and batch["members"] == ["新型显示模组生产基地项目", "高性能铜箔项目"]
    assert (display["amount"], display["amount_kind"], display["investor"], display["name"], display["industries"]) == (
        20, "total_investment", "甲科技股份有限公司", "新型显示模组生产基地项目", ["C39"]
    )
    assert (foil["amount"], foil["investor"], foil["name"], foil["in_batch"]) == (8.6, "乙新材料有限公司", "高性能铜箔项目", batch["start"])
    assert foil["stage"] == "signed"  # 计划于今年6月开工 is expected, not done: the batch's signing is its stage
    assert [s["stage"] for s in foil["stages"] if s["expected"]] == ["started"]


def test_a_text_without_full_stops_still_yields_its_figures_with_short_subjects():
    # OCR or a crawl can lose every stop: the whole body is one "sentence"; each number is
    # still read against the words just before it, not against everything since the start
    body = "地区生产总值增长6.5%固定资产投资增长8%城镇新增就业1.2万人" * 200
    [doc] = run_bytes("run.txt", ("某某市2024年政府工作报告\n各位代表：\n" + body).encode())
    metrics = [f.to_json(doc.text) for f in doc.facts if f.kind == "metric"]
    assert len(metrics) == 600
    by_indicator = {(f["indicator"], f["subject"]) for f in metrics}
    assert by_indicator == {("gdp_growth", "地区生产总值"), ("fixed_asset_investment_growth", "固定资产投资"), ("new_urban_jobs", "城镇新增就业")}


def test_a_voltage_rating_is_no_figure_and_a_closed_figure_ends_its_subject():
    text = "某某县2024年政府工作报告\n各位代表：\n二、2024年工作安排\n新建110千伏变电站2座，完成10千伏及以下农村配电网改造投资9000万元。医保参保率达到96%以上、基金使用率达到92%。\n"
    metrics = _metrics_by_value("county.txt", text)
    assert 110 not in metrics and 10 not in metrics
    assert metrics[9000]["subject"] == "10千伏及以下农村配电网改造投资"
    assert metrics[92]["subject"] == "基金使用率"


def test_an_average_over_a_span_has_the_spans_last_year_and_a_year_named_after_it_its_own():
    text = (
        "某某县2021年政府工作报告\n各位代表：\n一、过去五年工作回顾\n一年来，全县一般公共预算收入比上年增长2.1%。\n"
        "二、“十四五”时期的奋斗目标\n今后五年，全县地区生产总值年均增长7%左右，到2025年常住人口城镇化率达到60%。\n"
    )
    facts = _metrics_by_value("county.txt", text)
    # every figure has a period: a five-year average ends in the span's last year
    assert (facts[7]["period"], facts[7]["period_start"], facts[7]["stance"]) == (2025, 2021, "target")
    assert (facts[60]["period"], facts[60]["subject"], facts[60]["indicator"]) == (2025, "常住人口城镇化率", "urbanization_rate")
    assert (facts[2.1]["subject"], facts[2.1]["period"]) == ("一般公共预算收入", 2020)


def test_distributive_figures_after_a_comma_and_elliptical_subjects():
    text = (
        "某某市2022年政府工作报告\n各位代表：\n一、2021年工作回顾\n"
        "城镇居民人均可支配收入41200元，农村居民人均可支配收入18600元，扣除价格因素，分别增长6.1%和8.3%。"
        "城镇、农村居民人均可支配收入达到41200元、18600元。全年接待游客3200万人次，实现旅游总收入310亿元，分别增长12.4%、15.6%。\n"
    )
    [doc] = run_bytes("city.txt", text.encode())
    facts = [f.to_json(doc.text) for f in doc.facts if f.kind == "metric"]
    by_value = {}
    for f in facts:
        by_value.setdefault(f["value"], []).append((f["subject"], f["indicator"]))
    assert by_value[6.1] == [("城镇居民人均可支配收入", "urban_income_growth")]
    assert by_value[8.3] == [("农村居民人均可支配收入", "rural_income_growth")]
    assert by_value[41200] == [("城镇居民人均可支配收入", None)] * 2
    assert by_value[18600] == [("农村居民人均可支配收入", None)] * 2
    assert by_value[12.4][0][0] == "接待游客" and by_value[15.6][0][0] == "旅游总收入"


def test_a_ratio_raised_from_last_years_figure_and_a_falling_intensity():
    text = (
        "政府工作报告\n——2015年3月5日在第十二届全国人民代表大会第三次会议上\n各位代表：\n一、2014年工作回顾\n过去一年，国内生产总值增长7.4%。\n"
        "二、2015年经济社会发展总体部署\n今年能耗强度下降3.1%以上。今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到2.3%。\n"
    )
    facts = _metrics_by_value("national.txt", text)
    assert (facts[2.1]["stance"], facts[2.1]["period"], facts[2.1]["subject"]) == ("actual", 2014, "赤字率")
    assert (facts[2.3]["stance"], facts[2.3]["period"], facts[2.3]["subject"], facts[2.3]["indicator"]) == ("target", 2015, "赤字率", "deficit_ratio")
    # one sign convention: a fall is negative, and "a fall of at least 3.1" is -3.1 at_most
    assert (facts[-3.1]["indicator"], facts[-3.1]["measure"], facts[-3.1]["modifier"]) == ("energy_intensity_reduction", "growth", "at_most")
    assert facts[1.62]["subject"] == "财政赤字"


def test_counted_things_after_their_numbers_and_qualified_indicator_names():
    text = (
        "某某省政府工作报告\n——2019年1月15日在某某省第十三届人民代表大会第二次会议上\n各位代表：\n一、2018年工作回顾\n"
        "城乡居民人均可支配收入分别增长8.1%和8.9%；单位生产总值能耗下降5%以上。\n"
        "二、2019年重点工作\n今年实现减贫50万人、1000个贫困村出列、20个贫困县摘帽。着力办好12件重点民生实事。"
        "完成困难家庭无障碍改造500户以上，238个贫困村出列。\n"
    )
    facts = _metrics_by_value("province.txt", text)
    assert (facts[8.1]["subject"], facts[8.1]["indicator"]) == ("城镇居民人均可支配收入", "urban_income_growth")
    assert (facts[8.9]["subject"], facts[8.9]["indicator"]) == ("农村居民人均可支配收入", "rural_income_growth")
    assert facts[-5]["indicator"] == "energy_intensity_reduction"
    assert [facts[v]["subject"] for v in (50, 1000, 20, 238)] == ["减贫", "贫困村出列", "贫困县摘帽", "贫困村出列"]
    assert facts[12]["subject"].endswith("重点民生实事")
    assert facts[500]["subject"] == "困难家庭无障碍改造"


def test_an_older_national_report_with_its_price_target_and_a_five_year_review():
    text = (
        "政府工作报告\n——1998年3月5日在第九届全国人民代表大会第一次会议上\n各位代表：\n一、过去五年的工作回顾\n"
        "1997年国内生产总值比上年增长8.8%。全国商品零售价格上涨0.8%。过去五年国内生产总值年均增长11%。\n"
        "二、1998年的主要任务\n主要预期目标是：国内生产总值增长8%，商品零售价格涨幅控制在3%以内，社会商品零售总额增长10%。\n"
    )
    facts = _metrics_by_value("national.txt", text)
    assert (facts[0.8]["period"], facts[0.8]["indicator"]) == (1997, "retail_price_index")
    assert (facts[3]["stance"], facts[3]["modifier"], facts[3]["indicator"]) == ("target", "at_most", "retail_price_index")
    assert (facts[11]["subject"], facts[11]["period"], facts[11]["period_start"]) == ("国内生产总值", 1997, 1993)
    assert facts[0.8]["period_start"] is None  # a year's figure in a five-year review is that year's
    assert facts[10]["indicator"] == "retail_sales_growth"


def test_a_livelihood_table_is_dated_by_its_title_and_its_cells_are_no_metrics():
    # the 2020 completion table printed in the 2021 report: its rows are 2020's, and the
    # figures in its cells (10所, 120%) are the rows' fields, not 2021 targets
    text = (
        "某市2021年政府工作报告\n各位代表：\n一、2020年工作回顾\n全市地区生产总值增长4.1%。\n"
        "二、2021年工作安排\n主要预期目标是：地区生产总值增长7%左右。\n附表\n2020年重点民生实事完成情况\n"
        "序号\n项目\n完成情况\n完成率\n1\n新建幼儿园10所\n建成12所\n120%\n2\n改造老旧小区30个\n完成25个\n83%\n"
    )
    [doc] = run_bytes("report.txt", text.encode())
    rows = [f.fields for f in doc.facts if f.kind == "livelihood"]
    assert [(r["no"], r["period"], r["stance"], r["completion"]) for r in rows] == [(1, 2020, "actual", [1.2]), (2, 2020, "actual", [0.83])]
    assert sorted(f.fields["value"] for f in doc.facts if f.kind == "metric") == [4.1, 7]


def test_news_quoting_a_reports_targets_gives_targets_attributed_to_the_report():
    news = (
        "【某市新闻】政府工作报告提出今年经济增长目标\n本报讯（记者 李明）1月8日，市长张华在市人民代表大会上作政府工作报告时表示，"
        "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人。据统计预测，去年全市地区生产总值增长5.2%。"
    )
    [doc] = run_bytes("news.txt", news.encode())
    assert doc.identity.doc_type == "news"
    facts = {f.fields["value"]: f.fields for f in doc.facts if f.kind == "metric"}
    assert (facts[6]["stance"], facts[6]["indicator"], facts[6]["attributed_to"]) == ("target", "gdp_growth", "government_work_report")
    assert facts[5]["stance"] == "target"
    assert facts[5.2]["stance"] == "actual"  # 据统计预测: an estimate of last year's outcome


def test_an_estimate_of_the_year_under_review_is_an_outcome():
    text = (
        "某县2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n预计全年地区生产总值增长5.5%，固定资产投资增长6.3%。\n"
        "二、2024年工作安排\n主要预期目标是：地区生产总值增长6%左右，比上年预计数提高0.5个百分点。\n"
    )
    facts = _metrics_by_value("county.txt", text)
    assert (facts[5.5]["stance"], facts[5.5]["period"]) == ("actual", 2023)
    assert (facts[6.3]["stance"], facts[6.3]["period"]) == ("actual", 2023)
    assert (facts[6]["stance"], facts[6]["period"], facts[6]["modifier"]) == ("target", 2024, "about")
