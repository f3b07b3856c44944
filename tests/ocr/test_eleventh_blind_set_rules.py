"""What the eleventh blind set taught, as general rules: an Italian order's carry rows (``A riportare``
at a page's foot, ``Riporto`` under the next page's header) are running sums, not order lines, and the
lines go on after them; a cascade discount (``10+5``) is two discounts one after the other; a WPS form's
second head line names the columns under a merged heading (交货计划 over its batch dates)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from tests.ocr.built_documents import ENGLISH_HEAD, line, pdf, sheet


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


def test_a_cascade_discount_is_applied_step_by_step_in_the_arithmetic_check() -> None:
    """Sconti % ``10+5``: 10 % off, then 5 % off the rest: 200 x 1,55 = 310,00 comes to 265,05."""
    order = extract_order(
        pdf(
            line(10, (40, "Numero: 418/OF")),
            line(100, (30, "Pos."), (60, "Codice"), (150, "Descrizione"), (300, "Quantità"), (350, "Prezzo"),
                 (400, "Sconti %"), (450, "Importo")),
            line(115, (30, "1"), (60, "C03.2020"), (150, "Cuscinetto LM20UU"), (300, "200,000"),
                 (350, "1,5500"), (405, "10+5"), (455, "265,05")),
            line(130, (30, "2"), (60, "C01.6205"), (150, "Cuscinetto 6205-2RS"), (300, "300,000"),
                 (350, "0,9200"), (455, "276,00")),
            line(150, (300, "TOTALE ORDINE"), (455, "541,05")),
        )
    )  # fmt: skip
    assert [item.amount for item in order.lines] == [Decimal("265.05"), Decimal("276.00")]
    assert order.warnings == []


def test_a_second_head_line_naming_a_merged_headings_sub_columns_is_no_order_line() -> None:
    """WPS form: 交货计划 merged over two batch columns whose heads are the batch dates."""
    document = sheet(
        ["订单号：", "YCCG-2612-0107"],
        ["序号", "物料编码", "品名", "单位", "订购数量", "交货计划", "", "含税单价", "含税金额"],
        ["", "", "", "", "", "2026-12-18", "2027-01-08"],
        ["1", "10301206", "深沟球轴承", "套", "400", "200", "200", "8.20", "3280.00"],
        ["2", "10301307", "深沟球轴承", "套", "100", "100", "", "19.60", "1960.00"],
    )
    heading = document.lines[1].cells[5]
    document.lines[1].cells[5] = replace(heading, x1=heading.x0 + 2 - 0.1, bottom=heading.bottom + 1)
    order = extract_order(document)
    assert [(item.customer_part_no, item.quantity) for item in order.lines] == [
        ("10301206", Decimal("400")),
        ("10301307", Decimal("100")),
    ]
