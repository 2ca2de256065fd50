"""scripts/rerank_experiment.py: the forms a name may take, and a run end to end on two small sets."""

import importlib.util
import json
import subprocess
import sys

from .conftest import ROOT


def _script():
    spec = importlib.util.spec_from_file_location("rerank_experiment", ROOT / "scripts" / "rerank_experiment.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_forms_strip_the_heads_and_add_the_place_before():
    forms = dict(_script().name_forms("湖北甲乙新材料产业园项目", "签约宜昌市湖北甲乙新材料产业园项目，总投资5亿元"))
    assert forms["湖北甲乙新材料产业园项目"] == 0
    assert forms["甲乙新材料产业园项目"] == -1
    assert forms["宜昌市湖北甲乙新材料产业园项目"] == 1


def test_a_name_with_no_place_about_it_has_one_form():
    assert _script().name_forms("甲乙新材料产业园项目", "签约甲乙新材料产业园项目，总投资5亿元") == [("甲乙新材料产业园项目", 0)]


def _page(corpus, gold, name, place):
    text = f"【{place}新闻】\n3月1日，{place}签约{place}甲{name}新材料产业园项目，总投资5亿元。{place}乙{name}科技公司投资建设的年产5万吨{name}电池项目开工，总投资3亿元。\n"
    (corpus / f"{name}_01.txt").write_text(text, "utf-8")
    facts = [
        {"kind": "project", "anchor": f"甲{name}新材料产业园项目", "name": f"甲{name}新材料产业园项目", "amount": 5, "amount_unit": "亿元", "amount_kind": "total_investment", "stage": "signed"},
        {"kind": "project", "anchor": f"年产5万吨{name}电池项目", "name": f"年产5万吨{name}电池项目", "amount": 3, "amount_unit": "亿元", "amount_kind": "total_investment", "stage": "started"},
    ]
    (gold / f"{name}_01.json").write_text(json.dumps({"document": f"corpus:{name}_01.txt", "item": 0, "exhaustive_kinds": ["project", "batch"], "facts": facts}, ensure_ascii=False), "utf-8")


def test_runs_on_read_and_held_out_sets(tmp_path):
    corpus, gold = tmp_path / "docs", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    for name, place in (("alpha", "青田县"), ("beta", "宜昌市"), ("gamma", "景德镇市"), ("delta", "醴陵市"), ("epsilon", "安溪县"), ("zeta", "曲靖市")):
        _page(corpus, gold, name, place)
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "rerank_experiment.py"), "--gold", str(gold), "--corpus", str(corpus), "--held", "zeta"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    assert "heads:" in run.stdout and "held-out sets:" in run.stdout
    assert "keep: " in run.stdout and "below 0.50" in run.stdout
