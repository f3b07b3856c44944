"""A ruled line table as report engines draw it on a PDF page (the last sets each drew their own).

Columns are a caption (one or more lines), a width and an alignment (l, c, r); a width of 0 takes what
is left of the table's width. ``head`` draws the shaded caption row, ``row`` one ruled row of cells
whose text lines stand from the cell's top; a cell's line is a text or a (text, font) pair where one
line of a cell is in another face (a bold name over its plain specification).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orderbridge.samples import pdf_drawing as draw

Line = str | tuple[str, str]


@dataclass(frozen=True)
class Column:
    caption: tuple[str, ...]
    width: float
    align: str = "l"


class RuledTable:
    """Columns from ``left`` to ``right``, text ``size`` points high, ``line_h`` apart, ``pad`` inside."""

    def __init__(
        self,
        left: float,
        right: float,
        columns: Sequence[Column],
        size: float,
        line_h: float,
        pad: float = 2.5,
    ) -> None:
        rest = right - left - sum(column.width for column in columns)
        self.columns = [Column(c.caption, c.width or rest, c.align) for c in columns]
        self.edges = [left]
        for column in self.columns:
            self.edges.append(self.edges[-1] + column.width)
        self.size, self.line_h, self.pad = size, line_h, pad

    @property
    def left(self) -> float:
        return self.edges[0]

    @property
    def right(self) -> float:
        return self.edges[-1]

    def width(self, k: int) -> float:
        """The room for text in column ``k``."""
        return self.columns[k].width - 2 * self.pad

    def height(self, lines: int) -> float:
        return 4 + self.line_h * lines

    def _frame(self, c: Canvas, y: float, height: float) -> None:
        c.setLineWidth(0.5)
        c.rect(self.left, y - height, self.right - self.left, height)
        for edge in self.edges[1:-1]:
            c.line(edge, y, edge, y - height)

    def _put(self, c: Canvas, k: int, base: float, value: str, font: str) -> None:
        align = self.columns[k].align
        if align == "r":
            draw.text(c, self.edges[k + 1] - self.pad, base, value, font, self.size, "right")
        elif align == "c":
            draw.text(c, (self.edges[k] + self.edges[k + 1]) / 2, base, value, font, self.size, "center")
        else:
            draw.text(c, self.edges[k] + self.pad, base, value, font, self.size)

    def head(self, c: Canvas, y: float, font: str, shade: float = 0.85) -> float:
        """The caption row, centred captions on a grey fill; returns the y under it."""
        height = self.height(max(len(column.caption) for column in self.columns))
        c.setFillColorRGB(shade, shade, shade)
        c.rect(self.left, y - height, self.right - self.left, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        self._frame(c, y, height)
        for k, column in enumerate(self.columns):
            centre = (self.edges[k] + self.edges[k + 1]) / 2
            for n, part in enumerate(column.caption):
                draw.text(c, centre, y - self.line_h - n * self.line_h, part, font, self.size, "center")
        return y - height

    def row(
        self, c: Canvas, y: float, cells: Sequence[Sequence[Line]], font: str, height: float | None = None
    ) -> float:
        """One ruled row of ``cells`` (at least as high as its fullest cell); returns the y under it."""
        height = max(height or 0, self.height(max(len(cell) for cell in cells)))
        self._frame(c, y, height)
        for k, cell in enumerate(cells):
            for n, line in enumerate(cell):
                value, face = (line, font) if isinstance(line, str) else line
                self._put(c, k, y - self.line_h - n * self.line_h, value, face)
        return y - height
