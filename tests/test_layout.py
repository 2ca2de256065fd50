from govreport.layout import repair_layout

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
