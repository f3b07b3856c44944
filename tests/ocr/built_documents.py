"""Small documents built cell by cell, for rules that need a page's geometry but no PDF: each character
``CHAR`` points wide, lines ``height`` points tall (10 unless told), sheets one cell per column."""

from __future__ import annotations

from ocr.layout import Cell, Document, Line

CHAR = 5.0
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cell(x: float, top: float, text: str, height: float = 10.0, confidence: float | None = None) -> Cell:
    return Cell(text, 1, x, top, x + CHAR * len(text), top + height, confidence=confidence)


def line(top: float, *cells: tuple[float, str], height: float = 10.0) -> Line:
    return Line(1, [cell(x, top, text, height) for x, text in cells])


def pdf(*lines: Line) -> Document:
    return Document("application/pdf", "text-layer", 1, list(lines))


def sheet(*rows: list[str]) -> Document:
    lines = [
        Line(
            1,
            [
                Cell(text, 1, float(col), float(row), col + 0.9, row + 0.9)
                for col, text in enumerate(cells)
                if text
            ],
        )
        for row, cells in enumerate(rows, start=1)
    ]
    return Document(XLSX, "sheet", 1, lines)


ENGLISH_HEAD = (
    (30, "No."),
    (60, "Part No."),
    (150, "Description"),
    (300, "Qty"),
    (340, "Unit Price"),
    (420, "Amount"),
)


def english_table(*row: str, top: float = 100.0) -> list[Line]:
    """A one-line English order table: its header, then ``row`` (no., part, description, qty, price,
    amount) under the header's columns."""
    return [line(top, *ENGLISH_HEAD), line(top + 15, *zip((x for x, _ in ENGLISH_HEAD), row, strict=True))]
