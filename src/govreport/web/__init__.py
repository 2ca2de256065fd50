"""The web app: a REST API (OpenAPI at /openapi.json) and pages, thin over the library.

``create_app(settings)`` builds a FastAPI app on one store. Every list in the API takes
filters and pagination and answers CSV with ``?format=csv``; every page is rendered by
Jinja2 with autoescape, and text from documents is escaped wherever it appears. No value
from a request names a file: static files come from the package, the chart library from
the one path set at start-up, uploads go to fresh temporary files.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..export import flatten
from ..extract.catalog import default_catalog
from ..store import Store, open_store

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class WebSettings:
    db: str = "govreport.db"
    upload_token: str | None = None  # uploads are off unless a token is set
    max_upload_bytes: int = 20 * 1024 * 1024
    chartjs: str | None = None  # path of chart.umd.js; found in node_modules when unset


def app_from_environment() -> FastAPI:
    """The app of one worker process of `govreport serve --workers N`, built from the settings
    the command put in the environment (GOVREPORT_WEB_SETTINGS, JSON)."""
    return create_app(WebSettings(**json.loads(os.environ["GOVREPORT_WEB_SETTINGS"])))


def find_chartjs() -> Path | None:
    """chart.js as installed from the npm registry by scripts/setup.sh (node_modules)."""
    for folder in [HERE, *HERE.parents]:
        candidate = folder / "node_modules" / "chart.js" / "dist" / "chart.umd.js"
        if candidate.is_file():
            return candidate
    return None


def create_app(settings: WebSettings = WebSettings(), store: Store | None = None) -> FastAPI:
    app = FastAPI(
        title="govreport",
        description="Facts from Chinese government work reports and investment news: documents, facts, search, tracker, versions, glossary.",
        version="0.1.0",
        docs_url=None,  # the hosted Swagger page loads scripts from a CDN; /openapi.json is the description
        redoc_url=None,
    )
    app.state.store = store or open_store(settings.db)
    app.state.settings = settings
    chartjs = Path(settings.chartjs) if settings.chartjs else find_chartjs()
    app.state.chartjs = chartjs if chartjs and chartjs.is_file() else None
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    catalog = default_catalog()
    app.state.templates.env.globals["indicator_name"] = lambda i: (catalog.get(i).name if catalog.get(i) else i)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from .api import router as api_router
    from .pages import router as page_router

    app.include_router(api_router)
    app.include_router(page_router)

    @app.get("/assets/chart.js", include_in_schema=False)
    def chart_library() -> Response:
        if app.state.chartjs is None:
            raise HTTPException(404, "chart.js is not installed: run scripts/setup.sh (npm install)")
        return Response(app.state.chartjs.read_bytes(), media_type="text/javascript")

    @app.exception_handler(ValueError)
    def bad_value(_request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    return app


def listing(rows: list[dict], fmt: str, name: str, total_key: str = "items", **extra) -> Response | dict:
    """One list of rows as JSON (the default) or as a CSV download."""
    if fmt == "csv":
        flat = flatten(rows)
        columns = list(dict.fromkeys(k for row in flat for k in row))
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows(flat)
        return Response(
            "\ufeff" + buffer.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    return {total_key: rows, **extra}
