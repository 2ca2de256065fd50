import pytest

from govreport.clean import clean
from govreport.identify import identify, page_date
from govreport.model import RawItem
from govreport.pipeline import run_bytes


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
    assert ident.region.level == "national" and ident.region.code == ident.region.place_id == "100000"
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


# -- types ---------------------------------------------------------------------------------
def test_a_resolution_on_a_report_is_no_report():
    text = (
        "第十二届全国人民代表大会第五次会议听取和审议了国务院总理所作的政府工作报告。会议充分肯定国务院过去一年的工作，"
        "同意报告提出的2017年工作总体部署、目标任务和政策取向，决定批准这个报告。"
    )
    ident = _identify(text, title="第十二届全国人民代表大会第五次会议关于政府工作报告的决议")
    assert ident.doc_type == "resolution"
    assert ident.meeting == "第十二届全国人民代表大会第五次会议" and ident.report_year == 2017
    assert ident.plan_year is None and ident.speaker is None


def test_news_about_a_report_is_news():
    text = (
        "本报讯（记者 李明）1月8日，市长张华在市第十六届人民代表大会第四次会议上作政府工作报告时表示，"
        "今年全市地区生产总值预期增长6%左右。报告提出，主要预期目标是新增城镇就业5万人。"
    )
    assert _identify(text, title="政府工作报告提出今年经济增长目标").doc_type == "news"


def test_a_report_that_mentions_an_earlier_report_is_still_a_report():
    text = "各位代表：\n现在，我代表国务院，作关于第六个五年计划的报告。在五届人大四次会议上，国务院在政府工作报告中提出了十条方针。"
    assert _identify(text, title="1982年政府工作报告").doc_type == "government_work_report"


def test_a_template_with_placeholders_has_no_place():
    text = "XX县2023年政府工作报告\n——202X年X月X日在XX县第X届人民代表大会第X次会议上\n各位代表：\n全县地区生产总值增长X%。"
    ident = _identify(text)
    assert ident.doc_type == "template" and ident.region is None


def test_other_types_by_title():
    assert _identify("一、综合。全年地区生产总值增长5%。", title="某市2023年国民经济和社会发展统计公报").doc_type == "statistical_bulletin"
    assert _identify("各位委员：我代表政协第十三届常务委员会报告工作。", title="政协某市委员会常务委员会工作报告").doc_type == "cppcc_report"
    assert _identify("同志们：今天我们召开全市经济工作会议。", title="在全市经济工作会议上的讲话").doc_type == "speech"


def test_a_party_congress_report_is_no_government_report():
    text = "同志们：\n现在，我代表第十四届中央委员会向大会作报告。\n各位代表，五年来我们主要预期目标全部实现，工作回顾如下。"
    ident = _identify(text, title="高举旗帜 (十五大)")
    assert ident.doc_type == "other" and ident.region.level == "national" and ident.report_year == 1997


# -- speaker, meeting ----------------------------------------------------------------------
def test_speaker_is_a_name_from_the_header_never_words_of_the_prose():
    # 赵紫阳总理主持下 and 在党中央的领导下 stand in the prose: no speaker is read from them
    text = "各位代表！\n我代表国务院，向大会作政府工作报告，请予审议。国务院在赵紫阳总理主持下，在党中央的领导下，会议决定了方针。"
    assert _identify(text, title="1988年国务院政府工作报告").speaker is None


def test_speaker_from_a_name_alone_on_a_header_line():
    text = "政府工作报告\n1957年6月26日在第一届全国人民代表大会第四次会議上\n周恩来\n各位代表：\n从上次会议闭幕以来，各项工作都有进展。"
    ident = _identify(text)
    assert ident.speaker == "周恩来" and ident.meeting_date == "1957-06-26"
    assert ident.meeting == "第一届全国人民代表大会第四次会议"  # 會議 read as Simplified


def test_a_session_named_as_past_is_not_the_meeting():
    text = "各位代表：\n从去年三月第五届全国人民代表大会第一次会议到现在，一年多了。现在，我受国务院的委托，向大会报告政府工作。"
    ident = _identify(text, title="1979年国务院政府工作报告")
    assert ident.meeting is None and ident.report_year == 1979


def test_the_meeting_from_the_opening_sentence_and_its_year_from_the_session():
    text = "各位代表：\n现在，我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。"
    ident = _identify(text)
    assert ident.meeting == "第六届全国人民代表大会第一次会议"
    assert ident.report_year == 1983 and "report_year" in ident.inferred


# -- years ---------------------------------------------------------------------------------
def test_the_meeting_date_wins_over_a_title_that_says_another_year():
    # a document-sharing site titles the 2024 report by the year it reviews
    text = "某县政府工作报告\n——2024年1月4日在某县第十八届人民代表大会第三次会议上\n各位代表：\n一、2023年工作回顾\n全县经济增长5%。\n二、2024年工作安排\n预期目标是增长6%。"
    ident = _identify(text, title="2023年某县政府工作报告")
    assert (ident.report_year, ident.reviewed_year, ident.plan_year) == (2024, 2023, 2024)
    assert any(w.code == "year_conflict" for w in ident.warnings)


def test_a_year_from_an_anniversary_is_marked_inferred():
    text = "各位代表：\n今年是建党100周年，也是“十四五”开局之年。过去一年，全县经济增长5%。主要预期目标是增长7%。"
    ident = _identify(text, title="某县政府工作报告")
    assert ident.report_year == 2021 and "report_year" in ident.inferred
    assert any(w.code == "year_inferred" for w in ident.warnings)


def test_a_year_end_report_reviews_its_own_year_and_plans_the_next():
    text = (
        "各位代表：\n今年的国民经济，预计工农业总产值增长4%。今年财政收入预计可以完成。"
        "明年经济发展的主要任务是稳定增长。明年要继续调整。明年的计划是增长4%。"
    )
    ident = _identify(text, title="1981年国务院政府工作报告")
    assert (ident.report_year, ident.reviewed_year, ident.plan_year) == (1981, 1981, 1982)


# -- places --------------------------------------------------------------------------------
def test_no_place_from_characters_that_straddle_two_words():
    # 省市和县委 holds 和县 (a real county) as 和 + 县委; 解放区 and 资源 are words, not places
    text = "各位代表：\n" + "在省市和县委的领导下，解放区的经验和资源优势得到发挥。" * 4
    assert _identify(text, title="某地工作报告").region is None


def test_a_place_read_from_the_body_is_flagged():
    text = "各位代表：\n" + "望城区经济增长，长沙市大力支持望城区发展。" * 3
    ident = _identify(text, title="政府工作报告")
    assert ident.region.name.endswith("望城区") and "region" in ident.inferred
    assert any(w.code == "region_from_body" for w in ident.warnings)


def test_a_city_told_often_by_its_full_name_is_the_items_place_without_its_province():
    # a news item that names 福州市 twice as a word of its own and 福州 often, and no province
    text = "福州新闻网4月19日讯\n第二季度福州集中开工153个重大项目。福州市参加全省集中开工活动的有甲项目。福州市自加压力，再开工乙项目。"
    ident = _identify(text, title="第二季度福州集中开工153个重大项目")
    assert ident.region is not None and ident.region.name.endswith("福州市")
    # a city told by its full name once, or its stem alone, still needs its province
    text = "本报讯\n福州市参加全省集中开工活动的有甲项目。乙项目开工。"
    assert _identify(text, title="重大项目集中开工").region is None


def test_a_place_that_opens_a_firms_registered_name_is_not_where_the_item_is():
    # 钟山县 told often without its city, and 苏州市 only as a firm's seat: no region is better
    # than the firm's city
    text = ("县一季度招商引资工作情况汇报\n今年一季度，我县新引进钟山县甲乙画廊二期建设项目、钟山县丙丁建设项目、钟山县戊己建设项目、"
            "钟山县庚辛建设项目。由苏州市壬癸人文旅游度假有限公司投资建设钟山县子丑项目，江苏客商到钟山县考察。")
    region = _identify(text, title="县一季度招商引资工作情况汇报").region
    assert region is None or "苏州" not in region.name


def test_a_county_told_most_without_its_city_gives_way_to_its_province():
    # 天祝 told often but its city never: the province told often enough stands for the item
    text = "本报讯\n甘肃省天祝县项目集中开工。天祝县甲项目开工。天祝乙项目开工。天祝丙项目开工。天祝丁项目开工。天祝戊项目开工。天祝己项目开工。天祝庚项目开工。天祝辛项目开工。甘肃省再添新动能。"
    ident = _identify(text, title="重点项目集中开工")
    assert ident.region is not None and ident.region.name == "甘肃省"


@pytest.mark.parametrize(
    ("head", "county"),
    [
        ("安徽庐江15个重点项目集中签约 投资金额近200亿元", "庐江县"),
        ("安徽庐江：15个重点项目集中签约", "庐江县"),
        # (after a kicker on the headline's line)
        ("总投资逾百亿！安徽庐江55个重点项目集中签约", "庐江县"),
        # (a headline's place of another province is no place of the body's)
        ("甘肃会宁35个重点项目集中开工", None),
        # two places, or a re-posting site's banner: the province the body names stands
        ("庐江、肥西接连各有25个项目开工", None),
        ("安徽生活网 - 庐江人自己的生活网站", None),
    ],
)
def test_a_headline_that_opens_with_a_province_and_its_place_is_the_items_region(head, county):
    body = "安徽省某县项目集中签约。安徽省委省政府部署。庐江县甲项目签约，庐江县乙项目签约。安徽省再添新动能，安徽发展势头好。"
    region = _identify(head + "\n" + body).region
    assert region is not None and region.county == county


def test_a_headline_after_its_kicker_names_the_place_a_body_does_not():
    # 总投资逾百亿！奉节55个…: the body tells too little to read a place from it
    text = "总投资逾百亿！奉节55个重点项目集中签约开工投产\n甲项目签约，乙项目开工，丙项目投产，活动现场气氛热烈。"
    region = _identify(text, title=None).region
    assert region is not None and region.county == "奉节县"


def test_a_city_known_under_two_codes_is_one_place_not_two():
    # 儋州市 was a county-level city (469003) and is a city (460400): told eight times, it is the
    # item's place, not a name shared by two places
    text = "儋州集中开工10个项目\n发布时间：2023-02-07\n" + "儋州市甲项目开工。" * 8 + "海南省再添新动能。"
    region = _identify(text, title=None).region
    assert region is not None and region.code == "460400"


def test_a_report_of_a_year_past_the_latest_divisions_data_has_its_region():
    text = "中宁县政府工作报告\n——2026年1月14日在中宁县第十八届人民代表大会第五次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作。"
    ident = _identify(text, title="中宁县政府工作报告")
    assert ident.region is not None and ident.region.name == "中卫市中宁县"


def test_a_county_told_whole_again_and_again_in_an_item_of_its_province_is_the_region():
    # 乾安县 told whole three times and more, its province named, its city (松原) never: the county;
    # 解放区 is a word too, and a county told beside another told half as often is no item's place
    text = ("乾安项目集中开工\n来源：中国吉林网\n4月18日，乾安县项目集中开工。乾安县甲项目、乙项目陆续复工。"
            "乾安县委、县政府吹响集结号。乾安县将继续紧跟吉林省委省政府部署。")
    region = _identify(text, title="乾安项目集中开工").region
    assert region is not None and region.county == "乾安县" and region.city == "松原市"
    # (a place name jieba holds as a word, 西华, is still a place; 解放, told a thousand times as
    # a word, is not)
    text = "第四期项目建设活动举行\n西华县甲项目开工，西华县乙项目开工，西华县丙项目开工，西华县丁项目开工。河南省再添新动能。"
    region = _identify(text, title="第四期项目建设活动举行").region
    assert region is not None and region.county == "西华县"
    # (told by its short name and suffix, 天祝县, where its full name is 天祝藏族自治县)
    text = "36个重大工程集中开建\n天祝县甲项目开工，天祝县乙项目开工，天祝县丙项目开工，天祝县丁项目开工。甘肃省再添新动能。"
    region = _identify(text, title="36个重大工程集中开建").region
    assert region is not None and region.county == "天祝藏族自治县"
    text = ("兵团项目集中开复工\n新疆兵团重大项目集中开复工。阿拉尔市甲项目开工，阿拉尔市乙项目开工，阿拉尔市丙项目开工，"
            "图木舒克市丁项目开工，图木舒克市戊项目开工，新疆再添新动能。")
    region = _identify(text, title="兵团项目集中开复工").region
    assert region is None or region.county is None


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("甲市61个重大项目集中签约\n来源：新华社 2023-02-05 12:13:57\n新华社某地2月5日电", "2023-02-05"),
        ("某项目开工：总投资57.5亿元\n来源：快科技\n2024/4/8 13:21:09\n导读：", "2024-04-08"),
        ("省属国企7个重点项目集中开工\n25.12.2018  19:40\n今天，", "2018-12-25"),
        ("842个重大项目签约\n2015 04/25 19:20\n开放的某省", "2015-04-25"),
        ("某某项目签约\n2023年8月6日 19:30\n7月31日，", "2023-08-06"),
        # a time glued to the date where a layout was flattened to text
        ("某市13个项目引资145.8亿元\n06.09.201510:28\n某某网讯9月2日下午", "2015-09-06"),
        ("某区2020年引进重大项目21个202103/0213:04\n本报讯", "2021-03-02"),
        ("某项目签约\n2023-02-0512:13\n导读", "2023-02-05"),
        ("某项目\n总投资12.5亿元，2018年开工", None),  # amounts and a year: no date
        ("某县项目\n共签约201803/12个项目", None),
        ("某县项目集中开工\n3月2日，某县25个项目开工，2023年计划投资5亿元。", None),  # a year alone is no page date
        # a masthead whose weekday was cut off when the page was flattened to text
        ("甲县经济稳中有进\n第03版:综合\n2017年6月12日 星期\n2 上一篇  下一篇 3", "2017-06-12"),
        ("某区项目集中签约\n上一版  下一版 2021年9月6日 星期 放大 缩小 默认", "2021-09-06"),
        ("某县项目集中开工\n2023年3月2日上午，某县25个项目开工。", None),  # a lead's day is no masthead
        # a line that holds the date alone, under the title or a paper's name
        ("甲乙项目集中签约\n某某日报\n2019年06月03日\n第02版：要闻", "2019-06-03"),
        ("某区重点项目建设进展情况\n投资与重点项目处\n  2020年7月8日 \n", "2020-07-08"),
        ("某县项目集中开工\n2023年3月2日，某县25个项目开工。", None),  # a date that opens a sentence is the day it tells
    ],
)
def test_an_unlabelled_page_date_in_the_head(head, date):
    assert page_date(head) == date


def test_a_source_line_the_cleaning_drops_still_dates_the_item():
    from govreport.pipeline import run_bytes

    text = "某市重点项目建设完成投资417.1亿\n来源:某某在线 2018-11-13 10:12:39\n记者从市发改委获悉，今年1-10月份，569个市重点项目完成投资417.1亿元。"
    [doc] = run_bytes("news.txt", text.encode())
    assert doc.identity.published == "2018-11-13"


def test_a_stem_two_counties_share_is_read_the_same_whatever_the_hash_seed():
    # 华容 is 华容县 (湖南岳阳) and 华容区 (湖北鄂州): set order once decided, so the region changed
    # with PYTHONHASHSEED; the county whose city the text names wins, in every process
    import os
    import subprocess
    import sys

    code = ("from govreport.pipeline import run_bytes\n"
            "t = '华容招商引资项目集中签约\\n近日，华容举行项目集中签约仪式，鄂州领导出席。华容签约项目12个，华容开发区项目建设加快。华容将继续优化营商环境。'\n"
            "r = run_bytes('x.txt', t.encode())[0].to_json().get('region')\n"
            "print(r and r['name'])")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.strip()
            for seed in range(8)}
    assert seen == {"鄂州市华容区"}


def test_the_publisher_in_a_source_line_places_an_item_whose_text_names_no_place_enough():
    body = "2023年省重点项目1-6月建设进展情况\n\n时间 : 2023-07-20 10:00:00 来源 : 甲乙省发展和改革委员会网站\n"
    text = "1-6月，全省重点项目完成投资约3000亿元。新开工建设广州丙丁基地、深圳戊己产业园等83个项目。"
    [doc] = run_bytes("news.txt", (body.replace("甲乙省", "广东省") + text).encode())
    assert doc.identity.region is not None and doc.identity.region.name == "广东省"
    assert any(w.code == "region_from_source" for w in doc.identity.warnings)
    # a site named for no place gives none; and a text that names its own place keeps it
    [site] = run_bytes("news.txt", (body.replace("甲乙省发展和改革委员会网站", "某某新闻网") + text).encode())
    assert site.identity.region is None
    own = "韶关市重点项目进展\n来源 : 广东省发展和改革委员会网站\n韶关市重点项目完成投资100亿元，韶关市新开工项目20个，韶关市竣工项目8个。"
    [doc2] = run_bytes("news.txt", own.encode())
    assert doc2.identity.region is not None and doc2.identity.region.name == "韶关市"


def test_a_news_items_first_line_that_opens_with_a_place_places_it():
    text = "哈尔滨今年57个食品大项目开复工总投资247亿元\n这些食品的生产项目今年都将在哈开工建设。今年，全市有57个绿色食品产业大项目开复工。"
    [doc] = run_bytes("news.txt", text.encode())
    assert doc.identity.region is not None and doc.identity.region.name == "哈尔滨市"
    # the author line names the publisher where the text names no place
    bare = "今年57个食品大项目开复工\n作者：哈尔滨市人民政府\n今年，全市有57个绿色食品产业大项目开复工，总投资247亿多元。"
    [doc2] = run_bytes("news.txt", bare.encode())
    assert doc2.identity.region is not None and doc2.identity.region.name == "哈尔滨市"
    # a short kicker, then the headline that names the place
    kicker = "总投资超400亿元\n重庆20余个市级重点项目开工\n记者从市发展改革委获悉，6月下旬以来，市级重点项目迎来开工潮。"
    [doc4] = run_bytes("news.txt", kicker.encode())
    assert doc4.identity.region is not None and doc4.identity.region.name == "重庆市"
    # (a line that opens with no place's short name places nothing)
    [doc3] = run_bytes("news.txt", "今年57个食品大项目开复工\n今年，全市有57个绿色食品产业大项目开复工。".encode())
    assert doc3.identity.region is None


def test_the_venue_of_a_citywide_event_is_no_items_place_but_one_projects_ceremony_is():
    # 全市…集中开工仪式在乙县举行: the city's batch, held at one county's site
    text = ("宝鸡市第三季度重点项目开工仪式举行\n"
            "宝鸡融媒讯 近日，宝鸡市第三季度重点项目开工仪式在眉县举行。\n全市集中开工项目56个，总投资120亿元。"
            "此次开工的项目涵盖先进制造、现代农业、文化旅游等领域，将为全市经济发展注入新动能，项目负责人表示将加快建设进度，"
            "力争早日建成投产、早日见效。\n眉县县长出席开工仪式。")
    region = _identify(text, title=None).region
    assert region is not None and region.name == "宝鸡市"
    # one project's ceremony is held where the project is built
    text = ("甲乙轿车板合资项目竣工\n"
            "(记者 丙丁)10月19日，甲乙轿车板合资项目竣工仪式在唐山市乐亭县举办。\n项目由甲集团和乙集团联手打造，总出资41.25亿元，"
            "是近年来钢铁行业单体出资最大的外商合资项目。项目新建生产线采用全球领先的智能控制技术，产品以高档轿车板为主，"
            "覆盖汽车外板、内板和结构件，达产后年产冷轧板150万吨、镀锌板90万吨。\n河北省省长出席竣工仪式。")
    region = _identify(text, title=None).region
    assert region is not None and region.name == "唐山市乐亭县"


def test_a_report_that_names_no_year_but_the_one_it_reviews_is_of_the_year_after():
    text = ("政府工作报告\n——在甲县第十八届人民代表大会第二次会议上\n甲县人民政府县长 乙丙\n各位代表：\n"
            "现在，我代表甲县人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年，全县地区生产总值增长4.5%。\n")
    ident = _identify(text, title="政府工作报告")
    assert (ident.report_year, ident.reviewed_year, ident.plan_year) == (2023, 2022, 2023)
    assert "report_year" in ident.inferred
    # (a report that tells no year at all has none)
    ident = _identify(text.replace("2022年工作回顾", "过去一年工作回顾"), title="政府工作报告")
    assert ident.report_year is None
