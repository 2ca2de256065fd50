"""The REST API under /api: every list filtered, paginated, and downloadable as CSV."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Query, Request

from ..extract.catalog import default_catalog
from ..project_link import flat
from ..store import PROJECT_SORTS, Filters, ProjectFilters
from ..track import STATUSES, Tolerance, track_page, track_summary
from ..versions import version_groups_page
from . import listing

router = APIRouter(prefix="/api", tags=["api"])

Level = Literal["national", "province", "city", "county", "town"]
DocType = Literal["government_work_report", "news", "resolution", "cppcc_report", "statistical_bulletin", "speech", "template", "other"]  # doctype.DOC_TYPES
Kind = Literal["metric", "term", "livelihood", "project"]
Stance = Literal["target", "actual"]
Format = Literal["json", "csv"]
# the tolerance of a target told with 左右 (track.Tolerance): points for a rate, percent of the target otherwise
AboutPoints = Query(0.5, ge=0, le=100, description="左右: percentage points an outcome may fall short of a rate target")
AboutShare = Query(5.0, ge=0, le=100, description="左右: percent of the target any other figure may fall short")
Limit = Query(100, ge=1, le=1000, description="page size")
Offset = Query(0, ge=0, le=10_000_000)


def _store(request: Request):
    return request.app.state.store


@router.get("/documents", summary="Documents, filtered")
def documents(
    request: Request, region: str | None = None, level: Level | None = None, year: int | None = Query(None, ge=1949, le=2100),
    type: DocType | None = None, limit: int = Limit, offset: int = Offset, format: Format = "json",
):
    rows = _store(request).documents(Filters(region=region, level=level, year=year, doc_type=type), limit=limit, offset=offset)
    return listing(rows, format, "documents", "documents", limit=limit, offset=offset)


@router.get("/documents/{doc_id}", summary="One document: text, sections, facts")
def document(request: Request, doc_id: str):
    doc = _store(request).document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return doc


@router.get("/facts", summary="Facts, filtered")
def facts(
    request: Request, region: str | None = None, level: Level | None = None, year: int | None = Query(None, ge=1949, le=2100),
    type: DocType | None = None, indicator: str | None = None, stance: Stance | None = None, kind: Kind | None = None,
    limit: int = Limit, offset: int = Offset, format: Format = "json",
):
    rows = _store(request).facts(Filters(region=region, level=level, year=year, doc_type=type, indicator=indicator, stance=stance, kind=kind), limit=limit, offset=offset)
    return listing(rows, format, "facts", "facts", limit=limit, offset=offset)


@router.get("/search", summary="Full-text search with highlighted snippets")
def search(
    request: Request, q: str = Query(..., min_length=1, max_length=200), region: str | None = None, level: Level | None = None,
    year: int | None = Query(None, ge=1949, le=2100), type: DocType | None = None, indicator: str | None = None,
    target: Literal["documents", "facts"] = "documents", limit: int = Query(20, ge=1, le=200), offset: int = Offset, format: Format = "json",
    sort: Literal["relevance", "date"] = "relevance",
):
    store, filters = _store(request), Filters(region=region, level=level, year=year, doc_type=type, indicator=indicator)
    hits = store.search(q, filters, limit=limit, offset=offset, target=target, sort=sort)
    if format == "csv":
        return listing(hits, format, "search", "hits")
    return {"hits": hits, "query": q, "total": store.search_total(q, filters, target=target), "limit": limit, "offset": offset, "sort": sort}


@router.get("/regions", summary="Places in the database")
def regions(request: Request, format: Format = "json"):
    return listing(_store(request).regions(), format, "regions", "regions")


@router.get("/indicators", summary="The indicator catalog")
def indicators(format: Format = "json"):
    rows = [{"id": i.id, "name": i.name, "measure": i.measure, "direction": i.direction, "synonyms": list(i.synonyms)} for i in default_catalog().indicators.values()]
    return listing(rows, format, "indicators", "indicators")


@router.get("/tracker", summary="Targets beside outcomes")
def tracker(
    request: Request, region: str | None = None, level: Level | None = None, year: int | None = Query(None, ge=1949, le=2100),
    indicator: str | None = None, status: Literal[STATUSES] | None = None, summary: Literal["region", "indicator"] | None = None,
    limit: int = Query(1000, ge=1, le=100_000), offset: int = Offset, format: Format = "json",
    about_points: float = AboutPoints, about_share: float = AboutShare,
):
    filters, tolerance = Filters(region=region, level=level, year=year, indicator=indicator), Tolerance(about_points, about_share / 100)
    if summary:
        return {"summary": track_summary(_store(request), filters, summary, tolerance)}
    pairs, total = track_page(_store(request), filters, status, tolerance, limit=limit, offset=offset)
    rows = [p.to_row() if format == "csv" else p.to_json() for p in pairs]
    return listing(rows, format, "tracker", "pairs", total=total)


@router.get("/versions", summary="Version groups and their conflicts")
def versions(request: Request, limit: int = Query(100, ge=1, le=10_000), offset: int = Offset):
    groups, total = version_groups_page(_store(request), limit, offset)
    return {"total": total, "groups": groups}


@router.get("/terms", summary="Glossary terms")
def terms(request: Request, q: str | None = Query(None, max_length=100), region: str | None = None, limit: int = Limit, offset: int = Offset, format: Format = "json"):
    rows, total = _store(request).terms(Filters(region=region), q=q or None, limit=limit, offset=offset)
    slim = [{"term": r.get("term"), "definition": r.get("definition"), "page": r.get("page"), "region": r.get("region_name"), "document": r["document"]} for r in rows]
    return listing(slim, format, "terms", "terms", total=total)


@router.get("/stats", summary="What the database holds")
def stats(request: Request):
    return _store(request).stats()


Stage = Literal["planned", "signed", "started", "completed", "in_production"]
AmountKind = Literal["total_investment", "completed_investment", "contract_capital", "paid_in_capital"]


def project_filters(region, industry, stage, year, min_amount, max_amount, amount_kind) -> ProjectFilters:
    """Amounts are asked in 亿元 and kept in yuan."""
    if min_amount is not None and max_amount is not None and min_amount > max_amount:
        raise HTTPException(422, f"min_amount {min_amount:g} is more than max_amount {max_amount:g}: no project can match")
    return ProjectFilters(
        region=region or None, industry=industry or None, stage=stage or None, year=year, amount_kind=amount_kind or None,
        min_amount=min_amount * 1e8 if min_amount is not None else None, max_amount=max_amount * 1e8 if max_amount is not None else None,
    )


@router.get("/projects", summary="Investment projects, linked across documents, filtered and sorted")
def projects(
    request: Request, region: str | None = Query(None, max_length=40), industry: str | None = Query(None, max_length=8, pattern=r"^[A-T](\d{2})?$"),
    stage: Stage | None = None, year: int | None = Query(None, ge=1949, le=2100), min_amount: float | None = Query(None, ge=0, description="亿元"),
    max_amount: float | None = Query(None, ge=0, description="亿元"), amount_kind: AmountKind | None = None,
    sort: Literal[PROJECT_SORTS] = "-amount", limit: int = Limit, offset: int = Offset, format: Format = "json",
):
    filters = project_filters(region, industry, stage, year, min_amount, max_amount, amount_kind)
    rows, total = _store(request).projects(filters, sort=sort, limit=limit, offset=offset)
    if not total and region and not _store(request).knows_region(region):
        raise HTTPException(422, f"region: no place in the database matches {region!r} (/api/regions lists them)")
    if format == "csv":
        return listing([flat(r) for r in rows], format, "projects", "projects")
    return {"total": total, "limit": limit, "offset": offset, "projects": rows}


@router.get("/projects/totals", summary="Project counts and investment by region, industry or year")
def project_totals(
    request: Request, by: Literal["region", "industry", "year"] = "region", region: str | None = Query(None, max_length=40),
    industry: str | None = Query(None, max_length=8, pattern=r"^[A-T](\d{2})?$"), stage: Stage | None = None,
    year: int | None = Query(None, ge=1949, le=2100), min_amount: float | None = Query(None, ge=0, description="亿元"),
    max_amount: float | None = Query(None, ge=0, description="亿元"), amount_kind: AmountKind | None = None, format: Format = "json",
):
    # the filters of /api/projects, the amount range too: the page's totals take it
    rows = _store(request).project_totals(project_filters(region, industry, stage, year, min_amount, max_amount, amount_kind), by=by)
    return listing(rows, format, f"project_totals_by_{by}", "totals", by=by)


@router.get("/projects/{project_id}", summary="One project with every mention, oldest first")
def project(request: Request, project_id: str):
    found = _store(request).project(project_id)
    if found is None:
        raise HTTPException(404, f"no project {project_id!r}")
    return found
