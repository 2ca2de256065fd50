"""Do no harm: the pipeline over the 58 real, clean documents of the shared corpus.

No destructive repair fires on them, the repair record accounts for every change, and every
sentence of the original is in the clean text, in order. The corpus sits beside the checkout
(../shared/corpus); the tests skip where it is absent.
"""

import re
import unicodedata
from functools import lru_cache

import pytest

from govreport.clean import DESTRUCTIVE
from govreport.edits import audit
from govreport.pipeline import run_path

from .conftest import corpus_file

FILES = ("national_reports_1954_2003.jsonl", "npc_resolutions.jsonl", "cpc_congress_reports.jsonl")
# what a library prints under a text it hosts; the only thing boilerplate may remove here
LICENCE = re.compile(r"公有领域|公有領域|著作权|著作權|Public domain|维基文库|false")
LICENCE_OPENS = re.compile(r"\s*(本作品|这部作品|這部作品|注：中文维基文库|Public domain|false)")


@lru_cache(maxsize=None)
def _documents(name: str):
    outcome = run_path(str(corpus_file(name)))
    assert outcome.error is None, outcome.error
    return outcome.documents


def _norm(text: str) -> str:
    from govreport.clean import to_simplified

    return re.sub(r"[\s\u200b\u200d\ufeff\u00ad]", "", to_simplified(unicodedata.normalize("NFKC", text)))


@pytest.mark.parametrize("name", FILES)
def test_corpus_gets_no_destructive_repair_but_its_licence_notice(name):
    for doc in _documents(name):
        for repair in doc.repairs:
            if repair.kind == "boilerplate":
                removed = doc.original[repair.start : repair.end]
                assert LICENCE.search(removed) and LICENCE_OPENS.match(removed), (doc.item, removed[:80])
            else:
                assert repair.kind not in DESTRUCTIVE, (doc.item, repair)
        codes = {w.code for w in doc.warnings}
        assert not codes & {"spam_token", "fragment_reordered", "duplicate_section", "caption_removed", "page_marker"}, (doc.item, codes)


@pytest.mark.parametrize("name", FILES)
def test_corpus_repair_record_accounts_for_every_change(name):
    for doc in _documents(name):
        assert doc.original  # the text as read is kept beside the clean one
        assert audit(doc.original, doc.text, doc.repairs, doc.alignment) == [], doc.item


@pytest.mark.parametrize("name", FILES)
def test_corpus_keeps_every_sentence_in_order(name):
    for doc in _documents(name):
        licence_at = min((r.start for r in doc.repairs if r.kind == "boilerplate"), default=len(doc.original))
        clean = _norm(doc.text)
        at = 0
        for sentence in re.split(r"[。!?]", _norm(doc.original[:licence_at])):
            if len(sentence) < 2:
                continue
            found = clean.find(sentence, at)
            assert found >= 0, (doc.item, sentence[:60])
            at = found + len(sentence)


def test_corpus_facts_map_back_to_the_original():
    for doc in _documents("national_reports_1954_2003.jsonl")[20:24]:
        for fact in doc.facts:
            o0, o1 = doc.to_original(fact.span.start, fact.span.end)
            assert _norm(doc.original[o0:o1]) == _norm(doc.text[fact.span.start : fact.span.end])


def test_every_figure_of_a_dated_report_has_a_period():
    for doc in _documents("national_reports_1954_2003.jsonl"):
        assert doc.identity.report_year
        undated = [doc.text[f.span.start : f.span.end] for f in doc.facts if f.kind == "metric" and f.fields.get("value") is not None and f.fields["period"] is None]
        assert not undated, (doc.item, undated[:5])


def test_types_of_the_real_documents():
    assert {d.identity.doc_type for d in _documents("npc_resolutions.jsonl")} == {"resolution"}
    assert {d.identity.doc_type for d in _documents("national_reports_1954_2003.jsonl")} == {"government_work_report"}
    congress = _documents("cpc_congress_reports.jsonl")
    assert {d.identity.doc_type for d in congress} == {"other"} and all(d.identity.speaker in (None, "习近平") for d in congress)
