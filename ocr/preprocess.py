"""Cleaning a scanned page before OCR: what real scans have and tesseract hates.

In order: grey, remove speckle (median) and sensor grain or JPEG ringing (a light Gaussian when the page is
noisy), straighten (skew of a few degrees, measured on the text itself), binarise adaptively (grey
backgrounds, uneven light), then find the table rulings and erase them. Ruling lines make tesseract read
``|`` and swallow the digits next to them; their vertical ones are kept as the table's column edges, the
same shape the text-layer reader gets from pdfplumber.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

_MAX_SKEW = 5.0  # degrees; more than this is a photo, not a scan
_MIN_SKEW = 0.2  # below this (the search steps by 0.1), rotating only blurs
_SPECKLE = 1.5  # noise_level above which a median filter helps more than it erodes
_GRAIN = 4.0  # noise_level above which grain is smoothed as well


@dataclass
class CleanPage:
    """A cleaned grey page (white paper) and its vertical rulings as (x, top, bottom) in pixels."""

    image: np.ndarray
    skew: float
    rules: list[tuple[int, int, int]] = field(default_factory=list)
    rows: list[tuple[int, int, int]] = field(default_factory=list)  # horizontal rulings (y, x0, x1)
    drawn: bool = False  # a text-mode report whose rulings are | and - characters (``rulings``)


def to_grey(image: Image.Image) -> np.ndarray:
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    array = np.asarray(image)
    return array if array.ndim == 2 else cv2.cvtColor(array, cv2.COLOR_RGB2GRAY)


def noise_level(grey: np.ndarray) -> float:
    """Mean absolute difference between the page and its median-filtered self: speckle and grain."""
    return float(np.mean(cv2.absdiff(grey, cv2.medianBlur(grey, 3))))


def denoise(grey: np.ndarray) -> np.ndarray:
    """Only what is there: a median filter erodes clean glyphs (tesseract then misreads large CJK titles)."""
    level = noise_level(grey)
    if level < _SPECKLE:
        return grey
    smoothed = cv2.medianBlur(grey, 3)
    if level > _GRAIN:
        smoothed = cv2.GaussianBlur(smoothed, (3, 3), 0)  # non-local means reads no better, at 30x the time
    return smoothed


_DARK = 100  # grey level under which a pixel is a dark fill (or ink)
_STRIP = (0.5, 0.02)  # inches: a fill's solid strip, at least (a band's margin above or below its text)
_TEXT_LINE = 0.25  # inches: the white text between a band's margins, at most
_FILLED = 0.6  # share of a band's pixels that are dark: white text on it leaves most of it dark


def light_on_dark(grey: np.ndarray, dpi: int = 300) -> np.ndarray:
    """The page with its dark bands turned light: a table's header printed white on black (Epicor's
    ``Line | Part Number | Qty``) is black on white after it, as tesseract and the binarisation want it.

    Found on a quarter-size copy: solid dark strips at least ``_STRIP`` long and thick (a band's margins
    around its text; no letter, bold or not, and no ruling is one), joined across the text line between
    them, and kept where most of the joined block is dark (two thick rulings with paper between them are
    no band). Only the pixels of such blocks are inverted, so a skewed band's corners of paper stay white."""
    height, width = grey.shape
    small = cv2.resize(grey, (max(1, width // 4), max(1, height // 4)), interpolation=cv2.INTER_AREA)
    dark = (small < _DARK).astype(np.uint8)
    long, thick = max(2, int(_STRIP[0] * dpi / 4)), max(2, round(_STRIP[1] * dpi / 4))
    strips = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((thick, long), np.uint8))
    if not strips.any():
        return grey
    joined = cv2.morphologyEx(
        strips, cv2.MORPH_CLOSE, np.ones((max(2, int(_TEXT_LINE * dpi / 4)), 1), np.uint8)
    )
    count, labels = cv2.connectedComponents(joined)
    bands = np.zeros_like(joined)
    for i in range(1, count):
        block = labels == i
        if dark[block].mean() >= _FILLED:
            bands[block] = 1
    if not bands.any():
        return grey
    mask = cv2.resize(bands, (width, height), interpolation=cv2.INTER_NEAREST).astype(bool)
    turned = grey.copy()
    turned[mask] = 255 - grey[mask]
    return turned


def flatten_background(grey: np.ndarray) -> np.ndarray:
    """Divide by the estimated paper (a dilated, blurred copy): grey or shaded paper becomes white while
    glyph edges keep their grey levels, which tesseract's own thresholding reads better than hard black.

    The paper changes slowly across the page, so it is estimated on a half-size copy and enlarged:
    the same estimate for a quarter of the work."""
    height, width = grey.shape
    small = cv2.resize(grey, (max(1, width // 2), max(1, height // 2)), interpolation=cv2.INTER_AREA)
    paper = cv2.medianBlur(cv2.dilate(small, np.ones((4, 4), np.uint8)), 11)
    paper = cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(grey, paper, scale=255)


def binarise(grey: np.ndarray) -> np.ndarray:
    """Adaptive threshold (copes with grey paper and shading) with a window about two text lines high.

    The local mean (a box filter) rather than a Gaussian-weighted one: on flattened paper the two differ
    in well under 1 % of the pixels, and the mean costs a tenth."""
    block = max(31, (min(grey.shape) // 40) | 1)
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 15)


def estimate_skew(binary: np.ndarray) -> float:
    """The text's angle in degrees (positive: counter-clockwise), from a projection-profile search.

    Text lines are sharpest (highest variance of row sums) when they are horizontal; the search runs
    on a half-size image, coarse then fine. Only the ink pixels are turned, as points (the row each
    lands on when the image is rotated about its centre): the page itself is never rotated to measure.
    """
    ys, xs = np.nonzero(binary[::2, ::2] < 128)
    height, width = (binary.shape[0] + 1) // 2, (binary.shape[1] + 1) // 2
    if ys.size == 0:
        return 0.0
    xs_c, ys_c = xs.astype(np.float32) - width / 2, ys.astype(np.float32) - height / 2

    def sharpness(angle: float) -> float:
        radians = np.deg2rad(angle)
        rows = np.rint(ys_c * np.cos(radians) - xs_c * np.sin(radians) + height / 2).astype(np.int64)
        rows = rows[(rows >= 0) & (rows < height)]
        return float(np.var(np.bincount(rows, minlength=height)[:height]))

    best = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 0.01, 0.5), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness)
    return float(round(best, 2))


def rotate(grey: np.ndarray, angle: float) -> np.ndarray:
    height, width = grey.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(
        grey, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )


# Gaps bridged before looking for long strokes, in inches: the space between a fixed-pitch font's dashes
# (``+-----+``) and between ``|`` characters on consecutive lines, which draw a text-mode report's boxes
# (TOTVS Protheus, AS/400 spools). Letters stand further apart than this, above and beside one another.
_DRAWN_GAP = 0.035


def find_rulings(binary: np.ndarray, dpi: int) -> tuple[np.ndarray, list, list]:
    """Long straight strokes: a mask of them, vertical ones (x, top, bottom), horizontal ones (y, x0, x1)
    (``rulings`` without whether they are a text-mode report's)."""
    mask, rules, rows, _ = rulings(binary, dpi)
    return mask, rules, rows


def rulings(binary: np.ndarray, dpi: int) -> tuple[np.ndarray, list, list, bool]:
    """Long straight strokes, as ``find_rulings``. On a text-mode report's page (``_DRAWN_RULES`` lines
    of dashes across a third of the page or more, clear of letters above and below, no solid ruling
    as long, and ``_DRAWN_BARS`` columns of stacked ``|``), the rules it draws with ``-`` and ``|``
    characters count too, their small gaps bridged first (``_DRAWN_GAP``); no other page is read so,
    its letters' stems being no bars.

    The strokes are found at full size; they are then counted on a half-size copy of the mask (a
    ruling is long, a pixel more or less at its ends changes nothing) to halve the labelling work.
    Returns the mask, the vertical and the horizontal rulings, and whether the page is such a report."""
    ink = 255 - binary
    drawn = False
    long_v = max(30, int(dpi * 0.3))  # longer than the strokes of an 18 pt bold title
    long_h = _long_rule(dpi)
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, _rect(long_h, 1))
    gap = max(2, int(dpi * _DRAWN_GAP))
    dashed = _lined_up(ink, gap, long_h)
    dashes, count = _alone(dashed & ~horizontal, ink, dpi)
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, _rect(1, long_v))
    if count >= _DRAWN_RULES and not _ruled_across(vertical, horizontal):
        # lines of dashes and no drawn ruling across the page: a text-mode report, if | draws its columns too
        stacked = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, _rect(1, gap))
        bars = cv2.morphologyEx(stacked, cv2.MORPH_OPEN, _rect(1, long_v))
        drawn = _tall_strokes(bars & ~vertical, long_v) >= _DRAWN_BARS
        if drawn:
            horizontal |= dashes
            short = cv2.morphologyEx(stacked, cv2.MORPH_OPEN, _rect(1, long_v // 3))
            vertical = bars | _in_line_with(short & ~bars, bars, gap)
    rules = _boxes(vertical, lambda x, y, w, h: (x + w // 2, y, y + h))
    rows = _boxes(horizontal, lambda x, y, w, h: (y + h // 2, x, x + w))
    mask = cv2.bitwise_or(vertical, horizontal)
    return cv2.bitwise_or(mask, dotted_rules(ink, dpi)), rules, rows, drawn


def _long_rule(dpi: int) -> int:
    """Pixels a horizontal stroke spans, at least, to be a ruling: half an inch."""
    return max(50, dpi // 2)


def _lined_up(strokes: np.ndarray, gap: int, length: int) -> np.ndarray:
    """The runs of ``strokes`` that stand in a horizontal line ``length`` pixels long or longer once gaps
    up to ``gap`` pixels between them are bridged (a line of dashes, or of dots)."""
    bridged = cv2.morphologyEx(strokes, cv2.MORPH_CLOSE, _rect(gap, 1))
    return cv2.morphologyEx(bridged, cv2.MORPH_OPEN, _rect(length, 1))


_DOT = 0.025  # inches: a dot of a dotted rule is no wider or taller than this (a letter's stroke is longer)
_DOT_GAP = 0.05  # inches between two dots of a rule, at most


def dotted_rules(ink: np.ndarray, dpi: int) -> np.ndarray:
    """Rows of dots between table rows (POHODA's ``.........`` separators): erased like rulings, since
    tesseract takes them for letters and loses the rows they touch, but no ruling of the table (they part
    rows the way blank space does). Only the small specks of the page count, and only where they line
    up closely over a ruling's length (half an inch): an i's dot, a full stop or a speck of noise stands
    alone."""
    size, gap, length = max(2, round(dpi * _DOT)), max(2, int(dpi * _DOT_GAP)), _long_rule(dpi)
    _, labels, stats, _ = cv2.connectedComponentsWithStats((ink > 0).astype(np.uint8), connectivity=8)
    small = (stats[:, cv2.CC_STAT_WIDTH] <= size) & (stats[:, cv2.CC_STAT_HEIGHT] <= size)
    small[0] = False  # the background
    if not specks_line_up(stats[small], gap, length):
        return np.zeros_like(ink)  # most pages: no row of specks anywhere, nothing to mask
    dots = np.where(small[labels], np.uint8(255), np.uint8(0))
    lined = _lined_up(dots, gap, length)
    return cv2.bitwise_and(cv2.dilate(lined, _rect(1, size)), dots)


def specks_line_up(stats: np.ndarray, gap: int, length: int) -> bool:
    """Whether some pixel row crosses specks (``stats``: their connected-component rows) standing at most
    ``gap`` pixels apart over ``length`` pixels or more: the rows ``_lined_up`` could keep, found from
    the specks' boxes alone (a few thousand numbers, not the page's pixels). It may say yes where the
    pixels do not line up; never no where they do."""
    if len(stats) < 2:
        return False
    x0, y0 = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    width, height = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    rows = np.repeat(y0, height) + np.arange(height.sum()) - np.repeat(np.cumsum(height) - height, height)
    left, right = np.repeat(x0, height), np.repeat(x0 + width, height)
    order = np.lexsort((left, rows))
    rows, left, right = rows[order], left[order], right[order]
    starts = np.flatnonzero(np.r_[True, (rows[1:] != rows[:-1]) | (left[1:] - right[:-1] > gap)])
    ends = np.maximum.reduceat(right, starts)
    return bool((ends - left[starts] >= length - 2).any())


_DRAWN_RULES = 3
_DRAWN_BARS = 5
_ACROSS = 3  # a solid ruling as long as a page's height (or width) over this draws a table: no report


def _ruled_across(vertical: np.ndarray, horizontal: np.ndarray) -> bool:
    """Whether a solid ruling runs down or across a third of the page. A text-mode report draws every
    rule with characters, whose gaps keep each of them short; a form drawn with lines (an approval
    app's print, its faint row rules broken by the scan into what looks like dashes, its column
    rules like stacked bars) has long ones, and its letters' stems must not be taken for bars."""
    height, width = vertical.shape
    down = cv2.connectedComponentsWithStats((vertical > 0).astype(np.uint8), connectivity=8)[2][1:]
    across = cv2.connectedComponentsWithStats((horizontal > 0).astype(np.uint8), connectivity=8)[2][1:]
    return bool(
        (down[:, cv2.CC_STAT_HEIGHT] >= height / _ACROSS).any()
        or (across[:, cv2.CC_STAT_WIDTH] >= width / _ACROSS).any()
    )


def _tall_strokes(mask: np.ndarray, height: int) -> int:
    """How many strokes of ``mask`` are ``height`` tall or more: the columns of ``|`` the bridging joined
    (a report's table has one a column; a box of dotted separators, a NetSuite print's terms strip, a
    few)."""
    stats = cv2.connectedComponentsWithStats((mask > 0).astype(np.uint8), connectivity=8)[2]
    return int((stats[1:, cv2.CC_STAT_HEIGHT] >= height).sum())


def _rect(width: int, height: int) -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_RECT, (width, height))


_CLEAR = 0.04  # inches above and below a dashed rule with next to no ink: a line of dashes, not of letters


def _alone(strokes: np.ndarray, ink: np.ndarray, dpi: int) -> tuple[np.ndarray, int]:
    """The long strokes with little ink just above and below them: dashes drawn in a line. A line of
    capitals in a fixed-pitch font (METALURGICA) also makes a long stroke once its serifs' gaps are
    bridged, but its letters stand above it. Returns the strokes kept and their number."""
    kept = np.zeros_like(strokes)
    if not strokes.any():
        return kept, 0  # no long stroke at all (most pages once their rulings are taken out)
    count, labels, stats, _ = cv2.connectedComponentsWithStats((strokes > 0).astype(np.uint8), connectivity=8)
    found = 0
    band = max(3, int(dpi * _CLEAR))
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i][:4])
        if w < strokes.shape[1] // 3:
            continue  # a report's line of dashes runs across its page (no solid rule's end, no short leader)
        above = ink[max(0, y - band) : max(0, y - 2), x : x + w]
        below = ink[y + h + 2 : y + h + band, x : x + w]
        if max(_share(above), _share(below)) < 0.05:
            kept[labels == i] = 255
            found += 1
    return kept, found


def _in_line_with(strokes: np.ndarray, rulings: np.ndarray, tolerance: int) -> np.ndarray:
    """The short vertical strokes standing in line with a long ruling, above or below it: a column's
    bar drawn with ``|`` in a row between two ``+---+`` rules (the header's), too short alone."""
    columns = np.flatnonzero(rulings.any(axis=0))
    if not columns.size:
        return np.zeros_like(strokes)
    count, labels, stats, _ = cv2.connectedComponentsWithStats((strokes > 0).astype(np.uint8), connectivity=8)
    kept = np.zeros_like(strokes)
    for i in range(1, count):
        x, _, w, _ = (int(v) for v in stats[i][:4])
        middle = x + w // 2
        at = int(np.searchsorted(columns, middle))
        near = columns[max(0, at - 1) : at + 1]
        if near.size and int(np.abs(near - middle).min()) <= tolerance:
            kept[labels == i] = 255
    return kept


def _share(region: np.ndarray) -> float:
    return float((region > 0).mean()) if region.size else 0.0


def _boxes(mask: np.ndarray, shape) -> list[tuple[int, int, int]]:
    """Each stroke's box in full-size pixels (x, y, w, h), found on the mask at half size."""
    height, width = mask.shape
    if not mask.any():
        return []
    half = cv2.resize(mask, ((width + 1) // 2, (height + 1) // 2), interpolation=cv2.INTER_AREA)
    count, _, stats, _ = cv2.connectedComponentsWithStats((half > 0).astype(np.uint8), connectivity=8)
    boxes = []
    for i in range(1, count):
        x, y, w, h = (int(v) * 2 for v in stats[i][:4])
        boxes.append(shape(x, y, min(w, width - x), min(h, height - y)))
    return boxes


def clean_page(image: Image.Image, dpi: int = 300) -> CleanPage:
    """The page ready for tesseract: denoised, flat paper, straightened, rulings found and erased.

    The binarised copy only finds the skew and the rulings; tesseract gets the flattened grey page.
    """
    grey = flatten_background(light_on_dark(denoise(to_grey(image)), dpi))
    binary = binarise(grey)
    skew = estimate_skew(binary)
    if abs(skew) >= _MIN_SKEW:
        grey = rotate(grey, skew)
        binary = binarise(grey)
    mask, rules, rows, drawn = rulings(binary, dpi)
    grown = cv2.dilate(mask, np.ones((5, 5), np.uint8))
    cleaned = grey.copy()
    cleaned[grown > 0] = 255
    return CleanPage(cleaned, skew, rules, rows, drawn)
