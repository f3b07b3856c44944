"""What the eleventh blind set taught, as general rules: an Italian order's carry rows (``A riportare``
at a page's foot, ``Riporto`` under the next page's header) are running sums, not order lines, and the
lines go on after them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from tests.ocr.built_documents import ENGLISH_HEAD, line, pdf


@pytest.mark.parametrize("carry", ["Riporto", "A riportare", "Übertrag"])
def test_a_carry_row_inside_the_table_is_skipped_and_the_lines_go_on(carry: str) -> None:
    order = extract_order(
        pdf(
            line(10, (40, "Order No.: 418/OF")),
            line(100, *ENGLISH_HEAD),
            line(115, (30, "1"), (60, "P01.0032"), (150, "Forcella CA-32"), (310, "40"), (350, "2,10"),
                 (430, "84,00")),
            line(130, (300, carry), (430, "84,00")),
            line(145, (30, "2"), (60, "M02.0008"), (150, "Pressore a sfera M8"), (310, "400"), (350, "0,38"),
                 (430, "152,00")),
            line(170, (300, "TOTALE ORDINE"), (430, "236,00")),
        )
    )  # fmt: skip
    assert [(item.customer_part_no, item.amount) for item in order.lines] == [
        ("P01.0032", Decimal("84.00")),
        ("M02.0008", Decimal("152.00")),
    ]


def test_a_page_subtotal_at_a_pages_foot_is_no_order_line() -> None:
    """畅捷通 T+ prints 本页小计 under each page's rows; the order's 合计 follows on the last page."""
    order = extract_order(
        pdf(
            line(10, (40, "订单编号：PO-2026-12-0048")),
            line(100, (30, "序号"), (60, "物料编码"), (150, "物料名称"), (300, "数量"), (340, "单价"),
                 (420, "金额")),
            line(115, (30, "1"), (60, "0101001"), (150, "深沟球轴承"), (300, "300.00"), (345, "6.80"),
                 (430, "2,040.00")),
            line(130, (30, "2"), (60, "0101004"), (150, "深沟球轴承"), (300, "120.00"), (345, "23.50"),
                 (430, "2,820.00")),
            line(145, (30, "本页小计"), (300, "420.00"), (430, "4,860.00")),
            line(160, (30, "合计"), (300, "420.00"), (430, "4,860.00")),
        )
    )  # fmt: skip
    assert [item.customer_part_no for item in order.lines] == ["0101001", "0101004"]
    assert order.total_amount == Decimal("4860.00")
