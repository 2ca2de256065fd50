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
import re
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError
from ..export import flatten
from ..extract.catalog import default_catalog
from ..store import Store, open_store
from .i18n import doc_label, figure_text, reason_text, rule_text, warning_text
from .middleware import HeadAsGet, SecurityHeaders
from .uploads import UploadPool

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class WebSettings:
    db: str = "govreport.db"
    upload_token: str | None = None  # uploads are off unless a token is set
    max_upload_bytes: int = 20 * 1024 * 1024
    chartjs: str | None = None  # path of chart.umd.js; found in node_modules when unset
    upload_workers: int = 1  # processes that ingest uploads, each upload in one (see web/uploads.py)
    upload_queue: int = 4  # uploads that may wait for a worker; one more is answered 503
    search_index: str | None = None  # a PostgreSQL database's search index folder, or "off" (see store.open_store)

    def __post_init__(self) -> None:
        if self.upload_workers < 1 or self.upload_queue < 0:
            raise ConfigError(f"upload_workers must be 1 or more and upload_queue 0 or more, not {self.upload_workers} and {self.upload_queue}")


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


class _App(FastAPI):
    """FastAPI inside the wrappers of web.middleware. They go around the whole stack, not in
    it with add_middleware, because FastAPI answers an unhandled error (a 500) from its
    outermost layer, which add_middleware puts nothing around."""

    def build_middleware_stack(self):
        return HeadAsGet(SecurityHeaders(super().build_middleware_stack()))


def create_app(settings: WebSettings = WebSettings(), store: Store | None = None) -> FastAPI:
    app = _App(
        title="govreport",
        description="Facts from Chinese government work reports and investment news: documents, facts, search, tracker, versions, glossary.",
        version="0.1.0",
        docs_url=None,  # the hosted Swagger page loads scripts from a CDN; /openapi.json is the description
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = store or open_store(settings.db, search_index=settings.search_index)
    if app.state.store.index is not None:
        app.state.store.index.background = True  # a search that finds the index far behind answers from SQL while a thread catches it up
    # the workers open the database the app reads, by its URL (the store itself stays here)
    db_url = app.state.store.engine.url.render_as_string(hide_password=False)
    app.state.uploads = UploadPool(db_url, settings.upload_workers, settings.upload_queue, settings.search_index)
    app.state.settings = settings
    chartjs = Path(settings.chartjs) if settings.chartjs else find_chartjs()
    app.state.chartjs = chartjs if chartjs and chartjs.is_file() else None
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    catalog = default_catalog()
    app.state.templates.env.globals["indicator_name"] = lambda i: (catalog.get(i).name if catalog.get(i) else i)
    app.state.templates.env.globals["rule_text"] = rule_text
    app.state.templates.env.globals["doc_label"] = doc_label
    app.state.templates.env.globals["warning_text"] = warning_text
    app.state.templates.env.globals["reason_text"] = reason_text
    app.state.templates.env.globals["figure_text"] = figure_text
    app.state.templates.env.globals["lang_link"] = lang_link
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

    icon = (HERE / "static" / "favicon.svg").read_bytes()  # read once, not on every request

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        # the pages name their icon (/static/favicon.svg); this is for what asks the old path anyway
        return Response(icon, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    @app.exception_handler(ValueError)
    def bad_value(request: Request, exc: ValueError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, exc.detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        # the field is the loc's second part (query, stage): a field that may be one of two
        # types (a stage or "") adds the type it failed (literal['planned', …]) after it
        fields = ", ".join(dict.fromkeys(str(e["loc"][1] if len(e["loc"]) > 1 else e["loc"][-1]) for e in exc.errors()))
        return _error(request, 422, f"{fields}: {exc.errors()[0]['msg']}")

    return app


def lang_link(request: Request, lang: str) -> str:
    """The page itself in the other language: the same path and query (its filters, page and
    sort; an empty field of a form is left out), only ?lang= changed."""
    from urllib.parse import urlencode

    return "?" + urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "lang" and v != ""] + [("lang", lang)])


@asynccontextmanager
async def _lifespan(app: FastAPI):
    """The upload workers end with the server."""
    yield
    app.state.uploads.close()


def _wants_json(request: Request) -> bool:
    """The API, its description and the files answer errors in JSON; a page answers in HTML."""
    return request.url.path.startswith(("/api/", "/openapi", "/assets/", "/static/"))


# the page errors raise as "no region '…'": the noun tells which words to show
_NOT_FOUND = re.compile(r"^no (?P<what>region|document|project|indicator|targets)\b\s*(?P<rest>.*)$")


def _error(request: Request, status: int, detail, headers: dict | None = None) -> Response:
    """An error as JSON for the API, as a page in the reader's language for a browser, with
    the way back."""
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    from .i18n import translator

    lang = request.query_params.get("lang") or request.cookies.get("lang") or "zh"
    lang = "en" if lang == "en" else "zh"
    t = translator(lang)
    heading = t(f"error_{status}") if t(f"error_{status}") != f"error_{status}" else t("error_other")
    found = _NOT_FOUND.match(str(detail or ""))
    if status == 404 and found:
        text = f"{t('no_' + found.group('what'))} {found.group('rest')}".strip()
    elif status == 404:
        text = f"{t('no_page')}: {request.url.path}"
    else:
        text = str(detail or "")
    back = [("/", t("back_home"))]
    section = request.url.path.strip("/").split("/")[0]
    if section in ("regions", "projects", "tracker", "indicators", "glossary"):
        back.append((f"/{section}", t(section if section != "indicators" else "indicators")))
    back.append(("/search", t("back_search")))
    response = request.app.state.templates.TemplateResponse(
        request, "error.html", {"t": t, "lang": lang, "upload_on": bool(request.app.state.settings.upload_token), "heading": heading,
                                "detail": text, "back": back},
        status_code=status, headers=headers,
    )
    return response


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
