"""What reading the twenty-second blind set taught, as general rules: a Coupa purchase order (``Purchase
Order #PO-104872``, the item's code on a ``Supplier Part Num:`` line), a 旺店通 采购单 (采购价, 制单时间,
采购总金额, no currency named), and a Taiwanese workbook (a Minguo date in words, NT$)."""

from __future__ import annotations

import datetime as dt

from ocr.cell_stacks import stacked_text
from ocr.extraction import extract_order
from ocr.labels import column_kind, split_pairs
from ocr.language_currency import home_currency
from ocr.layout import Cell, Document, Line
from ocr.normalise import parse_currency, parse_date
from tests.ocr.built_documents import english_table, line, pdf, sheet


def test_a_label_does_not_swallow_a_number_that_starts_with_its_letters() -> None:
    assert split_pairs("Purchase Order #PO-104872")[1][0].value == "PO-104872"
    assert split_pairs("订单号 PO No. 4711")[1][0].value == "4711"  # the same field twice is still one label


def coupa_order(*under_the_item: Line) -> Document:
    """A Coupa order of one item, with ``under_the_item`` printed under its row."""
    return pdf(
        line(10, (30, "Purchase Order #PO-104872")),
        line(40, (30, "Line"), (60, "Item"), (300, "Qty"), (340, "Price"), (420, "Total")),
        line(55, (30, "1"), (60, "Deep Groove Ball Bearing 6205-2RS"), (300, "500"), (340, "1.25"),
             (420, "625.00")),
        *under_the_item,
    )  # fmt: skip


def test_a_supplier_part_line_under_an_item_is_its_part_number_when_it_prints_no_other() -> None:
    order = extract_order(coupa_order(line(66, (60, "Supplier Part Num: QH-6205-2RS"))))
    assert order.po_number == "PO-104872"
    assert [(line.customer_part_no, line.description) for line in order.lines] == [
        ("QH-6205-2RS", "Deep Groove Ball Bearing 6205-2RS")
    ]


def test_a_supplier_part_column_beside_the_buyers_is_no_part_number_of_the_order() -> None:
    assert column_kind("Supplier Part No.") is None or column_kind("Supplier Part No.")[0] != "part_no"


def test_wdt_labels_and_taiwanese_dates_and_dollars() -> None:
    assert column_kind("采购价")[0] == "unit_price"
    assert split_pairs("制单时间：2026-12-15 09:41:22")[1][0].field == "order_date"
    assert split_pairs("预计到货时间：2026-12-28")[1][0].field == "requested_delivery_date"
    assert split_pairs("采购总金额：34,002.55")[1][0].field == "total"
    assert parse_date("115年12月15日") == parse_date("民國115年12月15日") == dt.date(2026, 12, 15)
    assert [parse_currency(text) for text in ("新台幣 NTD", "NT$1,200", "TWD")] == ["TWD"] * 3
    assert parse_currency("人民币") == "CNY"


CHINESE_TEXT = "杭州旺嘉电子商务有限公司采购单供应商苏州启航精工科技有限公司采购员陈晓燕仓库余杭仁和主仓"


def test_a_simplified_chinese_order_naming_no_currency_is_in_yuan() -> None:
    order = extract_order(pdf(line(5, (30, CHINESE_TEXT)), line(15, (30, "采购单号：CG202612150023")),
                              *english_table("1", "A-1", "螺钉", "10", "2.00", "20.00")))  # fmt: skip
    assert order.currency == "CNY" and order.provenance["currency"].method == "home-currency"


def test_the_home_currency_is_the_weakest_and_not_assumed_for_other_scripts() -> None:
    dollars = extract_order(pdf(line(5, (30, CHINESE_TEXT)), line(15, (30, "采购单号：CG1")),
                                *english_table("1", "A-1", "螺钉", "10", "US$2.00", "US$20.00")))  # fmt: skip
    assert dollars.currency == "USD"  # a sign on the amounts says more than the language
    traditional = sheet(
        ["訂購單 新竹精密工業股份有限公司 廠商名稱 蘇州啟航精工科技有限公司 交貨地點 新竹縣湖口鄉工業一路"]
    )
    assert home_currency(traditional) == []  # Taiwan: NT$, not yuan
    assert (
        home_currency(sheet(["注文書 株式会社小林精機製作所 下記の通り注文いたします 長野県諏訪市四賀"]))
        == []
    )
    assert home_currency(sheet(["PO 4711 Bearings"])) == []


def _lines_in_cell(*texts: str) -> list[list[Cell]]:
    """A ruled cell 0..100 wide whose text a character-wrapping print filled line after line."""
    return [[Cell(text, 1, 2.0, 10.0 * k, 99.5, 10.0 * k + 8)] for k, text in enumerate(texts)]


def test_a_full_line_wrapped_inside_a_number_joins_without_a_space() -> None:
    bounds = [(0.0, 100.0)]
    assert stacked_text(_lines_in_cell("尺码:4×200(100", "0条)"), bounds, ruled=True) == "尺码:4×200(1000条)"
    assert (
        stacked_text(_lines_in_cell("规格:9件套 1.5-", "10mm"), bounds, ruled=True) == "规格:9件套 1.5-10mm"
    )
    assert (
        stacked_text(_lines_in_cell("M8×30", "12.9级发黑"), bounds, ruled=True) == "M8×30 12.9级发黑"
    )  # two words
    short = [[Cell("尺码:(100", 1, 2.0, 0.0, 40.0, 8.0)], [Cell("0条)", 1, 2.0, 10.0, 20.0, 18.0)]]
    assert stacked_text(short, bounds, ruled=True) == "尺码:(100 0条)"  # room was left: no wrap by characters


def test_on_a_scan_the_supplier_part_line_may_be_two_cells_and_the_commodity_is_a_note() -> None:
    document = coupa_order(
        line(66, (60, "Supplier Part Num:"), (150, "QH-6205-2RS")),
        line(77, (60, "Commodity: MRO > Bearings")),
    )
    (item,) = extract_order(document).lines
    assert (item.customer_part_no, item.description) == ("QH-6205-2RS", "Deep Groove Ball Bearing 6205-2RS")
