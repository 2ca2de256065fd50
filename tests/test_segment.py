from govreport.segment import segment

TEXT = "一、2023年工作回顾\n（一）经济运行稳中向好。全年增长6%。\n1.项目建设。新开工50个！\n二、2024年工作安排\n主要预期目标是：增长7%。"


def test_segment_builds_section_tree_with_offsets():
    sections = segment(TEXT).sections
    assert [(s.title, s.level) for s in sections] == [
        ("一、2023年工作回顾", 1),
        ("（一）经济运行稳中向好", 2),
        ("1.项目建设", 3),
        ("二、2024年工作安排", 1),
    ]
    first, second = sections[0], sections[3]
    assert TEXT[first.start : first.end].endswith("新开工50个！")
    assert TEXT[second.start : second.end] == "二、2024年工作安排\n主要预期目标是：增长7%。"


def test_segment_sentences_cover_text_without_line_breaks():
    sentences = segment(TEXT).sentences
    pieces = [TEXT[s.start : s.end] for s in sentences]
    assert "全年增长6%。" in pieces and "新开工50个！" in pieces
    assert all("\n" not in p and p for p in pieces)
