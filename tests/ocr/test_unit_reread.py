"""OCR'd units that are no unit word, read again alone against the unit words (ocr.unit_reread)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import unit_reread
from ocr.layout import Cell, Document
from ocr.line_table import Row, Table
from ocr.unit_reread import reread_unknown_units

DPI = 200
SCALE = DPI / 72
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
BOX = (100.0, 20.0, 114.0, 34.0)  # the unit cell, in points


@dataclass
class Scan:
    image: np.ndarray
    dpi: int = DPI
    languages: str = "chi_sim+eng"  # the models the page was read with


def page_with(text: str) -> np.ndarray:
    """A small white page with ``text`` printed in the unit cell's box."""
    page = Image.new("L", (round(160 * SCALE), round(50 * SCALE)), 255)
    font = ImageFont.truetype(FONT, round(11 * SCALE))
    ImageDraw.Draw(page).text((BOX[0] * SCALE, (BOX[1] + 1) * SCALE), text, font=font, fill=0)
    return np.asarray(page)


def read_unit(read: str, printed: str) -> Row:
    """One OCR'd order line whose unit column read ``read`` on a page that shows ``printed`` there."""
    unit = Cell(read, 1, *BOX, confidence=0.4)
    row = Row({"description": "驱动电源", "quantity": "10", "unit": read}, [unit], 1, {"unit": [unit]})
    document = Document("image/png", "ocr", 1, [], scans={1: Scan(page_with(printed))})
    reread_unknown_units(Table(rows=[row]), document)
    return row


def test_an_ocr_unit_that_is_no_unit_word_is_replaced_by_its_reading_alone() -> None:
    row = read_unit("全", printed="个")  # 个 as the page reading saw it
    assert row.values["unit"] == "个"
    assert row.reread == ["unit"]


def test_a_known_unit_word_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list = []
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: asked.append(args) or ("件", 0.99))
    row = read_unit("个", printed="个")
    assert (row.values["unit"], row.reread) == ("个", [])
    assert asked == []


@pytest.mark.parametrize("reading", [("个米", 0.95), None])
def test_a_reading_that_is_no_unit_word_leaves_the_unit_as_it_was(
    monkeypatch: pytest.MonkeyPatch, reading: tuple[str, float] | None
) -> None:
    asked: list = []
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: asked.append(args) or reading)
    row = read_unit("全", printed="个")
    assert (row.values["unit"], row.reread) == ("全", [])
    assert len(asked) == 1  # it was read again, and the reading not taken


def test_a_page_without_a_scan_keeps_its_units(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: pytest.fail("no image to read"))
    unit = Cell("全", 1, *BOX)
    row = Row({"unit": "全", "quantity": "10"}, [unit], 1, {"unit": [unit]})
    reread_unknown_units(Table(rows=[row]), Document("application/pdf", "text-layer", 1, []))
    assert row.values["unit"] == "全"
