"""XLSX workbooks via openpyxl: every visible sheet is a page, every non-empty cell a positioned cell.

What the sender sees is what is read: hidden sheets, hidden rows and hidden columns (a clerk's 上次单价
column kept for reference) are left out, as they are from the printed page.

Merged ranges keep their width (x0..x1 in columns) so a merged header spans the columns under it;
dates become ISO text, numbers keep the decimals their number format shows (never floats downstream).
Small workbooks are loaded fully to see merged ranges; big ones read-only (merges then not seen).
Only cells that exist are visited, and a workbook that unpacks to too much is refused before loading.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from decimal import Decimal

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ocr.chinese_numeral_formats import chinese_numeral_text
from ocr.layout import Cell, Document, Line
from ocr.limits import MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, check_zip_members
from ocr.sniff import XLSX
from orderbridge.errors import DocumentRejected

READ_ONLY_ABOVE = 5 * 1024 * 1024  # bytes
# the currency sign a number's format shows with it: "¥"#,##0 , [$€-407] #,##0.00 , $#,##0.00
_FORMAT_CURRENCY = re.compile(r"\[\$([^\]\-]+)[^\]]*\]|\"?([¥￥$€£])")
_FIXED_DECIMALS = re.compile(r"^[#,]*0(?:\.(0+))?(?:_.*)?$")
_PERCENT = re.compile(r"^[#,]*0(?:\.0+)?\s*%$")  # 0% , 0.00% : the value is a share of one


def read_xlsx(data: bytes) -> Document:
    read_only = len(data) > READ_ONLY_ABOVE
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip_members(info.file_size for info in archive.infolist())
        workbook = load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)
    except DocumentRejected:
        raise
    except Exception as exc:  # openpyxl raises KeyError, ValueError, zip and XML errors on bad files
        raise DocumentRejected(
            "unreadable", f"the workbook cannot be opened ({type(exc).__name__}: {exc})"
        ) from exc
    try:
        sheets = [ws for ws in workbook.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        lines: list[Line] = []
        for page, sheet in enumerate(sheets, start=1):
            spans = {
                (m.min_row, m.min_col): (m.max_row, m.max_col)
                for m in getattr(sheet, "merged_cells", None) or []
            }
            hidden = _hidden(sheet)
            lines.extend(sheet_lines(page, sheet.title, _xlsx_cells(sheet), spans, hidden))
    except Exception as exc:
        raise DocumentRejected(
            "unreadable", f"the workbook cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        workbook.close()
    return Document(media_type=XLSX, method="xlsx", pages=len(sheets), lines=lines)


SheetCell = tuple[int, int, object, str]  # row, column (from 1), value, number format
Hidden = tuple[set[int], set[int]]  # hidden rows, hidden columns (from 1)


def _hidden(sheet) -> Hidden:
    """The sheet's hidden rows and columns (a read-only sheet does not load them: none)."""
    rows = {row for row, dim in getattr(sheet, "row_dimensions", {}).items() if dim.hidden}
    columns = {
        column
        for dim in getattr(sheet, "column_dimensions", {}).values()
        if dim.hidden and dim.min and dim.max
        for column in range(dim.min, min(dim.max, MAX_SHEET_COLUMNS) + 1)
    }
    return rows, columns


def _xlsx_cells(sheet) -> Iterator[SheetCell]:
    """The cells that exist, in reading order. ``iter_rows`` would materialise every empty cell up to
    the sheet's last one: a single value in XFD1048576 is a 17-billion-cell bomb."""
    stored = getattr(sheet, "_cells", None)
    if isinstance(stored, dict):  # a fully loaded worksheet: only the cells the file defines
        for (row, column), cell in sorted(stored.items()):
            yield row, column, cell.value, cell.number_format
        return
    rows = sheet.iter_rows(max_row=MAX_SHEET_ROWS, max_col=MAX_SHEET_COLUMNS)
    for row in rows:
        for cell in row:
            if hasattr(cell, "column") and cell.value is not None:
                yield cell.row, cell.column, cell.value, getattr(cell, "number_format", "General")


def sheet_lines(
    page: int,
    title: str,
    cells: Iterable[SheetCell],
    spans: dict[tuple[int, int], tuple[int, int]],
    hidden: Hidden = (set(), set()),
) -> list[Line]:
    """Spreadsheet cells as positioned cells, one line a row: x is the column, top the row; a merged
    range (``spans``: first cell -> last row and column) keeps its width; cells in ``hidden`` rows or
    columns are left out. Shared by XLSX and XLS."""
    by_row: dict[int, list[Cell]] = {}
    hidden_rows, hidden_columns = hidden
    for row, column, value, number_format in cells:
        if row in hidden_rows or column in hidden_columns:
            continue
        text = cell_text(value, number_format)
        if not text:
            continue
        last_row, last_col = spans.get((row, column), (row, column))
        note = f"{title}!{get_column_letter(column)}{row}"
        by_row.setdefault(row, []).append(
            Cell(text, page, column, row, last_col + 1, last_row + 1, note=note)
        )
    return [Line(page=page, cells=sorted(by_row[row], key=lambda c: c.x0)) for row in sorted(by_row)]


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
        numerals = chinese_numeral_text(value, number_format or "")
        if numerals:
            return numerals  # 叁万伍仟零壹拾陆元整: an amount in words made by the cell's format
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if _PERCENT.match(number_format or ""):  # 0.05 shown 5% (a discount, a tax rate)
            percent = format((number * 100).normalize(), "f")
            return f"{percent}%"
        match = _FIXED_DECIMALS.match(number_format or "")
        if match:
            number = number.quantize(Decimal(1).scaleb(-len(match.group(1) or "")))
        text = format(number, "f")
        text = text[:-2] if text.endswith(".0") else text
        return (
            f"{sign.group(1) or sign.group(2)}{text}"
            if (sign := _FORMAT_CURRENCY.search(number_format))
            else text
        )
    return " ".join(str(value).split())
