"""The frame of a buyer's own Excel order form: the workbook, its one sheet, its print setup, its bytes.

The workbook layouts since the twenty-ninth set each set the same document properties, hid the gridlines,
sized the columns, set A4 and a print header and footer, then saved with the cached formula values and
frozen zip times. Layouts from the thirty-ninth set call these instead of writing it again.
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
    title: str, author: str, saved: dt.datetime, widths: dict[str, float], right_to_left: bool = False
) -> tuple[Workbook, Worksheet]:
    """A workbook whose one sheet ``title`` has no gridlines and the column ``widths``; the author and
    times as the clerk's Excel saves them; ``right_to_left`` for a sheet laid out from the right (Arabic,
    Hebrew: column A at the right edge)."""
    workbook = Workbook()
    workbook.properties.creator = author
    workbook.properties.lastModifiedBy = author
    workbook.properties.created = saved
    workbook.properties.modified = saved
    sheet = workbook.active
    sheet.title = title
    sheet.sheet_view.showGridLines = False
    if right_to_left:
        sheet.sheet_view.rightToLeft = True
    for col, width in widths.items():
        sheet.column_dimensions[col].width = width
    return workbook, sheet


def print_setup(
    sheet: Worksheet, area: str = "", *, landscape: bool = False, header: str = "", footer: str = ""
) -> None:
    """A4, fitted to one page wide, over ``area`` (none: the whole used range, as Excel prints a sheet
    with no print area); ``header`` at the top right and ``footer`` centred at the foot of every printed
    page (Excel's codes: &P the page, &N the pages)."""
    if area:
        sheet.print_area = area
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    if header:
        sheet.oddHeader.right.text = header
    if footer:
        sheet.oddFooter.center.text = footer


def workbook_bytes(workbook: Workbook, cached: dict[str, object]) -> bytes:
    """The saved workbook with each formula's value beside it and fixed zip times (same bytes every run)."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    return freeze(with_cached_values(buffer.getvalue(), cached))
