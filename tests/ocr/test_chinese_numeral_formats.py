"""A workbook cell formatted ``[DBNum2]`` shows its number in capital numerals (叁万伍仟零壹拾陆元整):
the reader sees what the sender saw, so the amount in words checks the total and names the currency."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from ocr.chinese_numeral_formats import chinese_numeral_text
from ocr.extraction import extract_order, read_document

WPS_CAPITAL = '[DBNum2][$RMB]G/通用格式"元整";[Red][DBNum2][$RMB]G/通用格式"元整"'


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (35016, "RMB叁万伍仟零壹拾陆元整"),
        (10, "RMB壹拾元整"),
        (100000, "RMB壹拾万元整"),
        (1000010, "RMB壹佰万零壹拾元整"),
        (20000000, "RMB贰仟万元整"),
        (1234567890, "RMB壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元整"),
        (0, "RMB零元整"),
        (305.5, "RMB叁佰零伍.伍元整"),
    ],
)
def test_capital_numerals_are_shown_as_excel_shows_them(value: float, shown: str) -> None:
    assert chinese_numeral_text(value, WPS_CAPITAL) == shown


def test_ordinary_numerals_and_plain_formats() -> None:
    assert chinese_numeral_text(35016, "[DBNum1][$-804]General") == "三万五千〇一十六"
    assert chinese_numeral_text(35016, "[DBNum2]0") == "叁万伍仟零壹拾陆"
    assert chinese_numeral_text(35016, "#,##0.00") is None
    assert chinese_numeral_text(35016, "General") is None


def test_a_workbooks_total_in_words_made_by_a_format_confirms_the_total_and_names_the_currency() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["订单号：", "YC-01"])
    sheet.append(["序号", "物料编码", "品名", "数量", "单价", "金额"])
    sheet.append([1, "10301206", "深沟球轴承", 400, 8.2, 3280])
    sheet.append([2, "10301307", "深沟球轴承", 100, 19.6, 1960])
    sheet.append(["合计", None, None, 500, None, 5240])
    sheet.append(["合计金额（大写）：", None, None, 5240])
    sheet["D6"].number_format = WPS_CAPITAL
    data = io.BytesIO()
    book.save(data)
    document = read_document(data.getvalue(), "order.xlsx")
    assert "RMB伍仟贰佰肆拾元整" in [cell.text for line in document.lines for cell in line.cells]
    order = extract_order(document)
    assert (order.total_amount, order.currency) == (Decimal("5240"), "CNY")
    assert "capital-amount" in order.provenance["total_amount"].method
