"""Scanned documents end to end: images and image-only PDFs through preprocessing and tesseract.

OCR is slow (seconds a page), so each scan is read once per module and checked several ways.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import pytest

from ocr import extract_file, loaded_tesseract
from ocr.extraction import Extraction, extract_order, read_document
from ocr.layout import Document
from ocr.line_table import find_table
from ocr.number_reread import reread_mismatched_rows, resolve
from orderbridge.errors import DocumentRejected
from orderbridge.samples import acme, hdprecision, scans
from orderbridge.samples.edge_cases import png_scan

EXTRAS = {"confidence", "provenance", "warnings"}


def canonical(order) -> dict:
    return order.model_dump(mode="json", exclude=EXTRAS)


@pytest.fixture(scope="module")
def acme_tiff(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two-page English grid layout as a clean 300 dpi multi-page TIFF (a fax server's output)."""
    path = tmp_path_factory.mktemp("scans") / "acme.tif"
    path.write_bytes(scans.image_file(scans.scan(acme.render()), "TIFF"))
    return path


@pytest.fixture(scope="module")
def acme_document(acme_tiff: Path) -> Document:
    return read_document(acme_tiff.read_bytes(), acme_tiff.name)


@pytest.fixture(scope="module")
def acme_read(acme_document: Document) -> Extraction:
    """extract_file's result, built from the one OCR pass the module makes of this scan."""
    doc = acme_document
    return Extraction(extract_order(doc), doc.media_type, doc.pages, doc.method)


@pytest.fixture(scope="module")
def degraded_hd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Chinese borderless layout scanned badly: tilted, grey, noisy, blurred, JPEG'd, in a PDF."""
    pages = scans.scan(hdprecision.render(), scans.Degradation.realistic(11), 11)
    path = tmp_path_factory.mktemp("scans") / "hd-degraded.pdf"
    path.write_bytes(scans.image_pdf(pages))
    return path


def test_a_multipage_image_is_read_in_parallel_with_every_page_numbered(acme_document: Document) -> None:
    assert sorted(acme_document.scans) == [1, 2]
    assert {line.page for line in acme_document.lines} == {1, 2}


def test_each_page_keeps_its_cleaned_image_for_re_reads(acme_document: Document) -> None:
    page = acme_document.scans[1]
    image = page.image
    assert image.shape == (page.size[1], page.size[0]) and image.dtype.name == "uint8"
    assert not page.packed and len(page.pixels) == image.size  # a first page: raw (later ones compressed)
    assert image.min() == 0 and image.max() == 255  # grey ink on white paper, as cleaned


def test_a_clean_multipage_scan_gives_exactly_the_expected_order(acme_read: Extraction) -> None:
    extraction = acme_read
    assert (extraction.media_type, extraction.pages, extraction.method) == ("image/tiff", 2, "ocr")
    assert canonical(extraction.order) == canonical(acme.expected())
    assert extraction.order.confidence == 1.0
    assert extraction.order.provenance["total_amount"].page == 2


def test_ocr_provenance_carries_tesseracts_certainty_and_the_arithmetic_cross_check(
    acme_read: Extraction,
) -> None:
    order = acme_read.order
    po = order.provenance["po_number"]
    assert po.note and po.note.startswith("OCR certainty")
    assert 0.5 < po.score < 0.95  # the pairing's 0.95 times the OCR certainty
    assert order.provenance["lines"].method == "table-columns+arithmetic"
    assert order.provenance["lines"].score == 0.98


def test_a_degraded_scan_keeps_header_fields_and_every_number_right(degraded_hd: Path) -> None:
    order = extract_file(degraded_hd).order
    expected = hdprecision.expected()
    assert order.po_number == expected.po_number
    assert order.order_date == dt.date(2026, 11, 18)
    assert order.currency == "CNY"
    assert order.buyer.name == expected.buyer.name
    assert order.total_amount == expected.total_amount
    assert [(line.quantity, line.unit_price, line.amount) for line in order.lines] == [
        (line.quantity, line.unit_price, line.amount) for line in expected.lines
    ]
    assert order.warnings == []


def test_a_mixed_pdf_ocrs_only_the_page_without_a_text_layer(tmp_path: Path) -> None:
    text_pdf = pdfium.PdfDocument(acme.render())
    scanned = pdfium.PdfDocument(scans.image_pdf(scans.scan(acme.render())))
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text_pdf, [0])
    mixed.import_pages(scanned, [1])
    buffer = io.BytesIO()
    mixed.save(buffer)
    path = tmp_path / "mixed.pdf"
    path.write_bytes(buffer.getvalue())
    extraction = extract_file(path)
    assert extraction.method == "text-layer+ocr"
    assert canonical(extraction.order) == canonical(acme.expected())
    assert extraction.order.provenance["po_number"].note is None  # page 1: text layer, no OCR
    assert extraction.order.provenance["total_amount"].note.startswith("OCR certainty")  # page 2


def test_a_misread_number_is_corrected_by_a_digits_only_re_read(acme_document: Document) -> None:
    document = acme_document
    table = find_table(document)
    table.rows[0].values["quantity"] = "4,200"  # what tesseract read before the rulings were erased
    table.rows[1].values["unit_price"] = "8.80"
    reread_mismatched_rows(table, document)
    assert (table.rows[0].values["quantity"], table.rows[0].reread) == ("1,200", ["quantity"])
    assert (table.rows[1].values["unit_price"], table.rows[1].reread) == ("6.80", ["unit_price"])
    assert table.rows[2].reread == []


def test_a_re_read_is_taken_only_when_exactly_one_reading_adds_up() -> None:
    first = {"quantity": "4,200", "unit_price": "18.50", "amount": "22,200.00"}
    assert resolve(first, {"quantity": "1,200", "unit_price": None, "amount": None}) == {
        **first,
        "quantity": "1,200",
    }
    assert (
        resolve(first, {"quantity": "4,200", "unit_price": "18.50", "amount": None}) is None
    )  # nothing better
    assert resolve(first, {"quantity": "7", "unit_price": "1", "amount": "9"}) is None  # nothing adds up
    ambiguous = {"quantity": "2", "unit_price": "3", "amount": "6"}
    assert resolve({"quantity": "3", "unit_price": "2", "amount": "6"}, ambiguous) is None


def test_without_tesseract_a_scan_is_rejected_as_needing_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neither the loaded library (tesserocr) nor the command: nothing can read the page."""
    monkeypatch.setattr(loaded_tesseract, "tesserocr", None)
    monkeypatch.setattr(loaded_tesseract, "_local", threading.local())
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    path = tmp_path / "scan.png"
    path.write_bytes(png_scan())
    with pytest.raises(DocumentRejected) as caught:
        extract_file(path)
    assert caught.value.reason == "needs-ocr"
    assert "tesseract is not installed" in caught.value.message


def test_the_quantity_reads_as_a_decimal_not_a_float(acme_read: Extraction) -> None:
    order = acme_read.order
    assert all(isinstance(line.quantity, Decimal) for line in order.lines)
