"""A buyer's own Excel order form as the workbook layouts write it (was repeated in each of them).

The sheet: fixed document properties (so the bytes never change), no gridlines, set column widths, a
thin black box for ruled cells; the print setup (A4, fitted to the page's width, a footer); and the
saved bytes with the values Excel caches beside each formula, in a zip with fixed timestamps.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Border, Side
from openpyxl.worksheet.worksheet import Worksheet

from bench.extraction.layouts._cached_formulas import with_cached_values
from orderbridge.samples.zip_bytes import freeze

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def form_sheet(
    title: str, author: str, when: dt.datetime, widths: dict[str, float]
) -> tuple[Workbook, Worksheet]:
    """A workbook of one sheet ``title`` without gridlines, last saved by ``author`` at ``when``."""
    workbook = Workbook()
    workbook.properties.creator = author
    workbook.properties.lastModifiedBy = author
    workbook.properties.created = when
    workbook.properties.modified = when
    sheet = workbook.active
    sheet.title = title
    sheet.sheet_view.showGridLines = False
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    return workbook, sheet


def print_on_a4(sheet: Worksheet, area: str, *, landscape: bool = False, footer: str = "") -> None:
    """Print ``area`` on A4 fitted to the page's width, with ``footer`` centred at each page's foot."""
    sheet.print_area = area
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    if footer:
        sheet.oddFooter.center.text = footer


def saved(workbook: Workbook, cached: dict[str, object]) -> bytes:
    """The workbook's bytes with each formula's cached value (``cached`` by cell reference)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
