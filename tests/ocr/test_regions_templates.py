"""Template regions: a header field read from where the customer prints it, on text PDFs and scans."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from ocr import extract_file
from ocr.extraction import read_document
from ocr.regions import region_box, region_cell
from ocr.templates import load_template
from orderbridge.errors import DocumentRejected
from orderbridge.samples import scans
from orderbridge.yamlconfig import MappingError

HEIGHT = 842  # A4 in points


def unlabelled_po() -> bytes:
    """An order whose number stands alone in the top-right corner, with no label before it."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, HEIGHT), invariant=1)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(50, 790, "Lakeside Tools Ltd")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(420, 792, "RX-4471-B")
    canvas.drawString(50, 740, "Order Date: 2026-11-18")
    canvas.drawString(50, 720, "Currency: USD")
    for x, text in (
        (50, "Part No."),
        (160, "Description"),
        (330, "Qty"),
        (400, "Unit Price"),
        (490, "Amount"),
    ):
        canvas.drawString(x, 670, text)
    for x, text in ((50, "LT-100"), (160, "Torque wrench"), (330, "12"), (400, "25.00"), (490, "300.00")):
        canvas.drawString(x, 650, text)
    canvas.drawString(50, 620, "Total")
    canvas.drawString(490, 620, "300.00")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


REGION_PT = "{page: 1, x0: 400, y0: 35, x1: 580, y1: 60}"
REGION_FRACTION = "{page: 1, x0: 0.67, y0: 0.04, x1: 0.98, y1: 0.07, units: fraction}"


def template(folder: Path, region: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lakeside.yaml").write_text(
        "format_version: 1\ncustomer: {name: Lakeside Tools Ltd}\nrecognise: {keywords: [Lakeside Tools]}\n"
        f"fields:\n  po_number:\n    region: {region}\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def text_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("regions") / "lakeside.pdf"
    path.write_bytes(unlabelled_po())
    return path


def test_without_a_region_the_unlabelled_number_is_not_found(text_pdf: Path, tmp_path: Path) -> None:
    with pytest.raises(DocumentRejected) as caught:
        extract_file(text_pdf, templates_dir=tmp_path)
    assert caught.value.message == "no purchase order number found"


@pytest.mark.parametrize("region", [REGION_PT, REGION_FRACTION], ids=["points", "fractions"])
def test_a_region_in_points_or_fractions_reads_it(text_pdf: Path, tmp_path: Path, region: str) -> None:
    extraction = extract_file(text_pdf, templates_dir=template(tmp_path, region))
    order = extraction.order
    assert (extraction.template, order.po_number, order.total_amount) == (
        "lakeside",
        "RX-4471-B",
        Decimal("300.00"),
    )
    source = order.provenance["po_number"]
    assert (source.method, source.page, source.score) == ("template-region", 1, 0.97)
    x0, top, x1, bottom = source.box
    assert 400 <= x0 < x1 <= 580 and 35 <= top < bottom <= 60


def test_a_region_on_a_scan_reads_the_ocr_boxes(tmp_path: Path) -> None:
    scan = tmp_path / "lakeside-scan.pdf"
    scan.write_bytes(scans.image_pdf(scans.scan(unlabelled_po())))
    extraction = extract_file(scan, templates_dir=template(tmp_path / "templates", REGION_PT))
    assert extraction.method == "ocr"
    assert extraction.order.po_number == "RX-4471-B"
    assert extraction.order.provenance["po_number"].method == "template-region"


def test_a_region_outranks_a_label_and_drops_a_label_of_its_own_field(tmp_path: Path) -> None:
    lines = ["Lakeside Tools Ltd", "PO No.: 11-OLD", "Part No. Qty", "A-1 2"]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(595, HEIGHT), invariant=1)
    canvas.setFont("Helvetica", 12)
    for i, text in enumerate(lines):
        canvas.drawString(50, 790 - 30 * i, text)
    canvas.drawString(420, 792, "PO No.: RX-9")
    canvas.showPage()
    canvas.save()
    document = read_document(buffer.getvalue(), "po.pdf")
    cell = region_cell(document, {"page": 1, "x0": 400, "y0": 35, "x1": 580, "y1": 60}, "po_number")
    assert cell is not None and cell.text == "RX-9"
    path = tmp_path / "po.pdf"
    path.write_bytes(buffer.getvalue())
    folder = template(tmp_path / "t", REGION_PT)
    (folder / "lakeside.yaml").write_text(
        (folder / "lakeside.yaml")
        .read_text(encoding="utf-8")
        .replace("po_number:", "po_number:\n    labels: [Ref]"),
        encoding="utf-8",
    )
    with pytest.raises(DocumentRejected):  # no line table: but the number came from the region
        extract_file(path, templates_dir=folder)


def test_an_empty_region_or_a_missing_page_gives_nothing(text_pdf: Path) -> None:
    document = read_document(text_pdf.read_bytes(), "po.pdf")
    assert region_cell(document, {"page": 1, "x0": 0, "y0": 400, "x1": 40, "y1": 500}, "po_number") is None
    assert region_cell(document, {"page": 2, "x0": 0, "y0": 0, "x1": 595, "y1": 842}, "po_number") is None
    assert region_box(document, {"x0": 0.5, "y0": 0.5, "x1": 1, "y1": 1, "units": "fraction"}) == (
        1,
        (297.5, 421.0, 595.0, 842.0),
    )


def test_spreadsheets_have_no_page_geometry_so_regions_do_not_apply(tmp_path: Path) -> None:
    document = read_document(b"PO No.,X-1\nPart No.,Qty\nA,1\nB,2\n", "po.csv")
    assert region_box(document, {"x0": 0, "y0": 0, "x1": 9999, "y1": 9999}) is None


@pytest.mark.parametrize(
    ("region", "complaint"),
    [
        ("{page: 1, x0: 1, y0: 2, x1: 3}", "missing required key 'y1'"),
        ("{page: 0, x0: 1, y0: 2, x1: 3, y1: 4}", "region.page: 0 is less than the minimum of 1"),
        ("{x0: 1, y0: 2, x1: 3, y1: 4, units: inch}", "region.units"),
        ("{x0: 1, y0: 2, x1: 3, y1: 4, left: 5}", "left"),
    ],
)
def test_a_bad_region_is_a_template_error_naming_the_key(tmp_path: Path, region: str, complaint: str) -> None:
    with pytest.raises(MappingError) as caught:
        load_template(template(tmp_path, region) / "lakeside.yaml")
    (problem,) = caught.value.problems
    assert "lakeside.yaml:6:" in problem and complaint in problem
