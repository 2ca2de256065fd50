"""The REST API and the pages, in-process on a database of the sample corpus."""

import pytest
from fastapi.testclient import TestClient

from govreport.ingest import ingest
from govreport.store import open_store
from govreport.web import WebSettings, create_app

from .conftest import SAMPLES


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    store = open_store(db)
    ingest([str(SAMPLES)], store)
    app = create_app(WebSettings(db=db, upload_token="s3cret", max_upload_bytes=200_000), store=store)
    return TestClient(app)


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/facts", "/api/search", "/api/regions", "/api/indicators", "/api/tracker", "/api/versions", "/api/terms"):
        assert path in spec["paths"], path


def test_api_lists_filter_paginate_and_download_as_csv(client):
    page = client.get("/api/facts", params={"indicator": "gdp_growth", "stance": "target", "limit": 3}).json()
    assert len(page["facts"]) == 3 and all(f["indicator"] == "gdp_growth" and f["stance"] == "target" for f in page["facts"])
    second = client.get("/api/facts", params={"indicator": "gdp_growth", "stance": "target", "limit": 3, "offset": 3}).json()
    assert {f["id"] for f in page["facts"]}.isdisjoint(f["id"] for f in second["facts"])
    csv = client.get("/api/facts", params={"indicator": "gdp_growth", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "gdp_growth" in csv.text
    assert client.get("/api/regions", params={"format": "csv"}).text.lstrip("\ufeff").startswith("place_id")


@pytest.mark.parametrize("path", ["/api/facts", "/api/documents", "/api/tracker", "/api/regions", "/api/projects", "/api/terms", "/api/search"])
def test_every_csv_of_the_api_has_one_plain_column_per_field(client, path):
    import csv
    import io

    response = client.get(path, params={"format": "csv", **({"q": "就业"} if path.endswith("search") else {})})
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert rows, path
    assert not {"start", "end", "target", "outcome"} & set(rows[0])
    assert not [v for row in rows for v in row.values() if v and v.startswith(("{", "[{"))]
    if path == "/api/tracker":
        assert {"target_value", "target_unit", "target_evidence", "outcome_value", "status", "region_code"} <= set(rows[0])


def test_api_search_tracker_versions_terms(client):
    hits = client.get("/api/search", params={"q": "就业"}).json()["hits"]
    assert hits and "<mark>就业</mark>" in hits[0]["snippet"]
    pairs = client.get("/api/tracker", params={"region": "430304", "indicator": "gdp_growth"}).json()["pairs"]
    assert {p["status"] for p in pairs} >= {"met", "missed", "no_outcome"}
    assert all(p["status"] != "missed" for p in pairs if p["outcome"] is None)
    groups = client.get("/api/versions").json()["groups"]
    assert groups and groups[0]["conflicts"][0]["a"]["sentence"]
    terms = client.get("/api/terms", params={"q": "一件事"}).json()["terms"]
    assert terms and terms[0]["term"] == "“一件事一次办”"


def test_tracker_page_names_indicators_and_modifiers_in_the_page_language(client):
    page = client.get("/tracker", params={"region": "430304", "indicator": "gdp_growth"}).text
    assert "地区生产总值增速" in page and ">gdp_growth<" not in page
    assert "7%以上" in page and "at_least" not in page
    assert "增长<mark>7%</mark>以上" in page  # the target's figure marked inside its sentence
    english = client.get("/tracker", params={"region": "430304", "indicator": "gdp_growth", "lang": "en"}).text
    assert "at least 7%" in english  # the modifier as English writes it
    assert "7%以上" in client.get("/tracker", params={"region": "430304", "indicator": "gdp_growth", "lang": "zh"}).text
    search = client.get("/search", params={"q": "就业", "lang": "zh"}).text
    assert "政府工作报告</small>" in search and "government_work_report</small>" not in search


@pytest.mark.parametrize(
    "url",
    ["/api/facts?limit=0", "/api/facts?limit=abc", "/api/facts?kind=nonsense", "/api/search?q=", "/api/documents?year=20000",
     "/search?year=abc", "/tracker?status=bogus", "/report-card/430304/99999"],
)
def test_bad_parameters_get_a_clear_4xx(client, url):
    response = client.get(url)
    assert 400 <= response.status_code < 500
    if url.startswith("/api/"):
        assert response.json()["detail"]  # the API answers in JSON
    else:
        assert response.headers["content-type"].startswith("text/html") and 'class="error-detail">' in response.text  # a page, in HTML


@pytest.mark.parametrize(
    "url",
    ["/", "/search?q=就业", "/search?q=招商&type=news", "/regions", "/regions/430304", "/indicators/gdp_growth?region=430304",
     "/report-card/430304/2021", "/tracker", "/tracker?status=no_outcome", "/glossary?q=一件事", "/upload", "/?lang=en"],
)
def test_pages_render(client, url):
    response = client.get(url)
    assert response.status_code == 200 and "<html" in response.text


def test_unknown_things_are_404(client):
    assert client.get("/documents/nope").status_code == 404
    assert client.get("/regions/999999").status_code == 404
    assert client.get("/indicators/not_an_indicator").status_code == 404


def test_no_path_from_a_request_reaches_the_file_system(client):
    for url in ("/static/../pyproject.toml", "/static/%2e%2e/__init__.py", "/static/..%2f..%2fpyproject.toml"):
        assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url", ["/", "/tracker", "/indicators/gdp_growth", "/projects", "/api/documents", "/api/facts?limit=0", "/openapi.json", "/static/app.css",
            "/static/nope.css", "/no/such/page", "/api/documents/nope"],
)
def test_every_answer_carries_the_security_headers(client, url):
    headers = client.get(url).headers
    policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert policy["default-src"] == policy["script-src"] == policy["style-src"] == "'self'"  # no inline code, no other site
    assert policy["frame-ancestors"] == "'none'" and policy["base-uri"] == policy["form-action"] == "'self'" and policy["img-src"] == "'self' data:"
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "same-origin"


def test_an_unexpected_error_carries_the_security_headers_too(tmp_path):
    app = create_app(WebSettings(db=str(tmp_path / "e.db")))

    @app.get("/boom")
    def boom():
        raise RuntimeError("a bug")

    response = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500 and response.headers["x-frame-options"] == "DENY" and "content-security-policy" in response.headers


def test_no_template_has_inline_code_or_style_the_policy_would_refuse():
    import re
    from pathlib import Path

    import govreport.web

    for template in (Path(govreport.web.__file__).parent / "templates").glob("*.html"):
        source = template.read_text("utf-8")
        # a <script> runs only from a file (src=), or is data (type="application/json")
        scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", source)
        assert not scripts, (template.name, scripts)
        assert not re.search(r"<style|\sstyle=|\son[a-z]+=", source), template.name


@pytest.mark.parametrize(
    "url", ["/", "/tracker", "/regions", "/glossary", "/api/documents", "/api/regions", "/api/tracker", "/openapi.json", "/static/app.js",
            "/no/such/page", "/api/documents/nope", "/documents/nope", "/api/facts?limit=0"],
)
def test_head_answers_as_get_does_without_a_body(client, url):
    client.cookies.clear()
    got, head = client.get(url), client.head(url)
    assert head.status_code == got.status_code and head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"] and head.headers["content-length"] == str(len(got.content))


def test_head_of_a_document_page(client):
    doc_id = _document_id(client, "mirror")
    for url in (f"/documents/{doc_id}", f"/api/documents/{doc_id}"):
        head = client.head(url)
        assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 1000


def test_document_page_marks_facts_and_escapes_text(client, tmp_path):
    hostile = "<script>alert('x')</script>全区新增城镇就业1.2万人。<img src=x onerror=alert(1)>"
    response = client.post("/upload", data={"token": "s3cret"}, files={"file": ("evil.txt", hostile.encode(), "text/plain")})
    assert response.status_code == 200
    [hit] = client.get("/api/search", params={"q": "onerror"}).json()["hits"]
    page = client.get(f"/documents/{hit['document']}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "<img src=x" not in page
    assert '<mark class="fact metric"' in page and "1.2万人</mark>" in page


def test_upload_needs_the_token_and_a_known_type_and_size(client):
    assert client.post("/upload", data={"token": "wrong"}, files={"file": ("a.txt", "正文".encode(), "text/plain")}).status_code == 403
    assert client.post("/upload", data={"token": "s3cret"}, files={"file": ("a.exe", b"MZ", "application/octet-stream")}).status_code == 415
    big = ("全区地区生产总值增长6%。" * 20000).encode()
    assert client.post("/upload", data={"token": "s3cret"}, files={"file": ("big.txt", big, "text/plain")}).status_code == 413
    empty = client.post("/upload", data={"token": "s3cret"}, files={"file": ("empty.txt", b"", "text/plain")})
    assert empty.status_code == 400 and "empty" in empty.text


def test_uploads_are_off_without_a_token(tmp_path):
    db = str(tmp_path / "off.db")
    app = create_app(WebSettings(db=db))
    response = TestClient(app).post("/upload", data={"token": "x"}, files={"file": ("a.txt", "正文".encode(), "text/plain")})
    assert response.status_code == 403


def _document_id(client, title_part):
    docs = client.get("/api/documents", params={"limit": 200}).json()["documents"]
    return next(d["id"] for d in docs if title_part in (d["title"] or "") or title_part in d["source"])


def test_document_keeps_its_original_and_shows_each_repair(client):
    # the spam mirror: its token was repaired, and the record says what stood there
    doc_id = _document_id(client, "mirror")
    doc = client.get(f"/api/documents/{doc_id}").json()
    spam = [r for r in doc["repairs"] if r["kind"] == "spam_token"]
    assert spam and all(doc["original"][r["start"] : r["end"]] == r["original"] for r in spam)
    assert all(doc["text"][r["clean_start"] : r["clean_end"]] == r["replacement"] for r in spam)
    page = client.get(f"/documents/{doc_id}", params={"lang": "en"}).text
    assert "Repairs" in page and "spam tokens" in page
    diff = client.get(f"/documents/{doc_id}", params={"view": "diff"}).text
    assert f"<del title=\"spam_token" in diff and "<ins title=\"spam_token" in diff


def test_document_original_view_marks_facts_where_they_stood(client):
    doc_id = _document_id(client, "newspaper")  # pages out of order, put back in order
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert any(r["kind"] == "fragment_reordered" for r in doc["repairs"]) and doc["original"] != doc["text"]
    fact = next(f for f in doc["facts"] if f["kind"] == "metric")
    assert doc["original"][fact["original_start"] : fact["original_end"]].replace(" ", "") == doc["text"][fact["start"] : fact["end"]]
    page = client.get(f"/documents/{doc_id}", params={"view": "original"}).text
    assert 'class="fact' in page and "上接" in page  # the page marker is still in the original


def test_document_views_are_clean_diff_or_original(client):
    doc_id = _document_id(client, "mirror")
    assert client.get(f"/documents/{doc_id}", params={"view": "bogus"}).status_code == 422


@pytest.mark.parametrize(
    ("path", "heading", "says", "back"),
    [
        ("/regions/999999", "未找到", "没有这个地区", "/regions"),
        ("/regions/999999?lang=en", "Not found", "There is no region", "/regions"),
        ("/documents/no-such-doc", "未找到", "没有这份文档", "/search"),
        ("/projects/no-such-project", "未找到", "没有这个项目", "/projects"),
        ("/no/such/page", "未找到", "没有这个页面", "/"),
    ],
)
def test_a_browser_gets_an_error_page_in_its_language_with_a_way_back(client, path, heading, says, back):
    client.cookies.clear()  # the language a page chose before is remembered in a cookie
    response = client.get(path)
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert f"<h1>{heading}</h1>" in response.text and says in response.text and f'href="{back}"' in response.text
    assert "<nav>" in response.text  # the site's own page, its menu in place


def test_the_api_keeps_json_errors(client):
    for path in ("/api/documents/no-such-doc", "/api/projects/no-such-project"):
        response = client.get(path)
        assert response.status_code == 404 and response.json()["detail"].startswith("no ")
    assert client.get("/api/facts", params={"limit": 0}).json()["detail"][0]["loc"] == ["query", "limit"]


def test_the_tracker_shows_the_rule_of_each_status_and_takes_the_readers_tolerance(client):
    client.cookies.clear()
    page = client.get("/tracker", params={"region": "100000"}).text
    assert "左右：低于目标不超过0.5个百分点即算完成" in page and 'name="about_points" value="0.5"' in page
    wider = client.get("/tracker", params={"region": "100000", "about_points": "1", "lang": "en"}).text
    assert "about: met within 1 points below the target" in wider and 'name="about_points" value="1"' in wider
    pairs = client.get("/api/tracker", params={"region": "100000", "about_points": 2}).json()["pairs"]
    assert any(p["rule"] == {"rule": "about_higher", "points": 2.0} for p in pairs)
    assert client.get("/api/tracker", params={"about_points": -1}).status_code == 422


@pytest.mark.parametrize(("path", "sorts"), [("/tracker", ["indicator", "period", "status"]), ("/glossary", ["region", "recent"]),
                                             ("/regions", ["documents", "recent"]), ("/search?q=就业", ["date"])])
def test_long_lists_show_their_count_sort_and_pages(client, path, sorts):
    import re

    client.cookies.clear()
    page = client.get(path).text
    total = int(re.search(r"共(\d+)条", page).group(1))
    assert total > 0
    for sort in sorts:
        assert f"sort={sort}" in page
    if "pages" in page and "下一页" in page:
        second = client.get(path + ("&" if "?" in path else "?") + "page=2").text
        assert "第2/" in second and 'rel="prev"' in second


def test_the_tracker_pages_hold_every_pair_once(client):
    import re

    client.cookies.clear()
    first = client.get("/tracker").text
    total, pages = int(re.search(r"共(\d+)条", first).group(1)), int(re.search(r"第1/(\d+)页", first).group(1))
    rows = sum(client.get("/tracker", params={"page": n}).text.count('<tr class="status-row') for n in range(1, pages + 1))
    assert rows == total


def test_search_gives_its_total_and_sorts_by_date(client):
    found = client.get("/api/search", params={"q": "就业", "limit": 3}).json()
    assert found["total"] >= len(found["hits"]) == 3
    newest = client.get("/api/search", params={"q": "就业", "sort": "date", "limit": 50}).json()["hits"]
    dates = [h["published"] or str(h["year"] or "") for h in newest]
    assert dates == sorted(dates, reverse=True)


def test_a_document_without_a_title_is_named_by_its_place_year_and_file_never_its_hash(client):
    import re

    client.cookies.clear()
    page = client.get("/search", params={"q": "项目"}).text
    labels = re.findall(r'class="hit" href="/documents/([^"]+)">(.*?)</a>', page)
    assert labels and all(doc_id not in label for doc_id, label in labels)
    assert any(".txt)" in label or "报告" in label for _, label in labels)


def test_a_conflict_names_its_two_documents(client):
    import re

    client.cookies.clear()
    mirror = next(d for d in client.get("/api/documents", params={"limit": 100}).json()["documents"] if d["source"].endswith("mirror.txt"))
    page = client.get(f"/documents/{mirror['id']}").text
    sides = re.findall(r'<div class="conflict-side"><a href="/documents/([^"]+)">(.*?)</a>', page)
    assert len(sides) == 2 and "长沙市望城区2021年政府工作报告" in [label for _, label in sides]
    assert all(doc_id not in label for doc_id, label in sides) and "数字不一致" in page


def test_the_fact_panel_gets_labelled_fields_in_the_pages_language_never_offsets(client):
    import html
    import json
    import re

    client.cookies.clear()
    doc = next(d for d in client.get("/api/documents", params={"limit": 100}).json()["documents"] if d["source"].endswith("portal.html"))
    for lang, label, value in (("zh", "指标", "地区生产总值增速"), ("en", "Indicator", "地区生产总值增速")):
        page = client.get(f"/documents/{doc['id']}", params={"lang": lang}).text
        facts = [rows for blob in re.findall(r'data-facts="([^"]+)"', page) for rows in json.loads(html.unescape(blob))]
        labels = {label for rows in facts for label, _ in rows}
        assert [label, value] in [row for rows in facts for row in rows]
        assert not labels & {"start", "end", "evidence_start", "original_start", "id", "document", "base_value"}


def test_an_indicator_chart_has_a_real_year_axis_names_of_each_year_and_the_top_places(client):
    import html
    import json
    import re

    client.cookies.clear()
    page = client.get("/indicators/gdp_growth").text
    data = json.loads(html.unescape(re.search(r'id="chart-data">(.*?)</script>', page, re.S).group(1)))
    assert data["unit"] == "%" and data["span"] == list(range(data["span"][0], data["span"][-1] + 1))  # every year, gaps included
    wangcheng = data["series"]["430112"]
    assert "望城县" in wangcheng["name"] and "望城区" in wangcheng["name"]  # each name it had, with its years
    fewer = client.get("/indicators/gdp_growth", params={"top": 2}).text
    assert len(json.loads(html.unescape(re.search(r'id="chart-data">(.*?)</script>', fewer, re.S).group(1)))["series"]) == 2
    assert "默认显示数据年份最多的2个地区" in fewer
    index = client.get("/indicators").text
    assert 'href="/indicators/gdp_growth"' in index and "地区生产总值增速" in index


def test_the_glossary_is_filtered_sorted_and_paged_in_the_database(client):
    everything = client.get("/api/terms", params={"limit": 1000}).json()
    assert everything["total"] == len(everything["terms"]) > 3
    # the filter applies before the page: the total counts every match, not one page's
    found = client.get("/api/terms", params={"q": "办", "limit": 1}).json()
    assert len(found["terms"]) == 1 and found["total"] == sum(1 for t in everything["terms"] if "办" in (t["term"] or "") + (t["definition"] or ""))
    # % and _ are characters, not wildcards
    assert client.get("/api/terms", params={"q": "%"}).json()["total"] == sum(1 for t in everything["terms"] if "%" in (t["term"] or "") + (t["definition"] or ""))
    assert client.get("/api/terms", params={"q": "_"}).json()["total"] == 0
    matches = sum(1 for t in everything["terms"] if "一件事" in (t["term"] or "") + (t["definition"] or ""))
    client.cookies.clear()
    page = client.get("/glossary", params={"q": "一件事"}).text
    assert "“一件事一次办”" in page and f"共{matches}条" in page


@pytest.mark.parametrize("char", ["%", "_"])
def test_a_region_filter_of_percent_or_underscore_is_no_wildcard(client, char):
    # no place of the samples has either character in its name: nothing matches
    assert client.get("/api/documents", params={"region": char}).json()["documents"] == []
    assert client.get("/api/facts", params={"region": char}).json()["facts"] == []
    assert client.get("/api/search", params={"q": "就业", "region": char}).json()["total"] == 0
    assert client.get("/api/terms", params={"region": char}).json()["total"] == 0
    assert client.get("/api/tracker", params={"region": char}).json()["total"] == 0
    # the projects' API says a region that matches no place is one, rather than an empty list
    projects = client.get("/api/projects", params={"region": char})
    assert projects.status_code == 422 and f"no place in the database matches {char!r}" in projects.json()["detail"]


def test_a_documents_warnings_are_told_in_the_pages_language(client):
    [doc] = [d for d in client.get("/api/documents", params={"limit": 500}).json()["documents"] if d["source"].endswith("zhuzhou_2021_newspaper.txt")]
    client.cookies.clear()
    chinese = client.get(f"/documents/{doc['id']}", params={"lang": "zh"}).text
    assert "去除了2处转版标记（上接、下转）" in chinese and "将1段错位的段落放回阅读顺序" in chinese
    assert "page-continuation marker" not in chinese
    english = client.get(f"/documents/{doc['id']}", params={"lang": "en"}).text
    assert "dropped 2 page-continuation marker(s)" in english


def test_every_warning_a_stage_gives_has_its_words_in_both_languages():
    import re
    from pathlib import Path

    from govreport.web.i18n import STRINGS, translator, warning_text

    source = "".join(p.read_text("utf-8") for p in Path("src/govreport").rglob("*.py"))
    codes = set(re.findall(r'Warning\.of\("(\w+)"', source)) | set(re.findall(r'\("(\w+)", lambda lines', source))
    assert {"spam_token", "page_marker", "bad_row", "year_conflict"} <= codes
    for code in codes:
        assert f"warn_{code}" in STRINGS and f"warn_detail_{code}" in STRINGS or f"warn_detail_{code}_date" in STRINGS, code
    zh = translator("zh")
    assert warning_text(zh, {"code": "hard_wrap", "message": "re-joined 3 hard-wrapped line(s)", "params": {"n": 3}}) == "接续了3处被硬换行截断的行"
    # a warning stored before its figures were kept says its own message
    assert warning_text(zh, {"code": "hard_wrap", "message": "re-joined 3 hard-wrapped line(s)"}) == "re-joined 3 hard-wrapped line(s)"


def test_every_reason_a_repair_gives_has_its_chinese():
    import re
    from pathlib import Path

    from govreport.web.i18n import REASONS_ZH, reason_text

    stages = Path("src/govreport")
    source = "".join(p.read_text("utf-8") for p in stages.rglob("*.py") if "web" not in p.parts)
    # the reasons the cleaning and layout stages write (Edit(…, "reason")), and spam's, whose
    # counts are filled in
    said = set(re.findall(r'Edit\([^()"]*(?:\([^()]*\)[^()"]*)*"([a-zA-Z][^"]{8,})"\)', source))
    said |= {re.sub(r"\{[^}]*\}", "3", s) for s in re.findall(r'(?:setdefault\([^,]+, f?|: )"(a [^"]+)"', (stages / "spam.py").read_text("utf-8"))}
    said |= set(re.findall(r'"([a-z][^"]{8,})"', (stages / "layout.py").read_text("utf-8"))) & {"a page-continuation marker", "a paragraph printed a second time"}
    assert {"a listed spam brand", "half-width punctuation in Chinese text", "a paragraph printed a second time"} <= said
    missing = {s for s in said if reason_text("zh", s) == s}
    assert not missing
    assert reason_text("zh", "a Latin brand code fused with Chinese text, planted 3 times") == "与中文粘连的拉丁字母品牌代码，出现3次"
    assert reason_text("en", "moved into reading order") == "moved into reading order" and REASONS_ZH


def test_version_groups_come_a_page_at_a_time_with_their_total(client):
    every = client.get("/api/versions", params={"limit": 1000}).json()
    assert every["total"] == len(every["groups"]) >= 1
    first = client.get("/api/versions", params={"limit": 1}).json()
    assert first["total"] == every["total"] and first["groups"] == every["groups"][:1]


def test_every_link_to_a_fact_lands_on_its_anchor(client):
    """The project timeline and the batch table link to /documents/<id>#f<fact id>: every fact
    of the page has that anchor, a mark of its own or an empty one beside the mark it shares."""
    import re

    projects = client.get("/api/projects", params={"limit": 1000}).json()["projects"]
    links = []
    for p in projects:
        links += re.findall(r'href="/documents/([^"#]+)#f(\d+)"', client.get(f"/projects/{p['id']}").text)
    links += re.findall(r'href="/documents/([^"#]+)#f(\d+)"', client.get("/projects").text)
    assert len(links) >= 3
    for doc_id in {d for d, _ in links}:
        page = client.get(f"/documents/{doc_id}").text
        anchors = set(re.findall(r' id="f(\d+)"', page))
        assert {str(f["id"]) for f in client.get(f"/api/documents/{doc_id}").json()["facts"]} <= anchors, doc_id
        assert {f for d, f in links if d == doc_id} <= anchors


def test_the_projects_pages_links_keep_its_filters_and_its_csv_holds_every_match(client):
    """The form sends every field, the empty ones too: the CSV link, the pager and the totals'
    links carry the chosen filters only (the API refuses an empty stage or year), the CSV holds
    every matching project rather than the API's first page of 100, and filtering keeps the
    totals' dimension."""
    import csv
    import html
    import io
    import re

    form = {"region": "", "industry": "", "stage": "", "year": "", "min_amount": "", "max_amount": "", "amount_kind": "", "sort": "-amount", "by": "region"}
    page = client.get("/projects", params=form).text
    total = int(re.search(r"<h1>[^<]*<small>(\d+)</small>", page).group(1))
    csv_link = html.unescape(re.search(r'href="(/api/projects\?[^"]*format=csv[^"]*)"', page).group(1))
    response = client.get(csv_link)
    assert response.status_code == 200, response.text[:300]
    assert len(list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))) == total
    assert 'name="by" value="region"' in page  # a new filter keeps the totals by region
    filtered = client.get("/projects", params={**form, "industry": "C", "by": "industry"}).text
    links = [html.unescape(h) for h in re.findall(r'href="(\?[^"]*)"', filtered)]
    assert links and all("industry=C" in h and "stage=" not in h and "&&" not in h for h in links)
    assert client.get(html.unescape(re.search(r'href="(/api/projects\?[^"]*)"', filtered).group(1))).status_code == 200


@pytest.mark.parametrize(
    ("path", "kept"),
    [("/projects?industry=C38&sort=name&by=industry&lang=zh", ["industry=C38", "sort=name", "by=industry"]),
     ("/tracker?region=430304&status=met&page=1", ["region=430304", "status=met"]),
     ("/indicators/gdp_growth?region=430304&region=430281", ["region=430304", "region=430281"]),
     ("/search?q=%E5%B0%B1%E4%B8%9A&sort=date", ["q=%E5%B0%B1%E4%B8%9A", "sort=date"]),
     ("/regions/999999?x=1", ["x=1"])],
)
def test_the_language_switch_keeps_the_page_its_filters_and_sort(client, path, kept):
    import html
    import re

    page = client.get(path).text
    switch = html.unescape(re.search(r'<a class="lang" href="([^"]*)"', page).group(1))
    assert switch.count("lang=") == 1 and "lang=en" in switch and all(k in switch for k in kept), switch


def test_every_amount_of_the_projects_page_says_its_kind(client):
    """A batch's amount is told with its kind (总投资, 完成投资, 合同引资), as a project's is;
    the totals' column says whether it sums one kind or every kind together."""
    import re

    for lang, kind in (("zh", "总投资"), ("en", "total investment")):
        page = client.get("/projects", params={"lang": lang}).text
        table = page[page.index("<h2>", page.index('class="totals chart"')):]
        cells = re.findall(r'<td class="num">([^<]*\d[^<]*(?:<br><small>[^<]*</small>)?)</td><td><a href="/documents/', table)
        assert cells and all("<small>" in c for c in cells), cells
        assert kind in table
    assert "金额（各口径相加，亿元）" in client.get("/projects", params={"lang": "zh"}).text
    assert "Amount (total investment, 100M yuan)" in client.get("/projects", params={"amount_kind": "total_investment", "lang": "en"}).text
    client.get("/", params={"lang": "zh"})  # the cookie back to Chinese for the tests after


def test_the_fact_panel_shows_a_projects_output_tax_and_jobs_as_a_reader_writes_them(client):
    import html
    import json
    import re

    client.cookies.clear()
    doc = next(d for d in client.get("/api/documents", params={"limit": 100}).json()["documents"] if d["source"].endswith("followup_2025.txt"))
    page = client.get(f"/documents/{doc['id']}", params={"lang": "zh"}).text
    rows = [row for blob in re.findall(r'data-facts="([^"]+)"', page) for rows in json.loads(html.unescape(blob)) for row in rows]
    assert ["年产值", "30亿元"] in rows and ["年税收", "1.2亿元"] in rows and ["就业", "800人"] in rows


def test_the_icon_is_served_where_a_browser_asks_for_it(client):
    client.cookies.clear()
    page = client.get("/regions").text
    assert '<link rel="icon" href="/static/favicon.svg"' in page
    for path in ("/static/favicon.svg", "/favicon.ico"):
        icon = client.get(path)
        assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml") and icon.text.startswith("<svg"), path


@pytest.mark.parametrize("path", ["/projects", "/regions"])
def test_a_page_past_the_last_shows_the_last(client, path):
    import re

    client.cookies.clear()
    first = client.get(path).text
    past = client.get(path, params={"page": 99}).text
    links = lambda page: re.findall(r'<td><a href="(/(?:projects|regions)/[^"]+)"', page)  # noqa: E731
    assert links(first) and links(past) == links(first)  # the samples fit one page: its last is its first
    assert "没有符合条件的项目" not in past and "99 / " not in past and "第99/" not in past


def test_a_province_told_by_its_short_name_takes_its_cities_projects(client):
    """湖南 finds what 湖南省 finds: the projects of 湘潭市, 株洲市醴陵市 and 长沙市浏阳市, whose
    own names do not hold 湖南, and the page's totals and batches say the same."""
    full = client.get("/api/projects", params={"region": "湖南省"}).json()
    short = client.get("/api/projects", params={"region": "湖南"}).json()
    assert full["total"] >= 3 and short["total"] == full["total"]
    city = client.get("/api/projects", params={"region": "长沙"}).json()
    assert city["total"] >= 1 and {p["city"] for p in city["projects"]} == {"长沙市"}
    by_region = client.get("/api/projects/totals", params={"region": "湖南", "by": "region"}).json()["totals"]
    assert sum(row["projects"] for row in by_region) == full["total"]


def test_an_amount_range_no_project_fits_or_an_unknown_region_is_said_beside_the_form(client):
    """min_amount above max_amount, or a region the database has no place of, is a message the
    reader can act on (the API: a 422 that says which), not an empty list with no cause."""
    client.cookies.clear()
    page = client.get("/projects", params={"min_amount": "200", "max_amount": "100", "lang": "zh"})
    assert page.status_code == 200 and 'class="notice"' in page.text and "最低金额 200 亿元高于最高金额 100 亿元" in page.text
    assert 'name="min_amount" type="number" min="0" step="any" value="200"' in page.text  # the form keeps what was typed
    page = client.get("/projects", params={"region": "火星", "lang": "zh"})
    assert page.status_code == 200 and "数据库中没有与“火星”相符的地区" in page.text
    assert 'class="notice"' not in client.get("/projects", params={"region": "湖南", "lang": "zh"}).text
    api = client.get("/api/projects", params={"min_amount": 200, "max_amount": 100})
    assert api.status_code == 422 and "min_amount 200 is more than max_amount 100" in api.json()["detail"]
    api = client.get("/api/projects", params={"region": "火星", "format": "csv"})
    assert api.status_code == 422 and "no place in the database matches '火星'" in api.json()["detail"]
    assert client.get("/api/projects", params={"region": "湖南", "stage": "completed", "year": 2099}).json()["total"] == 0  # a known place with no match is an empty list


def test_a_wrong_stage_or_amount_kind_on_the_projects_page_names_its_field(client):
    """The form's stage and amount kind may be one of their values or empty: the error page
    names the field (stage), not the types pydantic tried (literal['planned', …], literal[''])."""
    for field in ("stage", "amount_kind"):
        page = client.get("/projects", params={field: "nonsense"}, headers={"accept": "text/html"})
        assert page.status_code == 422 and f"{field}: Input should be" in page.text and "literal[" not in page.text


def test_the_totals_by_industry_name_the_unclassified_and_say_a_project_counts_in_each_of_its_industries(client):
    import re

    client.cookies.clear()
    page = client.get("/projects", params={"by": "industry", "lang": "zh"}).text
    table = page[page.index('class="totals chart"'):]
    keys = re.findall(r"<tr><td>([^<]*)</td><td class=\"num\">", table[: table.index("</table>")])
    assert keys and "?" not in keys
    assert "在每个行业各计一次" in page


def test_the_api_totals_take_the_amount_range_as_the_projects_do(client):
    listed = client.get("/api/projects", params={"min_amount": 5, "max_amount": 15}).json()
    totals = client.get("/api/projects/totals", params={"min_amount": 5, "max_amount": 15, "by": "year"}).json()["totals"]
    every = client.get("/api/projects").json()["total"]
    assert 0 < listed["total"] < every and sum(row["projects"] for row in totals) == listed["total"]


def test_a_citys_region_page_says_which_county_each_project_is_in(client):
    """株洲市's page lists 醴陵市's project: a column names the county (linked to its page), or
    it could be the city's own; a county's page, whose projects are all its own, has no such column."""
    client.cookies.clear()
    page = client.get("/regions/430200", params={"lang": "zh"}).text
    table = page[page.index('<table class="projects"'):]
    table = table[: table.index("</table>")]
    assert "<th>所在地</th>" in table and '<td class="place"><a href="/regions/430281">醴陵市</a></td>' in table
    own = client.get("/regions/430300", params={"lang": "zh"}).text
    assert '<table class="projects"' in own and "所在地" not in own


def test_a_region_page_cut_short_says_how_many_projects_and_links_to_the_rest(client, monkeypatch):
    from govreport.web import pages

    client.cookies.clear()
    monkeypatch.setattr(pages, "REGION_PROJECTS", 2)
    page = client.get("/regions/430300", params={"lang": "zh"}).text
    assert "共 3 个项目，这里列出金额最高的 2 个" in page and '<a href="/projects?region=430300">在招商项目页看全部 3 个</a>' in page
    assert page.count('<a href="/projects/') == 2
    monkeypatch.setattr(pages, "REGION_PROJECTS", 200)
    assert "这里列出" not in client.get("/regions/430300", params={"lang": "zh"}).text


def test_a_projects_page_with_no_totals_shows_no_empty_totals_table(client):
    """After the min>max note there is nothing to total: no table header stands alone."""
    client.cookies.clear()
    page = client.get("/projects", params={"min_amount": "200", "max_amount": "100", "lang": "zh"}).text
    assert 'class="notice"' in page and 'class="totals chart"' not in page and "按维度汇总" not in page
    assert 'class="totals chart"' in client.get("/projects", params={"lang": "zh"}).text
