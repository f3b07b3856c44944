"""A line with a trade discount printed beside it adds up when quantity x price less the discount is its
amount: such an order is not sent to review for arithmetic that is right (the canonical order keeps the
printed price and the discounted amount)."""

from __future__ import annotations

from decimal import Decimal

from ocr.checks import arithmetic_warnings, confidence, line_mismatch, verified
from ocr.extraction import extract_order
from orderbridge.model import OrderLine, PurchaseOrder
from tests.ocr.built_documents import line, pdf


def order_line(qty: str, price: str, amount: str, number: int = 1) -> OrderLine:
    return OrderLine(line_no=number, quantity=Decimal(qty), unit_price=Decimal(price), amount=Decimal(amount))


def test_a_discounted_amount_is_right_only_with_its_discount() -> None:
    discounted = order_line("240", "4.85", "1047.60")  # 240 x 4.85 = 1164.00, less 10 %
    assert line_mismatch(discounted) == Decimal("116.40")
    assert line_mismatch(discounted, Decimal(10)) is None
    assert line_mismatch(discounted, Decimal(5)) is not None  # the wrong discount does not add up


def test_an_order_whose_lines_add_up_with_their_discounts_is_verified_and_confident() -> None:
    order = PurchaseOrder(
        po_number="TW/PO/26/0912",
        order_date=None,
        currency="GBP",
        total_amount=Decimal("1367.60"),
        lines=[order_line("240", "4.85", "1047.60", 1), order_line("100", "3.20", "320.00", 2)],
    )
    assert not verified(order) and arithmetic_warnings(order)
    assert verified(order, discounts={1: Decimal(10)})
    assert arithmetic_warnings(order, discounts={1: Decimal(10)}) == []
    assert confidence(order, discounts={1: Decimal(10)}) > confidence(order)


def test_a_discount_column_is_read_and_a_goods_total_is_the_subtotal() -> None:
    header = ((30, "Line"), (60, "Code"), (120, "Description"), (250, "Qty"), (290, "Unit Cost"))
    header += ((350, "Disc %"), (400, "Line Total"))
    document = pdf(
        line(10, (30, "Order Ref: TW/PO/26/0912")),
        line(20, (30, "Order Date: 04 Dec 2026")),
        line(100, *header),
        line(
            115,
            (30, "1"),
            (60, "WH-100"),
            (120, "Wall hook"),
            (250, "240"),
            (290, "4.85"),
            (350, "10.00"),
            (400, "1,047.60"),
        ),
        line(
            130,
            (30, "2"),
            (60, "NUM-75"),
            (120, "Door numerals"),
            (250, "100"),
            (290, "3.20"),
            (350, "0.00"),
            (400, "320.00"),
        ),
        line(150, (300, "Goods Total"), (400, "1,367.60")),
        line(160, (300, "VAT @ 20%"), (400, "273.52")),
        line(170, (300, "Order Total"), (400, "£1,641.12")),
    )
    order = extract_order(document)
    assert [(ln.unit_price, ln.amount) for ln in order.lines] == [
        (Decimal("4.85"), Decimal("1047.60")),
        (Decimal("3.20"), Decimal("320.00")),
    ]
    assert order.total_amount == Decimal("1641.12") and order.warnings == []
    assert order.provenance["lines"].method.endswith("+arithmetic")


def complete_order(total: str) -> PurchaseOrder:
    """Every field the confidence asks for, two lines worth 1000.00, and the printed ``total``."""
    return PurchaseOrder.model_validate(
        {
            "po_number": "CGDD20261208003",
            "order_date": "2026-12-08",
            "currency": "CNY",
            "buyer": {"name": "东莞市鼎晟自动化设备有限公司"},
            "total_amount": total,
            "lines": [
                {"line_no": 1, "description": "深沟球轴承", "quantity": 100, "unit_price": 6, "amount": 600},
                {"line_no": 2, "description": "直线轴承", "quantity": 40, "unit_price": 10, "amount": 400},
            ],
        }
    )


REVIEW_BELOW = 0.8  # the pipeline's default review threshold


def test_lines_that_miss_the_total_by_a_little_send_the_order_to_review() -> None:
    """A packing charge in the total has no field in the canonical order (it would be lost on the way to
    the ERP), and a cancelled line read as ordered misses it by as little: a person looks first."""
    assert confidence(complete_order("1000.00")) == 1.0
    assert confidence(complete_order("1030.00")) < REVIEW_BELOW
    assert confidence(complete_order("1030.00")) > confidence(complete_order("2080.00"))  # less unsure


def test_lines_that_miss_the_total_by_more_than_a_tenth_send_the_order_to_review() -> None:
    assert confidence(complete_order("2080.00")) < REVIEW_BELOW  # half the lines lost: never untouched
    assert confidence(complete_order("900.00")) < REVIEW_BELOW  # lines worth more than the order
