"""The ``govreport`` command: a thin layer over the library (no pipeline logic here)."""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .config import SETTINGS, Config
from .doctype import DOC_TYPES
from .errors import ConfigError
from .model import Document
from .pipeline import run

_DB_HELP = "SQLite file path, or a sqlite:/// or postgresql:// URL"


def _filters(region=None, level=None, year=None, doc_type=None, indicator=None, stance=None, kind=None):
    from .store import Filters

    return Filters(region=region, level=level, year=year, doc_type=doc_type, indicator=indicator, stance=stance, kind=kind)


def _region_known(store, region: str | None) -> None:
    """A --region that matches no place the database holds is the reader's mistake: say so
    in one line instead of printing an empty result."""
    if not region or store.knows_region(region):
        return
    raise click.ClickException(f"--region: no place in the database matches {region!r} (govreport regions lists them)")


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: a CJK character (East Asian wide or full-width,
    e.g. 湖 or ，) takes two, a combining mark none, anything else one."""
    import unicodedata

    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def text_table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """``rows`` as lines whose columns line up on a terminal: each column is as wide as its
    widest cell counted in display columns (湖南省 is six), numbers (``right``) aligned right;
    the last column is not padded."""
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))] if rows else []
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            gap = " " * (widths[i] - display_width(cell)) if i < len(row) - 1 or i in right else ""
            cells.append(gap + cell if i in right else cell + gap)
        lines.append("  ".join(cells).rstrip())
    return lines


_STAGES = ["planned", "signed", "started", "completed", "in_production"]
_AMOUNT_KINDS = ["total_investment", "completed_investment", "contract_capital", "paid_in_capital"]
_PROJECT_SORTS = ["-amount", "amount", "-year", "year", "name"]


def project_options(func):
    """The projects' own filters, for ``govreport projects`` and ``govreport export projects``."""
    for option in reversed(
        [
            click.option("--industry", help="GB/T 4754-2017 code: a section (C) or a manufacturing division (C38)"),
            click.option("--stage", type=click.Choice(_STAGES)),
            click.option("--min-amount", type=float, help="least investment, in 亿元"),
            click.option("--max-amount", type=float, help="most investment, in 亿元"),
            click.option("--amount-kind", type=click.Choice(_AMOUNT_KINDS)),
            click.option("--sort", type=click.Choice(_PROJECT_SORTS), default="-amount", show_default=True),
        ]
    ):
        func = option(func)
    return func


def _project_filters(region, industry, stage, year, min_amount, max_amount, amount_kind):
    from .store import ProjectFilters

    if min_amount is not None and max_amount is not None and min_amount > max_amount:
        raise click.BadParameter(f"{min_amount:g} is more than --max-amount {max_amount:g}: no project can match", param_hint="--min-amount")
    return ProjectFilters(
        region=region, industry=industry, stage=stage, year=year, amount_kind=amount_kind,
        min_amount=min_amount * 1e8 if min_amount is not None else None, max_amount=max_amount * 1e8 if max_amount is not None else None,
    )


def tolerance_options(func):
    """How far an outcome may fall short of a target told with 左右 and still meet it."""
    func = click.option("--about-share", type=click.FloatRange(0, 100), default=5.0, show_default=True,
                        help="左右: percent of the target any other figure may fall short")(func)
    return click.option("--about-points", type=click.FloatRange(0, 100), default=0.5, show_default=True,
                        help="左右: percentage points an outcome may fall short of a rate target")(func)


def filter_options(func):
    for option in reversed(
        [
            click.option("--region", help="GB/T 2260 code, place id or part of a region name"),
            click.option("--level", type=click.Choice(["national", "province", "city", "county", "town"])),
            click.option("--year", type=int, help="report year (documents), period (facts) or a year of one of its stages (projects)"),
            click.option("--type", "doc_type", type=click.Choice(list(DOC_TYPES))),
            click.option("--indicator", help="indicator id from the catalog, e.g. gdp_growth"),
        ]
    ):
        func = option(func)
    return func


_SEARCH_INDEX_HELP = ("folder of a PostgreSQL database's search index (a SQLite database keeps its own beside its file); "
                      "'off' searches in the database alone  [default: the user's cache]")


def search_index_option(func):
    """Where the search index beside the database lives (store/index.py)."""
    return click.option("--search-index", envvar="GOVREPORT_SEARCH_INDEX", metavar="DIR|off", help=_SEARCH_INDEX_HELP)(func)


def _store(db: str, create: bool = False, search_index: str | None = None):
    """The store for a command; only ingest (and a server that takes uploads) creates one."""
    from .store import open_store

    try:
        return open_store(db, create=create, search_index=search_index)
    except ConfigError as err:
        raise click.ClickException(f"--db: {err}") from err  # one line, no usage: the value is wrong, not the command


def _config(max_bytes: int | None, text_column: str | None, workers: int, catalog: str | None = None, no_repair: str | None = None) -> Config:
    if catalog:
        from .extract.catalog import load_catalog

        try:
            load_catalog(catalog)
        except ConfigError as err:
            raise click.BadParameter(str(err), param_hint="--catalog") from err
    try:
        skip = frozenset(k.strip() for k in (no_repair or "").split(",") if k.strip()) or None
        values = {"max_bytes": max_bytes, "text_column": text_column, "workers": workers, "catalog": catalog, "no_repair": skip}
        return Config(**{k: v for k, v in values.items() if v is not None})
    except ConfigError as err:
        raise click.BadParameter(str(err)) from err


_input_options = [
    click.option("--max-bytes", type=int, default=None, help=SETTINGS["max_bytes"]),
    click.option("--text-column", default=None, help=SETTINGS["text_column"]),
    click.option("--workers", type=int, default=0, show_default=True, help=SETTINGS["workers"]),
    click.option("--catalog", type=click.Path(exists=True, dir_okay=False), default=None, help=SETTINGS["catalog"]),
    click.option("--no-repair", default=None, metavar="KINDS", help=SETTINGS["no_repair"]),
]


def input_options(func):
    for option in reversed(_input_options):
        func = option(func)
    return func


@click.group()
@click.version_option(__version__, prog_name="govreport")
def main() -> None:
    """Facts from Chinese government work reports and investment news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="print the JSON contract instead of a summary")
@input_options
def extract(paths: tuple[str, ...], as_json: bool, max_bytes: int | None, text_column: str | None, workers: int, catalog: str | None, no_repair: str | None) -> None:
    """Run the whole pipeline on FILES (or folders) and print what was found; no database."""
    config = _config(max_bytes, text_column, workers, catalog, no_repair)
    documents: list[dict] = []
    failed = 0
    for outcome in run(paths, config):
        if outcome.error is not None:
            failed += 1
            click.echo(f"error: {outcome.error}", err=True)
            continue
        for doc in outcome.documents:
            if as_json:
                documents.append(doc.to_json())
            else:
                click.echo(summary(doc))
    if as_json:
        json.dump({"documents": documents}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    if failed:
        click.echo(f"{failed} file(s) failed", err=True)
        sys.exit(1)


def summary(doc: Document) -> str:
    ident = doc.identity
    region = ident.region
    where = f"{region.name} [{region.level} {region.code or '-'}]" if region else "-"
    kinds: dict[str, int] = {}
    for fact in doc.facts:
        kinds[fact.kind] = kinds.get(fact.kind, 0) + 1
    lines = [
        f"== {doc.source}" + (f" #{doc.item}" if doc.item or doc.meta.get("listing") else ""),
        f"  title     {doc.title or '-'}",
        f"  type      {ident.doc_type}   region {where}",
        f"  years     report {ident.report_year or '-'}  reviewed {ident.reviewed_year or '-'}  plan {ident.plan_year or '-'}",
    ]
    if ident.meeting or ident.speaker:
        lines.append(f"  meeting   {ident.meeting or '-'}  {ident.meeting_date or ''}  speaker {ident.speaker or '-'}")
    lines.append(f"  published {ident.published or '-'}   format {doc.format} ({doc.encoding or 'binary'})")
    lines.append(
        f"  text      {len(doc.text):,} chars, {len(doc.segments.sections)} sections, {len(doc.segments.sentences)} sentences, "
        + (", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no facts")
    )
    for warning in doc.warnings:
        lines.append(f"  warning   {warning.code}: {warning.message}")
    return "\n".join(lines)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True))
@click.option("--seeds", default="../shared/seeds", show_default=True, help="folder of the seed documents that seed:NNN gold files name")
@click.option("--corpus", default="../shared/corpus", show_default=True, help="folder of the shared real corpus that corpus:FILE gold files name")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False), default=None, help="score a saved `extract --json` output instead of running the pipeline")
@click.option("--json", "as_json", is_flag=True, help="print the scores as JSON")
@click.option("--misses", is_flag=True, help="list every missed, extra or wrong fact")
def evaluate_command(gold: str, seeds: str, corpus: str, predictions: str | None, as_json: bool, misses: bool) -> None:
    """Score extraction against the gold set GOLD (a folder of gold/**/*.json or one file);
    real gold (the shared corpus, labelled blind) is reported apart from seed and sample gold."""
    from .evaluate import evaluate, render

    report = evaluate(gold, seeds, corpus, predictions)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        click.echo(render(report))
        for line in report.skipped:
            click.echo(f"skipped: {line}")
    if misses:
        for line in report.misses:
            click.echo(f"  {line}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True, help="print the ingest report as JSON")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes of this machine; dask: a Dask cluster, writing into PostgreSQL")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="with --engine dask: the cluster's scheduler (default: a local cluster of --workers processes)")
@click.option("--partition-bytes", type=click.IntRange(min=1), default=None,
              help="with --engine dask: input bytes a partition (one transaction) holds at most, about; a larger crawl is split  [default: 4 MiB]")
@input_options
@search_index_option
def ingest(paths, db, as_json, engine, scheduler, partition_bytes, max_bytes, text_column, workers, catalog, no_repair, search_index):
    """Ingest FILES and folders into the database (idempotent; resumable after a kill)."""
    from tqdm import tqdm

    config = _config(max_bytes, text_column, workers, catalog, no_repair)
    if engine == "dask":
        from .cluster import DEFAULT_PARTITION_BYTES
        from .cluster import ingest as cluster_ingest

        with tqdm(unit="partition", desc="ingest", disable=None, file=sys.stderr) as bar:
            def planned(total: int) -> None:
                bar.total = total
                bar.refresh()

            try:
                report = cluster_ingest(list(paths), db, config, scheduler, partition_bytes or DEFAULT_PARTITION_BYTES, bar.update, planned)
            except ConfigError as err:
                raise click.ClickException(str(err)) from err
        if report.stored:  # the partitions wrote by COPY; the search index takes them in here, once
            _store(db, create=True, search_index=search_index).update_search_index()
    else:
        if scheduler or partition_bytes:
            raise click.UsageError("--scheduler and --partition-bytes go with --engine dask")
        from .ingest import ingest as run_ingest
        from .pipeline import expand

        store = _store(db, create=True, search_index=search_index)
        total = len(expand(paths))
        with tqdm(total=total, unit="file", desc="ingest", disable=None, file=sys.stderr) as bar:
            report = run_ingest(list(paths), store, config, progress=bar.update)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    links = f"{report.groups} version group(s), {report.conflicts} conflict(s)" if report.stored else "links unchanged"
    summary_line = (
        f"{report.files} file(s): {report.stored} document(s) stored, {report.skipped} file(s) already stored, "
        f"{len(report.errors)} failed; {links}"
    )
    if engine == "dask":
        summary_line += f"; {report.partitions} partition(s) on {report.workers} worker(s), {report.partitions_skipped} already stored"
    if as_json:
        click.echo(json.dumps(report.__dict__, ensure_ascii=False, indent=1))
    else:
        click.echo(summary_line)
    if report.errors:
        sys.exit(1)


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@filter_options
@click.option("--stance", type=click.Choice(["target", "actual"]))
@click.option("--kind", type=click.Choice(["metric", "term", "livelihood", "project"]))
@click.option("--limit", type=int, default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def facts(db, region, level, year, doc_type, indicator, stance, kind, limit, as_json):
    """List stored facts, filtered."""
    store = _store(db)
    _region_known(store, region)
    rows = store.facts(_filters(region, level, year, doc_type, indicator, stance, kind), limit=limit)
    if as_json:
        click.echo(json.dumps({"facts": rows}, ensure_ascii=False, indent=1))
        return
    for f in rows:
        if f["kind"] == "metric":
            value = "—" if f.get("value") is None else f"{f['value']:g}{f.get('unit') or ''}"
            click.echo(f"{f.get('region_name') or '-':14} {f.get('period') or '-':>5} {f.get('stance') or '':6} {f.get('indicator') or '-':30} {value:>12} {f.get('modifier') or ''}  {f.get('subject') or ''}")
        else:
            label = f.get("term") or f.get("task") or f.get("name") or ""
            click.echo(f"{f.get('region_name') or '-':14} {f['kind']:10} {label}")


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@click.option("--region", help="GB/T 2260 code (a city's code takes its counties), place id or part of a region name")
@click.option("--year", type=int, help="a year one of the project's stages happened in")
@project_options
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="print the projects as JSON")
@click.option("--csv", "as_csv", is_flag=True, help="print the projects as CSV, one column per field")
def projects(db, region, industry, stage, year, min_amount, max_amount, amount_kind, sort, limit, as_json, as_csv):
    """List investment projects (linked across documents), filtered and sorted."""
    from .project_link import flat

    filters = _project_filters(region, industry, stage, year, min_amount, max_amount, amount_kind)
    store = _store(db)
    _region_known(store, region)
    rows, total = store.projects(filters, sort=sort, limit=limit)
    if as_json:
        click.echo(json.dumps({"total": total, "projects": rows}, ensure_ascii=False, indent=1))
        return
    if as_csv:
        import csv as csv_module
        import sys

        flat_rows = [flat(r) for r in rows]
        writer = csv_module.DictWriter(sys.stdout, fieldnames=list(flat_rows[0]) if flat_rows else ["project_id"])
        writer.writeheader()
        writer.writerows(flat_rows)
        return
    click.echo(f"{total} project(s)" + (f", the first {len(rows)}" if total > len(rows) else ""))
    table = [["region", "year", "stage", "amount", "industry", "name"]]
    for r in rows:
        amount = "—" if r.get("amount") is None else f"{r['amount']:g}{r.get('amount_unit') or ''}"
        table.append([r.get("region_name") or "-", str(r.get("last_year") or "-"), r.get("stage") or "-", amount, ",".join(r["industries"]) or "-", r.get("name") or "-"])
    if rows:
        for line in text_table(table, right=frozenset({1, 3})):
            click.echo(line)


@main.command()
@click.argument("query")
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@filter_options
@click.option("--facts", "in_facts", is_flag=True, help="search fact sentences instead of documents")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@search_index_option
def search(query, db, region, level, year, doc_type, indicator, in_facts, limit, as_json, search_index):
    """Full-text search (Chinese, two-character words included) with highlighted snippets."""
    store = _store(db, search_index=search_index)
    _region_known(store, region)
    hits = store.search(query, _filters(region, level, year, doc_type, indicator), limit=limit, target="facts" if in_facts else "documents")
    if as_json:
        click.echo(json.dumps({"hits": hits}, ensure_ascii=False, indent=1))
        return
    for hit in hits:
        snippet = hit["snippet"].replace("<mark>", click.style("", bold=True, reset=False)).replace("</mark>", click.style("", reset=True))
        import html as _html

        click.echo(f"{hit.get('document')}  {hit.get('title') or ''}  [{hit.get('region') or hit.get('region_name') or '-'}]")
        click.echo(f"    {_html.unescape(snippet)}")
    if not hits:
        click.echo("no hits")


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@filter_options
@click.option("--summary", type=click.Choice(["region", "indicator"]), help="counts of each status instead of pairs")
@tolerance_options
@click.option("--json", "as_json", is_flag=True)
def track(db, region, level, year, doc_type, indicator, summary, about_points, about_share, as_json):
    """Targets beside outcomes: met, missed, partly_met, no_outcome, not_set."""
    from .track import Tolerance, track_summary
    from .track import track as run_track

    store = _store(db)
    _region_known(store, region)
    filters, tolerance = _filters(region, level, year, None, indicator), Tolerance(about_points, about_share / 100)
    if summary:
        table = track_summary(store, filters, summary, tolerance)  # counted in the database
        if as_json:
            click.echo(json.dumps({"summary": table}, ensure_ascii=False, indent=1))
        else:
            for key, counts in sorted(table.items()):
                click.echo(f"{key:24} " + "  ".join(f"{k} {v}" for k, v in counts.items()))
        return
    pairs = run_track(store, filters, tolerance=tolerance)
    if as_json:
        click.echo(json.dumps({"pairs": [p.to_json() for p in pairs]}, ensure_ascii=False, indent=1))
        return
    for p in pairs:
        t, o = p.target, p.outcome
        goal = "—" if t.get("value") is None else f"{t['value']:g}{t.get('unit') or ''} {t.get('modifier') or ''}"
        got = "—" if not o or o.get("value") is None else f"{o['value']:g}{o.get('unit') or ''}"
        click.echo(f"{p.region or '-':14} {p.indicator:30} {p.period or '-':>5}  target {goal:14} outcome {got:10} {p.status}"
                   + (f"  [{', '.join(p.flags)}]" if p.flags else "") + (f"  ({_rule(p.rule)})" if p.rule else ""))


def _rule(rule: dict) -> str:
    from .web.i18n import rule_text, translator

    return rule_text(translator("en"), rule)


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True)
def versions(db, as_json):
    """Version groups (near-duplicates, mirrors, excerpts) and the conflicts between them."""
    from .versions import version_groups

    groups = version_groups(_store(db))
    if as_json:
        click.echo(json.dumps({"groups": groups}, ensure_ascii=False, indent=1))
        return
    for group in groups:
        click.echo("== group " + ", ".join(f"{d['id']} {d.get('title') or ''}" for d in group["documents"]))
        for c in group["conflicts"]:
            click.echo(f"  {c['type']} conflict:\n    A {c['a']['sentence']}\n    B {c['b']['sentence']}")
    if not groups:
        click.echo("no version groups")


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True)
def regions(db, as_json):
    """The places in the database, with their years and document counts."""
    rows = _store(db).regions()
    if as_json:
        click.echo(json.dumps({"regions": rows}, ensure_ascii=False, indent=1))
        return
    for r in rows:
        click.echo(f"{r['place_id']:8} {r['name'] or '-':20} {r['level'] or '-':8} {r['first_year'] or '-'}–{r['last_year'] or '-'}  {r['documents']} document(s)")


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@click.option("--json", "as_json", is_flag=True)
def stats(db, as_json):
    """Counts of what the database holds."""
    data = _store(db).stats()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    for key, value in data.items():
        click.echo(f"{key:16} {value}")


@main.command()
@click.argument("what", type=click.Choice(["facts", "documents", "track", "regions", "projects"]))
@click.argument("out")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "xlsx", "parquet", "dta"]), help="default: from OUT's extension")
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@filter_options
@click.option("--stance", type=click.Choice(["target", "actual"]))
@click.option("--kind", type=click.Choice(["metric", "term", "livelihood", "project"]))
@tolerance_options
@project_options
def export(what, out, fmt, db, region, level, year, doc_type, indicator, stance, kind, about_points, about_share,
           industry, stage, min_amount, max_amount, amount_kind, sort):
    """Export facts, documents, tracker pairs, regions or projects to OUT (CSV, JSON, Excel,
    Parquet, Stata), one column per field."""
    from .export import export as write
    from .project_link import flat
    from .track import Tolerance
    from .track import track as run_track

    given = {"--industry": industry, "--stage": stage, "--min-amount": min_amount, "--max-amount": max_amount, "--amount-kind": amount_kind}
    if what != "projects" and any(v is not None for v in given.values()):
        raise click.UsageError(f"{', '.join(k for k, v in given.items() if v is not None)}: only export projects takes it")
    project_filters = _project_filters(region, industry, stage, year, min_amount, max_amount, amount_kind) if what == "projects" else None
    store = _store(db)
    _region_known(store, region)
    filters = _filters(region, level, year, doc_type, indicator, stance, kind)
    if what == "facts":
        rows = store.facts(filters, limit=10_000_000)
    elif what == "documents":
        rows = store.documents(filters, limit=10_000_000)
    elif what == "track":
        rows = [p.to_row() for p in run_track(store, filters, tolerance=Tolerance(about_points, about_share / 100))]
    elif what == "projects":
        rows = [flat(p) for p in store.projects(project_filters, sort=sort, limit=10_000_000)[0]]
    else:
        rows = store.regions()
    try:
        written = write(rows, out, fmt)
    except ValueError as err:
        raise click.BadParameter(str(err)) from err
    except OSError as err:
        raise click.ClickException(f"cannot write {out}: {err.strerror or err}") from err
    click.echo(f"wrote {len(rows)} row(s) to {out} ({written})")


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@search_index_option
def reindex(db, search_index):
    """Build the search index again from the whole database (ingest keeps it in step; this
    makes it afresh, for instance after restoring the database from a backup)."""
    import time

    store = _store(db, search_index=search_index)
    if store.index is None:
        raise click.ClickException("no search index for this database: tantivy is not installed, --search-index is off, or the database is in memory")
    started = time.perf_counter()
    try:
        held = store.index.rebuild(store)
    except (OSError, ValueError) as err:
        raise click.ClickException(f"cannot write the search index at {store.index.folder}: {err}") from err
    if held is None:
        raise click.ClickException(f"another process is writing the search index at {store.index.folder}; try again when it is done")
    click.echo(f"search index {store.index.folder}: {held['documents']} document(s), {held['facts']} fact(s) in {time.perf_counter() - started:.1f} s")


@main.command()
@click.option("--db", default="govreport.db", show_default=True, help=_DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--upload-token", envvar="GOVREPORT_UPLOAD_TOKEN", help="enable uploads from the browser with this token (off when unset)")
@click.option("--max-upload-bytes", default=20 * 1024 * 1024, show_default=True, type=int)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="server processes (one per core serves the most requests)")
@click.option("--upload-workers", default=1, show_default=True, type=click.IntRange(1, 64), help="processes that ingest uploads, one upload each")
@click.option("--upload-queue", default=4, show_default=True, type=click.IntRange(0, 1000), help="uploads that may wait for a worker; one more is answered 503")
@search_index_option
def serve(db, host, port, upload_token, max_upload_bytes, workers, upload_workers, upload_queue, search_index):
    """Serve the REST API and the web pages on the database."""
    import dataclasses
    import json
    import os

    import uvicorn

    from .web import WebSettings, create_app

    _check_port(host, port)
    settings = WebSettings(db=db, upload_token=upload_token, max_upload_bytes=max_upload_bytes, upload_workers=upload_workers, upload_queue=upload_queue, search_index=search_index)
    # opens and migrates the database once, before any worker starts; a server that takes no
    # uploads only reads, so a database that is not there is an error, not a new empty one
    app = create_app(settings, store=_store(db, create=bool(upload_token), search_index=search_index))
    click.echo(f"govreport serving {db} on http://{host}:{port}/ with {workers} process(es) (API description at /openapi.json)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    else:
        os.environ["GOVREPORT_WEB_SETTINGS"] = json.dumps(dataclasses.asdict(settings))
        uvicorn.run("govreport.web:app_from_environment", factory=True, workers=workers, host=host, port=port, log_level="warning")


def _check_port(host: str, port: int) -> None:
    """Bind the address once before saying it is served: a port in use is one line."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as err:
        raise click.ClickException(f"--host: cannot resolve {host}: {err.strerror or err}") from err
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # as uvicorn binds: connections a stopped server closed a moment ago (TIME_WAIT) do not
        # hold the port, one that listens still does
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as err:
            raise click.ClickException(f"cannot listen on {host}:{port}: {err.strerror or err} (choose another --port)") from err
