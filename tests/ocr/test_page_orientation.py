"""Pages fed into the scanner sideways or upside down are turned upright and read like the others.

Each scan here is read once per module (OCR takes seconds a page); upright pages pay nothing for the
check (no orientation run unless the page's own reading is garbled).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from ocr import extract_file, page_orientation, reading_quality, scan_reader
from ocr.layout import Word
from orderbridge.samples import acme, hdprecision, scans

EXTRAS = {"confidence", "provenance", "warnings"}


def canonical(order) -> dict:
    return order.model_dump(mode="json", exclude=EXTRAS)


def words(confidences: list[float]) -> list[Word]:
    return [Word("x", 1, 0, 0, 1, 1, confidence=c) for c in confidences]


@pytest.fixture(scope="module")
def acme_second_page_upside_down(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-page English order with its second sheet put into the feeder the wrong way round."""
    first, second = scans.scan(acme.render())
    path = tmp_path_factory.mktemp("orientation") / "acme-upside-down.pdf"
    path.write_bytes(scans.image_pdf([first, second.transpose(Image.Transpose.ROTATE_180)]))
    return path


@pytest.fixture(scope="module")
def hd_sideways(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Chinese order scanned lying on its side (a quarter turn counter-clockwise), slightly degraded."""
    (page,) = scans.scan(hdprecision.render(), scans.Degradation.realistic(11), 11)
    path = tmp_path_factory.mktemp("orientation") / "hd-sideways.pdf"
    path.write_bytes(scans.image_pdf([page.transpose(Image.Transpose.ROTATE_90)]))
    return path


def test_an_upside_down_second_page_is_turned_and_the_order_read_exactly(
    acme_second_page_upside_down: Path,
) -> None:
    extraction = extract_file(acme_second_page_upside_down)
    assert canonical(extraction.order) == canonical(acme.expected())
    assert extraction.order.provenance["total_amount"].page == 2  # the turned page's total


def test_a_chinese_page_scanned_sideways_is_turned_upright(hd_sideways: Path) -> None:
    order = extract_file(hd_sideways).order
    expected = hdprecision.expected()
    assert (order.po_number, order.buyer.name, order.total_amount) == (
        expected.po_number,
        expected.buyer.name,
        expected.total_amount,
    )
    assert [(line.quantity, line.amount) for line in order.lines] == [
        (line.quantity, line.amount) for line in expected.lines
    ]


def test_orientation_detection_names_the_clockwise_turn_back_to_upright() -> None:
    (page,) = scans.scan(hdprecision.render())
    grey = np.asarray(page.transpose(Image.Transpose.ROTATE_180))
    assert page_orientation.upright_turn(grey) == 180
    sideways = page_orientation.turned(page.transpose(Image.Transpose.ROTATE_90), 90)
    assert sideways.size == page.size  # turned exactly back, no resampling


def test_a_blank_page_has_no_orientation_to_name() -> None:
    assert page_orientation.upright_turn(np.full((800, 600), 255, np.uint8)) == 0


def test_only_a_page_of_many_unclear_words_is_checked() -> None:
    assert page_orientation.reads_garbled(words([0.5] * 30))
    assert not page_orientation.reads_garbled(words([0.95] * 20 + [0.5] * 10))  # an upright page
    assert not page_orientation.reads_garbled(words([0.5] * 5))  # too few words to judge
    assert reading_quality.clear_share([]) == 1.0


def test_a_turn_that_reads_no_better_keeps_the_page_as_it_came(monkeypatch: pytest.MonkeyPatch) -> None:
    """OSD is only trusted when the turned page reads more clearly: a wrong answer changes nothing."""
    (page,) = scans.scan(hdprecision.render())
    as_it_came = scan_reader.read_page(page, 1)
    monkeypatch.setattr(scan_reader, "reads_garbled", lambda page_words: True)
    monkeypatch.setattr(scan_reader, "upright_turn", lambda image: 180)
    checked = scan_reader.read_page(page, 1)
    assert [cell.text for line in checked.lines for cell in line.cells] == [
        cell.text for line in as_it_came.lines for cell in line.cells
    ]
