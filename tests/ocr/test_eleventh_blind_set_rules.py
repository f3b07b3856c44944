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
