"""Version links: blocking by place and year, the LSH route, and grouping without chains."""

import random

import pytest

from govreport import link
from govreport.link import groups, signature, version_links

WORDS = "发展经济民生就业投资项目产业园区乡村振兴城市建设生态环境教育医疗养老交通水利科技创新文化旅游"


def _text(seed: int, length: int = 600) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(WORDS) for _ in range(length))


def _row(doc_id, text, place=None, year=None):
    return (doc_id, signature(text), len(text), place, year)


def _corpus():
    base, other = _text(1), _text(2)
    return [
        _row("a-portal", base, "430112", 2021),
        _row("a-mirror", base[:580] + "某某", "430112", 2021),  # a mirror with a changed tail
        _row("a-excerpt", base[100:400], None, 2021),  # an excerpt whose place is unknown
        _row("a-next-year", base, "430112", 2022),  # the same words a year on: another report
        _row("b", other, "430103", 2021),
        _row("b-copy", other, None, None),
        *(_row(f"noise-{n}", _text(100 + n), "430103", 2021) for n in range(20)),
    ]


def _pairs(links):
    return {(x.a, x.b) for x in links}


def test_versions_are_found_within_a_place_and_year_and_for_unknown_places():
    pairs = _pairs(version_links(_corpus()))
    assert ("a-mirror", "a-portal") in pairs
    assert ("a-excerpt", "a-portal") in pairs and ("a-excerpt", "a-mirror") in pairs
    assert ("b", "b-copy") in pairs
    assert not any("a-next-year" in pair for pair in pairs)
    assert not any(pair[0].startswith("noise") or pair[1].startswith("noise") for pair in pairs)


def test_the_lsh_route_finds_the_same_links_as_the_matrix(monkeypatch):
    by_matrix = _pairs(version_links(_corpus()))
    monkeypatch.setattr(link, "MATRIX_PAIRS", 0)
    assert _pairs(version_links(_corpus())) == by_matrix


def test_a_document_of_unknown_place_does_not_chain_two_places_into_one_group():
    shared = _text(7)
    rows = [_row("x", shared, "430112", 2021), _row("y", shared[:590] + "不同", "430103", 2021), _row("u", shared, None, 2021)]
    links = version_links(rows)
    assert _pairs(links) == {("u", "x"), ("u", "y")}  # x and y are of two places: never a pair
    membership, kept = groups(links, {r[0]: (r[3], r[4]) for r in rows})
    [link_kept] = kept
    assert {link_kept.a, link_kept.b} in ({"u", "x"}, {"u", "y"})
    assert not ("x" in membership and "y" in membership)


@pytest.mark.parametrize("count", [0, 1])
def test_too_few_documents_have_no_links(count):
    assert version_links(_corpus()[:count]) == []
