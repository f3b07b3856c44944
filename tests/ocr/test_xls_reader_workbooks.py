"""Legacy .xls workbooks: sniffed by their OLE2 content, read through the same sheet path as XLSX.

The fixtures are written in the test with xlwt (a test-only dependency; it writes BIFF8 like Excel 97-2003),
so no binary file is committed.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
import xlwt

from ocr import extract_file
from ocr.sniff import OLE2_MAGIC, XLS, sniff
from ocr.xls_reader import read_xls
from orderbridge.errors import DocumentRejected

DATE = xlwt.easyxf(num_format_str="yyyy-mm-dd")
MONEY = xlwt.easyxf(num_format_str="#,##0.00")


def xls_bytes(build) -> bytes:
    workbook = xlwt.Workbook(encoding="utf-8")
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def purchase_order(workbook: xlwt.Workbook) -> None:
    sheet = workbook.add_sheet("采购订单")
    sheet.write_merge(0, 0, 0, 5, "深圳新辉电子有限公司 采购订单 Purchase Order")
    header = [("订单编号 PO No.", "XH-2026-0999"), ("币种 Currency", "人民币")]
    for row, (label, value) in enumerate(header, start=1):
        sheet.write(row, 0, label)
        sheet.write(row, 1, value)
    sheet.write(3, 0, "订单日期 Order Date")
    sheet.write(3, 1, dt.datetime(2026, 11, 18), DATE)  # stored as a date serial with a date format
    sheet.write(4, 0, "交货日期")
    sheet.write(4, 1, 46352)  # a serial that lost its date format (2026-11-26)
    for col, text in enumerate(["序号", "物料编码", "品名规格", "数量", "单价", "金额"]):
        sheet.write(6, col, text)
    rows = [
        (1, "XH-R-0603", "贴片电阻 0603 10K", 5000, 0.02, 100.0),
        (2, "XH-B-0008", "不锈钢螺栓 M8", 400, 0.85, 340.0),
    ]
    for r, (no, part, name, qty, price, amount) in enumerate(rows, start=7):
        for col, value in enumerate([no, part, name, qty]):
            sheet.write(r, col, value)
        sheet.write(r, 4, price, MONEY)
        sheet.write(r, 5, amount, MONEY)
    sheet.write_merge(9, 9, 0, 4, "合计 Total")
    sheet.write(9, 5, 440.0, MONEY)
    hidden = workbook.add_sheet("lookup")
    hidden.write(0, 0, "secret")
    hidden.visibility = 1


def test_xls_is_sniffed_by_its_content_whatever_its_name() -> None:
    data = xls_bytes(purchase_order)
    assert data.startswith(OLE2_MAGIC)
    assert sniff(data, "order.pdf").media_type == XLS
    assert sniff(data, "no-extension").media_type == XLS


def test_merged_cells_keep_their_span_dates_become_dates_and_hidden_sheets_are_skipped() -> None:
    document = read_xls(xls_bytes(purchase_order))
    assert (document.media_type, document.method, document.pages) == (XLS, "xls", 1)
    title = document.lines[0].cells[0]
    assert (title.x0, title.x1, title.note) == (1, 7, "采购订单!A1")
    texts = {cell.note: cell.text for line in document.lines for cell in line.cells}
    assert texts["采购订单!B4"] == "2026-11-18"
    assert texts["采购订单!E8"] == "0.02" and texts["采购订单!F10"] == "440.00"
    assert "secret" not in document.text


def test_an_xls_purchase_order_is_extracted_like_its_xlsx_twin(tmp_path: Path) -> None:
    path = tmp_path / "PO.xls"
    path.write_bytes(xls_bytes(purchase_order))
    extraction = extract_file(path)
    order = extraction.order
    assert (extraction.method, extraction.media_type) == ("xls", XLS)
    assert (order.po_number, order.order_date, order.currency) == (
        "XH-2026-0999",
        dt.date(2026, 11, 18),
        "CNY",
    )
    assert order.requested_delivery_date == dt.date(2026, 11, 26)
    assert [(line.customer_part_no, line.quantity, line.amount) for line in order.lines] == [
        ("XH-R-0603", Decimal(5000), Decimal("100.00")),
        ("XH-B-0008", Decimal(400), Decimal("340.00")),
    ]
    assert order.total_amount == Decimal("440.00") and order.warnings == []


def renamed_stream(data: bytes, name: str) -> bytes:
    """The compound file with its ``Workbook`` stream renamed (a directory entry: 64 bytes of UTF-16 name,
    then the name's length in bytes), to stand for a Word file or an encrypted OOXML package."""
    old = "Workbook\0".encode("utf-16-le")
    at = data.index(old)
    encoded = (name + "\0").encode("utf-16-le")
    entry = encoded.ljust(64, b"\0") + len(encoded).to_bytes(2, "little")
    return data[:at] + entry + data[at + 66 :]


@pytest.mark.parametrize(
    ("stream", "reason", "message"),
    [
        ("WordDocument", "unsupported-type", "Word document (.doc) is not a purchase order format"),
        ("EncryptedPackage", "unreadable", "the workbook or document is password protected"),
        ("Contents", "unsupported-type", "an Office (OLE2) file that is not an Excel workbook"),
    ],
)
def test_ole2_files_that_are_not_workbooks_say_what_they_are(stream: str, reason: str, message: str) -> None:
    with pytest.raises(DocumentRejected) as caught:
        sniff(renamed_stream(xls_bytes(purchase_order), stream), "attachment.xls")
    assert (caught.value.reason, caught.value.message) == (reason, message)


def test_a_cut_off_xls_is_unreadable() -> None:
    data = xls_bytes(purchase_order)
    with pytest.raises(DocumentRejected) as caught:
        read_xls(data[: len(data) // 2])
    assert caught.value.reason == "unreadable"


@pytest.mark.parametrize(
    ("data", "reason", "message"),
    [
        (OLE2_MAGIC + bytes(100), "unsupported-type", "an Office (OLE2) file that cannot be opened"),
        (
            OLE2_MAGIC + bytes(range(256)) * 4,
            "unsupported-type",
            "an Office (OLE2) file that cannot be opened",
        ),
    ],
)
def test_other_ole2_files_are_rejected_with_a_reason(data: bytes, reason: str, message: str) -> None:
    with pytest.raises(DocumentRejected) as caught:
        sniff(data, "old.xls")
    assert caught.value.reason == reason and caught.value.message.startswith(message)
