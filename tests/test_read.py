import io
import json
import zipfile
from pathlib import Path

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


# --- bounded work for any file (hostile inputs) ---------------------------------------------


def _bomb_docx(path, inflated: int) -> None:
    """A DOCX whose document.xml inflates to ``inflated`` bytes of one paragraph repeated,
    written in chunks so the test itself never holds it."""
    paragraph = "<w:p><w:r><w:t>全市新增就业3万人。</w:t></w:r></w:p>".encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            chunk = paragraph * (1 << 14)
            for _ in range(inflated // len(chunk)):
                member.write(chunk)
            member.write(b"</w:body></w:document>")


def _read_apart(path) -> tuple[str, int, str]:
    """The error reading ``path`` gives in a process of its own, that process's peak memory in
    kB, and what it wrote to stderr. (VmHWM, not ru_maxrss: Linux carries ru_maxrss over from
    the forked test runner.)"""
    import subprocess
    import sys

    script = (
        "import re, sys\n"
        "from govreport.pipeline import run_path\n"
        "outcome = run_path(sys.argv[1])\n"
        "print(outcome.error)\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=300, check=True)
    error, peak = done.stdout.splitlines()
    return error, int(peak), done.stderr


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc (Linux)")
def test_a_docx_that_inflates_past_max_bytes_is_refused_before_it_is_inflated(tmp_path):
    bomb = tmp_path / "bomb.docx"
    _bomb_docx(bomb, 300 * 1024 * 1024)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    # read in a process of its own: the peak memory of reading it, refused
    error, peak, _ = _read_apart(bomb)
    assert "inflates to" in error and "bomb.docx" in error
    assert peak < 400 * 1024  # kB: the pipeline's own libraries, nothing of the 300 MB
    # under max_bytes, but packed hundreds of times: one paragraph repeated, not a report
    _bomb_docx(bomb, 40 * 1024 * 1024)
    with pytest.raises(TooLargeInput, match="decompression bomb"):
        read("bomb.docx", bomb.read_bytes())
    # a real report's DOCX packs a few times and is read
    assert read("report.docx", _docx(["某县地区生产总值增长6%。"] * 50))[0].text.startswith("某县地区生产总值")


def test_html_nested_past_the_parsers_limit_is_read_whole():
    for depth in (300, 3000):
        page = "<html><head><title>某县政府工作报告</title></head><body>" + "<div>" * depth + "<p>全县地区生产总值增长6%。</p>" + "</div>" * depth + "</body></html>"
        [item] = read("deep.html", page.encode())
        assert "全县地区生产总值增长6%" in item.text
        assert ("deep_html" in [w.code for w in item.warnings]) == (depth > 2000)  # libxml2 with its limit raised reads 300


def test_a_csv_without_a_text_column_is_an_error_naming_its_columns():
    with pytest.raises(UnsupportedInput, match=r"its columns are code, value.*--text-column"):
        read("figures.csv", "code,value\nA1,3\nA2,4\n".encode())
    # a column of prose is the text even under another name
    [item] = read("crawl.csv", ("id,desc\n1," + "某县签约项目12个，总投资30亿元，涉及新材料、食品加工等产业。" * 2 + "\n").encode())
    assert item.text.startswith("某县签约项目12个")


def test_csv_rows_with_a_broken_quote_or_no_text_are_bad_rows_and_the_rest_is_read():
    data = 'title,text\n甲,"某县2023年地区生产总值增长5%。\n乙,\n丙,某区新增就业3万人。\n丁,"某镇引进项目4个，""亿元以上""2个。"\n'
    items = read("crawl.csv", data.encode())
    assert [(i.title, i.text) for i in items] == [("丙", "某区新增就业3万人。"), ("丁", "某镇引进项目4个，\"亿元以上\"2个。")]
    warnings = [(w.code, dict(w.params).get("variant"), dict(w.params).get("line")) for w in items[0].warnings]
    assert warnings == [("bad_row", "quote", 2), ("bad_row", "empty", 3)]
    # a quoted field that spans lines on purpose stays one row
    [item] = read("crawl.csv", 'title,text\n甲,"第一段。\n第二段。"\n'.encode())
    assert item.text == "第一段。\n第二段。"


def test_a_jsonl_row_with_no_text_is_a_bad_row_too():
    data = '{"title": "甲", "text": "某县新增就业3万人。"}\n\n{"title": "乙", "text": ""}\n'
    [item] = read("crawl.jsonl", data.encode())
    assert [(w.code, dict(w.params).get("line")) for w in item.warnings] == [("bad_row", 3)]


def _bomb_pdf(path, inflated: int) -> None:
    """A one-page PDF whose content stream inflates to ``inflated`` bytes of one text operator."""
    import zlib

    packer = zlib.compressobj(9)
    block = b"BT /F1 12 Tf 10 10 Td (x) Tj ET\n" * 32768
    stream = b"".join(packer.compress(block) for _ in range(inflated // len(block))) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    path.write_bytes(out)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc (Linux)")
def test_a_pdf_stream_that_inflates_past_pypdfs_bound_is_one_error_line(tmp_path):
    bomb = tmp_path / "bomb.pdf"
    _bomb_pdf(bomb, 120 * 1024 * 1024)
    error, peak, stderr = _read_apart(bomb)
    assert "bomb.pdf: a stream of the PDF inflates past" in error and not stderr.strip()
    assert peak < 400 * 1024  # kB: pypdf stops at its bound (75 MB), not at 120 MB
