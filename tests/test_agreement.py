"""scripts/agreement.py: two labellers' gold for the same pages, scored one against the other."""

import json
import subprocess
import sys

from .conftest import ROOT

PAGE = "【某县新闻】\n3月1日，某县5个项目集中签约，总投资14亿元。其中，甲新材料有限公司年产5万吨负极材料项目总投资6亿元。\n"


def _gold(folder, name):
    folder.mkdir()
    facts = [
        {"kind": "batch", "anchor": "5个项目集中签约", "count": 5, "amount": 14, "amount_unit": "亿元", "amount_kind": "total_investment", "stage": "signed", "year": None},
        {"kind": "project", "anchor": "负极材料项目总投资6亿元", "name": name, "amount": 6, "amount_unit": "亿元", "amount_kind": "total_investment", "stage": "signed"},
    ]
    (folder / "page_01.json").write_text(json.dumps({"document": "corpus:page_01.txt", "item": 0, "exhaustive_kinds": ["project", "batch"], "facts": facts}, ensure_ascii=False), "utf-8")


def _agree(tmp_path, name_b):
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "page_01.txt").write_text(PAGE, "utf-8")
    _gold(tmp_path / "a", "年产5万吨负极材料项目")
    _gold(tmp_path / "b", name_b)
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "agreement.py"), str(tmp_path / "a"), str(tmp_path / "b"), "--corpus", str(corpus)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    return {line.split()[0]: line.split()[1:3] for line in run.stdout.splitlines() if line.strip().startswith(("project", "batch", "name"))}


def test_one_labelling_agrees_with_itself(tmp_path):
    rows = _agree(tmp_path, "年产5万吨负极材料项目")
    assert rows["project"] == ["1.000", "1.000"] and rows["batch"] == ["1.000", "1.000"] and rows["name"] == ["1.000", "1.000"]


def test_a_name_read_differently_is_a_disagreement(tmp_path):
    rows = _agree(tmp_path, "甲新材料有限公司年产5万吨负极材料项目")
    assert rows["project"] == ["1.000", "1.000"] and rows["name"] == ["0.000", "0.000"]
