from govreport.spam import repair_spam

# a report-length text: the replaced word has vanished from it, which is the main clue
FILLER = (
    "全区上下坚持稳中求进工作总基调，推动经济高质量发展，加快建设现代化产业体系，扩大有效投资，"
    "新增规模工业企业56家，推进重点项目建设，提升城市品质，完善公共服务，加强生态环境保护，"
    "深化改革开放，优化营商环境，支持民营企业发展壮大，促进科技创新和成果转化。"
)
REPORT = "2024年{t}工作的总体要求是：坚持稳中求进。坚持{t}引导、企业主导，完善基本服务{t}托底机制。" + FILLER * 60


def test_repair_spam_finds_token_and_word_and_count():
    text, warnings = repair_spam(REPORT.format(t="乐彩XY"))
    assert "乐彩XY" not in text
    assert text.count("政府") == 3
    [warning] = warnings
    assert warning.code == "spam_token" and "'乐彩XY'" in warning.message and "'政府'" in warning.message and "3 time" in warning.message


def test_repair_spam_names_another_replaced_word():
    text = "做大做强实体泰博QT，推动泰博QT社会发展，居民收入增长与泰博QT增长同步。"
    repaired, warnings = repair_spam(text)
    assert repaired == "做大做强实体经济，推动经济社会发展，居民收入增长与经济增长同步。"


def test_repair_spam_ignores_a_single_fused_name_and_acronyms():
    text = "支持地方AMC开展业务，推进DRG付费改革，GDP增长5%，VOCs排放下降。"
    assert repair_spam(text) == (text, ())


def test_repair_spam_finds_a_chinese_only_brand_but_not_ordinary_phrases():
    text = "2024年天博体育工作的总体要求是：坚持稳中求进。坚持天博体育引导、企业主导，完善基本服务天博体育托底机制。加强公共体育设施建设，发展群众体育。" + FILLER * 60
    repaired, warnings = repair_spam(text)
    assert "天博体育" not in repaired and repaired.count("政府") == 3
    assert "公共体育设施" in repaired and "群众体育" in repaired
    assert [w.code for w in warnings] == ["spam_token"]
