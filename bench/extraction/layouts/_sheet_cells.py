"""One writer of a workbook layout's cells (was copied into five of them): value, font, number format,
any other style attribute (alignment, fill, border ...), and the range it is merged over."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet


def put_cell(sheet: Worksheet, ref: str, value, font: Font, fmt: str | None = None, merge: str = "", **style):
    """Write ``value`` into ``ref`` with ``font``, ``fmt`` and ``style``; merge ``ref`` to ``merge``."""
    cell = sheet[ref]
    cell.value = value
    cell.font = font
    if fmt:
        cell.number_format = fmt
    for key, setting in style.items():
        setattr(cell, key, setting)
    if merge:
        sheet.merge_cells(f"{ref}:{merge}")
    return cell
