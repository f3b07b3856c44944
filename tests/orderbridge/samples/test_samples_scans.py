"""The scan generator: deterministic, degradations in the documented ranges, every container readable."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image

from orderbridge.samples import nordwind, scans


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return scans.rasterise(nordwind.render(), dpi=100)[0]


@pytest.mark.parametrize("seed", range(6))
def test_realistic_degradation_stays_in_the_documented_ranges(seed: int) -> None:
    how = scans.Degradation.realistic(seed)
    assert 0.5 <= abs(how.rotation) <= 2.0
    assert 215 <= how.paper <= 240
    assert how.jpeg_quality is not None and 40 <= how.jpeg_quality <= 65


def test_the_same_seed_gives_the_same_pixels(page: Image.Image) -> None:
    how = scans.Degradation.realistic(3)
    assert scans.degrade(page, how, 3).tobytes() == scans.degrade(page, how, 3).tobytes()
    assert scans.degrade(page, how, 3).tobytes() != scans.degrade(page, how, 4).tobytes()


def test_a_clean_scan_changes_nothing(page: Image.Image) -> None:
    assert scans.degrade(page, scans.CLEAN).tobytes() == page.tobytes()


def test_an_image_pdf_has_one_page_per_image_and_no_text(page: Image.Image) -> None:
    pdf = pdfium.PdfDocument(scans.image_pdf([page, page]))
    assert len(pdf) == 2
    assert pdf[0].get_textpage().get_text_range().strip() == ""


def test_an_image_pdf_keeps_a_landscape_page_landscape(page: Image.Image) -> None:
    lying = page.rotate(90, expand=True)
    pdf = pdfium.PdfDocument(scans.image_pdf([page, lying]))
    width, height = pdf[0].get_size()
    assert width < height
    assert pdf[1].get_size() == (height, width)  # the same A4 sheet turned, its image not squeezed


def test_a_tiff_keeps_every_page_and_states_300_dpi(page: Image.Image) -> None:
    image = Image.open(io.BytesIO(scans.image_file([page, page, page], "TIFF")))
    assert image.n_frames == 3
    assert round(image.info["dpi"][0]) == 300
