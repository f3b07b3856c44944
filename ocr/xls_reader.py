"""Legacy Excel workbooks (``.xls``, BIFF8 in an OLE2 compound file) via xlrd, the same sheet path as XLSX.

xlrd 2 reads only .xls (it is maintained for exactly that). ``formatting_info`` is needed to see merged
ranges and number formats; date cells become dates with the workbook's own epoch (1900 or 1904), and
number formats decide the decimals shown, as in ``sheet_reader``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import xlrd
from xlrd.sheet import Sheet

from ocr.layout import Document, Line
from ocr.limits import MAX_SHEET_COLUMNS, MAX_SHEET_ROWS
from ocr.sheet_reader import SheetCell, sheet_lines
from ocr.sniff import XLS
from orderbridge.errors import DocumentRejected

_VISIBLE = 0  # xlrd's Sheet.visibility: 0 visible, 1 hidden, 2 very hidden


def read_xls(data: bytes) -> Document:
    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, on_demand=True, logfile=io.StringIO()
        )
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise DocumentRejected("unreadable", "the workbook is password protected") from exc
        raise DocumentRejected("unreadable", f"the workbook cannot be opened ({exc})") from exc
    except Exception as exc:  # xlrd raises struct, index, assertion and compdoc errors on bad files
        raise DocumentRejected(
            "unreadable", f"the workbook cannot be opened ({type(exc).__name__}: {exc})"
        ) from exc
    try:
        lines: list[Line] = []
        page = 0
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility != _VISIBLE:
                continue
            page += 1
            spans = {(rlo + 1, clo + 1): (rhi, chi) for rlo, rhi, clo, chi in sheet.merged_cells}
            hidden = (
                {row + 1 for row, info in sheet.rowinfo_map.items() if info.hidden},
                {column + 1 for column, info in sheet.colinfo_map.items() if info.hidden},
            )
            lines.extend(sheet_lines(page, sheet.name, _cells(book, sheet), spans, hidden))
    except Exception as exc:
        raise DocumentRejected(
            "unreadable", f"the workbook cannot be read ({type(exc).__name__}: {exc})"
        ) from exc
    finally:
        book.release_resources()
    return Document(media_type=XLS, method="xls", pages=page, lines=lines)


def _cells(book: xlrd.Book, sheet: Sheet) -> Iterator[SheetCell]:
    for row in range(min(sheet.nrows, MAX_SHEET_ROWS)):
        for column in range(min(sheet.row_len(row), MAX_SHEET_COLUMNS)):
            cell = sheet.cell(row, column)
            value = _value(book, cell)
            if value is not None:
                yield row + 1, column + 1, value, _number_format(book, cell.xf_index)


def _value(book: xlrd.Book, cell: xlrd.sheet.Cell) -> object:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (xlrd.xldate.XLDateError, OverflowError, ValueError):
            return cell.value  # not a representable date: the serial as printed
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_TEXT):
        return cell.value
    return None  # empty, blank (formatting only) and error cells


def _number_format(book: xlrd.Book, xf_index: int | None) -> str:
    if xf_index is None or xf_index >= len(book.xf_list):
        return "General"
    fmt = book.format_map.get(book.xf_list[xf_index].format_key)
    return fmt.format_str if fmt else "General"
