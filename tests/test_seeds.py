"""The pipeline on the real seed documents beside the checkout (skipped where absent)."""

import re

import pytest

from govreport.pipeline import run_path

from .conftest import seed

pytestmark = pytest.mark.seeds


def _docs(prefix):
    outcome = run_path(str(seed(prefix)))
    assert outcome.error is None
    return outcome.documents


def test_seed_000_portal_repost():
    [doc] = _docs("000")
    ident = doc.identity
    assert ident.doc_type == "government_work_report"
    assert ident.region.name == "长沙市岳麓区" and ident.region.code == "430104" and ident.region.level == "county"
    assert (ident.report_year, ident.reviewed_year, ident.plan_year) == (2024, 2023, 2024)
    assert ident.meeting == "长沙市岳麓区第六届人民代表大会第五次会议"
    assert ident.speaker == "何朝晖" and ident.meeting_date == "2024-01-04"
    for portal in ("时间：", "时间:", "作者：", "阅读：", "内容摘要", "免责", "ICP备", "美丽乡村行", "相关评论"):
        assert portal not in doc.text, portal
    assert doc.text.startswith("长沙市岳麓区2024年政府工作报告\n")


def test_seed_001_pdf_text_rejoined():
    [doc] = _docs("001")
    ident = doc.identity
    assert ident.region.name == "株洲市天元区" and ident.region.code == "430211"
    assert ident.report_year == 2023 and ident.reviewed_year == 2022
    assert ident.speaker == "何柢" and ident.meeting_date == "2023-01-09"
    assert not re.search(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", doc.text)
    assert "时代新材" in doc.text and "政府工作报告" in doc.text
    # a glossary entry wrapped over three lines is one line again
    assert re.search(r"“村社分账”（P14）：[^\n]*切实保证村级集体经济组织成员合法权益。", doc.text)


def test_seed_002_listing_items():
    docs = _docs("002")
    assert len(docs) == 10
    assert all(d.title.startswith("【") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.identity.published) for d in docs)
    reports = [d for d in docs if d.identity.doc_type == "government_work_report"]
    assert {d.title for d in reports} == {d.title for d in docs if "政府工作报告" in d.title}
    assert len(reports) == 3
    assert all(d.identity.doc_type == "news" for d in docs if d not in reports)
    town = next(d for d in reports if "镇" in d.title)
    assert town.identity.region.level == "town"
    assert "点我投稿" not in docs[-1].text


def test_seed_002_a_report_crawled_onto_one_line_reads_its_review_as_outcomes():
    # the review heading (一、2019年政府工作回顾) stands inside the one line: its figures are
    # outcomes of 2019, not targets of the 2020 report
    report = next(d for d in _docs("002") if "湘西" in (d.title or ""))
    assert (report.identity.report_year, report.identity.reviewed_year, report.identity.plan_year) == (2020, 2019, 2020)
    review_end = report.text.index("二、")
    early = [f.fields for f in report.facts if f.kind == "metric" and f.span.start < review_end]
    headline = early[:12]  # 实现生产总值705.7亿元，增长7.2%；规模工业增加值…
    assert len(headline) == 12 and all(f["stance"] == "actual" and f["period"] == 2019 for f in headline)
    assert sum(f["stance"] == "actual" for f in early) >= 0.95 * len(early)


def test_seed_003_spam_token_repaired():
    [doc] = _docs("003")
    [warning] = [w for w in doc.warnings if w.code == "spam_token"]
    assert "政府" in warning.message and "3 time" in warning.message
    assert "AG" not in doc.text and "2024年政府工作的总体要求" in doc.text
    assert doc.identity.region.name == "长沙市岳麓区" and doc.identity.report_year == 2024


def test_seed_004_newspaper_reassembled():
    [doc] = _docs("004")
    assert doc.identity.region.name == "湘潭市" and doc.identity.region.level == "city"
    headings = re.findall(r"^（([六七八九十])）", doc.text, flags=re.M)
    assert headings == ["六", "七", "八", "九", "十"]
    assert doc.text.count("（六）抓实生态环境治理") == 1
    assert "完成湘江保护和治理第三个" in doc.text  # a paragraph cut across pages, joined
    assert "上接3版" not in doc.text and "富强民主文明和谐" not in doc.text and "刘恺" not in doc.text
    codes = {w.code for w in doc.warnings}
    assert {"fragment_reordered", "duplicate_section", "page_marker"} <= codes
