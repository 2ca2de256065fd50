import pytest

from govreport.decode import decode
from govreport.errors import BinaryInput, EmptyInput, UndecodableInput

REPORT = "各位代表：现在，我代表区人民政府向大会报告工作。全区地区生产总值增长6.5%。"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_decode_reads_common_chinese_encodings(encoding):
    decoded = decode(REPORT.encode(encoding), "f.txt")
    assert decoded.text == REPORT


def test_decode_prefers_gb18030_for_short_gbk_text():
    # statistical detectors often call short GBK text Big5 or Latin-1
    text = "政府工作报告"
    decoded = decode(text.encode("gbk"), "short.txt")
    assert decoded.text == text
    assert decoded.encoding == "gb18030"
    assert any(w.code == "encoding_uncertain" for w in decoded.warnings)


def test_decode_keeps_text_of_a_file_cut_inside_a_character():
    data = REPORT.encode("utf-8")[:-2]
    decoded = decode(data, "cut.txt")
    assert decoded.text == REPORT[:-1]
    assert [w.code for w in decoded.warnings] == ["truncated"]


def test_decode_normalises_line_endings():
    assert decode("一\r\n二\r三".encode(), "f").text == "一\n二\n三"


def test_decode_refuses_empty_input_naming_the_file():
    with pytest.raises(EmptyInput, match="empty.txt"):
        decode(b"  \n ", "empty.txt")


def test_decode_refuses_binary_input():
    with pytest.raises(BinaryInput, match="blob.bin"):
        decode(bytes(range(256)) * 20, "blob.bin")


def test_decode_refuses_bytes_no_encoding_reads_confidently():
    # random high bytes: not UTF-8, not GB18030
    data = bytes([0x81, 0x30, 0xFF, 0xFE, 0x80] * 50)
    with pytest.raises((UndecodableInput, BinaryInput)):
        decode(data, "noise.txt")
