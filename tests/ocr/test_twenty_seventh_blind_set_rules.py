"""What reading the twenty-seventh blind set taught, as general rules: a 速达 print whose 折扣(%) is the
share of the price paid, a Xero order whose amounts are headed ``Amount NZD``, and an Indian buyer's
workbook (a delivery schedule in words, a letterhead in capitals)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ocr.assemble import line_discounts
from ocr.extraction import extract_order
from ocr.labels import column_kind
from ocr.line_table import Row
from tests.ocr.built_documents import sheet

SUDA_HEAD = ["行号", "货品编号", "货品名称", "单位", "数量", "单价", "折扣(%)", "金额"]


def test_a_discount_column_most_of_whose_lines_read_100_is_the_share_of_the_price_paid() -> None:
    order = extract_order(
        sheet(
            ["单号：CGD-2612-0037"],
            SUDA_HEAD,
            ["1", "01.02.0031", "深沟球轴承", "个", "5,000.00", "1.2400", "100.00", "6,200.00"],
            ["2", "01.05.0112", "机械密封", "套", "1,500.00", "8.4500", "95.00", "12,041.25"],
            ["3", "01.05.0118", "骨架油封", "只", "6,000.00", "0.1850", "100.00", "1,110.00"],
        )
    )
    assert [line.customer_part_no for line in order.lines] == ["01.02.0031", "01.05.0112", "01.05.0118"]
    assert not order.warnings  # 1500 x 8.45 x 95 % is the amount printed


def test_a_discount_column_of_discounts_stays_one() -> None:
    rows = [Row({"discount": text}, [], 1) for text in ("0", "5", "10", "0")]
    assert line_discounts(rows) == {2: Decimal("5"), 3: Decimal("10")}
    paid = [Row({"discount": text}, [], 1) for text in ("100.00", "95.00", "100.00")]
    assert line_discounts(paid) == {2: Decimal("5.00")}


def test_a_currency_code_after_a_column_s_name_is_the_amounts_currency() -> None:
    assert column_kind("Amount NZD") == ("amount", "NZD")
    assert column_kind("Stk.pris DKK") == ("unit_price", "DKK")
    assert column_kind("Amount ABC") is None  # no currency: no header of ours either
    order = extract_order(
        sheet(
            ["PO Number", "PO-0418"],
            ["Item", "Description", "Quantity", "Unit Price", "Amount NZD"],
            ["KC-1001", "Hose clamp", "100", "2.50", "250.00"],
        )
    )
    assert order.currency == "NZD"


def test_a_delivery_schedule_in_words_and_a_capital_letterhead_as_the_document_writes_the_name() -> None:
    order = extract_order(
        sheet(
            ["SAHYADRI FLOW CONTROLS PVT. LTD."],
            ["PO No.", "SFC/PUR/26-27/0418"],
            ["Delivery Schedule", "On or before 05-Feb-2027"],
            ["Ship To / Consignee:"],
            ["Sahyadri Flow Controls Pvt. Ltd. – Stores"],
            ["Plot No. D-27, MIDC Chakan Phase II"],
            ["S.No.", "Item Code", "Description", "Qty", "UOM", "Rate (USD)", "Amount (USD)"],
            ["1", "SFC-BB-6204", "Ball bearing 6204-2RS C3", "2000", "Nos", "0.86", "1720.00"],
        )
    )
    assert order.requested_delivery_date == dt.date(2027, 2, 5)
    assert order.buyer.name == "Sahyadri Flow Controls Pvt. Ltd."  # as written in the ship-to block
    assert order.ship_to.address == "Plot No. D-27, MIDC Chakan Phase II"
