"""The order number in the attachment's name counts only where the document prints it, and only below
every label and title."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ocr.extraction import extract_order
from ocr.file_name_number import file_name_number
from tests.ocr.built_documents import english_table, line, pdf


def named(name: str, *lines):
    return replace(pdf(*lines), name=name)


@pytest.mark.parametrize(
    ("name", "printed", "number"),
    [
        ("PO_4500187326.pdf", "4500187326", "4500187326"),  # Ariba: the bare number under the title
        ("采购单_3301-20261215008.pdf", "3301-20261215008", "3301-20261215008"),
        ("Zamowienie_ZD_412_2026.pdf", "Zamówienie nr ZD/412/2026", "ZD/412/2026"),  # no slash in a file name
        ("Pesanan_Pembelian_PO.2612.00187-scan-300dpi.pdf", "PO.2612.00187", "PO.2612.00187"),
    ],
)
def test_a_number_in_the_name_that_the_document_prints_is_a_candidate(
    name: str, printed: str, number: str
) -> None:
    (candidate,) = file_name_number(named(name, line(10, (30, printed))))
    assert (candidate.text, candidate.method, candidate.score) == (number, "file-name", 0.5)


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("PO_4500187326.pdf", "Order 4500187999"),  # not printed: a name is never trusted alone
        ("order_2026-12-15.pdf", "Date 2026-12-15"),  # a date is no order number
        ("PO_4500187326.pdf", "45001873261"),  # inside a longer number
        ("scan.pdf", "scan"),  # no digit
    ],
)
def test_a_name_gives_no_number_the_document_does_not_print_as_one(name: str, printed: str) -> None:
    assert file_name_number(named(name, line(10, (30, printed)))) == []


def test_a_labelled_number_wins_over_the_names() -> None:
    document = named(
        "PO_4500187326.pdf",
        line(10, (30, "PO No.: 7100000042")),
        line(20, (30, "Ref 4500187326")),
        *english_table("1", "A-1", "Bolt", "10", "2.00", "20.00"),
    )
    assert extract_order(document).po_number == "7100000042"


def test_an_order_with_no_labelled_number_is_read_by_its_name_and_goes_to_review() -> None:
    document = named(
        "PO_4500187326.pdf",
        line(10, (30, "Saxon Fluid Systems GmbH")),
        line(20, (30, "4500187326")),
        *english_table("1", "A-1", "Bolt", "10", "2.00", "20.00"),
    )
    order = extract_order(document)
    assert order.po_number == "4500187326" and order.confidence < 0.8  # below the review threshold


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Invoice_INV-2026-0815.pdf", "INV-2026-0815"),  # an invoice named after itself: no order
        ("发票_20261215001.pdf", "20261215001"),
        ("scan_0815.pdf", "Invoice No.: 0815"),  # printed after another document's label
    ],
)
def test_an_invoice_or_quotation_gets_no_order_number_from_its_name(name: str, printed: str) -> None:
    assert file_name_number(named(name, line(10, (30, printed)))) == []
