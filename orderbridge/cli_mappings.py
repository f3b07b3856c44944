"""``orderbridge lint | preview | masterdata import | masterdata pull | mapping-status``: IT's mapping tools.

Registered in ``orderbridge/cli.py``; heavy imports stay inside the commands so ``--help`` is instant.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from orderbridge.settings import Settings


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--quiet", is_flag=True, help="Only the problems, no summary line.")
def lint(paths: tuple[Path, ...], quiet: bool) -> None:
    """Check mapping files (default: the whole mappings folder); exit 1 on any error.

    Each problem is printed as FILE:LINE:COLUMN: KEY PATH: WHAT IS WRONG.
    """
    from orderbridge.mapping.lint import lint_paths

    report = lint_paths(list(paths), Settings.from_env().mappings_dir)
    for problem in report.errors:
        click.echo(problem)
    for warning in report.warnings:
        click.echo(f"warning: {warning}")
    if not quiet:
        files = len(report.files)
        click.echo(
            f"{len(report.errors)} error(s), {len(report.warnings)} warning(s) in {files} file(s)", err=True
        )
    sys.exit(1 if report.errors else 0)


@click.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--target", "-t", required=True, help="Target mapping to render (mappings/targets/NAME.yaml).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def preview(file: Path, target: str, as_json: bool) -> None:
    """Show the canonical order read from FILE and the exact payload TARGET would get; sends nothing.

    Every payload value is traced to the mapping rule (file:line:column) that produced it.
    Exit 0 when the order would be sent, 1 when it would go to review.
    """
    from orderbridge.errors import DocumentRejected
    from orderbridge.mapping.preview import preview_file, preview_text
    from orderbridge.yamlconfig import MappingError

    if not file.is_file():
        _fail(f"{file}: no such file")
    try:
        result = preview_file(file, target, Settings.from_env().mappings_dir)
    except DocumentRejected as rejected:
        _fail(f"{file.name}: {rejected.reason}: {rejected.message}", 1)
    except MappingError as exc:
        _fail(str(exc))
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(preview_text(result))
    sys.exit(0 if result.would_send else 1)


@click.group()
def masterdata() -> None:
    """Fill mappings/masterdata/*.yaml from ERP exports or from the ERP itself (merged, linted, written)."""


@masterdata.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option(
    "--kind",
    required=True,
    type=click.Choice(["materials", "customers", "part-numbers", "units", "prices"]),
    help="What the export holds; part-numbers: customer, part number, sku (the cross-reference).",
)
@click.option("--replace", is_flag=True, help="Also drop entries the export no longer has.")
def masterdata_import(file: Path, kind: str, replace: bool) -> None:
    """Merge a CSV or XLSX export (header row, first sheet) into the master-data files."""
    from orderbridge.errors import ConfigError
    from orderbridge.masterdata.tables import read_rows
    from orderbridge.masterdata.update import apply_rows
    from orderbridge.yamlconfig import MappingError

    try:
        rows = read_rows(file, kind)
        summary = apply_rows(Settings.from_env().mappings_dir, kind, rows, source=file.name, replace=replace)
    except MappingError as exc:
        click.echo("\n".join(exc.problems))
        _fail("nothing was written: the result would not pass lint", 1)
    except ConfigError as exc:
        _fail(str(exc))
    click.echo(str(summary))


@masterdata.command("pull")
@click.option(
    "--from",
    "source",
    required=True,
    type=click.Choice(["kingdee", "u8"]),
    help="The ERP to read customers and materials from (its Airflow Connection <name>_default).",
)
@click.option("--replace", is_flag=True, help="Also drop entries the ERP no longer has.")
def masterdata_pull(source: str, replace: bool) -> None:
    """Pull customers and materials from the ERP (Kingdee BD_Customer / BD_MATERIAL, U8 lists)."""
    from orderbridge.errors import ConfigError
    from orderbridge.masterdata.pull import pull_from_erp
    from orderbridge.yamlconfig import MappingError

    try:
        summaries = pull_from_erp(Settings.from_env().mappings_dir, source, replace=replace)
    except MappingError as exc:
        click.echo("\n".join(exc.problems))
        _fail("nothing was written: the result would not pass lint", 1)
    except ConfigError as exc:
        _fail(str(exc))
    for summary in summaries:
        click.echo(str(summary))


@click.command("mapping-status")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def mapping_status(as_json: bool) -> None:
    """Which version of the mappings is in force, and the refused versions (mapping.rejected events)."""
    from orderbridge.ledger import Ledger
    from orderbridge.mapping.in_force import mappings_in_force

    settings = Settings.from_env()
    ledger = Ledger(settings.db_url)
    in_use = mappings_in_force(settings.mappings_dir, settings.home, ledger=ledger)
    events = ledger.events(kind="mapping.rejected", limit=10)
    status = {
        "source": str(in_use.source_dir),
        "in_force": in_use.fingerprint[:12],
        "snapshot": str(in_use.dir),
        "current_files_rejected": in_use.rejected,
        "recent_rejections": [
            {"at": str(e.occurred_at), "message": e.message, "errors": (e.data or {}).get("errors", [])}
            for e in events
        ],
    }
    if as_json:
        click.echo(json.dumps(status, ensure_ascii=False, indent=2))
        return
    click.echo(f"in force: version {status['in_force']} ({status['snapshot']})")
    if in_use.rejected:
        click.echo(f"the files in {in_use.source_dir} are REFUSED ({len(in_use.rejected)} error(s)):")
        for problem in in_use.rejected:
            click.echo(f"  {problem}")
    else:
        click.echo(f"the files in {in_use.source_dir} are the ones in force")
    for event in status["recent_rejections"]:
        click.echo(f"{event['at']}  mapping.rejected  {event['message']}")
