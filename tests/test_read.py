import io
import json
import zipfile

import pytest

from govreport.config import Config
from govreport.errors import EmptyInput, TooLargeInput, TruncatedInput, UnsupportedInput
from govreport.read import read

BODY = "各位代表：现在，我代表县人民政府向大会报告工作。全县地区生产总值增长6.5%，新增城镇就业1.2万人。"


def _pdf(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf)
    pdf.setFont("STSong-Light", 11)
    for n, line in enumerate(lines):
        pdf.drawString(40, 800 - 16 * n, line)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_read_plain_text_is_one_item():
    items = read("a.txt", BODY.encode("gbk"))
    assert len(items) == 1 and items[0].text == BODY and items[0].format == "text"


def test_read_html_keeps_main_content_and_title():
    html = f"""<html><head><title>某县2024年政府工作报告</title></head><body>
    <div class="nav"><a href="/">首页</a></div><article><h1>某县2024年政府工作报告</h1>
    <p>{BODY}</p><p>二、2024年工作安排</p><p>地区生产总值增长7%左右。</p></article>
    <script>alert('x')</script></body></html>"""
    [item] = read("page.html", html.encode())
    assert item.format == "html"
    assert "地区生产总值增长7%左右" in item.text
    assert "alert" not in item.text
    assert item.title == "某县2024年政府工作报告"


def test_read_pdf_text_layer():
    [item] = read("r.pdf", _pdf(["政 府 工 作 报 告", "全县地区生产总值增长 6.5%"]))
    assert item.format == "pdf"
    assert "增长 6.5%" in item.text


def test_read_truncated_pdf_is_a_clear_error():
    data = _pdf(["政府工作报告"])
    with pytest.raises(TruncatedInput, match="cut.pdf"):
        read("cut.pdf", data[: len(data) // 3])


def test_read_docx_paragraphs_and_table_cells():
    data = _docx([BODY], [["序号", "项目"], ["1", "新建学校3所"]])
    [item] = read("r.docx", data)
    assert BODY in item.text and "新建学校3所" in item.text


def test_read_zip_that_is_not_docx_is_unsupported():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("x.txt", "hello")
    with pytest.raises(UnsupportedInput, match="not a DOCX"):
        read("a.zip", buf.getvalue())


def test_read_jsonl_one_document_per_row_with_metadata():
    rows = [
        {"title": "标题一", "content": BODY, "url": "u1", "published": "2024-01-02"},
        {"title": "标题二", "content": "第二篇正文，新增就业2000人。", "url": "u2"},
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()
    items = read("crawl.jsonl", data)
    assert [i.title for i in items] == ["标题一", "标题二"]
    assert items[0].text == BODY and items[0].meta["url"] == "u1" and items[0].published == "2024-01-02"
    assert items[1].item == 1


def test_read_jsonl_bad_row_is_reported_and_skipped():
    data = ('{"text": "正文一"}\n{not json\n{"text": "正文二"}\n').encode()
    items = read("crawl.jsonl", data)
    assert [i.text for i in items] == ["正文一", "正文二"]
    assert any(w.code == "bad_row" for w in items[0].warnings)


def test_read_csv_with_named_text_column():
    data = "标题,正文,地区\n报告一,全市地区生产总值增长5%。,湘潭\n".encode("gbk")
    [item] = read("x.csv", data, Config(text_column="正文"))
    assert item.text == "全市地区生产总值增长5%。" and item.meta["地区"] == "湘潭" and item.title == "报告一"


def test_read_refuses_a_file_over_the_limit():
    with pytest.raises(TooLargeInput, match="over the limit"):
        read("big.txt", b"x" * 100, Config(max_bytes=10))


def test_read_refuses_empty_file():
    with pytest.raises(EmptyInput):
        read("e.txt", b"")


def test_read_hostile_html_yields_text_without_script():
    html = "<html><body><p>正文：新增就业1000人。</p><img src=x onerror=alert(1)><script>document.cookie</script></body></html>"
    [item] = read("h.html", html.encode())
    assert "document.cookie" not in item.text and "新增就业1000人" in item.text
