from govreport.layout import repair_layout_text as repair_layout

PAGES = "\n".join(
    [
        "政府工作报告",
        "各位代表：现在我代表市人民政府向大会报告工作。",
        "（三）提升城市品质",
        "1.推进城市更新。改造老旧小区120个。",
        "2.改善生态环境。完成排污口整治，推进",
        "下转第2版",
        "（一）做强实体经济",
        "1.壮大产业集群。新增规模工业企业150家。",
        "（二）深化改革开放",
        "1.优化营商环境。实现一件事一次办全覆盖。",
        "上接第1版",
        "生态修复工程，完成造林5万亩。",
        "3.建设海绵城市。新建污水管网60公里。",
        "（三）提升城市品质",
        "1.推进城市更新。改造老旧小区120个。",
        "各位代表！让我们为建设现代化新城市而努力奋斗！",
        "本版编辑 李明",
        "富强民主文明和谐",
    ]
)


def test_layout_puts_sections_in_numbered_order_and_joins_cut_paragraph():
    text, _ = repair_layout(PAGES)
    lines = text.splitlines()
    order = [line[:3] for line in lines if line.startswith("（")]
    assert order == ["（一）", "（二）", "（三）"]
    assert "2.改善生态环境。完成排污口整治，推进生态修复工程，完成造林5万亩。" in lines
    assert lines.index("3.建设海绵城市。新建污水管网60公里。") == lines.index("2.改善生态环境。完成排污口整治，推进生态修复工程，完成造林5万亩。") + 1


def test_layout_drops_markers_repeats_and_captions_with_warnings():
    text, warnings = repair_layout(PAGES)
    assert "下转" not in text and "上接" not in text
    assert text.count("1.推进城市更新") == 1 and text.count("（三）提升城市品质") == 1
    assert "本版编辑" not in text and "富强民主" not in text
    assert text.splitlines()[-1].startswith("各位代表！")
    codes = {w.code for w in warnings}
    assert {"page_marker", "duplicate_section", "caption_removed", "fragment_reordered"} <= codes


def test_layout_leaves_an_ordinary_report_alone():
    text = "一、回顾\n全年增长6%。\n表格单元\n100%\n二、安排\n（一）产业\n新增企业10家。"
    assert repair_layout(text) == (text, ())


def test_layout_does_not_reorder_numbering_that_restarts_under_each_chapter():
    # a clean national report: （一）（二） start again under every 一、二、三 chapter, and a
    # paragraph may end without a full stop before a quotation; no page marker, no reordering
    text = "\n".join(
        [
            "一、伟大的历史性转变",
            "（一）经济调整。今年要继续贯彻调整、改革、整顿、提高的方针，并且指出",
            "（二）农业增产。粮食产量达到6095亿斤。",
            "二、国民经济的调整",
            "（一）工业生产。工业总产值增长百分之十三点五。",
            "（二）基本建设。基本建设投资完成四百七十九亿元。",
            "三、加强社会主义民主和法制",
            "（一）民主建设。各级人民代表大会要认真做好选举工作。",
        ]
    )
    assert repair_layout(text) == (text, ())


def test_layout_keeps_short_repeated_lines_and_single_repeated_paragraphs_without_pages():
    # the same call to order, or one sentence quoted twice, is writing, not a page printed twice
    paragraph = "我们必须坚持以经济建设为中心，坚持四项基本原则，坚持改革开放。"
    text = "\n".join(["各位代表！", paragraph, "一、回顾", "全年增长6%。", "各位代表！", paragraph, "二、安排"])
    assert repair_layout(text) == (text, ())


def test_layout_drops_a_long_run_printed_twice_even_without_markers():
    run = ["（一）做强实体经济。" + "新增规模工业企业150家，完成技改投资80亿元。" * 4, "（二）深化改革开放。" + "实现一件事一次办全覆盖，新增市场主体2万户。" * 4]
    text = "\n".join(["政府工作报告", *run, "（三）提升城市品质。改造老旧小区120个。", *run])
    repaired, warnings = repair_layout(text)
    assert repaired.count("（一）做强实体经济") == 1 and [w.code for w in warnings] == ["duplicate_section"]


def test_layout_keeps_a_closing_slogan_of_a_clean_report():
    # a report's last short lines (万岁!) are its own words, not a newspaper's caption
    text = "各位代表！\n让我们团结起来，为实现宏伟目标而奋斗！\n全国各族人民大团结万岁\n伟大的祖国万岁"
    assert repair_layout(text) == (text, ())
