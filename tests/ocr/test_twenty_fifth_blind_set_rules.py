"""What reading the twenty-fifth blind set taught, as general rules: a 金蝶 EAS print (业务日期, the
supplier's code before its name), an Exact Online Inkooporder (Betalingscondities) and a Google Sheets
order whose discounts are percentage cells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ocr.cell_stacks import joined, stacked_text
from ocr.extraction import extract_order
from ocr.layout import Cell
from ocr.sheet_reader import cell_text
from tests.ocr.built_documents import line, pdf, sheet


def test_a_percentage_cell_reads_as_the_percent_it_shows() -> None:
    assert [cell_text(0.05, "0%"), cell_text(0.125, "0.00%"), cell_text(1, "0%")] == ["5%", "12.5%", "100%"]
    assert cell_text(0.05, "General") == "0.05" and cell_text(5, "0") == "5"


def test_a_discount_typed_as_a_percentage_cell_makes_the_line_add_up() -> None:
    order = extract_order(
        sheet(
            ["Nº pedido", "PC-26/0412"],
            ["Ref.", "Descripción", "Cantidad", "Ud.", "Precio unit.", "Dto.", "Importe"],
            ["HL-1205", "Rodamiento 6205-2RS", "1000", "ud.", "0.92", "0%", "920"],
            [
                "HL-2108",
                "Racor recto GE16LR",
                "600",
                "ud.",
                cell_text(2.35, "0.00"),
                cell_text(0.05, "0%"),
                "1339.5",
            ],
        )
    )
    assert [line.amount for line in order.lines] == [Decimal("920"), Decimal("1339.5")]
    assert not order.warnings  # 600 x 2.35 less 5 % is the amount printed


def test_eas_business_date_and_the_supplier_s_code_before_its_name() -> None:
    order = extract_order(
        pdf(
            line(10, (28, "单据编号：CGDD-2612-000087"), (328, "业务日期：2026-12-17")),
            line(22, (28, "供应商：02.0318 苏州启航精工科技有限公司"), (328, "币别：人民币")),
            line(
                40,
                (32, "行号"),
                (68, "物料编码"),
                (133, "物料名称"),
                (338, "数量"),
                (390, "单价"),
                (526, "金额"),
            ),
            line(
                52,
                (37, "1"),
                (52, "01.01.002.0031"),
                (118, "伺服电机"),
                (359, "40"),
                (383, "1138.05"),
                (527, "45522.00"),
            ),
        )
    )
    assert order.order_date == dt.date(2026, 12, 17)  # 业务日期
    assert order.supplier.name == "苏州启航精工科技有限公司"  # without its code in the buyer's ERP


def test_a_company_name_that_starts_with_a_number_keeps_it() -> None:
    order = extract_order(
        pdf(
            line(10, (28, "PO No.: 4711"), (328, "Supplier: 3M China Ltd.")),
            line(40, (32, "No."), (68, "Description"), (338, "Qty"), (390, "Unit Price"), (526, "Amount")),
            line(52, (37, "1"), (68, "Tape"), (359, "40"), (383, "2.50"), (527, "100.00")),
        )
    )
    assert order.supplier.name == "3M China Ltd."


def test_exact_online_payment_terms() -> None:
    order = extract_order(
        pdf(
            line(10, (362, "Ordernummer"), (454, "26000418")),
            line(22, (362, "Leveringsvoorwaarde"), (454, "FCA Shanghai (Incoterms 2020)")),
            line(34, (362, "Betalingscondities"), (454, "60 dagen na factuurdatum")),
            line(
                60,
                (42, "Artikelcode"),
                (100, "Omschrijving"),
                (356, "Aantal"),
                (443, "Prijs"),
                (526, "Bedrag"),
            ),
            line(
                72,
                (42, "KL-10231"),
                (100, "Kogellager 6205-2RS C3"),
                (356, "1.500,00"),
                (444, "0,92"),
                (522, "1.380,00"),
            ),
        )
    )
    assert order.payment_terms == "60 dagen na factuurdatum"
    assert order.lines[0].quantity == Decimal("1500")


def test_a_full_cell_line_wrapped_at_a_size_s_sign_joins_without_a_space() -> None:
    cell_line = [Cell("含滑块HGH20CA", 1, 182.0, 0.0, 284.0, 8.0)]  # runs to the cell's right edge
    wrapped = [Cell("×2", 1, 182.0, 9.0, 192.0, 17.0)]
    assert stacked_text([cell_line, wrapped], [(180.0, 286.0)], ruled=True) == "含滑块HGH20CA×2"
    assert joined("M8×30", "12.9级") == "M8×30 12.9级"  # two words: the space stays
