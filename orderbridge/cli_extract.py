"""``orderbridge extract FILE [--template NAME] [--sender ADDRESS] [--explain]``: the order as JSON on stdout.

``--explain`` adds, on stderr, where each field came from (page, box in points from the top-left, or the
spreadsheet cell), how it was found and how sure the extractor is, plus the arithmetic warnings, so the
JSON on stdout stays machine-readable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from orderbridge.errors import DocumentRejected
from orderbridge.model import PurchaseOrder

WHY = {
    "label-inline": "the value follows its label in the same cell",
    "label-right": "the value is the cell right of its label",
    "label-below": "the value is the cell below its label",
    "table-total": "the number on the line table's total row",
    "table-columns": "the line table found by its header row",
    "title": "a company name heading page 1",
    "template-value": "a constant in the customer template",
    "template-regex": "the customer template's regex (no label gave a value)",
    "inferred-from-amounts": "a currency sign or word printed with the amounts",
    "earliest-line-date": "the earliest delivery date of the lines",
}


def explain(order: PurchaseOrder, method: str, pages: int, template: str | None = None) -> str:
    """A plain-text account of the extraction: one line per field with its source."""
    used = f"; template {template}" if template else "; no customer template"
    out = [f"read by: {method}, {pages} page(s){used}; confidence {order.confidence:.2f}"]
    for field, source in sorted(order.provenance.items()):
        where = f"page {source.page}" if source.page else "-"
        if source.box:
            where += " box " + ",".join(f"{v:.0f}" for v in source.box)
        if source.note:
            where += f" ({source.note})"
        why = WHY.get(source.method.split("+")[0], source.method)
        if source.method.endswith("+arithmetic"):
            why += "; every line and the total add up"
        out.append(f"  {field:<24} score {source.score:.2f}  {where:<34} {why}")
    out += [f"  warning: {warning}" for warning in order.warnings] or ["  no arithmetic warnings"]
    return "\n".join(out)


@click.command("extract")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--template", "template", metavar="NAME", help="Customer template (mappings/customers/NAME.yaml)."
)
@click.option("--sender", metavar="ADDRESS", help="The sender's e-mail address, to recognise the customer.")
@click.option("--explain", "show", is_flag=True, help="Also show on stderr where each field came from.")
def extract(file: Path, template: str | None, sender: str | None, show: bool) -> None:
    """Print the canonical purchase order read from FILE as JSON."""
    from ocr import extract_file
    from orderbridge.yamlconfig import MappingError

    if not file.is_file():
        _fail(f"{file}: no such file")
    try:
        extraction = extract_file(file, original_name=file.name, template=template, sender=sender)
    except DocumentRejected as rejected:
        _fail(f"{file.name}: {rejected.reason}: {rejected.message}")
    except LookupError as unknown:
        _fail(str(unknown.args[0]))
    except MappingError as broken:
        _fail(str(broken))
    click.echo(json.dumps(extraction.order.to_json_dict(), ensure_ascii=False, indent=2))
    if show:
        click.echo(
            explain(extraction.order, extraction.method, extraction.pages, extraction.template), err=True
        )


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)
