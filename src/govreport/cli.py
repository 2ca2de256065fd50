"""The ``govreport`` command: a thin layer over the library (no pipeline logic here)."""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .config import SETTINGS, Config
from .errors import ConfigError
from .model import Document
from .pipeline import run


def _config(max_bytes: int | None, text_column: str | None, workers: int) -> Config:
    try:
        return Config(**{k: v for k, v in {"max_bytes": max_bytes, "text_column": text_column, "workers": workers}.items() if v is not None})
    except ConfigError as err:
        raise click.BadParameter(str(err)) from err


_input_options = [
    click.option("--max-bytes", type=int, default=None, help=SETTINGS["max_bytes"]),
    click.option("--text-column", default=None, help=SETTINGS["text_column"]),
    click.option("--workers", type=int, default=0, show_default=True, help=SETTINGS["workers"]),
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
def extract(paths: tuple[str, ...], as_json: bool, max_bytes: int | None, text_column: str | None, workers: int) -> None:
    """Run the whole pipeline on FILES (or folders) and print what was found; no database."""
    config = _config(max_bytes, text_column, workers)
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
@click.option("--json", "as_json", is_flag=True, help="print the scores as JSON")
@click.option("--misses", is_flag=True, help="list every missed, extra or wrong fact")
def evaluate_command(gold: str, seeds: str, as_json: bool, misses: bool) -> None:
    """Score extraction against the gold set GOLD (a folder of gold/*.json or one file)."""
    from .evaluate import evaluate, render

    report = evaluate(gold, seeds)
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        click.echo(render(report))
        for line in report.skipped:
            click.echo(f"skipped: {line}")
    if misses:
        for line in report.misses:
            click.echo(f"  {line}", err=True)
