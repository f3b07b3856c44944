"""The multiplication sign of a printed size, told from the letter x on a scan (ocr.times_sign)."""

from __future__ import annotations

import io
import re

import pytest

from ocr.layout import Cell, Word
from ocr.scan_reader import read_page
from ocr.times_sign import prints_times_signs, with_times_signs
from orderbridge.samples import scans
from orderbridge.samples.pdf_drawing import LATIN_FONT, cjk_font, new_canvas

SIZES = ["定位销 Φ8×30", "导套 D68×40 石墨", "螺钉 M12×40 12.9级", "密封圈 63×48×6,3", "木箱 1200×800×900"]


def scanned(lines: list[str], font: str, dpi: int) -> str:
    """The page's text as read from an office scan (skew, grey paper, noise, blur, JPEG) of ``lines``
    printed in ``font``."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, "sizes")
    canvas.setFont(font, 10)
    for k, text in enumerate(lines):
        canvas.drawString(60, 760 - 18 * k, text)
    canvas.save()
    page = scans.degrade(scans.rasterise(buffer.getvalue(), dpi)[0], scans.Degradation.realistic(21), 21)
    read = read_page(page, 1, dpi)
    return " | ".join(cell.text for line in read.lines for cell in line.cells)


@pytest.mark.parametrize("dpi", [200, 300])
def test_sizes_printed_with_the_sign_are_read_with_it(dpi: int) -> None:
    text = scanned(SIZES, cjk_font(), dpi)
    assert text.count("×") >= 5 and not re.search(r"\dx\d", text)


@pytest.mark.parametrize("dpi", [200, 300])
def test_sizes_printed_with_the_letter_keep_it(dpi: int) -> None:
    text = scanned(
        ["Bracket 60x40 galv.", "Spring pin 4x24", "Bushing 12x16x20", "Gasket 40x3"], LATIN_FONT, dpi
    )
    assert "×" not in text and len(re.findall(r"\dx\d", text)) >= 4


def test_one_word_alone_does_not_decide_a_page() -> None:
    word = Word("D68x40", 1, 0, 0, 10, 10, 0.9)
    assert not prints_times_signs([word], None, 300)  # (not even looked at: one vote is no page's habit)


def test_cells_read_again_get_the_sign_and_their_spaced_text_too() -> None:
    cell = Cell("DBM 63x48x6,3 PU", 1, 0, 0, 10, 10, spaced="DBM 63x48x6,3 PU")
    (signed,) = with_times_signs([cell])
    assert (signed.text, signed.spaced) == ("DBM 63×48×6,3 PU", "DBM 63×48×6,3 PU")
    assert with_times_signs([Cell("Box 4 x 5", 1, 0, 0, 10, 10)])[0].text == "Box 4 x 5"  # spaced: no size
