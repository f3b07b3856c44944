"""Page cleaning before OCR: skew, noise, grey paper and table rulings, on rendered sample pages."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from ocr.grid_cells import grid_cells
from ocr.preprocess import (
    CleanPage,
    binarise,
    clean_page,
    denoise,
    dotted_rules,
    estimate_skew,
    find_rulings,
    light_on_dark,
    noise_level,
    rulings,
    specks_line_up,
    to_grey,
)
from orderbridge.samples import acme, hdprecision, scans


@pytest.fixture(scope="module")
def hd_page() -> Image.Image:
    return scans.rasterise(hdprecision.render(), dpi=150)[0]  # half size: these checks need no detail


@pytest.fixture(scope="module")
def acme_clean() -> CleanPage:
    return clean_page(scans.rasterise(acme.render())[0])


@pytest.mark.parametrize("angle", [-1.8, 0.6, 1.3])
def test_the_skew_of_a_rotated_page_is_measured_to_a_fifth_of_a_degree(
    hd_page: Image.Image, angle: float
) -> None:
    tilted = scans.degrade(hd_page, scans.Degradation(rotation=angle))
    assert abs(estimate_skew(binarise(to_grey(tilted))) + angle) <= 0.2


def test_a_tilted_page_comes_out_straight_and_a_straight_one_is_not_rotated(hd_page: Image.Image) -> None:
    assert abs(clean_page(hd_page, 150).skew) <= 0.1
    straightened = clean_page(scans.degrade(hd_page, scans.Degradation(rotation=1.5)), 150)
    assert abs(straightened.skew + 1.5) <= 0.2
    assert abs(estimate_skew(binarise(straightened.image))) <= 0.2


def test_a_clean_page_is_left_as_it_is_and_a_noisy_one_is_smoothed(hd_page: Image.Image) -> None:
    grey = to_grey(hd_page)
    assert np.array_equal(denoise(grey), grey)  # a median filter would erode clean glyphs
    noisy = to_grey(scans.degrade(hd_page, scans.Degradation(noise=12, speckle=0.002)))
    assert noise_level(denoise(noisy)) < noise_level(noisy) / 2


def test_grey_paper_comes_out_white(hd_page: Image.Image) -> None:
    cleaned = clean_page(scans.degrade(hd_page, scans.Degradation(paper=200)), 150).image
    assert np.median(cleaned) >= 250


def test_the_grid_rulings_are_found_and_erased(acme_clean: CleanPage) -> None:
    xs_points = sorted({round(x * 72 / 300) for x, _, _ in acme_clean.rules})
    for edge in (50, 86, 166, 316, 372, 412, 478, 550):  # the acme table's column edges
        assert any(abs(edge - x) <= 2 for x in xs_points), (edge, xs_points)
    mask, _, _ = find_rulings(binarise(acme_clean.image), 300)
    assert mask.sum() == 0  # nothing long and straight is left for tesseract to read as | or 1


def test_the_grid_gives_one_cell_per_column_and_row(acme_clean: CleanPage) -> None:
    assert len(grid_cells(acme_clean.rules, acme_clean.rows)) == 7 * 3  # header + two lines, seven columns


def test_a_borderless_table_has_no_vertical_rulings(hd_page: Image.Image) -> None:
    """Only the lines above and below the header and the last row: long, but horizontal."""
    page = clean_page(hd_page, 150)
    assert page.rules == []
    assert len(page.rows) == 3


def test_an_unruled_page_has_no_grid() -> None:
    assert grid_cells([], []) == []


def test_rulings_are_placed_to_the_pixel_pair_at_full_size() -> None:
    """The strokes are labelled on a half-size mask: their boxes still come back in full-size pixels."""
    page = np.full((1200, 900), 255, dtype=np.uint8)
    page[101:1001, 301:304] = 0  # a vertical ruling, 3 px wide
    page[601:603, 51:851] = 0  # a horizontal one
    mask, rules, rows = find_rulings(page, 300)
    ((x, top, bottom),) = rules
    ((y, x0, x1),) = rows
    assert abs(x - 302) <= 2 and abs(top - 101) <= 2 and abs(bottom - 1001) <= 2
    assert abs(y - 602) <= 2 and abs(x0 - 51) <= 2 and abs(x1 - 851) <= 2
    assert mask[500, 302] == 255 and mask[602, 400] == 255 and mask[300, 600] == 0


def test_a_blank_page_has_no_skew_and_no_rulings() -> None:
    page = np.full((400, 300), 255, dtype=np.uint8)
    assert estimate_skew(page) == 0.0
    assert find_rulings(page, 300)[1:] == ([], [])


def report_drawn_with_characters() -> np.ndarray:
    """A text-mode report's page at 300 dpi: three lines of dashes, five columns of stacked bars."""
    page = np.full((1500, 1200), 255, dtype=np.uint8)
    for y in (200, 700, 1200):
        for x in range(100, 1100, 25):
            page[y : y + 3, x : x + 20] = 0  # a dash, 5 px to the next
    for x in (100, 300, 500, 700, 900, 1100):
        for y in range(210, 690, 48):
            page[y : y + 42, x : x + 3] = 0  # a | on each line, 6 px to the next
    return page


def test_a_report_drawn_with_dashes_and_bars_is_read_as_ruled() -> None:
    assert rulings(report_drawn_with_characters(), 300)[3] is True


def test_a_page_with_a_solid_ruling_across_it_is_no_report_drawn_with_characters() -> None:
    """An approval app's print: its faint row rules broken into what looks like dashes by the scan, its
    column rules like bars, and one drawn line down the page: its letters' stems stay letters."""
    page = report_drawn_with_characters()
    page[100:1400, 50:53] = 0  # the form's border, down most of the page
    assert rulings(page, 300)[3] is False


def test_a_header_band_printed_white_on_black_is_turned_black_on_white() -> None:
    page = np.full((600, 1200), 250, dtype=np.uint8)
    page[100:160, 50:1150] = 30  # the dark band, 3.7 x 0.2 in
    page[115:145, 100:104] = 240  # a white letter's stem inside it
    page[400:430, 100:104] = 20  # ordinary ink elsewhere: a stem, no band
    turned = light_on_dark(page, 300)
    assert turned[130, 600] > 200 and turned[130, 102] < 40  # the band light, its letter dark
    assert turned[415, 102] == 20 and turned[300, 600] == 250  # ink and paper elsewhere as they were


def test_a_page_without_dark_bands_is_left_as_it_is(hd_page: Image.Image) -> None:
    grey = to_grey(hd_page)
    assert np.array_equal(light_on_dark(grey, 150), grey)


def page_with_dotted_rules(dpi: int) -> tuple[np.ndarray, np.ndarray]:
    """A page strip at ``dpi``: a line of text, a row of dots under it (POHODA's separator between two
    order lines), and a line with full stops and i's dots. Returns its ink and the dots' mask."""
    from PIL import ImageDraw, ImageFont

    scale = dpi / 300
    image = Image.new("L", (int(1800 * scale), int(300 * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", int(36 * scale))
    draw.text((40 * scale, 20 * scale), "HT-101204 Těsnění pístu DBM 63×48×6,3   600 ks   48,90", font=font)
    draw.text((40 * scale, 180 * scale), "i. j. i. Fig. 3. a.i. e.g. i.e. ...", font=font)
    ink = 255 - np.asarray(image)
    dots = np.zeros_like(ink)
    size, step, y = max(2, round(4 * scale)), round(11 * scale), int(110 * scale)
    for x in range(int(40 * scale), int(1700 * scale), step):
        dots[y : y + size, x : x + size] = 255
    return np.maximum(ink, dots), dots


@pytest.mark.parametrize("dpi", [200, 300])
def test_a_row_of_dots_between_order_lines_is_erased_and_letters_are_not(dpi: int) -> None:
    ink, dots = page_with_dotted_rules(dpi)
    found = dotted_rules(ink, dpi)
    assert (found[dots > 0] > 0).mean() > 0.95  # the separator's dots
    assert not (found[dots == 0] > 0).any()  # no letter, accent, full stop or i's dot


def test_specks_standing_apart_are_found_without_looking_at_the_pixels() -> None:
    """The cheap test before the pixel work: specks in a row a ruling's length long, or none."""

    def specks(*boxes: tuple[int, int, int, int]) -> np.ndarray:
        return np.array([[x, y, w, h, w * h] for x, y, w, h in boxes], dtype=np.int32)

    row = specks(*[(40 + 11 * k, 110, 4, 4) for k in range(20)])  # 20 dots 7 px apart: 213 px long
    assert specks_line_up(row, gap=10, length=150)
    assert not specks_line_up(row, gap=5, length=150)  # too far apart to bridge
    assert not specks_line_up(row[:10], gap=10, length=150)  # too short a row
    scattered = specks(*[(40 + 97 * k, 30 + 53 * k, 3, 3) for k in range(20)])  # noise, i's dots
    assert not specks_line_up(scattered, gap=10, length=150)
    staggered = specks(*[(40 + 11 * k, 110 + 5 * (k % 2), 4, 4) for k in range(20)])  # no row shared
    assert not specks_line_up(staggered, gap=10, length=150)
    blank = np.full((600, 800), 0, dtype=np.uint8)
    assert not dotted_rules(blank, 300).any()
