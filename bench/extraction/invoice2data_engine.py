"""invoice2data (from PyPI, pinned) on the same corpus: its pdftotext reader and one template per layout.

Templates (``invoice2data_templates/*.yml``) were written from a single text-PDF sample each, as its
docs describe: header fields by regex, line items with the ``lines`` parser. Its output is mapped onto
the scorer's field names; it cannot read workbooks, so those score as not supported (nothing read).
"""

from __future__ import annotations

import logging
from pathlib import Path

TEMPLATES_DIR = Path(__file__).parent / "invoice2data_templates"
_HEADER = {
    "invoice_number": "po_number",
    "date": "order_date",
    "delivery_date": "requested_delivery_date",
    "currency": "currency",
    "buyer": "buyer.name",
    "supplier": "supplier.name",
    "ship_to": "ship_to.address",
    "payment_terms": "payment_terms",
    "amount": "total_amount",
}
_LINE = {
    "part": "customer_part_no",
    "name": "description",
    "qty": "quantity",
    "uom": "unit",
    "price_unit": "unit_price",
    "line_amount": "amount",
}


def version() -> str:
    from importlib.metadata import version as installed

    return installed("invoice2data")


def load_templates(folder: Path = TEMPLATES_DIR) -> list:
    from invoice2data.extract.loader import read_templates

    logging.getLogger("invoice2data").setLevel(logging.CRITICAL)  # it logs every unmatched regex
    return read_templates(str(folder))


def extract(path: Path, templates: list) -> dict:
    """invoice2data's raw result with its pdftotext reader; ``{}`` when nothing matched or read.

    invoice2data memoises extracted text per file (path and mtime); the caches are emptied first so every
    call reads the file, as the first sight of a new document does (else repeated timings measure a dict).
    """
    from invoice2data import extract_data
    from invoice2data.input import _cached_to_text, pdftotext

    _cached_to_text.cache_clear()
    pdftotext._words.cache_clear()
    if path.suffix.lower() not in (".pdf",):
        return {}  # no workbook reader: not supported
    return extract_data(str(path), templates=templates, input_module=pdftotext) or {}


def as_fields(result: dict) -> dict[str, object]:
    """invoice2data's output under the scorer's names (``lines[N].quantity``...)."""
    if not result:
        return {}
    flat: dict[str, object] = {ours: result.get(theirs) for theirs, ours in _HEADER.items()}
    for number, row in enumerate(result.get("lines") or [], start=1):
        for theirs, ours in _LINE.items():
            flat[f"lines[{number}].{ours}"] = row.get(theirs)
    return flat
