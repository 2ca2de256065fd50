"""The HTML pages: search, document, regions, indicator chart, report card, tracker,
glossary, upload. Each page asks the library for its data and hands it to a template."""

from __future__ import annotations

import hmac
import re
from collections import defaultdict
from dataclasses import replace
from typing import Literal
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse

from ..config import Config
from ..doctype import DOC_TYPES
from ..extract.catalog import default_catalog
from ..extract.projects import industries as industry_taxonomy
from ..extract.projects import industry_name
from ..store import PROJECT_SORTS, TERM_SORTS, Filters, ProjectFilters
from .api import AboutPoints, AboutShare, AmountKind, Stage, project_filters
from ..track import STATUSES, TRACKER_SORTS, Tolerance, track, track_page
from ..versions import version_groups
from .i18n import translator
from .render import SHOWN_REPAIRS, highlighted, original_view, repairs_diff
from .uploads import Busy

router = APIRouter(include_in_schema=False)
Level = Literal["national", "province", "city", "county", "town"]
DocType = Literal["government_work_report", "news", "resolution", "cppcc_report", "statistical_bulletin", "speech", "template", "other"]  # doctype.DOC_TYPES
UPLOAD_TYPES = {".txt", ".html", ".htm", ".pdf", ".docx", ".jsonl", ".csv"}


PAGE_SIZE = 50
CSV_ROWS = 1000  # the most rows one CSV of the API holds (api.Limit)
Page = Query(1, ge=1, le=100_000)


def _paged(items: list, page: int, size: int = PAGE_SIZE) -> dict:
    """One page of a long list, with the count and the number of pages the pager shows."""
    pages = max(1, -(-len(items) // size))
    page = min(page, pages)  # a page past the last shows the last
    return {"items": items[(page - 1) * size : page * size], "total": len(items), "page": page, "pages": pages}


def _lang(request: Request) -> str:
    """The reader's language: ?lang= first, then the cookie a page set, else Chinese."""
    return "en" if (request.query_params.get("lang") or request.cookies.get("lang")) == "en" else "zh"


def _page(request: Request, template: str, lang: str | None = None, **context) -> HTMLResponse:
    lang = "en" if (lang or _lang(request)) == "en" else "zh"
    response = request.app.state.templates.TemplateResponse(
        request, template, {"t": translator(lang), "lang": lang, "upload_on": bool(request.app.state.settings.upload_token), "doc_types": DOC_TYPES, **context}
    )
    if request.query_params.get("lang") in ("en", "zh"):
        response.set_cookie("lang", lang, samesite="lax")
    return response


def _store(request: Request):
    return request.app.state.store


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return _page(request, "home.html", stats=_store(request).stats(), regions=_store(request).regions()[:50])


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, q: str = Query("", max_length=200), region: str | None = Query(None, max_length=40), level: Level | None = None,
    year: int | None = Query(None, ge=1949, le=2100), type: DocType | None = None, page: int = Query(1, ge=1, le=1000),
    sort: Literal["relevance", "date"] = "relevance",
):
    filters = Filters(region=region or None, level=level, year=year, doc_type=type)
    store, size = _store(request), 20
    hits = store.search(q, filters, limit=size, offset=(page - 1) * size, sort=sort) if q.strip() else []
    total = store.search_total(q, filters) if q.strip() else 0
    return _page(request, "search.html", q=q, hits=hits, filters=filters, page=page, total=total, pages=max(1, -(-total // size)), sort=sort,
                 sorts=("relevance", "date"))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, view: Literal["clean", "diff", "original"] = "clean"):
    store = _store(request)
    doc = store.document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    # the document's own version group only, by its id (reading every group is slow at scale)
    groups = [g for g in version_groups(store, doc["version_group"]) if any(d["id"] == doc_id for d in g["documents"])] if doc.get("version_group") else []
    if view == "diff":
        body = repairs_diff(doc["text"], doc["repairs"])
    elif view == "original":
        body = original_view(doc["original"], doc["facts"], translator(_lang(request)))
    else:
        body = highlighted(doc["text"], doc["facts"], translator(_lang(request)))
    counts: dict[str, int] = defaultdict(int)
    for repair in doc["repairs"]:
        counts[repair["kind"]] += 1
    shown = [r for r in doc["repairs"] if r["kind"] in SHOWN_REPAIRS]
    return _page(
        request, "document.html", doc=doc, body=body, view=view, group=groups[0] if groups else None,
        repair_counts=dict(counts), shown_repairs=shown[:200],
    )


@router.get("/regions", response_class=HTMLResponse)
def regions_page(request: Request, page: int = Page, sort: Literal["name", "documents", "recent"] = "name"):
    regions = _store(request).regions()
    if sort == "documents":
        regions.sort(key=lambda r: -(r.get("documents") or 0))
    elif sort == "recent":
        regions.sort(key=lambda r: -(r.get("last_year") or 0))
    paged = _paged(regions, page)
    return _page(request, "regions.html", regions=paged["items"], sort=sort, sorts=("name", "documents", "recent"), **_pager(paged))


REGION_PROJECTS = 200  # the projects a region's page lists; it says how many there are and links to the rest


@router.get("/regions/{place_id}", response_class=HTMLResponse)
def region_page(request: Request, place_id: str):
    store = _store(request)
    # the place's own documents, found by the index on place ids (a code or a name of another
    # form is looked for the slow way only if that finds nothing)
    place = Filters(places=(place_id,))
    docs = store.documents(place, limit=500)
    if not docs:
        place = Filters(region=place_id)
        docs = store.documents(place, limit=500)
    if not docs:
        raise HTTPException(404, f"no region {place_id!r}")
    pairs = [p for p in track(store, place) if p.place_id == place_id]
    headline = defaultdict(dict)  # indicator -> year -> {target, outcome}
    for pair in pairs:
        if pair.indicator != "livelihood":
            headline[pair.indicator][pair.period] = pair
    years = sorted({y for series in headline.values() for y in series if y})
    projects, projects_total = store.projects(ProjectFilters(region=place_id), limit=REGION_PROJECTS)
    # a city's or province's page lists its counties' projects too: each says which place it is in
    inner = any(p["place_id"] != place_id for p in projects)
    livelihood = store.facts(replace(place, kind="livelihood"), limit=100_000)
    return _page(request, "region.html", place_id=place_id, docs=docs, name=docs[-1]["region_name"], headline=dict(sorted(headline.items())),
                 years=years, projects=projects, projects_total=projects_total, inner=inner, livelihood=livelihood, catalog=default_catalog(), industry_name=industry_name)


@router.get("/indicators/{indicator_id}", response_class=HTMLResponse)
def indicator_page(request: Request, indicator_id: str, region: list[str] = Query(default=[], max_length=10), top: int = Query(8, ge=1, le=50)):
    """One indicator over the years: each place's targets (dashed) and outcomes on a real year
    axis (a gap of years stays a gap), the unit on the axis, each place under the names it had
    (望城县 until 2011, then 望城区), the places with the most years shown unless the reader picks."""
    catalog = default_catalog()
    indicator = catalog.get(indicator_id)
    if indicator is None:
        raise HTTPException(404, f"no indicator {indicator_id!r} in the catalog")
    store = _store(request)
    # the chart's figures are the same until a document arrives: computed once for each choice
    chosen, years, span, unit, places = store.remembered(("indicator_chart", indicator_id, tuple(region), top), lambda: _chart(store, indicator_id, region, top))
    return _page(request, "indicator.html", indicator=indicator, series=chosen, years=years, span=span, unit=unit, shown=len(chosen), places=places,
                 chart=request.app.state.chartjs is not None, all_regions=store.regions(), chosen=region, indicators=list(catalog.indicators.values()))


def _chart(store, indicator_id: str, region: list[str], top: int) -> tuple:
    """One indicator's series for a chart: the chosen places (or those with the most years),
    their targets and outcomes by year, the year span, the unit and how many places there are."""
    pairs = [p for p in track(store, Filters(indicator=indicator_id)) if not region or p.place_id in region]
    # the places with the most years of targets and outcomes, counted before any figure is read
    years_of = store.indicator_years(indicator_id)
    for pair in pairs:
        if pair.period and pair.target.get("value") is not None:
            years_of.setdefault(pair.place_id, set()).add(pair.period)
    ranked = sorted((p for p in years_of if not region or p in region), key=lambda p: (-len(years_of[p]), p))
    places = len(ranked)
    wanted = tuple(ranked if region else ranked[:top])
    pairs = [p for p in pairs if p.place_id in wanted]
    actuals = store.indicator_values(indicator_id, places=wanted)
    series: dict[str, dict] = {}
    units: dict[str, int] = defaultdict(int)

    def entry(place_id, name, year) -> dict:
        found = series.setdefault(place_id or "-", {"target": {}, "actual": {}, "names": {}})
        if name and year:
            found["names"][year] = name
        return found

    for pair in pairs:
        if pair.period and pair.target.get("value") is not None:
            entry(pair.place_id, pair.target.get("region_name") or pair.region, pair.period)["target"][pair.period] = pair.target["value"]
            units[pair.target.get("unit") or ""] += 1
    for fact in actuals:
        if (not region or fact["place_id"] in region) and fact.get("period") and fact.get("value") is not None:
            entry(fact["place_id"], fact.get("region_name"), fact["period"])["actual"].setdefault(fact["period"], fact["value"])
            units[fact.get("unit") or ""] += 1
    for s in series.values():
        s["name"] = _names_over_years(s.pop("names"))
        s["years"] = len(set(s["target"]) | set(s["actual"]))
    chosen = dict(sorted(series.items(), key=lambda kv: (-kv[1]["years"], kv[1]["name"])))
    years = sorted({y for s in chosen.values() for part in ("target", "actual") for y in s[part]})
    span = list(range(years[0], years[-1] + 1)) if years else []
    unit = max(units, key=units.get) if units else ""
    return chosen, years, span, unit, places


def _names_over_years(names: dict[int, str]) -> str:
    """A place under each name it had, in order: 长沙市望城县（–2011）→ 长沙市望城区（2012–）."""
    runs: list[list] = []
    for year in sorted(names):
        if runs and runs[-1][0] == names[year]:
            runs[-1][2] = year
        else:
            runs.append([names[year], year, year])
    if len(runs) <= 1:
        return runs[0][0] if runs else "-"
    return " → ".join(f"{name}（{first}–{last}）" for name, first, last in runs)


@router.get("/indicators", response_class=HTMLResponse)
def indicators_page(request: Request):
    """Every indicator of the catalog, with how many figures the database holds of each."""
    counts = _store(request).indicator_counts()
    return _page(request, "indicators.html", indicators=list(default_catalog().indicators.values()), counts=counts)


@router.get("/projects", response_class=HTMLResponse)
def projects_page(
    request: Request, region: str | None = Query(None, max_length=40), industry: str | None = Query(None, max_length=8, pattern=r"^([A-T](\d{2})?)?$"),
    stage: Stage | Literal[""] | None = None, year: str | None = Query(None, max_length=4, pattern=r"^(\d{4})?$"),
    min_amount: str | None = Query(None, max_length=20, pattern=r"^(\d+(\.\d+)?)?$"), max_amount: str | None = Query(None, max_length=20, pattern=r"^(\d+(\.\d+)?)?$"),
    amount_kind: AmountKind | Literal[""] | None = None, sort: Literal[PROJECT_SORTS] = "-amount",
    by: Literal["region", "industry", "year"] = "year", page: int = Query(1, ge=1, le=100_000),
):
    # the form sends empty fields for "any": they are no filter
    form = {"region": region or "", "industry": industry or "", "stage": stage or "", "year": year or "", "min_amount": min_amount or "",
            "max_amount": max_amount or "", "amount_kind": amount_kind or "", "sort": sort}
    year = int(year) if year else None
    min_amount = float(min_amount) if min_amount else None
    max_amount = float(max_amount) if max_amount else None
    store = _store(request)
    # a range no amount fits, or a region the database has no place of, is said as such
    # beside the form, not shown as an empty list the reader must guess the cause of
    notice = "min_over_max" if min_amount is not None and max_amount is not None and min_amount > max_amount else None
    filters = project_filters(region, industry, stage, year, min_amount, None if notice else max_amount, amount_kind)
    rows, total = store.projects(filters, sort=sort, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE) if not notice else ([], 0)
    pages = max(1, -(-total // PAGE_SIZE))
    if page > pages:
        # a page past the last shows the last, as the tracker and the glossary do
        page = pages
        rows, total = store.projects(filters, sort=sort, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE) if not notice else ([], 0)
    if not total and region and not notice and not store.knows_region(region):
        notice = "unknown_region"
    totals = store.project_totals(filters, by=by) if not notice else []
    peak = max((t["base_amount"] for t in totals), default=0) or 1
    # the links of the page keep the filters the reader chose and send none of the empty ones
    # (the API takes an empty stage or year for a wrong one)
    chosen = {k: v for k, v in form.items() if v != ""}

    def link(**changes) -> str:
        return "?" + urlencode({**chosen, "by": by, **({"page": page} if page > 1 else {}), **changes})

    return _page(
        request, "projects.html", rows=rows, total=total, totals=totals, peak=peak, by=by, page=page, pages=pages,
        batches=store.batches(filters, limit=20) if not notice else [], form=form, notice=notice, link=link, csv_limit=CSV_ROWS,
        csv_link="/api/projects?" + urlencode({**chosen, "format": "csv", "limit": CSV_ROWS}),
        taxonomy=industry_taxonomy(), industry_name=industry_name, sorts=PROJECT_SORTS,
    )


@router.get("/projects/{project_id}", response_class=HTMLResponse)
def project_page(request: Request, project_id: str):
    project = _store(request).project(project_id)
    if project is None:
        raise HTTPException(404, f"no project {project_id!r}")
    for mention in project["timeline"]:
        # the sentence with the fact's own words marked, and the project's name where the
        # sentence tells it: a fact's words may be its amount alone (其中，精密结构件项目投资4.2亿元，
        # 智能仓储物流中心项目投资5.4亿元), and a sentence may list several projects
        a, b = mention["start"] - mention["evidence_start"], mention["end"] - mention["evidence_start"]
        mention["parts"] = _marked(mention["evidence"], a, b, [mention.get("name"), project.get("name")])
    return _page(request, "project.html", project=project, industry_name=industry_name)


def _marked(sentence: str, a: int, b: int, names: list[str | None]) -> list[tuple[str, bool]]:
    """``sentence`` cut into (text, marked) parts: ``sentence[a:b]`` marked, and the first of
    ``names`` the sentence holds, at its place nearest to that span, unless the span holds it."""
    spans = [(a, b)]
    for name in names:
        if not name or name not in sentence:
            continue
        if name not in sentence[a:b]:
            starts = [m.start() for m in re.finditer(re.escape(name), sentence)]
            start = min(starts, key=lambda s: min(abs(s - b), abs(s + len(name) - a)))
            spans.append((start, start + len(name)))
        break
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, at = [], 0
    for start, end in merged:
        parts += [(sentence[at:start], False), (sentence[start:end], True)]
        at = end
    return [p for p in parts + [(sentence[at:], False)] if p[0]]


@router.get("/report-card/{place_id}/{year}", response_class=HTMLResponse)
def report_card(request: Request, place_id: str, year: int, about_points: float = AboutPoints, about_share: float = AboutShare):
    if not 1949 <= year <= 2100:
        raise HTTPException(400, "year must be between 1949 and 2100")
    tolerance = Tolerance(about_points, about_share / 100)
    pairs = [p for p in track(_store(request), Filters(region=place_id, year=year), tolerance=tolerance) if p.place_id == place_id]
    if not pairs:
        raise HTTPException(404, f"no targets for {place_id!r} in {year}")
    return _page(request, "report_card.html", pairs=pairs, year=year, name=pairs[0].region, place_id=place_id, tolerance=tolerance)


@router.get("/tracker", response_class=HTMLResponse)
def tracker_page(
    request: Request, region: str | None = Query(None, max_length=40), indicator: str | None = Query(None, max_length=64),
    year: int | None = Query(None, ge=1949, le=2100), status: Literal[STATUSES] | None = None,
    about_points: float = AboutPoints, about_share: float = AboutShare, page: int = Page,
    sort: Literal[TRACKER_SORTS] = "region",
):
    tolerance = Tolerance(about_points, about_share / 100)
    filters = Filters(region=region or None, indicator=indicator or None, year=year)
    # the database filters, judges, sorts and pages: a page costs the same at any corpus size
    pairs, total = track_page(_store(request), filters, status or None, tolerance, sort, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    if page > pages:
        pairs, _total = track_page(_store(request), filters, status or None, tolerance, sort, PAGE_SIZE, (pages - 1) * PAGE_SIZE)
    paged = {"items": pairs, "total": total, "page": min(page, pages), "pages": pages}
    return _page(request, "tracker.html", pairs=paged["items"], region=region or "", indicator=indicator or "", year=year, status=status or "",
                 statuses=STATUSES, catalog=default_catalog(), tolerance=tolerance, sort=sort, sorts=TRACKER_SORTS, **_pager(paged))


@router.get("/glossary", response_class=HTMLResponse)
def glossary_page(request: Request, q: str = Query("", max_length=100), page: int = Page, sort: Literal[TERM_SORTS] = "term"):
    store = _store(request)
    terms, total = store.terms(q=q or None, sort=sort, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    if page > pages:
        page = pages
        terms, total = store.terms(q=q or None, sort=sort, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return _page(request, "glossary.html", terms=terms, q=q, sort=sort, sorts=TERM_SORTS, total=total, page=page, pages=pages)


def _pager(paged: dict) -> dict:
    return {"total": paged["total"], "page": paged["page"], "pages": paged["pages"]}


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request):
    return _page(request, "upload.html", report=None)


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, token: str = Form(..., max_length=200), file: UploadFile = File(...)):
    settings = request.app.state.settings
    if not settings.upload_token:
        raise HTTPException(403, "uploads are off; start the server with --upload-token")
    if not hmac.compare_digest(token.encode(), settings.upload_token.encode()):
        raise HTTPException(403, "wrong upload token")
    name = re.sub(r"[^\w.\-\u4e00-\u9fff]", "_", (file.filename or "upload").rsplit("/", 1)[-1].rsplit("\\", 1)[-1])[:120]
    suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    if suffix not in UPLOAD_TYPES:
        raise HTTPException(415, f"file type {suffix or '(none)'} is not accepted; send one of {', '.join(sorted(UPLOAD_TYPES))}")
    data = await file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise HTTPException(413, f"the file is over the upload limit of {settings.max_upload_bytes:,} bytes")
    # a worker process ingests it; this request waits for the report, the others go on
    try:
        report = await request.app.state.uploads.ingest(f"upload:{name}", data, Config(max_bytes=settings.max_upload_bytes))
    except Busy as busy:
        raise HTTPException(503, str(busy), headers={"Retry-After": str(busy.retry_after)}) from None
    status = 400 if report.errors else 200
    response = _page(request, "upload.html", report=report)
    response.status_code = status
    return response
