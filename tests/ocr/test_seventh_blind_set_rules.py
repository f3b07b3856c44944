"""What the seventh blind set taught, as general rules: Japanese company words and the 御中 that
addresses a company, a sentence stating the currency, `Vendor #` and job-cost columns as no fields, a
part-number column where one item is ordered twice, a workbook's space inside an address kept, and a
company's name beside a label never taken for a label."""

from __future__ import annotations

import pytest

from ocr.column_roles import profile
from ocr.extraction import extract_order
from ocr.labels import column_kind, split_pairs
from tests.ocr.built_documents import english_table, line, pdf, sheet

TABLE = english_table("1", "KT-SH-1042", "Linear Shaft", "300", "¥1,280", "¥384,000")


def test_a_japanese_order_names_its_buyer_by_kabushiki_kaisha_and_its_supplier_by_onchu() -> None:
    document = pdf(
        line(10, (30, "注文書")),
        line(20, (30, "兼村通商株式会社")),
        line(30, (30, "Suzhou Qihang Precision Technology Co., Ltd. 御中")),
        line(40, (30, "Kanemura Trading Co., Ltd.")),
        line(60, (30, "発注番号"), (100, "P.O. No."), (160, "KT-2612-0418")),
        *TABLE,
    )
    order = extract_order(document)
    assert order.buyer.name == "兼村通商株式会社"
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."  # 御中 is no part of it


@pytest.mark.parametrize(
    ("sentence", "currency"),
    [
        ("All amounts in US Dollars", "USD"),
        ("Prices are in EUR.", "EUR"),
        ("All figures shown in RMB", "CNY"),
    ],
)
def test_a_sentence_stating_the_currency_gives_it(sentence: str, currency: str) -> None:
    document = pdf(line(10, (30, "PO No. 24117-0093")), line(20, (30, sentence)), *TABLE[:1], TABLE[1])
    assert extract_order(document).currency == currency


def test_a_vendor_number_is_no_supplier_and_job_cost_columns_are_no_fields() -> None:
    assert split_pairs("Vendor #")[1][0].field == "other"
    assert [column_kind(name)[0] for name in ("Cost Code", "Job", "Phase", "Cat")] == ["other"] * 4


def test_a_part_number_column_may_order_one_item_twice_but_cost_codes_repeat_too_often() -> None:
    items = ["QH-AB-0612", "QH-EP-1208", "QH-SB-3810", "QH-UC-1658", "QH-SK-0410", "QH-UC-1658"]
    assert profile(items) == "code"
    cost_codes = ["03-1510", "03-1510", "05-1200", "22-0529", "22-0529", "03-1510"]
    assert profile(cost_codes) != "code"


def test_a_workbooks_space_inside_an_address_is_the_senders() -> None:
    document = sheet(
        ["订单编号", "YF-CG-20261205-03", "下单日期", "2026-12-05"],
        ["采购方", "深圳市云帆智能硬件有限公司", "供应商", "苏州启航精工科技有限公司"],
        ["币种", "人民币", "期望到货", "2026-12-20"],
        ["收货地址", "创智云城A3栋9楼 云帆研发中心前台", "付款方式", "预付30%"],
        ["序号", "物料编码", "物料名称", "数量", "单价", "金额"],
        ["1", "YF-M-01023", "电机支架", "2000", "4.35", "8700"],
    )
    order = extract_order(document)
    assert order.ship_to.address == "创智云城A3栋9楼 云帆研发中心前台"
    assert order.supplier.name == "苏州启航精工科技有限公司"  # not the 期望到货 label under its label
    assert str(order.requested_delivery_date) == "2026-12-20"


def test_an_ocrd_diameter_read_as_zhong_is_a_diameter_but_a_chinese_zhong_stays() -> None:
    from ocr.assemble import order_lines
    from ocr.layout import Cell
    from ocr.line_table import Row

    def scanned_row(description: str) -> Row:
        cell = Cell(description, 1, 0, 0, 100, 10, confidence=0.8)
        return Row({"description": description, "quantity": "1"}, [cell], 1, by_kind={"description": [cell]})

    texts = [
        "Linear Shaft SUJ2 中16x320",
        "Flange Plate 4-中9",
        "中山路18号",
        "华中3号仓",
        "0 型密封圈 NBR",
        "10型支架",
    ]
    assert [ln.description for ln in order_lines([scanned_row(t) for t in texts])] == [
        "Linear Shaft SUJ2 Φ16x320",
        "Flange Plate 4-Φ9",
        "中山路18号",
        "华中3号仓",
        "O型密封圈 NBR",  # the letter O of an O-ring, read as a zero
        "10型支架",  # a type number stays
    ]


def test_a_japanese_title_is_no_buyer_and_an_onchu_cut_off_by_ocr_still_addresses_the_supplier() -> None:
    document = pdf(
        line(10, (30, "注文书")),  # OCR's simplified 書
        line(20, (30, "兼村通商株式会社")),
        line(30, (30, "Suzhou Qihang Precision Technology Co., Ltd."), (300, "御中")),
        line(60, (30, "P.O. No."), (160, "KT-2612-0418")),
        *TABLE,
    )
    order = extract_order(document)
    assert (order.buyer.name, order.supplier.name) == (
        "兼村通商株式会社",
        "Suzhou Qihang Precision Technology Co., Ltd.",
    )
