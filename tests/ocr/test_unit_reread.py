"""OCR'd units that are no unit word, read again alone against the unit words (ocr.unit_reread)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import unit_reread
from ocr.layout import Cell, Document, Line
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
    # read again as a word, then as a block, then as a word in black and white by the Chinese model alone
    assert [(args[1], args[-1]) for args in asked] == [("chi_sim+eng", 8), ("chi_sim+eng", 6), ("chi_sim", 8)]
    assert set(np.unique(asked[2][0])) <= {0, 255}


def test_a_page_without_a_scan_keeps_its_units(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: pytest.fail("no image to read"))
    unit = Cell("全", 1, *BOX)
    row = Row({"unit": "全", "quantity": "10"}, [unit], 1, {"unit": [unit]})
    reread_unknown_units(Table(rows=[row]), Document("application/pdf", "text-layer", 1, []))
    assert row.values["unit"] == "全"


def in_quantity_cell(read: str, printed: str) -> Row:
    """One OCR'd order line with no unit column: its quantity cell read ``read``, the page shows
    ``printed`` there (数量单位 ``120 千克``)."""
    cell = Cell(read, 1, 60.0, 21.0, 114.0, 32.0, confidence=0.4)  # 11 pt text
    row = Row({"description": "弹簧垫圈", "quantity": read}, [cell], 1, {"quantity": [cell]})
    page = Image.new("L", (round(160 * SCALE), round(50 * SCALE)), 255)
    font = ImageFont.truetype(FONT, round(11 * SCALE))
    ImageDraw.Draw(page).text((60 * SCALE, 21 * SCALE), printed, font=font, fill=0)
    document = Document("image/png", "ocr", 1, [], scans={1: Scan(np.asarray(page))})
    reread_unknown_units(Table(rows=[row]), document)
    return row


def test_a_unit_printed_in_the_quantity_cell_is_read_again_with_its_number() -> None:
    row = in_quantity_cell("120 全", printed="120 个")
    assert (row.values["unit"], row.reread) == ("个", ["unit"])
    assert row.values["quantity"] == "120 全"  # the number is the quantity column's business


def test_a_lone_latin_letter_read_again_is_not_taken_for_a_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: ("T", 0.9))  # t is tons, 千 misread
    row = read_unit("FR", printed="千克")
    assert (row.values["unit"], row.reread) == ("FR", [])


def test_a_unit_in_the_quantity_cell_is_read_from_right_of_the_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list = []
    monkeypatch.setattr(unit_reread, "read_cell", lambda crop, *args: asked.append(crop) or ("件", 0.9))
    row = in_quantity_cell("120 仵", printed="120 件")
    assert row.values["unit"] == "件"
    (crop,) = asked
    cell_px = (114.0 - 60.0) * SCALE
    assert cell_px * 0.4 < crop.shape[1] < cell_px * 0.8  # the unit's part, not the number's


def test_a_known_unit_in_the_quantity_cell_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: pytest.fail("a known unit is kept"))
    row = in_quantity_cell("120 千克", printed="120 千克")
    assert "unit" not in row.values  # assembly splits it from the quantity as printed


@pytest.mark.parametrize(
    ("read", "unit"),
    [("干克", "千克"), ("公广", "公斤"), ("方米", None), ("FR", None), ("个米", None)],
)
def test_an_unreadable_unit_one_character_off_a_single_unit_word_becomes_that_word(
    monkeypatch: pytest.MonkeyPatch, read: str, unit: str | None
) -> None:
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: None)  # the second reading fails
    row = read_unit(read, printed="千克")
    assert row.values["unit"] == (unit or read)  # 方米: 平方米 or 立方米, so neither
    assert row.reread == (["unit"] if unit else [])


def lost_unit_table(
    printed: str, shown_elsewhere: bool = True, unit_first: bool = False
) -> tuple[Table, Document]:
    """A scanned table under 数量 | 单位 whose second row's unit cell the page reading lost: the page shows
    ``printed`` under 单位 on that row (the first row's unit, 个, was read). ``unit_first``: the columns
    are 单位 | 数量 instead, the unit printed left of the quantity (at 30 pt)."""
    unit_at = 30.0 if unit_first else 100.0
    head = Line(
        1, [Cell("数量", 1, 60.0, 4.0, 80.0, 16.0), Cell("单位", 1, unit_at, 4.0, unit_at + 20, 16.0)]
    )
    page = Image.new("L", (round(160 * SCALE), round(80 * SCALE)), 255)
    font = ImageFont.truetype(FONT, round(11 * SCALE))
    draw = ImageDraw.Draw(page)
    rows = []
    for top, unit in ((21.0, "个" if shown_elsewhere else ""), (51.0, printed)):
        draw.text((66 * SCALE, top * SCALE), "10", font=font, fill=0)
        draw.text(((unit_at + 3) * SCALE, top * SCALE), unit, font=font, fill=0)
        quantity = Cell("10", 1, 66.0, top, 78.0, top + 12, confidence=0.9)
        values = {"quantity": "10", **({"unit": unit} if unit and top < 50 else {})}
        placed = {
            "quantity": [quantity],
            **(
                {"unit": [Cell(unit, 1, unit_at + 3, top, unit_at + 14, top + 12)]}
                if "unit" in values
                else {}
            ),
        }
        rows.append(Row(values, [quantity], 1, placed))
    document = Document("image/png", "ocr", 1, [], scans={1: Scan(np.asarray(page))})
    return Table(rows=rows, headers=[head]), document


def test_a_unit_the_page_reading_lost_is_read_from_under_the_unit_column_s_head() -> None:
    table, document = lost_unit_table("套")
    reread_unknown_units(table, document)
    assert (table.rows[1].values.get("unit"), table.rows[1].reread) == ("套", ["unit"])


def test_an_empty_place_under_the_unit_head_gives_no_unit() -> None:
    table, document = lost_unit_table("")
    reread_unknown_units(table, document)
    assert "unit" not in table.rows[1].values


def test_no_unit_is_read_where_no_row_shows_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: pytest.fail("an empty unit column"))
    table, document = lost_unit_table("套", shown_elsewhere=False)
    reread_unknown_units(table, document)
    assert "unit" not in table.rows[1].values


def test_a_lost_unit_printed_left_of_the_quantity_is_read_there_too() -> None:
    """浪潮 GS: 品名规格 | 单位 | 数量; the unit's place is short of the quantity, not right of it."""
    table, document = lost_unit_table("个", unit_first=True)
    reread_unknown_units(table, document)
    assert (table.rows[1].values.get("unit"), table.rows[1].reread) == ("个", ["unit"])


def test_a_lost_unit_s_place_is_as_tall_as_a_chinese_character_though_the_digits_are_shorter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list = []
    monkeypatch.setattr(unit_reread, "read_cell", lambda crop, *args: asked.append(crop) or ("个", 0.9))
    table, document = lost_unit_table("个")
    digits = table.rows[1].by_kind["quantity"][0]
    table.rows[1].by_kind["quantity"] = [Cell("10", 1, 66.0, 54.0, 78.0, 60.0, confidence=0.9)]  # 6 pt
    reread_unknown_units(table, document)
    assert asked and asked[0].shape[0] >= 0.6 * (digits.bottom - digits.top) * SCALE


def test_a_black_and_white_reading_shorter_than_the_cell_s_ink_is_not_taken(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """千克 read in black and white as 克 is a unit word, but a thousand times off: two characters of ink
    are no one-character unit."""
    monkeypatch.setattr(
        unit_reread, "read_cell", lambda crop, model, *a: ("克", 0.9) if model == "chi_sim" else None
    )
    for printed, unit in (("千克", "FR"), ("克", "克")):
        page = Image.new("L", (round(160 * SCALE), round(50 * SCALE)), 255)
        font = ImageFont.truetype(FONT, round(11 * SCALE))
        ImageDraw.Draw(page).text((100 * SCALE, 21 * SCALE), printed, font=font, fill=0)
        cell = Cell("FR", 1, 98.0, 19.0, 128.0, 35.0, confidence=0.4)  # wide enough for two characters
        row = Row({"quantity": "10", "unit": "FR"}, [cell], 1, {"unit": [cell]})
        document = Document("image/png", "ocr", 1, [], scans={1: Scan(np.asarray(page))})
        reread_unknown_units(Table(rows=[row]), document)
        assert row.values["unit"] == unit, printed


@pytest.mark.parametrize(("languages", "unit"), [("rus+eng", "кг"), ("chi_sim+eng", "Kr")])
def test_on_a_cyrillic_page_a_unit_read_as_latin_look_alikes_is_written_in_cyrillic(
    monkeypatch: pytest.MonkeyPatch, languages: str, unit: str
) -> None:
    monkeypatch.setattr(unit_reread, "read_cell", lambda *args: ("Kr", 0.9))  # the cell alone reads Kr too
    cell = Cell("Kr", 1, *BOX, confidence=0.9)
    row = Row({"description": "Пруток 40Х", "quantity": "612,5", "unit": "Kr"}, [cell], 1, {"unit": [cell]})
    scan = Scan(page_with("кг"), languages=languages)
    reread_unknown_units(Table(rows=[row]), Document("image/png", "ocr", 1, [], scans={1: scan}))
    assert row.values["unit"] == unit
