"""``extract_file``: one received file in, one canonical purchase order (or a clear rejection) out.

Reading (sniff, then the PDF, XLSX or CSV reader) is kept apart from extraction (table, labels,
assembly) so that templates, OCR and a better confidence model can slot in later.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ocr.assemble import assemble, pick
from ocr.capital_amount import cross_check as cross_check_capital
from ocr.checks import WEAK_SOURCE_CAP
from ocr.csv_reader import read_csv
from ocr.header_fields import find_candidates
from ocr.item_blocks import item_block_table
from ocr.layout import Document
from ocr.line_table import find_table
from ocr.loaded_tesseract import OcrUnavailable
from ocr.memo import one_document
from ocr.number_reread import reread_mismatched_rows
from ocr.number_style import uses_decimal_comma
from ocr.order_columns import order_candidates
from ocr.pdf_reader import read_pdf
from ocr.scan_reader import read_image
from ocr.sheet_reader import read_xlsx
from ocr.sniff import CSV, IMAGE_TYPES, PDF, XLS, XLSX, sniff
from ocr.stray_lines import stray_order_lines
from ocr.templates import (
    Template,
    add_candidates,
    find_template,
    prepare,
    template_named,
    with_printed_signs,
)
from ocr.unit_reread import reread_unknown_units
from ocr.xls_reader import read_xls
from orderbridge.errors import DocumentRejected
from orderbridge.model import PurchaseOrder

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
log = logging.getLogger(__name__)


@dataclass
class Extraction:
    order: PurchaseOrder
    media_type: str
    pages: int
    method: str  # "text-layer" | "ocr" | "text-layer+ocr" | "xlsx" | "xls" | "csv"
    template: str | None = None  # the customer template used, if any


def extract_file(
    path: Path,
    *,
    original_name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    sender: str | None = None,
    template: str | Template | None = None,
    templates_dir: Path | None = None,
) -> Extraction:
    """Read ``path`` and extract its purchase order; raise DocumentRejected(reason, message) otherwise.

    ``original_name`` (the attachment's name) is only a hint for the type; the bytes decide. Messages
    are one line and do not repeat the file name (callers show it beside them). ``template`` names a
    customer template to use; without it the first template recognising the document (by ``sender`` or
    keywords) is used, else template-free extraction. A named template that does not exist, or a broken
    template file, raises (``LookupError``, ``MappingError``): that is a set-up fault, not the document's.
    """
    path = Path(path)
    name = original_name or path.name
    chosen = template_named(template, templates_dir) if isinstance(template, str) else template
    try:
        data = _read(path, max_bytes)
        document = read_document(data, name)
        if chosen is None:
            chosen = find_template(document, sender, templates_dir)
        order = extract_order(document, chosen)
    except DocumentRejected:
        raise
    except OcrUnavailable as exc:
        raise DocumentRejected("needs-ocr", f"the file needs OCR, which is unavailable: {exc}") from exc
    except Exception as exc:  # a bug must not take the intake down: reject this file, keep the trace
        log.exception("extraction of %s failed", name)
        message = f"extraction failed ({type(exc).__name__}: {exc})".replace("\n", " ")
        raise DocumentRejected("unreadable", message) from exc
    return Extraction(
        order, document.media_type, document.pages, document.method, chosen.name if chosen else None
    )


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentRejected("too-large", f"the file is {size} bytes; the limit is {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentRejected("unreadable", f"the file cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DocumentRejected("empty-file", "the file is empty")
    return data


def read_document(data: bytes, name: str) -> Document:
    """The file's text and layout, by the reader its bytes call for; the document keeps ``name``."""
    document = _read_by_kind(data, name)
    document.name = name
    return document


def _read_by_kind(data: bytes, name: str) -> Document:
    kind = sniff(data, name)
    if kind.media_type == PDF:
        return read_pdf(data)
    if kind.media_type == XLSX:
        return read_xlsx(data)
    if kind.media_type == XLS:
        return read_xls(data)
    if kind.media_type == CSV and kind.text is not None:
        return read_csv(kind.text)
    if kind.media_type in IMAGE_TYPES:
        return read_image(data, kind.media_type)
    raise DocumentRejected("unsupported-type", f"no reader for {kind.media_type}")


def extract_order(document: Document, template: Template | None = None) -> PurchaseOrder:
    """The canonical order in a read document; ``no-purchase-order`` without a PO number or lines. The
    document stays as read (a template's rewrites go to a copy), so it may be extracted again, with
    another template or none; only whether it writes decimal commas is remembered on it."""
    with one_document():
        return _extract_order(document, template)


def _extract_order(document: Document, template: Template | None) -> PurchaseOrder:
    if template:
        document = prepare(document, template)
    if document.decimal_comma is None:
        document.decimal_comma = uses_decimal_comma(
            cell.text for line in document.lines for cell in line.cells
        )
    table = find_table(document)
    if not table.rows:
        table = item_block_table(document)  # an approval app's print: items as label | value blocks
    if document.scans:
        reread_mismatched_rows(table, document)
        reread_unknown_units(table, document)
    candidates = find_candidates(document, skip=table.used_lines, beside=table.beside)
    for candidate in order_candidates(table.rows):
        candidates.setdefault(candidate.field, []).append(candidate)
    if template:
        candidates = add_candidates(candidates, document, template)
    missing = None
    if pick(candidates, "po_number") is None:
        missing = "no purchase order number found"
    elif not table.rows:
        missing = "a purchase order number but no order lines found"
    if missing and document.scans:
        pages = ", ".join(map(str, sorted(document.scans)))
        missing = f"{missing} (page(s) {pages} read by OCR)"
    if missing:
        raise DocumentRejected("no-purchase-order", missing)
    order = assemble(candidates, table)
    if stray := stray_order_lines(document, table):
        order.warnings += stray
        order.confidence = min(order.confidence or 0.0, WEAK_SOURCE_CAP)
    cross_check_capital(order, document)
    if template and document.scans:
        with_printed_signs(order, template)
    if template and template.customer_code:
        order.buyer.customer_code = template.customer_code
    return order
