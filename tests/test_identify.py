from govreport.clean import clean
from govreport.identify import identify
from govreport.model import RawItem


def _identify(text: str, title: str | None = None, **meta):
    raw = RawItem("t.txt", 0, text, "text", "utf-8", title=title, meta=meta)
    return identify(clean(raw), raw)


HEADER = (
    "长沙市望城区2021年政府工作报告\n"
    "——2021年1月7日在长沙市望城区第三届人民代表大会第五次会议上\n"
    "望城区人民政府区长 王建湘\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n"
    "一、2020年工作回顾\n过去一年，全区地区生产总值增长4.3%。\n"
    "二、2021年工作安排\n2021年全区经济社会发展的主要预期目标是：地区生产总值增长8%左右。\n"
)


def test_identify_a_district_report_from_its_header():
    ident = _identify(HEADER)
    assert ident.doc_type == "government_work_report"
    assert ident.region.name == "长沙市望城区" and ident.region.code == "430112"
    assert (ident.region.province, ident.region.city, ident.region.county, ident.region.level) == ("湖南省", "长沙市", "望城区", "county")
    assert (ident.report_year, ident.reviewed_year, ident.plan_year) == (2021, 2020, 2021)
    assert ident.meeting == "长沙市望城区第三届人民代表大会第五次会议"
    assert ident.meeting_date == "2021-01-07" and ident.speaker == "王建湘"


def test_identify_uses_the_code_valid_in_the_year():
    text = HEADER.replace("长沙市望城区", "望城县").replace("望城区", "望城县").replace("2021", "2010").replace("2020", "2009")
    ident = _identify(text)
    assert ident.region.code == "430122" and ident.region.place_id == "430112"


def test_identify_state_council_report_is_national():
    text = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议。"
    ident = _identify(text)
    assert ident.region.level == "national" and ident.region.code is None
    assert ident.meeting == "第十四届全国人民代表大会第二次会议" and ident.speaker == "李强"


def test_identify_town_report_from_listing_tag():
    # a town session held in December plans the next year; the header runs on one line
    ident = _identify("2020年12月30日在镇第十七届人民代表大会第五次会议上镇人民政府镇长李文各位代表：现在，我代表镇人民政府向大会报告工作。", title="【汝城县招商】2021年热水镇政府工作报告", listing="true")
    assert ident.region.level == "town" and ident.region.town == "热水镇" and ident.region.county == "汝城县"
    assert ident.report_year == 2021 and ident.meeting_date == "2020-12-30" and ident.speaker == "李文"


def test_identify_news_item_region_from_bare_tag_prefers_the_city():
    ident = _identify("总投资16亿元的项目在经开区签约。", title="【邵阳招商】16亿元项目签约", listing="true")
    assert ident.doc_type == "news" and ident.region.name == "邵阳市" and ident.region.level == "city"
    assert ident.plan_year is None


def test_identify_leaves_unknown_things_null():
    ident = _identify("今天天气很好，我们去公园散步。")
    assert ident.region is None and ident.report_year is None and ident.meeting is None and ident.speaker is None
    assert ident.doc_type == "other"


def test_the_years_of_a_report_whose_review_calls_last_year_a_key_year():
    # "2024年是…关键一年" stands in the review of a 2025 report; the session's year decides
    text = (
        "某某市政府工作报告\n——2025年1月7日在某某市第十六届人民代表大会第四次会议上\n各位代表：\n"
        "一、过去一年工作回顾\n2024年是实现“十四五”规划目标任务的关键一年。全年地区生产总值增长5.6%。\n"
        "二、今年工作安排\n主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    ident = _identify(text)
    assert (ident.report_year, ident.reviewed_year, ident.plan_year) == (2025, 2024, 2025)
    # without title or session, the later of two equally named years is the plan year
    words_only = "各位代表：\n现在，我代表市人民政府向大会报告工作。\n2024年是关键一年，一年来地区生产总值增长5.6%。\n2025年工作安排\n主要预期目标是：增长5.5%左右。\n"
    ident = _identify(words_only)
    assert (ident.report_year, ident.reviewed_year, ident.plan_year) == (2025, 2024, 2025)
