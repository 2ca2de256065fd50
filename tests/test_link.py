"""Version links: blocking by place and year, the LSH route, grouping without chains, and no
link that rests on a near-empty page or on a containment a slot or two of the signature made."""

import random
from pathlib import Path

import pytest

from govreport import link
from govreport.link import groups, signature, version_links

WORDS = "发展经济民生就业投资项目产业园区乡村振兴城市建设生态环境教育医疗养老交通水利科技创新文化旅游"


def _text(seed: int, length: int = 600) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(WORDS) for _ in range(length))


COUNTIES = [("邵阳市", "新邵县"), ("衡阳市", "衡东县"), ("岳阳市", "平江县"), ("常德市", "桃源县"), ("郴州市", "宜章县"),
            ("永州市", "道县"), ("怀化市", "沅陵县"), ("娄底市", "新化县"), ("益阳市", "安化县"), ("张家界市", "慈利县")]
# the stock phrasing every county's report shares with every other (and with the sample's mirror)
STOCK = [
    "坚持项目为王，全年实施重点项目{a}个，完成投资{b}亿元。",
    "推动制造业高质量发展，新增规模工业企业{a}家。",
    "新建、改扩建中小学校{a}所，新增学位{b}个。",
    "完成老旧小区改造{a}个，惠及居民{b}户。",
    "新建农村公路{a}公里，改造危桥{b}座。",
    "地区生产总值增长{c}%，规模工业增加值增长{c}%。",
    "社会消费品零售总额增长{c}%，居民人均可支配收入增长{c}%。",
    "新增城镇就业{a}千人，城镇调查失业率控制在{c}%以内。",
    "深化放管服改革，新增市场主体{b}户。",
    "粮食播种面积稳定在{b}万亩，生猪出栏{a}万头。",
    "森林覆盖率达到{c}%，空气质量优良天数比例{c}%。",
    "整治农村人居环境，改厕{b}户，建成美丽乡村示范村{a}个。",
]


def _stock_sentence(rng: random.Random) -> str:
    return rng.choice(STOCK).format(a=rng.randint(2, 90), b=rng.randint(100, 9000), c=round(rng.uniform(1, 12), 1))


def _county_report(rng: random.Random, city: str, county: str, year: int, paragraphs: int) -> str:
    """A county's report of its own: a header that names the place, then paragraphs of the
    stock phrasing with its own numbers (60 paragraphs are about 12,000 characters)."""
    lines = [f"{city}{county}{year}年政府工作报告", f"——{year}年1月{rng.randint(5, 20)}日在{county}第十八届人民代表大会第{rng.randint(1, 6)}次会议上", "各位代表："]
    lines += ["".join(_stock_sentence(rng) for _ in range(8)) for _ in range(paragraphs)]
    return "\n".join(lines) + "\n"


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


# ---- containment of a short or near-empty signature never wins alone (issue 13) ----


def test_a_page_whose_stock_phrases_a_long_report_holds_is_no_version():
    # a 300-character page and a 12,000-character report agree on one or two of the 64 hash
    # slots through the phrasing every report shares; the size ratio made that containment 1.0
    for seed in range(10):
        rng = random.Random(seed)
        page = "".join(_stock_sentence(rng) for _ in range(10))
        report = _county_report(rng, "永州市", "道县", 2021, 60)
        assert version_links([_row("page", page, None, 2021), _row("report", report, "431124", 2021)]) == [], seed


def test_a_near_empty_page_is_a_version_of_nothing():
    title = "湖南省郴州市宜章县人民政府\n2021年政府工作报告"
    report = title + "\n" + _text(3, 3000)  # holds the title whole: containment 1.0
    rows = [_row("title", title), _row("same-title", title), _row("report", report)]
    assert version_links(rows) == []


def test_pages_of_one_phrase_printed_over_and_over_are_no_versions_however_long():
    # ten 5-grams each, the same ten: Jaccard 1.0, but sized by their length they would
    # seem to share a thousand
    rows = [_row("short", "；".join(["新邵县政府工作报告"] * 50)), _row("long", "；".join(["新邵县政府工作报告"] * 100))]
    assert version_links(rows) == []


def test_a_report_with_paragraphs_cut_and_a_third_of_it_are_still_versions():
    rng = random.Random(5)
    paragraphs = ["".join(_stock_sentence(rng) for _ in range(6)) for _ in range(30)]
    full = "\n".join(paragraphs)
    rows = [
        _row("full", full, "431124", 2021),
        _row("cut", "\n".join(paragraphs[:12] + paragraphs[16:]), None, 2021),  # four paragraphs cut
        _row("third", "\n".join(paragraphs[18:28]), None, None),  # an excerpt that is a real part of both
    ]
    pairs = _pairs(version_links(rows))
    assert pairs == {("cut", "full"), ("full", "third"), ("cut", "third")}


def test_a_mirror_with_a_few_numbers_changed_is_still_a_version_with_its_conflicts():
    rng = random.Random(6)
    portal = "\n".join("".join(_stock_sentence(rng) for _ in range(6)) for _ in range(20))
    mirror = portal.replace("新建农村公路", "新建农村公路1", 3)  # 12公里 becomes 112公里, three times at most
    assert mirror != portal
    [found] = version_links([_row("portal", portal, "431124", 2021), _row("mirror", mirror, None, 2021)])
    assert (found.a, found.b) == ("mirror", "portal")
    kinds = {c["type"] for c in link.conflicts("mirror", mirror, "portal", portal)}
    assert kinds == {"numbers"}



# ---- which link a document keeps: a sound score, and a tie keeps the link it had ----


@pytest.mark.parametrize("seed", range(8))
def test_a_page_joins_the_report_most_like_it_not_one_that_holds_it_inside_much_more(seed):
    rng = random.Random(seed)

    def paragraphs(count: int) -> list[str]:
        return ["".join(_stock_sentence(rng) for _ in range(6)) for _ in range(count)]

    page = paragraphs(10)
    portal = page[:9] + paragraphs(11)  # its last paragraph otherwise, and ten more
    holder = paragraphs(25) + page + paragraphs(25)  # another place's report that quotes it whole
    rows = [_row("page", "\n".join(page), None, 2021), _row("portal", "\n".join(portal), "430112", 2021), _row("holder", "\n".join(holder), "431124", 2021)]
    links = version_links(rows)
    assert _pairs(links) == {("page", "portal"), ("holder", "page")}  # both are real, of two places
    _, kept = groups(links, {r[0]: (r[3], r[4]) for r in rows})
    # containment may be 1.0 for the holder and less for the portal: it decides nothing alone
    assert _pairs(kept) == {("page", "portal")}


def test_a_tie_keeps_the_link_stored_before_whatever_the_ids():
    text = _text(11)
    rows = [_row("u", text, None, 2021), _row("x-old", text, "430112", 2021), _row("a-new", text, "430103", 2021)]
    links, about = version_links(rows), {r[0]: (r[3], r[4]) for r in rows}
    assert {x.score for x in links} == {1.0}
    assert _pairs(groups(links, about, kept_before={("u", "x-old")})[1]) == {("u", "x-old")}
    assert _pairs(groups(links, about, kept_before={("a-new", "u")})[1]) == {("a-new", "u")}
    assert _pairs(groups(links, about)[1]) == {("a-new", "u")}  # nothing stored: the smaller ids


# ---- adding unrelated documents leaves the links already made alone (issue 13) ----

def _unrelated(rng: random.Random) -> dict[str, str]:
    """Thirty documents that are versions of nothing in the samples: long county reports of
    2021 (the mirror's year, so they are its candidates), short news of other places and years,
    near-empty pages (a title, a heading) and pages whose signature is tiny however long they
    are (one phrase printed over and over, a page of punctuation)."""
    out = {}
    for n, (city, county) in enumerate(COUNTIES):
        out[f"report_{n}.txt"] = _county_report(rng, city, county, 2021, 60)
        year = 2019 + n % 6
        out[f"news_{n}.txt"] = f"【{county}招商】{year}年{n + 1}月，{city}{county}举行重点项目集中签约仪式。" + _stock_sentence(rng) + _stock_sentence(rng)
    for n, (city, county) in enumerate(COUNTIES[:5]):
        out[f"title_{n}.txt"] = f"湖南省{city}{county}人民政府\n2021年政府工作报告"
        out[f"tiny_{n}.txt"] = "；".join([f"{county}政府工作报告"] * (20 + 40 * n))
    return out


def _named_links(store, kind: str) -> set[tuple[str, str]]:
    """The links of ``kind`` as pairs of file names (with the item of a listing), to read in a failure."""
    name = {doc["id"]: f"{Path(doc['source']).name}#{doc['item']}" for doc in store.documents(limit=10_000)}
    return {tuple(sorted((name[x["a_document"]], name[x["b_document"]]))) for x in store.links(kind)}


def test_adding_unrelated_documents_changes_no_link_of_the_samples(tmp_path):
    from govreport.config import Config
    from govreport.ingest import ingest
    from govreport.store import open_store

    from .conftest import SAMPLES

    store = open_store(str(tmp_path / "links.db"))
    one_process = Config(workers=1)
    ingest([str(SAMPLES)], store, one_process)
    links, conflicts = _named_links(store, "version"), _named_links(store, "conflict")
    # the sample's mirror and its portal page: one version link, with its conflict (50 vs 60 公里)
    assert ("wangcheng_2021_mirror.txt#0", "wangcheng_2021_portal.html#0") in links & conflicts
    folder = tmp_path / "unrelated"
    folder.mkdir()
    for name, text in _unrelated(random.Random(13)).items():
        (folder / name).write_text(text, "utf-8")
    report = ingest([str(folder)], store, one_process)
    assert report.stored == 30 and not report.errors
    assert _named_links(store, "version") == links
    assert _named_links(store, "conflict") == conflicts


@pytest.mark.parametrize("first, later", [("望城区", "醴陵市"), ("醴陵市", "望城区")], ids=["wangcheng-first", "liling-first"])
def test_a_document_that_arrives_later_takes_no_link_it_only_ties(tmp_path, first, later):
    # one body under three crawl titles: two name a place each, one names none; the untitled
    # copy ties with both (score 1.0) and stays with whichever came first, in either order
    import json

    from govreport.config import Config
    from govreport.ingest import ingest
    from govreport.store import open_store

    rng = random.Random(1)
    body = "\n".join("".join(_stock_sentence(rng) for _ in range(6)) for _ in range(10))
    titles = {"望城区": "长沙市望城区2021年政府工作报告", "醴陵市": "株洲市醴陵市2021年政府工作报告", "none": "2021年政府工作报告"}
    for name, title in titles.items():
        (tmp_path / f"{name}.jsonl").write_text(json.dumps({"title": title, "content": body}, ensure_ascii=False) + "\n", "utf-8")
    store = open_store(str(tmp_path / "ties.db"))
    ingest([str(tmp_path / f"{first}.jsonl"), str(tmp_path / "none.jsonl")], store, Config(workers=1))
    ingest([str(tmp_path / f"{later}.jsonl")], store, Config(workers=1))
    assert _named_links(store, "version") == {tuple(sorted((f"{first}.jsonl#0", "none.jsonl#0")))}


def test_the_lsh_route_judges_a_stored_link_again_where_its_indexes_miss_it(monkeypatch):
    # an excerpt of a quarter of a report with a few sentences of its own (Jaccard 0.25,
    # containment 1.0) that MinHashLSHEnsemble does not return as a candidate
    rng = random.Random(10)
    paragraphs = ["".join(_stock_sentence(rng) for _ in range(6)) for _ in range(40)]
    count = rng.randint(6, 12)
    rows = [_row("report", "\n".join(paragraphs), None, 2021), _row("part", "\n".join(paragraphs[:count]) + "\n" + "".join(_stock_sentence(rng) for _ in range(count // 3 * 6)), None, 2021)]
    assert _pairs(version_links(rows)) == {("part", "report")}
    monkeypatch.setattr(link, "MATRIX_PAIRS", 0)
    assert version_links(rows) == []
    assert _pairs(version_links(rows, linked_before={("part", "report")})) == {("part", "report")}
    # a stored pair is judged, not trusted: two texts that are no versions stay unlinked
    unrelated = [_row("one", _text(1), None, 2021), _row("two", _text(2), None, 2021)]
    assert version_links(unrelated, linked_before={("one", "two")}) == []
