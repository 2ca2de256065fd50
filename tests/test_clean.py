import re

from govreport.clean import clean
from govreport.model import RawItem


def _clean(text: str, **kw):
    return clean(RawItem("t.txt", 0, text, "text", "utf-8", **kw))


def test_clean_removes_portal_lines_and_keeps_the_original_date():
    text = (
        "乡村振兴\n某县2024年政府工作报告\n"
        "时间:2024-03-21 09:44:22   作者:某网   来源:某县政府网   阅读:0   评论:0\n"
        "内容摘要:2024年1月4日在某县第六届人民代表大会……\n"
        "某县2024年政府工作报告\n"
        "时间:2024-01-06   作者:某网   来源:某县政府网   阅读:24   评论:0\n"
        "各位代表:\n现在,我代表县人民政府向大会报告工作。\n"
        "免责申明:本站大部分内容来源于网络!\n  皖ICP备2023017023号\n"
    )
    result = _clean(text)
    assert "时间" not in result.text and "ICP" not in result.text and "免责" not in result.text
    assert "乡村振兴" not in result.text
    assert result.text.count("某县2024年政府工作报告") == 1
    assert result.meta["published"] == "2024-01-06"
    assert result.title == "某县2024年政府工作报告"
    assert any(w.code == "boilerplate" for w in result.warnings)


def test_clean_keeps_a_meta_line_that_runs_on_into_the_first_sentence():
    # the page put its first sentence on the meta line: the line is text, kept whole, and its
    # date is still the publication date; a disclaimer's sentence and a teaser cut short still go
    text = (
        "某地项目建设如火如荼\n"
        "发布时间:2019-06-26 11:51来源: 网络整理某某网讯(记者甲乙报道)6月的某地,正是施工项目如火如荼进行时。\n"
        "今年全区计划实施重点项目120个。\n"
        "导读:为进一步营造大干快上的浓厚氛围,某县举行重大项目集中开工活动......\n"
        "免责声明:本文为网站用户自行上传并发布,仅代表该用户观点。\n"
    )
    result = _clean(text)
    assert "6月的某地，正是施工项目如火如荼进行时。" in result.text and "发布时间" in result.text
    assert "导读" not in result.text and "免责" not in result.text
    assert result.meta["published"] == "2019-06-26"


def test_clean_keeps_a_whole_document_crawled_onto_one_line():
    # a crawl that lost its line breaks ends with the portal's footer on the same line
    text = "某县2024年政府工作报告各位代表：现在，我代表县人民政府向大会报告工作。" + "全县地区生产总值增长5.5%。" * 40 + "版权所有：某县人民政府"
    result = _clean(text)
    assert "地区生产总值增长5.5%" in result.text
    assert not any(w.code == "boilerplate" for w in result.warnings)


def test_clean_joins_pdf_spaced_words_numbers_and_headings():
    result = _clean("政 府 工 作 报 告\n( 一 ) 坚持精准施策。GDP 增长 4.0% ,新增 企业 6850 家, 面积 3. 1 万平米。")
    assert result.text.splitlines()[0] == "政府工作报告"
    assert "（一）坚持精准施策。GDP增长4.0%，新增企业6850家，面积3.1万平米。" in result.text
    assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", result.text)


def test_a_headline_and_a_byline_keep_the_spaces_that_part_their_words():
    # a web page's spaces between Chinese words are the writer's: a headline's stands for a
    # comma, a byline's and a caption's part names, a slogan's its phrases
    text = (
        "某市12个项目集中签约 合同引资额93.8亿元\n"
        "本报讯（记者 王甲 李乙）4月28日，某市举行“迎老乡 回故乡 建家乡”签约仪式。\n"
        "签约仪式现场。 丙丁 摄\n"
    )
    result = _clean(text)
    assert "某市12个项目集中签约 合同引资额93.8亿元" in result.text  # (签约 合同: 约合 is a word, but one is no evidence)
    assert "（记者 王甲 李乙）" in result.text
    assert "“迎老乡 回故乡 建家乡”" in result.text
    assert "签约仪式现场。丙丁 摄" in result.text  # (a space after a mark is typesetting, and goes)


def test_spaces_a_text_layer_put_inside_words_go():
    # a word printed letter by letter goes back together wherever it stands
    assert _clean("政 府 工 作 报 告\n某县人民政府县长 魏 宇\n").text.splitlines() == ["政府工作报告", "某县人民政府县长 魏宇"]
    # a space after a comma of a sentence is no writer's
    assert "建设年产30万吨生产线将于今年7月投产。" in _clean("甲公司投资5亿元，建设年产30万吨生产线 将于今年7月投产。").text
    # two spaces inside words (同 比, 计 划) show a text layer's spacing: every space between
    # Chinese words goes, a headline's too
    layer = "某县经济运行 稳中有进\n地区生产总值106.6亿元，同 比增长5%；年度计 划投资677亿元。\n"
    assert _clean(layer).text.splitlines() == ["某县经济运行稳中有进", "地区生产总值106.6亿元，同比增长5%；年度计划投资677亿元。"]


def test_the_extractors_read_a_kept_space_as_a_comma_and_ground_facts_in_the_text():
    from govreport.clean import as_read
    from govreport.pipeline import run_bytes

    assert as_read("开工项目20个 竣工项目8个") == "开工项目20个，竣工项目8个"
    assert len(as_read("甲  乙 Mate 60")) == len("甲  乙 Mate 60")
    [doc] = run_bytes("news.txt", "某县开工项目20个 竣工项目8个\n发布时间：2024-05-24\n5月24日，某县举行项目观摩活动。".encode())
    batches = [f.to_json(doc.text) for f in doc.facts if f.kind == "project"]
    assert [(b["count"], b["stage"]) for b in batches] == [(20, "started"), (8, "completed")]
    assert batches[1]["evidence"] == "某县开工项目20个 竣工项目8个"


def test_a_photos_caption_ended_by_who_took_it_keeps_its_line():
    text = (
        "某县重大项目集中开工\n"
        "发布时间：2023-05-12\n"
        "图为签约现场，甲县与乙集团签约。记者 张三 摄\n"
        "32个重大项目中，产业项目23项，总投资265亿元。\n"
    )
    lines = _clean(text).text.splitlines()
    assert "图为签约现场，甲县与乙集团签约。记者 张三 摄" in lines
    assert "32个重大项目中，产业项目23项，总投资265亿元。" in lines


def test_clean_keeps_space_between_latin_words():
    assert "Mate 60" in _clean("发布 Mate 60 手机。").text


def test_clean_rejoins_hard_wrapped_lines_but_not_headings():
    text = (
        "一、2023年工作回顾\n"
        "全年地区生产总值增长百分之六，规模工业增加值增长百分之八，社会消费品零售总\n"
        "额增长百分之五。\n"
        "二、2024年工作安排\n"
    )
    lines = _clean(text).text.splitlines()
    assert lines == ["一、2023年工作回顾", "全年地区生产总值增长百分之六，规模工业增加值增长百分之八，社会消费品零售总额增长百分之五。", "二、2024年工作安排"]


def test_a_page_with_a_paragraph_to_a_line_keeps_its_title_date_and_caption_apart():
    # a news page: each paragraph on a line of its own; the headline, its date line and a
    # photo's caption end without a full stop, but none of them runs on into the body
    text = (
        "甲县：开竣工项目32个 总投资78亿元\n"
        "发布时间：2024-10-09\n"
        "乙医院主体功能搬迁项目\n"
        "三季度，甲县开竣工项目32个，总投资78亿元，涵盖工业科技、农林水利、商贸服务、社会事业、基础设施等领域，"
        "其中开工项目22个，竣工项目10个，全年计划完成投资120亿元，比上年增长百分之十二。\n"
    )
    lines = _clean(text).text.splitlines()
    assert lines[:3] == ["甲县：开竣工项目32个 总投资78亿元", "发布时间：2024-10-09", "乙医院主体功能搬迁项目"]


def test_a_headline_and_its_subtitle_stay_apart_from_the_body():
    # (a subtitle may hold a comma; above the text's first full stop it is still the head)
    text = (
        "某市190个转型项目集中开工\n"
        "总投资746亿元，10亿元以上项目达19个\n"
        "3月18日，某市举行项目集中开工仪式，甲乙年产500万吨焦化项目等190个转型项目开工建设，"
        "据了解，此次开工的190个转型项目总投资达746亿元，10亿元以上项目达19个，涵盖能源、化工、装备制造等领域。\n"
    )
    assert _clean(text).text.splitlines()[:2] == ["某市190个转型项目集中开工", "总投资746亿元，10亿元以上项目达19个"]


def test_a_break_that_cuts_a_quote_a_title_or_a_clause_is_rejoined_whatever_the_widths():
    # a page that put a link's words on a line of their own: the sentence runs through them
    text = "（二）对外工作\n我国同伟大的和平堡垒苏联已经缔结了《\n友好同盟互助条约\n》，并且会见了甲国的代表团。\n根据某法第五条，本作品不适用于该法，在其他管辖区，属于\n公有领域\n。\n"
    lines = _clean(text).text.splitlines()
    assert lines[1] == "我国同伟大的和平堡垒苏联已经缔结了《友好同盟互助条约》，并且会见了甲国的代表团。"
    assert lines[2] == "根据某法第五条，本作品不适用于该法，在其他管辖区，属于公有领域。"


def test_clean_rejoins_wrapped_glossary_entry():
    text = "名词解释\n11.“村社分账”（P14）：村民委员会与村级集体经济组织分别设置账\n套，进行独立核算。\n12.“五控”（P16）：控尘、控车。"
    lines = _clean(text).text.splitlines()
    assert lines[1] == "11.“村社分账”（P14）：村民委员会与村级集体经济组织分别设置账套，进行独立核算。"


def test_clean_normalises_width():
    result = _clean("地区生产总值增长６．５％，新增企业１２家：好")
    assert "增长6.5%，新增企业12家：好" in result.text


def test_clean_converts_traditional_reports_to_simplified():
    result = _clean("各位代表：現在，我代表市人民政府向大會報告工作，請予審議。全市地區生產總值增長百分之八。")
    assert "向大会报告工作" in result.text and "地区生产总值增长" in result.text
    assert any(w.code == "traditional_converted" for w in result.warnings)


def test_clean_reads_taiwans_word_for_a_project_as_project():
    # 專案, as Taiwan's Traditional writes a project: 项目 (OpenCC keeps it as 专案)
    result = _clean("據了解，全縣第二季度計畫新開工重大專案32個，總投資達156億元，涵蓋製造業、觀光與基礎建設。")
    assert "计划新开工重大项目32个" in result.text
    # (a Simplified text's 专案, a case under inquiry, is left as it is)
    text = "该县公安局成立专案组，对该案件开展调查。"
    assert _clean(text).text == text


def test_clean_leaves_simplified_text_alone():
    text = "各位代表：现在，我代表市人民政府向大会报告工作。"
    result = _clean(text)
    assert result.text == text
    assert not result.warnings


def test_clean_keeps_a_simplified_county_name_that_opencc_would_change():
    # 乾安县 told over and over in a short Simplified item: 乾 is written in Simplified too, and
    # one character changed, however often, is no sign of a Traditional text (OpenCC makes it 干)
    text = "乾安县项目集中开工\n" + "乾安县铁科高速公路项目、乾安县棚户区改造项目陆续复工。乾安迅速行动，乾安大地一片繁忙。" * 3
    result = _clean(text)
    assert result.text == text
    assert not any(w.code == "traditional_converted" for w in result.warnings)


def test_clean_keeps_a_report_that_opens_with_its_salutation():
    # "各位代表！" before a title-like line is the speech's first line, never a breadcrumb
    text = "各位代表！\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、三年来的工作\n粮食产量增长。"
    assert _clean(text).text == text


def test_clean_drops_a_breadcrumb_only_on_a_page_with_portal_lines():
    title_first = "决胜全面建成小康社会\n某县2024年政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。"
    assert _clean(title_first).text == title_first


def test_clean_removes_a_library_licence_notice_under_the_text():
    text = (
        "各位代表：\n全年增长8%。\n"
        "本作品来自\n中华人民共和国法律\n。依据《\n中华人民共和国著作权法\n》第五条，本作品不适用于该法，所以属于\n公有领域\n。\n"
        "Public domain\nfalse"
    )
    result = _clean(text)
    assert result.text == "各位代表：\n全年增长8%。"
    body_end = text.index("本作品")
    assert all(r.start >= body_end for r in result.repairs if r.kind == "boilerplate")


def test_clean_records_every_change_against_the_original():
    from govreport.edits import audit

    text = "时间:2024-01-06   作者:某网   来源:某县政府网   阅读:24\n某县2024年政府工作报告\n\n\u3000\u3000各位代表:\n地区生产总值增长６．５％ ,新增 企业 6850 家。"
    result = _clean(text)
    assert result.original == text
    assert audit(result.original, result.text, result.repairs, result.alignment) == []
    kinds = {r.kind for r in result.repairs}
    assert {"boilerplate", "whitespace", "width", "spacing", "punctuation"} <= kinds
    at = result.text.index("6.5%")
    o0, o1 = result.alignment.to_original(at, at + 4)
    assert result.original[o0:o1] == "６．５％"


def test_clean_leaves_undone_the_repairs_it_is_told_to_skip():
    from govreport.clean import clean as clean_raw

    raw = RawItem("t.txt", 0, "地区生产总值增长６．５％。\n\n下一段。", "text", "utf-8")
    result = clean_raw(raw, skip={"width"})
    assert "６．５％" in result.text and not any(r.kind == "width" for r in result.repairs)


def test_a_pinyin_gloss_after_a_character_is_removed_on_the_record_and_nothing_else():
    done = _clean("某某产业园启动区（qū）一期工程开工，项目建设网(wǎng)页(yè)显示，GDP(PPP)不变，甲（以下简称乙）。")
    assert done.text == "某某产业园启动区一期工程开工，项目建设网页显示，GDP（PPP）不变，甲（以下简称乙）。"
    assert [done.original[r.start : r.end] for r in done.repairs if r.kind == "gloss"] == ["（qū）", "(wǎng)", "(yè)"]
    assert "pinyin_gloss" in [w.code for w in done.warnings]
    # a gloss with no tone mark is no evidence: left alone
    assert _clean("甲区（qu）乙。").text == "甲区（qu）乙。"
    # a space before the closing bracket is the gloss's own (自主创(chuàng )新产业园)
    assert _clean("自主创(chuàng )新产业园二期开工。").text == "自主创新产业园二期开工。"


def test_clean_judges_a_run_of_spaces_by_what_stands_either_side_of_it():
    # a dateline's two spaces between a date and a time, or a site and a date, are no spaces
    # inside Chinese text: one at a time, each had a space beside it and went
    result = _clean("孝感签约4个项目\n16.07.2018  22:17\nwww.example.cn  2019-03-01 08:00\n总投资  25亿元，年产 60 万吨。")
    assert "16.07.2018  22:17" in result.text and "www.example.cn  2019-03-01" in result.text
    assert "总投资25亿元，年产60万吨。" in result.text


def test_clean_takes_out_a_comma_a_re_post_doubled_before_a_mark():
    # a re-post printed a comma before each mark of the text (,, ,、 ,。): the mark stays
    text = "全市省重点项目30个,总投资1301.8亿元,,年计划投资232亿元。其中,甲项目,、乙工程等项目有序推进,。完成投资532亿元,,34个项目建成。"
    result = _clean(text)
    assert result.text == "全市省重点项目30个，总投资1301.8亿元，年计划投资232亿元。其中，甲项目、乙工程等项目有序推进。完成投资532亿元，34个项目建成。"
    # (numbers and Latin lists keep their commas)
    assert _clean("投资1,000,000元，项目A,B,C。").text == "投资1,000,000元，项目A,B,C。"
