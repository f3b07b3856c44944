"""XLSX workbooks via openpyxl: every visible sheet is a page, every non-empty cell a positioned cell.

Merged ranges keep their width (x0..x1 in columns) so a merged header spans the columns under it;
dates become ISO text, numbers keep the decimals their number format shows (never floats downstream).
Small workbooks are loaded fully to see merged ranges; big ones read-only (merges then not seen).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ocr.layout import Cell, Document, Line
from ocr.sniff import XLSX
from orderbridge.errors import DocumentRejected

READ_ONLY_ABOVE = 5 * 1024 * 1024  # bytes
_FIXED_DECIMALS = re.compile(r"^[#,]*0(?:\.(0+))?(?:_.*)?$")


def read_xlsx(data: bytes) -> Document:
    read_only = len(data) > READ_ONLY_ABOVE
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, zip and XML errors on bad files
        raise DocumentRejected(
            "unreadable", f"the workbook cannot be opened ({type(exc).__name__}: {exc})"
        ) from exc
    try:
        sheets = [ws for ws in workbook.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        lines: list[Line] = []
        for page, sheet in enumerate(sheets, start=1):
            lines.extend(_sheet_lines(sheet, page))
    except Exception as exc:
        raise DocumentRejected(
            "unreadable", f"the workbook cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        workbook.close()
    return Document(media_type=XLSX, method="xlsx", pages=len(sheets), lines=lines)


def _sheet_lines(sheet, page: int) -> list[Line]:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in getattr(sheet, "merged_cells", None) or []:
        spans[(merged.min_row, merged.min_col)] = (merged.max_row, merged.max_col)
    lines = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            text = cell_text(cell.value, getattr(cell, "number_format", "General"))
            if not text or not hasattr(cell, "column"):
                continue
            last_row, last_col = spans.get((cell.row, cell.column), (cell.row, cell.column))
            cells.append(
                Cell(
                    text,
                    page,
                    cell.column,
                    cell.row,
                    last_col + 1,
                    last_row + 1,
                    note=f"{sheet.title}!{get_column_letter(cell.column)}{cell.row}",
                )
            )
        if cells:
            lines.append(Line(page=page, cells=cells))
    return lines


def cell_text(value: object, number_format: str = "General") -> str:
    """A cell value as the user sees it: ISO dates, numbers with their format's decimals, trimmed text."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        match = _FIXED_DECIMALS.match(number_format or "")
        if match:
            number = number.quantize(Decimal(1).scaleb(-len(match.group(1) or "")))
        text = format(number, "f")
        return text[:-2] if text.endswith(".0") else text
    return " ".join(str(value).split())
