"""extract_file on files that are wrong in ways the samples do not cover: never a crash, always a reason."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ocr import extract_file
from orderbridge.errors import DocumentRejected
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.rejects import scan_image


def pdf_with(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    font = draw.cjk_font()
    for i, text in enumerate(lines):
        canvas.setFont(font, 10)
        canvas.drawString(50, 780 - 20 * i, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def rejected(path: Path, **kwargs) -> DocumentRejected:
    with pytest.raises(DocumentRejected) as caught:
        extract_file(path, **kwargs)
    return caught.value


def test_a_file_over_the_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4" + bytes(2000))
    error = rejected(path, max_bytes=1000)
    assert error.reason == "too-large"
    assert "2008 bytes" in error.message


def test_whitespace_only_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_bytes(b" \r\n\t\n")
    assert rejected(path).reason == "empty-file"


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    assert rejected(tmp_path / "gone.pdf").reason == "unreadable"


def test_a_pdf_with_a_header_but_garbage_inside_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    assert rejected(path).reason == "corrupt-pdf"


def test_a_po_number_without_lines_is_no_purchase_order(tmp_path: Path) -> None:
    path = tmp_path / "cover-letter.pdf"
    path.write_bytes(
        pdf_with(["订单编号：HD20261118-01", "随函附上订单，请查收。Please find the order attached."])
    )
    error = rejected(path)
    assert error.reason == "no-purchase-order"
    assert "no order lines" in error.message


def test_lines_without_a_po_number_are_no_purchase_order(tmp_path: Path) -> None:
    path = tmp_path / "quote.csv"
    path.write_text("物料编码,品名,数量,单价\nHD-1,螺栓,5,1.00\nHD-2,垫圈,6,2.00\n", encoding="utf-8")
    assert rejected(path).reason == "no-purchase-order"


def test_arithmetic_that_does_not_add_up_is_warned_and_lowers_confidence(tmp_path: Path) -> None:
    path = tmp_path / "po.csv"
    path.write_text(
        "订单编号,PO-1\n订单日期,2026-11-18\n采购方,华东精密制造有限公司\n币种,RMB\n"
        "物料编码,数量,单价,金额\nHD-1,5,1.00,5.00\nHD-2,6,2.00,13.00\n合计,,,20.00\n",
        encoding="utf-8",
    )
    order = extract_file(path).order
    assert order.warnings == [
        "line 2: quantity 6 x unit price 2.00 is not the amount printed, 13.00",
        "lines sum to 18.00 but the total printed is 20.00",
    ]
    assert order.confidence is not None and order.confidence <= 0.6


def test_rounding_is_not_a_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "po.csv"
    path.write_text(
        "PO No.,PO-2\nOrder Date,18.11.2026\nCurrency,USD\n"
        "Part No.,Qty,Unit Price,Amount\nA-1,3,0.333,1.00\n",
        encoding="utf-8",
    )
    order = extract_file(path).order
    assert order.warnings == []
    assert order.total_amount is None
    assert order.confidence is not None and order.confidence < 1.0  # no buyer, no total


def test_currency_comes_from_column_hints_when_not_labelled(tmp_path: Path) -> None:
    path = tmp_path / "po.csv"
    path.write_text("订单号,X-1\n料号,数量,单价(元),金额(元)\nA,1,2.00,2.00\n", encoding="utf-8")
    order = extract_file(path).order
    assert order.currency == "CNY"
    assert order.provenance["currency"].method == "inferred-from-amounts"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-",
        b"%PDF-1.7\n%%EOF",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        b"PK\x03\x04" + bytes(100),
        b"\x00" * 64,
        "订单编号：".encode("utf-16"),
    ],
)
def test_hostile_bytes_give_a_rejection_never_an_exception(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "attachment.pdf"
    path.write_bytes(data)
    assert rejected(path).reason in {"corrupt-pdf", "unsupported-type", "unreadable", "needs-ocr"}


def test_a_scan_with_a_fax_header_stamped_in_text_is_read_by_ocr(tmp_path: Path) -> None:
    """A few words of text layer (a fax header) do not make a scanned page readable: it is OCR'd."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawImage(ImageReader(scan_image()), 0, 0, width=draw.PAGE_WIDTH, height=draw.PAGE_HEIGHT)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(20, 830, "2026-11-18 10:22 FROM: +86 21 5958 0000  TO: SALES  P.001/001")
    canvas.showPage()
    canvas.save()
    path = tmp_path / "fax.pdf"
    path.write_bytes(buffer.getvalue())
    extraction = extract_file(path)
    assert extraction.method == "ocr"
    assert extraction.order.po_number == "HD20261120-03"
    assert [line.quantity for line in extraction.order.lines] == [Decimal(2000)]


def test_a_scan_without_an_order_on_it_is_no_purchase_order_after_ocr(tmp_path: Path) -> None:
    image = Image.new("L", (1240, 1754), 255)
    ImageDraw.Draw(image).text((100, 100), "Hello", fill=0)
    path = tmp_path / "blank-scan.png"
    image.save(path)
    error = rejected(path)
    assert error.reason == "no-purchase-order"
    assert "read by OCR" in error.message


def test_a_damaged_image_is_unreadable_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert rejected(path).reason == "unreadable"


def test_lines_that_sum_to_the_subtotal_are_not_a_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "po.csv"
    path.write_text(
        "PO No.,PO-3\nOrder Date,Nov 18 2026\nBuyer,Acme Industrial Supply Ltd.\nCurrency,USD\n"
        "Part No.,Qty,Unit Price,Amount\nACM-1,10,2.00,20.00\nACM-2,5,6.00,30.00\n"
        "Subtotal,15,,50.00\nSales Tax,,,4.00\nGrand Total,,,54.00\n",
        encoding="utf-8",
    )
    order = extract_file(path).order
    assert [line.customer_part_no for line in order.lines] == ["ACM-1", "ACM-2"]  # the subtotal is no line
    assert order.total_amount == Decimal("54.00")
    assert order.warnings == []
    assert order.confidence == 1.0


def test_currency_signs_on_amounts_count_but_words_in_descriptions_do_not(tmp_path: Path) -> None:
    path = tmp_path / "po.csv"
    path.write_text("订单号,X-2\n料号,品名,数量,单价,金额\nA,电子元件,1,$2.00,$2.00\n", encoding="utf-8")
    assert extract_file(path).order.currency == "USD"
    path.write_text("订单号,X-3\n料号,品名,数量,单价,金额\nA,电子元件,1,2.00,2.00\n", encoding="utf-8")
    assert extract_file(path).order.currency is None


def test_a_ship_to_address_wrapped_over_lines_is_joined(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("Helvetica", 10)
    indent = 50 + canvas.stringWidth("Ship To: ", "Helvetica", 10)
    canvas.drawString(50, 780, "PO No.: 77-1")
    canvas.drawString(50, 760, "Ship To: Acme DC")
    canvas.drawString(indent, 748, "1200 Harbor Road")
    canvas.drawString(indent, 736, "Long Beach, CA 90802")
    canvas.drawString(50, 720, "Attn: John Miller")
    for x, text in ((50, "Part No."), (150, "Description"), (300, "Qty")):
        canvas.drawString(x, 690, text)
    for x, text in ((50, "ACM-1"), (150, "Widget"), (300, "4")):
        canvas.drawString(x, 674, text)
    canvas.showPage()
    canvas.save()
    path = tmp_path / "po.pdf"
    path.write_bytes(buffer.getvalue())
    order = extract_file(path).order
    assert order.ship_to.address == "Acme DC, 1200 Harbor Road, Long Beach, CA 90802"
    assert order.ship_to.contact == "John Miller"


def test_a_rejection_message_is_one_line_whatever_the_library_said() -> None:
    # openpyxl's "could not read theme ... \nThis is most probably because ..." (found by the workbook fuzzer)
    rejection = DocumentRejected("unreadable", "the workbook cannot be opened (ValueError: a\nb \n  c)")
    assert rejection.message == "the workbook cannot be opened (ValueError: a b c)"
    assert str(rejection) == "unreadable: the workbook cannot be opened (ValueError: a b c)"
