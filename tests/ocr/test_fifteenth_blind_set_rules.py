"""What the fifteenth blind set taught, as general rules: a flat export's ``Purchase Order`` column holds
the order's number and its ``Name (ID)`` cells name without the system key; ``Net Order Value`` is a
line's amount; a delivery release under an order line (``Rel 1 Due: ... Qty: ...``) is no text of it; and an
order whose part numbers hold sentences (a description read into the code) goes to review."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ocr.checks import confidence, holds_prose
from ocr.extraction import extract_order
from orderbridge.pipeline.runtime import Runtime
from orderbridge.samples import hdprecision
from tests.ocr.built_documents import line, pdf, sheet

HEAD = [
    "Purchase Order",
    "Item",
    "Supplier",
    "Payment Terms",
    "Material",
    "Short Text",
    "Order Quantity",
    "Net Price",
    "Currency",
    "Net Order Value",
]


def export_row(item: str, part: str, text: str, qty: str, price: str, value: str) -> list[str]:
    supplier, terms = (
        "Suzhou Qihang Precision Technology Co., Ltd. (17300045)",
        "Within 60 days due net (Z060)",
    )
    return ["4500031187", item, supplier, terms, part, text, qty, price, "EUR", value]


def test_a_fiori_export_s_purchase_order_column_is_the_order_number_and_name_id_cells_lose_the_key() -> None:
    document = sheet(
        HEAD,
        export_row("10", "NH-100234", "Deep groove ball bearing 6205-2RS C3", "400", "0.92", "368.00"),
        export_row("20", "NH-100241", "Deep groove ball bearing 6308-ZZ C3", "120", "3.15", "378.00"),
        export_row("30", "NH-100310", "Tapered roller bearing 30207", "80", "4.48", "358.40"),
    )
    order = extract_order(document)
    assert order.po_number == "4500031187"
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."
    assert order.payment_terms == "Within 60 days due net"
    assert [ln.amount for ln in order.lines] == [Decimal("368.00"), Decimal("378.00"), Decimal("358.40")]


def test_release_rows_under_an_order_line_are_no_text_of_it() -> None:
    document = pdf(
        line(10, (30, "Purchase Order No."), (150, "20931")),
        line(
            100,
            (30, "Line"),
            (60, "Part Number"),
            (200, "Description"),
            (330, "Qty"),
            (380, "Unit Price"),
            (450, "Extension"),
        ),
        line(
            110,
            (30, "1"),
            (60, "KR-100-6205"),
            (200, "Bearing 6205"),
            (330, "400.00"),
            (380, "0.92000"),
            (450, "368.00"),
        ),
        line(120, (70, "Rel 1 Due: 01/22/2027 Qty: 400.00")),
        line(
            135,
            (30, "2"),
            (60, "KR-100-6308"),
            (200, "Bearing 6308"),
            (330, "120.00"),
            (380, "3.15000"),
            (450, "378.00"),
        ),
        line(145, (70, "Rel 1 Due: 01/22/2027 Qty: 60.00")),
        line(155, (70, "Rel 2 Due: 02/19/2027 Qty: 60.00")),
    )
    order = extract_order(document)
    assert [ln.customer_part_no for ln in order.lines] == ["KR-100-6205", "KR-100-6308"]
    assert [ln.quantity for ln in order.lines] == [Decimal(400), Decimal(120)]


@pytest.mark.parametrize(
    ("part_no", "prose"),
    [
        ("KR-705-0160 Impeller, Closed, Bronze, 160 mm", True),  # the description read into the code
        ("KR-450-0250 Cut to 10 ft lengths.", True),  # a comment under the line
        ("M8×30 12.9级", False),  # a specification as part number
        ("HD-BLT-0830", False),
        (None, False),
    ],
)
def test_a_part_number_holding_a_sentence_is_told(part_no: str | None, prose: bool) -> None:
    assert holds_prose(part_no) is prose


def test_an_order_whose_part_numbers_hold_sentences_goes_to_review() -> None:
    order = hdprecision.expected()
    assert confidence(order) == 1.0
    order.lines[0].customer_part_no = "HD-BLT-0830 Hex bolt, zinc plated, M8 x 30"
    assert confidence(order) < float(Runtime.__dataclass_fields__["review_threshold"].default)
