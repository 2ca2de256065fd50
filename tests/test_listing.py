from govreport.listing import split_listing

LISTING = """-
【某县招商】某县签约三个项目
某县近日举行招商签约仪式，三个项目集中签约，总投资12亿元，涵盖新材料和食品加工领域，预计明年投产。
2024-03-05
-
【某市招商】某市引进新能源项目
某市经开区与一家企业签订投资协议，拟投资5亿元建设储能设备生产基地，项目达产后年产值8亿元。
2024-03-06
联系我们
企业入驻
"""


def test_split_listing_yields_title_body_and_date_per_item():
    items = split_listing(LISTING)
    assert [i.title for i in items] == ["【某县招商】某县签约三个项目", "【某市招商】某市引进新能源项目"]
    assert [i.date for i in items] == ["2024-03-05", "2024-03-06"]
    assert items[0].body.startswith("某县近日")


def test_split_listing_keeps_footer_out_of_items():
    items = split_listing(LISTING)
    assert "联系我们" not in items[-1].body
    assert "联系我们" in items[-1].footer


def test_a_report_with_one_date_line_is_not_a_listing():
    text = "某县政府工作报告\n2024-01-05\n各位代表：现在我代表县人民政府向大会报告工作，请予审议。全县地区生产总值增长6%。"
    assert split_listing(text) is None
