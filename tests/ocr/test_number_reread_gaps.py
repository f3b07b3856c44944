"""Numbers the page reading lost (``Row.gaps``), read again alone from their column's band on the image."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ocr.layout import Cell, Document, Line
from ocr.line_table import Table, find_table
from ocr.number_reread import reread_mismatched_rows

DPI = 200
SCALE = DPI / 72  # pixels a point
CHAR = 7.0  # points a character
HEIGHT = 14.0  # points a line
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


@dataclass
class Scan:
    """What the re-read needs of a ``ScannedPage``: the cleaned page and its resolution."""

    image: np.ndarray
    dpi: int = DPI


def ocr_line(top: float, *cells: tuple[float, str]) -> Line:
    return Line(
        1, [Cell(text, 1, x, top, x + CHAR * len(text), top + HEIGHT, confidence=0.9) for x, text in cells]
    )


HEADER = ((80, "物料编码"), (180, "品名"), (300, "数量"), (350, "单位"), (400, "单价"), (470, "金额"))
FIRST = (
    (80, "HD-BLT-0830"),
    (180, "螺栓 M8"),
    (300, "5,000"),
    (350, "PCS"),
    (400, "0.85"),
    (465, "4,250.00"),
)
LOST = ((80, "HD-WSH-08"), (180, "垫圈"), (350, "PCS"), (400, "0.12"), (470, "60.00"))  # 500 x 0.12 = 60.00


def page_image(printed: dict[float, tuple[tuple[float, str], ...]]) -> np.ndarray:
    """A white page with each line's texts drawn at their cells (top -> cells, in points)."""
    page = Image.new("L", (round(560 * SCALE), round(100 * SCALE)), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, round(10 * SCALE))
    for top, cells in printed.items():
        for x, text in cells:
            draw.text((x * SCALE, (top + 1) * SCALE), text, font=font, fill=0)
    return np.asarray(page)


def read_with_lost_quantity(printed_quantity: str) -> Table:
    """The second line's quantity is on the page but not in the OCR'd words; the re-read gets its chance."""
    lines = [ocr_line(10, *HEADER), ocr_line(30, *FIRST), ocr_line(50, *LOST)]
    image = page_image({10: HEADER, 30: FIRST, 50: (*LOST, (300, printed_quantity))})
    document = Document("image/png", "ocr", 1, lines, scans={1: Scan(image)})
    table = find_table(document)
    assert table.rows[1].gaps and "quantity" not in table.rows[1].values  # as the page reading left it
    reread_mismatched_rows(table, document)
    return table


def test_a_lost_quantity_is_read_from_its_column_band_when_the_line_then_adds_up() -> None:
    table = read_with_lost_quantity("500")
    row = table.rows[1]
    assert row.values["quantity"] == "500"
    assert "quantity" in row.reread
    assert row.gaps == {}
    assert table.rows[0].reread == []  # a line that adds up is not read again


def test_a_number_in_the_band_that_does_not_make_the_line_add_up_is_not_taken() -> None:
    table = read_with_lost_quantity("300")  # 300 x 0.12 is not 60.00
    row = table.rows[1]
    assert "quantity" not in row.values
    assert row.reread == []
    assert "quantity" in row.gaps  # still lost: the order goes to review
    assert (row.values["unit_price"], row.values["amount"]) == ("0.12", "60.00")


def test_the_first_line_under_the_header_may_be_the_one_that_lost_its_quantity() -> None:
    lines = [ocr_line(10, *HEADER), ocr_line(30, *LOST), ocr_line(50, *FIRST)]
    image = page_image({10: HEADER, 30: (*LOST, (300, "500")), 50: FIRST})
    document = Document("image/png", "ocr", 1, lines, scans={1: Scan(image)})
    table = find_table(document)
    assert [row.values.get("amount") for row in table.rows] == ["60.00", "4,250.00"]  # the table starts there
    reread_mismatched_rows(table, document)
    assert table.rows[0].values["quantity"] == "500"
