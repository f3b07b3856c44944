"""Small reportlab helpers the sample purchase orders are drawn with.

Every canvas is made with ``invariant=1`` (no creation date, fixed document id) so the same call writes the
same bytes on every run: the demo's second run must be recognised as duplicates by content hash.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

CJK_FONT = "WQYZenHei"
CJK_FONT_PATH = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
LATIN_FONT = "Helvetica"
LATIN_BOLD = "Helvetica-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4


def cjk_font() -> str:
    """Register WenQuanYi Zen Hei once (reportlab embeds it; Noto CJK's CFF outlines it cannot)."""
    if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(CJK_FONT_PATH), subfontIndex=0))
    return CJK_FONT


def new_canvas(buffer: io.BytesIO, title: str, encrypt: object | None = None) -> Canvas:
    canvas = Canvas(buffer, pagesize=A4, invariant=1, encrypt=encrypt)
    canvas.setTitle(title)
    canvas.setAuthor("OrderBridge sample generator")
    canvas.setCreator("OrderBridge sample generator")
    return canvas


def text(canvas: Canvas, x: float, y: float, value: str, font: str, size: float, align: str = "left") -> None:
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x, y, value)
    elif align == "center":
        canvas.drawCentredString(x, y, value)
    else:
        canvas.drawString(x, y, value)


def table(
    canvas: Canvas,
    x: float,
    y_top: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    font: str,
    size: float = 9,
    row_height: float = 18,
    aligns: str | None = None,
    grid: bool = True,
) -> float:
    """Draw rows as a table; ``grid`` rules every cell, else only lines above/below the header and last row.

    ``aligns`` is one letter per column (l, c, r). Returns the y of the table's bottom edge.
    """
    aligns = aligns or "l" * len(widths)
    edges = [x]
    for width in widths:
        edges.append(edges[-1] + width)
    bottom = y_top - row_height * len(rows)
    canvas.setLineWidth(0.6)
    if grid:
        for i in range(len(rows) + 1):
            canvas.line(x, y_top - i * row_height, edges[-1], y_top - i * row_height)
        for edge in edges:
            canvas.line(edge, y_top, edge, bottom)
    else:
        for y in (y_top, y_top - row_height, bottom):
            canvas.line(x, y, edges[-1], y)
    for r, row in enumerate(rows):
        baseline = y_top - r * row_height - row_height + (row_height - size) / 2 + 1.5
        for c, cell in enumerate(row):
            if not cell:
                continue
            align = aligns[c]
            if align == "r":
                text(canvas, edges[c + 1] - 4, baseline, cell, font, size, "right")
            elif align == "c":
                text(canvas, (edges[c] + edges[c + 1]) / 2, baseline, cell, font, size, "center")
            else:
                text(canvas, edges[c] + 4, baseline, cell, font, size)
    return bottom


def box(canvas: Canvas, x: float, y_top: float, width: float, height: float) -> None:
    canvas.setLineWidth(0.6)
    canvas.rect(x, y_top - height, width, height)
