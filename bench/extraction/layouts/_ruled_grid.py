"""A printed order's line table as columns between two edges: a shaded head, rows, rules around them.

The PDF layouts since the thirty-sixth set each kept their own column list, edge list, shaded head and
ruled row (FINA, Monitor, JDE ...). Layouts from the thirty-ninth set describe their columns once and draw
with a RuledGrid: ruled rows (a box around every row and a rule between columns) or an unruled body whose
column rules run down a frame of fixed height, as accounting packages print on plain paper.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from orderbridge.samples import pdf_drawing as draw


@dataclass(frozen=True)
class Column:
    caption: tuple[str, ...]  # the head's lines
    width: float  # 0: whatever the table's width leaves
    align: str  # l, c or r


class RuledGrid:
    """``columns`` from ``left`` to ``right`` in type of ``size`` on lines ``line_h`` apart."""

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
        self.columns = [
            column if column.width else Column(column.caption, rest, column.align) for column in columns
        ]
        self.edges = [left]
        for column in self.columns:
            self.edges.append(self.edges[-1] + column.width)
        self.left, self.right, self.size, self.line_h, self.pad = left, right, size, line_h, pad

    def width(self, k: int) -> float:
        """What column ``k`` holds inside its padding (for wrapping a cell's text)."""
        return self.columns[k].width - 2 * self.pad

    def put(self, c: Canvas, k: int, base: float, value: str, font: str, size: float | None = None) -> None:
        """``value`` in column ``k`` on the baseline ``base``, aligned as the column is."""
        size = size or self.size
        left, right = self.edges[k], self.edges[k + 1]
        align = self.columns[k].align
        if align == "r":
            draw.text(c, right - self.pad, base, value, font, size, "right")
        elif align == "c":
            draw.text(c, (left + right) / 2, base, value, font, size, "center")
        else:
            draw.text(c, left + self.pad, base, value, font, size)

    def rules(self, c: Canvas, top: float, bottom: float, width: float = 0.5) -> None:
        """A box from ``top`` to ``bottom`` with a rule between every two columns."""
        c.setLineWidth(width)
        c.rect(self.left, bottom, self.right - self.left, top - bottom)
        for edge in self.edges[1:-1]:
            c.line(edge, top, edge, bottom)

    def head(
        self,
        c: Canvas,
        y: float,
        font: str,
        grey: float = 0.85,
        lines: int = 0,
        drop: float | None = None,
    ) -> float:
        """The shaded, ruled head with its captions centred, ``lines`` caption lines high (else the
        longest caption's), their first baseline ``drop`` below the top (half a point less than a line
        unless given: ArmSoft and 富通天下 print a full line); returns its bottom."""
        height = 4 + self.line_h * (lines or max(len(column.caption) for column in self.columns))
        c.setFillColorRGB(grey, grey, grey)
        c.rect(self.left, y - height, self.right - self.left, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        self.rules(c, y, y - height)
        for k, column in enumerate(self.columns):
            centre = (self.edges[k] + self.edges[k + 1]) / 2
            for n, part in enumerate(column.caption):
                base = y - self.line_h + 0.5 - self.line_h * n if drop is None else y - drop - self.line_h * n
                draw.text(c, centre, base, part, font, self.size, "center")
        return y - height

    def cells(self, c: Canvas, y: float, cells: Sequence[Sequence[str]], font: str) -> float:
        """A row's cells from ``y`` down, each a list of lines (a wrapped cell has several), no rules;
        returns the row's bottom."""
        for k, parts in enumerate(cells):
            for n, part in enumerate(parts):
                self.put(c, k, y - self.line_h + 0.5 - self.line_h * n, part, font)
        return y - 4 - self.line_h * max(len(parts) for parts in cells)

    def row(self, c: Canvas, y: float, cells: Sequence[Sequence[str]], font: str) -> float:
        """A ruled row: its cells inside a box with the column rules; returns its bottom."""
        bottom = self.cells(c, y, cells, font)
        self.rules(c, y, bottom)
        return bottom

    def framed(
        self,
        c: Canvas,
        y: float,
        cells: Sequence[Sequence[str]],
        font: str,
        height: float,
        drop: float | None = None,
    ) -> float:
        """A ruled row of a fixed ``height`` as FINA, Jumis, Rivilė and the Kingdee / Chanjet prints draw
        it: the box and column rules first, then the cells, their first baseline ``drop`` below the top
        (a full line unless given); returns its bottom."""
        self.rules(c, y, y - height)
        first = self.line_h if drop is None else drop
        for k, parts in enumerate(cells):
            for n, part in enumerate(parts):
                self.put(c, k, y - first - self.line_h * n, part, font)
        return y - height
