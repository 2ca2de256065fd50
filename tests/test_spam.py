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


def test_repair_spam_leaves_a_line_printed_twice_and_a_code_told_once_alone():
    # a re-post's junk code after a header line that the page prints twice is no brand: the
    # two places are one line, and 第四次会议上 is never written back as another word
    header = "在莱州市第十八届人民代表大会第四次会议上pDM莱州市代市长李甲"
    text = header + "\n" + header + "\n" + FILLER * 20
    assert repair_spam(text) == (text, ())
    # 推行BT、PPP模式: one BT, which the next code's window must not find a second time
    text = "重点项目建设中，还将推行BT、PPP模式，引导民间资本参与。" + FILLER * 20
    assert repair_spam(text) == (text, ())


BETTING_FOOTER = "\n百家乐在线投注，注册送彩金"


def test_repair_spam_finds_a_chinese_only_brand_on_a_betting_page_but_not_ordinary_phrases():
    text = "2024年天博体育工作的总体要求是：坚持稳中求进。坚持天博体育引导、企业主导，完善基本服务天博体育托底机制。加强公共体育设施建设，发展群众体育。" + FILLER * 60 + BETTING_FOOTER
    repaired, warnings = repair_spam(text)
    assert "天博体育" not in repaired and repaired.count("政府") == 3
    assert "公共体育设施" in repaired and "群众体育" in repaired
    assert [w.code for w in warnings] == ["spam_token"]


def test_repair_spam_leaves_a_chinese_only_brand_alone_without_a_spam_page():
    # the same planted token, but nothing else on the page says spam: an unusual phrase is
    # not evidence enough to rewrite a text
    text = "2024年天博体育工作的总体要求是：坚持稳中求进。坚持天博体育引导、企业主导。" + FILLER * 60
    assert repair_spam(text) == (text, ())


def test_repair_spam_keeps_ordinary_phrases_with_sport_words():
    # real congress and national reports: 全民健身和竞技体育, 文艺和体育 repeat, and 体育彩票 is
    # an official word; none of it is spam
    text = (
        "广泛开展全民健身运动，发展全民健身和竞技体育。" * 3 + "繁荣文艺和体育事业，文艺和体育工作者。" * 2
        + "规范发展体育彩票，开户数增加。" + FILLER * 30
    )
    assert repair_spam(text) == (text, ())


def test_a_listed_brand_told_once_on_an_otherwise_clean_page_is_the_name_it_also_is():
    # 太阳城 is a casino's name and an estate's or a shop's: told once, with no other spam, it stays
    text = "康乐县计划投资1亿元的太阳城户外用品、古琳达姬鞋业等3个项目已达成投资意向。" + FILLER * 20
    assert repair_spam(text) == (text, ())
    # planted where a word stood, more than once, it is spam
    text = "2024年太阳城工作的总体要求是：坚持稳中求进。坚持太阳城引导、企业主导，完善基本服务太阳城托底机制。" + FILLER * 60
    repaired, warnings = repair_spam(text)
    assert "太阳城" not in repaired and [w.code for w in warnings] == ["spam_token"]
    # and told once on a page that speaks of betting, too
    text = "坚持太阳城引导、企业主导。" + FILLER * 20 + BETTING_FOOTER
    assert "太阳城" not in repair_spam(text)[0]


def test_repair_spam_leaves_a_latin_unit_after_a_figure():
    # 年产2000万KVAh新型铅炭储能电池, told twice: a unit after a figure, no code a spam mirror planted
    text = "甲乙年产2000万KVAh新型铅炭\n储能电池项目开工。甲乙年产2000万KVAh新型铅炭储能电池项目总投资24亿元。" + FILLER * 20
    assert repair_spam(text) == (text, ())
    # but a code that opens a token where no figure stands before it is still a brand
    text, warnings = repair_spam("做大做强实体，QT泰博社会发展。居民收入增长，QT泰博增长同步。" + FILLER * 20)
    assert "QT泰博" not in text and len(warnings) == 1
