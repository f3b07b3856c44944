"""The line table of a buyer's Excel order form: its shaded head, its boxed item cells, its total rows.

The workbook layouts of the thirty-seventh and thirty-eighth sets (Catalan, Greek, Macedonian, Slovene,
Slovak, Bulgarian, Ukrainian, Croatian, Icelandic, Uzbek forms) each wrote the same head row, the same
boxed row of item cells and the same three rows under the lines: the net sum as =SUM, a VAT of 0 (an
import: the VAT is paid at customs) and the total as a formula, with their cached values. These write it
once; each layout keeps its own captions, number formats and alignments.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from bench.extraction.layouts._sheet_cells import put_cell
from bench.extraction.layouts._sheet_form import BOX


def head_cells(
    sheet: Worksheet, row: int, heads: Sequence[str], columns: str, font: Font, fill: PatternFill
) -> None:
    """The captions ``heads`` across ``row``, shaded, boxed and centred (wrapped where they are long)."""
    for k, title in enumerate(heads):
        cell = put_cell(sheet, f"{columns[k]}{row}", title, font, fill=fill, border=BOX)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def boxed_cells(
    sheet: Worksheet, row: int, values: Sequence[tuple[object, str | None]], columns: str, font: Font
) -> None:
    """One item row: each (value, number format) of ``values`` in its column, boxed."""
    for k, (value, fmt) in enumerate(values):
        put_cell(sheet, f"{columns[k]}{row}", value, font, fmt, border=BOX)


def total_rows(
    sheet: Worksheet,
    labels: tuple[str, str, str],
    fonts: tuple[Font, Font, Font],
    *,
    lines: tuple[int, int],
    top: int,
    label_span: tuple[str, str],
    amount: str,
    total: float,
    money: str,
    cached: dict[str, object],
) -> None:
    """From row ``top`` down: the net sum of the ``lines`` (first, last row) in column ``amount``, a VAT
    of 0 and the total as formulas, labelled right-aligned across ``label_span``; their values in
    ``cached``."""
    first, last = lines
    rows = [
        (f"=SUM({amount}{first}:{amount}{last})", total),
        (0, None),
        (f"={amount}{top}+{amount}{top + 1}", total),
    ]
    for k, (value, cache) in enumerate(rows):
        r = top + k
        start, end = label_span
        right = Alignment(horizontal="right")
        put_cell(sheet, f"{start}{r}", labels[k], fonts[k], merge=f"{end}{r}", alignment=right)
        put_cell(sheet, f"{amount}{r}", value, fonts[k], money, border=BOX)
        if cache is not None:
            cached[f"{amount}{r}"] = cache
