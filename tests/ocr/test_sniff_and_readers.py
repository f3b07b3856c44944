"""Type sniffing by content, and the XLSX/CSV readers' cell handling."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook

from ocr.csv_reader import read_csv
from ocr.sheet_reader import cell_text, read_xlsx
from ocr.sniff import CSV, PDF, XLSX, sniff
from orderbridge.errors import DocumentRejected


def workbook_bytes(build) -> bytes:
    workbook = Workbook()
    build(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_content_decides_over_the_name() -> None:
    xlsx = workbook_bytes(lambda wb: None)
    assert sniff(b"%PDF-1.7\n...", "order.xlsx").media_type == PDF
    assert sniff(xlsx, "order.pdf").media_type == XLSX
    assert sniff(xlsx, "no-extension").media_type == XLSX
    assert sniff(b"\xef\xbb\xbf" + b"a,b,c\n1,2,3\n4,5,6\n", "export.dat").media_type == CSV


def test_the_pdf_header_may_follow_some_junk() -> None:
    assert sniff(b"\r\n" * 10 + b"%PDF-1.4", "x").media_type == PDF


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(20), "image/png"),
        (b"\xff\xd8\xff\xe0" + bytes(20), "image/jpeg"),
        (b"II*\x00" + bytes(20), "image/tiff"),
        (b"MM\x00*" + bytes(20), "image/tiff"),
    ],
)
def test_images_are_recognised_by_their_magic_bytes_for_ocr(data: bytes, media_type: str) -> None:
    assert sniff(data, "scan.dat").media_type == media_type


def test_csv_text_is_decoded_from_utf8_or_gb18030() -> None:
    gb = "订单编号,HD-1\n序号,数量\n1,5\n".encode("gb18030")
    kind = sniff(gb, "po.csv")
    assert kind.media_type == CSV and kind.text is not None and "订单编号" in kind.text
    assert sniff("订单编号,HD-1\n".encode(), "po.csv").text == "订单编号,HD-1\n"


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(20), "old.xls", "unsupported-type"),
        (b"Dear supplier, please see below.\nRegards\n", "mail.txt", "unsupported-type"),
        (b"Dear supplier, please see below.\nRegards\n", "mail.pdf", "corrupt-pdf"),
        (bytes(range(256)), "blob.bin", "unsupported-type"),
        (b"PK\x03\x04 not really a zip", "po.xlsx", "unreadable"),
    ],
)
def test_what_cannot_be_read_yet_is_rejected_by_content(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(DocumentRejected) as caught:
        sniff(data, name)
    assert caught.value.reason == reason


def test_a_zip_that_is_not_a_workbook_is_unsupported() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.md", "hello")
    with pytest.raises(DocumentRejected) as caught:
        sniff(buffer.getvalue(), "po.zip")
    assert caught.value.reason == "unsupported-type"


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (dt.datetime(2026, 11, 18), "yyyy-mm-dd", "2026-11-18"),
        (dt.date(2026, 11, 18), "General", "2026-11-18"),
        (45.0, "#,##0.00", "45.00"),
        (16.8, "#,##0.00", "16.80"),
        (0.3, "General", "0.3"),
        (500, "General", "500"),
        (12.0, "General", "12"),
        (46344, "General", "46344"),
        ("  订单号  PO No. ", "General", "订单号 PO No."),
        (None, "General", ""),
    ],
)
def test_cells_read_as_the_user_sees_them(value, number_format: str, text: str) -> None:
    assert cell_text(value, number_format) == text


def test_merged_cells_span_their_columns_and_hidden_sheets_are_ignored() -> None:
    def build(workbook: Workbook) -> None:
        sheet = workbook.active
        sheet.title = "PO"
        sheet["B2"] = "品名 Description"
        sheet.merge_cells("B2:D2")
        hidden = workbook.create_sheet("lookup")
        hidden["A1"] = "secret"
        hidden.sheet_state = "hidden"

    document = read_xlsx(workbook_bytes(build))
    assert document.pages == 1
    (cell,) = document.lines[0].cells
    assert (cell.x0, cell.x1, cell.note) == (2, 5, "PO!B2")
    assert "secret" not in document.text


def test_a_broken_workbook_is_unreadable_not_a_crash() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not-xml")
    with pytest.raises(DocumentRejected) as caught:
        read_xlsx(buffer.getvalue())
    assert caught.value.reason == "unreadable"


def test_csv_rows_become_lines_of_cells_by_column() -> None:
    document = read_csv('订单编号,HD-1\n\n序号,数量\n1,"1,200"\n')
    assert [line.text for line in document.lines] == ["订单编号 HD-1", "序号 数量", "1 1,200"]
    assert document.lines[2].cells[1].x0 == 2
