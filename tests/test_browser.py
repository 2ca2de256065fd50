"""The web app in a real headless Chromium (Debian's, driven by Playwright).

Searches, opens a document, clicks a highlighted fact, opens the tracker and a chart.
Screenshots go to test-output/screenshots/. Skipped where /usr/bin/chromium is absent.
"""

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from govreport.ingest import ingest
from govreport.store import open_store
from govreport.web import WebSettings, create_app

from .conftest import ROOT, SAMPLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "test-output" / "screenshots"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    db = str(tmp_path_factory.mktemp("browser") / "b.db")
    store = open_store(db)
    ingest([str(SAMPLES)], store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(WebSettings(db=db), store=store), host="127.0.0.1", port=port, log_level="warning")
    app_server = uvicorn.Server(config)
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not app_server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(timeout=10)


_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page(browser):
    return browser.new_page(viewport={"width": 1280, "height": 900})


@pytest.fixture
def refused(page):
    """What the content security policy refused on ``page`` while a test ran: Chromium says
    so on the console ("Refused to apply inline style because it violates the following
    Content Security Policy directive …")."""
    messages: list[str] = []

    def listen(message) -> None:
        if "Content Security Policy" in message.text:
            messages.append(message.text)

    page.on("console", listen)
    yield messages
    page.remove_listener("console", listen)


@pytest.fixture(scope="module")
def browser_phone(browser):
    return browser.new_page(viewport={"width": 390, "height": 844})


def test_search_then_open_a_document_and_a_fact(server, page, refused):
    page.goto(server + "/")
    page.fill("input[name=q]", "就业")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("ol.hits li")
    assert page.locator(".snippet mark").first.inner_text() == "就业"
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)
    page.locator("a.hit", has_text="望城区2021").first.click()
    page.wait_for_selector("mark.fact.metric")
    mark = page.locator("mark.fact.metric", has_text="4.3%").first
    mark.click()
    fields = page.locator("#fact-fields").inner_text()
    # labelled fields in the page's language, no internal offsets
    assert "地区生产总值" in fields and "实际" in fields and "2020" in fields and "年度" in fields
    assert "evidence_start" not in fields and "original_start" not in fields and "gdp_growth" not in fields
    assert "去除了网页模板内容" in page.locator(".warnings").inner_text()  # the warning in the page's language
    page.screenshot(path=str(SHOTS / "document.png"), full_page=False)
    assert refused == []


def test_tracker_colours_and_never_calls_no_outcome_missed(server, page):
    page.goto(server + "/tracker?region=430304")
    page.wait_for_selector("table.pairs")
    rows = page.locator("tr.status-row")
    assert rows.count() > 5
    for row in rows.all():
        classes = row.get_attribute("class")
        if "no_outcome" in classes:
            assert "missed" not in classes and row.locator(".status").inner_text() in ("尚无结果", "no outcome yet")
    colour = page.locator("tr.missed .status").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("", "rgba(0, 0, 0, 0)")
    page.screenshot(path=str(SHOTS / "tracker.png"), full_page=True)


def test_indicator_chart_draws_from_the_local_library(server, page, refused):
    from govreport.web import find_chartjs

    if find_chartjs() is None:
        pytest.skip("chart.js is not installed (scripts/setup.sh runs npm install)")
    page.goto(server + "/indicators/gdp_growth?region=430304&region=430281")
    page.wait_for_function("window.Chart !== undefined")
    drawn = page.evaluate("() => { const c = document.getElementById('chart'); return Chart.getChart(c).data.datasets.length }")
    assert drawn == 4  # target and outcome for each of the two regions
    chart = page.evaluate("""() => { const c = Chart.getChart(document.getElementById('chart'));
        return {x: c.options.scales.x.type, y: c.options.scales.y.title.text, colours: [...new Set(c.data.datasets.map(d => d.borderColor))].length,
                gaps: c.data.datasets.every(d => d.spanGaps === false)} }""")
    assert chart == {"x": "linear", "y": "%", "colours": 2, "gaps": True}  # a year axis, the unit, a colour per place, gaps kept
    page.screenshot(path=str(SHOTS / "chart.png"), full_page=True)
    # the index of indicators leads to each chart
    page.goto(server + "/indicators")
    page.locator("a", has_text="地区生产总值增速").first.click()
    page.wait_for_selector("canvas#chart")
    page.screenshot(path=str(SHOTS / "indicator_default.png"), full_page=True)
    # choosing another indicator goes to its chart (app.js, not an inline handler)
    page.select_option("select[name=indicator]", "gdp_level")
    page.wait_for_url("**/indicators/gdp_level")
    page.wait_for_function("window.Chart !== undefined && Chart.getChart(document.getElementById('chart')) !== undefined")
    assert refused == []


def test_english_pages(server, page):
    page.goto(server + "/regions?lang=en")
    assert page.locator("header nav").inner_text().startswith("Search")


def test_document_repairs_as_a_diff_and_the_original(server, page):
    # the newspaper sample: markers dropped, a repeat dropped, pages put back in order
    page.goto(server + "/api/documents?limit=200")
    doc_id = next(d["id"] for d in page.evaluate("() => JSON.parse(document.body.innerText)")["documents"] if "newspaper" in d["source"])
    page.goto(f"{server}/documents/{doc_id}?view=diff&lang=en")
    page.wait_for_selector("details.repairs")
    assert page.locator("details.repairs").inner_text().count("reordered fragments") >= 1
    assert page.locator("#text del").count() >= 1 and page.locator("#text .moved").count() >= 1
    page.screenshot(path=str(SHOTS / "document_diff.png"), full_page=False)
    page.click("nav.views >> text=original")
    page.wait_for_selector("#text mark.fact")
    assert "上接" in page.locator("#text").inner_text()  # the original still holds its page marker
    page.screenshot(path=str(SHOTS / "document_original.png"), full_page=False)


def test_projects_page_filters_sorts_and_opens_a_timeline(server, page, refused):
    page.goto(server + "/projects?sort=-amount&by=year")
    page.wait_for_selector("table.projects")
    amounts = page.locator("table.projects tbody tr")
    assert amounts.count() >= 3
    bars = page.locator("table.chart .bar")
    assert bars.count() >= 2 and bars.first.evaluate("e => e.getBoundingClientRect().width") > 0
    page.select_option("select[name=industry]", "C38")
    page.click("form.filters button")
    page.wait_for_selector("table.projects")
    names = page.locator("table.projects tbody tr td:first-child a").all_inner_texts()
    assert names and all("电池" in n or "储能" in n for n in names)
    page.screenshot(path=str(SHOTS / "projects.png"), full_page=True)
    page.locator("table.projects tbody tr td:first-child a").first.click()
    page.wait_for_selector("ol.timeline")
    assert page.locator("ol.timeline li").count() == 2  # the signing news and the ground-breaking news
    assert all(li.locator("mark").count() >= 1 for li in page.locator("ol.timeline li").all())
    page.screenshot(path=str(SHOTS / "project.png"), full_page=True)
    # the source link of a mention opens the document on that fact, marked and shown
    link = page.locator("ol.timeline li a").last
    fact_id = link.get_attribute("href").split("#f")[1]
    link.click()
    page.wait_for_selector("mark.fact.selected")
    selected = page.locator("mark.fact.selected")
    assert selected.count() == 1 and page.locator("#fact-fields dd").count() > 3
    target = page.locator(f"#f{fact_id}")
    assert target.evaluate("t => t.classList.contains('selected') || t.classList.contains('anchor')")
    assert refused == []  # the bars are drawn without style=""


def test_a_projects_timeline_marks_its_name_where_the_sentence_lists_several(server, page):
    """A mention whose fact is its amount alone (其中，精密结构件项目投资4.2亿元，智能仓储物流中心项目
    投资5.4亿元。) marks the project's name beside the amount: with the amount alone marked the
    reader cannot tell which of the sentence's projects the page is about."""
    page.goto(server + "/projects?sort=name")
    page.click("table.projects a:text-is('智能仓储物流中心项目')")
    page.wait_for_selector("ol.timeline mark")
    assert page.locator("ol.timeline li").first.locator("mark").all_inner_texts() == ["智能仓储物流中心项目", "5.4亿元"]
    page.screenshot(path=str(SHOTS / "project_name_marked.png"), full_page=False)


@pytest.mark.parametrize("path", ["/tracker", "/regions/430304", "/regions", "/search?q=就业", "/projects", "/glossary"])
def test_pages_fit_a_phone_width_screen(server, browser_phone, path):
    """On a 390-pixel screen the page itself never scrolls sideways; a wide table scrolls in its own box."""
    browser_phone.goto(server + path)
    browser_phone.wait_for_selector("main")
    overflow = browser_phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{path} is {overflow}px wider than the screen"
    name = path.strip("/").replace("/", "_").replace("?", "_").replace("=", "_") or "home"
    browser_phone.screenshot(path=str(SHOTS / f"phone_{name}.png"), full_page=True)


@pytest.mark.parametrize("path", ["/projects", "/regions/430300"])
def test_projects_tables_stay_readable_on_a_phone(server, browser_phone, path):
    """On a 390-pixel screen the projects' table scrolls in its box rather than squeezing its
    columns to a character or two a line, and neither a header nor a menu item is broken
    inside a word; each filter of the form keeps its name beside its field."""
    browser_phone.goto(server + path)
    browser_phone.wait_for_selector("table.projects")
    one_line = """els => els.filter(e => { const r = e.getBoundingClientRect(), line = parseFloat(getComputedStyle(e).lineHeight) || 1.3 * parseFloat(getComputedStyle(e).fontSize);
        return r.height > 1.6 * line + 12 }).map(e => e.textContent.trim())"""
    assert browser_phone.locator("table.projects th").evaluate_all(one_line) == []
    assert browser_phone.locator("header nav a").evaluate_all(one_line) == []
    name_width = browser_phone.locator("table.projects tbody tr td:first-child").first.evaluate("e => e.getBoundingClientRect().width")
    assert name_width >= 100
    if path == "/projects":
        assert browser_phone.locator("form.filters label").evaluate_all(one_line) == []


def test_a_page_load_asks_for_nothing_the_server_lacks(server, browser):
    """Every request a page makes, its icon among them, is answered: no 404 on each load."""
    fresh = browser.new_page()
    failed: list[str] = []
    fresh.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    fresh.goto(server + "/regions")
    fresh.wait_for_load_state("networkidle")
    icon = fresh.evaluate("() => fetch(new URL(document.querySelector('link[rel=icon]').href)).then(r => r.status)")
    fresh.close()
    assert failed == [] and icon == 200


@pytest.mark.parametrize("width", [1280, 760])
def test_projects_amounts_stay_on_one_line_and_the_amount_fields_fit_a_figure(server, browser, width):
    """An amount is never broken inside (540.71亿 / 元) however the columns are squeezed; the
    least and most amount fields are as wide as a figure, not a third of the form."""
    narrow = browser.new_page(viewport={"width": width, "height": 900})
    try:
        for path in ("/projects", "/regions/430300"):
            narrow.goto(server + path)
            narrow.wait_for_selector("table.projects td.num")
            broken = narrow.locator("table.projects td.num").evaluate_all("""tds => tds.filter(td => td.firstChild && td.firstChild.nodeType === 3)
                .filter(td => { const r = document.createRange(); r.selectNodeContents(td.firstChild);
                                return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1 }).map(td => td.textContent.trim())""")
            assert broken == [], f"{path}: {broken}"
        narrow.goto(server + "/projects")
        for name in ("min_amount", "max_amount"):
            assert narrow.locator(f"form.filters input[name={name}]").evaluate("e => e.getBoundingClientRect().width") <= 110
        one_line = """els => els.filter(e => { const r = e.getClientRects(); return new Set([...r].map(x => Math.round(x.top))).size > 1 }).map(e => e.textContent.trim().slice(0, 8))"""
        assert narrow.locator("form.filters label").evaluate_all(one_line) == []  # no filter's name split across two lines
        narrow.screenshot(path=str(SHOTS / f"projects_{width}.png"), full_page=False)
    finally:
        narrow.close()
