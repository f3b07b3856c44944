"""Amounts in Chinese capital numerals: the parser, and the cross-check of the order's total."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ocr import extract_file
from ocr.capital_amount import MISMATCH_CAP, capital_amounts, cross_check, parse_capital
from ocr.layout import Cell, Document, Line
from orderbridge.model import FieldSource, OrderLine, PurchaseOrder


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("壹万贰仟叁佰肆拾伍元陆角柒分", "12345.67"),
        ("壹仟柒佰元整", "1700.00"),
        ("壹仟柒佰元正", "1700.00"),
        ("壹仟零伍元", "1005.00"),  # one 零 for the skipped hundreds and tens
        ("壹万零伍元整", "10005.00"),  # a run of skipped places is still one 零
        ("壹佰零壹元零壹分", "101.01"),
        ("贰拾元零伍分", "20.05"),  # no 角: 零 before the 分
        ("伍角", "0.50"),  # 角 and 分 only
        ("陆角柒分", "0.67"),
        ("零伍分", "0.05"),
        ("叁角整", "0.30"),
        ("拾元", "10.00"),  # 拾 without a digit is ten
        ("壹拾贰元", "12.00"),
        ("贰仟万元", "20000000.00"),
        ("壹亿零伍佰万元整", "105000000.00"),
        ("壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元", "123456789.00"),
        ("壹万亿元", "1000000000000.00"),
        ("壹 仟 柒 佰 元 整", "1700.00"),  # OCR letter-spacing
        ("貳佰圓整", "200.00"),  # traditional forms
    ],
)
def test_amounts_in_words(text: str, value: str) -> None:
    assert parse_capital(text) == Decimal(value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "整",
        "元整",
        "壹贰元",  # two digits in a row
        "伍零元",  # a digit then 零
        "佰仟元",  # units out of order
        "壹佰",  # no 元, 角 or 分: no amount
        "壹元伍",  # a digit with no unit after 元
        "万元",  # an empty section
        "壹万万元",
        "亿元",
        "零拾元",
        "壹仟柒佰元整整",
        "一千七百元",  # ordinary numerals are no capital amount
    ],
)
def test_malformed_words_are_no_amount(text: str) -> None:
    assert parse_capital(text) is None


def document(*texts: str) -> Document:
    lines = [Line(1, [Cell(text, 1, 50, 100 + 20 * i, 300, 112 + 20 * i)]) for i, text in enumerate(texts)]
    return Document("application/pdf", "text-layer", 1, lines)


def test_amounts_are_found_after_labels_in_any_cell_but_ordinary_text_is_not() -> None:
    doc = document("合计人民币（大写）：壹仟柒佰元整", "备注：一共三箱，请于十日内送达", "小写：¥1,700.00")
    assert [(value, run) for value, run, _ in capital_amounts(doc)] == [(Decimal("1700.00"), "壹仟柒佰元整")]


def order(total: str, confidence: float = 1.0, warnings: tuple[str, ...] = ()) -> PurchaseOrder:
    line = OrderLine(line_no=1, quantity=Decimal(2), unit_price=Decimal("850.00"), amount=Decimal("1700.00"))
    return PurchaseOrder(
        po_number="P-1",
        order_date=None,
        currency="CNY",
        total_amount=Decimal(total),
        lines=[line],
        confidence=confidence,
        warnings=list(warnings),
        provenance={"total_amount": FieldSource(page=1, method="table-total", score=0.9)},
    )


def test_agreement_raises_the_totals_score_and_leaves_the_order_as_sure_as_it_was() -> None:
    po = order("1700.00")
    cross_check(po, document("大写：壹仟柒佰元整"))
    source = po.provenance["total_amount"]
    assert (source.method, source.score) == ("table-total+capital-amount", 0.99)
    assert source.note == "agrees with the amount in words 壹仟柒佰元整"
    assert (po.confidence, po.warnings) == (1.0, [])


def test_agreement_lifts_an_ocr_doubt_about_the_totals_glyphs() -> None:
    doubt = "total_amount: OCR is unsure of '1,700.00' (certainty 0.31)"
    po = order("1700.00", confidence=0.75, warnings=(doubt, "buyer.name: OCR is unsure of 'X'"))
    po.confidence = 0.5
    cross_check(po, document("壹仟柒佰元整"))
    assert po.warnings == ["buyer.name: OCR is unsure of 'X'"]
    assert po.confidence == 0.75


def test_disagreement_warns_lowers_the_score_and_sends_the_order_to_review() -> None:
    po = order("1800.00")
    cross_check(po, document("大写：壹仟柒佰元整"))
    assert po.warnings == [
        "total_amount: the amount in words 壹仟柒佰元整 is 1700.00, but the total read is 1800.00"
    ]
    assert po.provenance["total_amount"].score == 0.3
    assert po.confidence == MISMATCH_CAP < 0.8  # below the pipeline's review threshold


def test_one_agreeing_amount_of_several_is_agreement() -> None:
    po = order("1700.00")
    cross_check(po, document("不含税金额：壹仟伍佰元整", "价税合计：壹仟柒佰元整"))
    assert po.warnings == [] and po.provenance["total_amount"].score == 0.99


def test_no_words_or_no_total_changes_nothing() -> None:
    po = order("1700.00")
    cross_check(po, document("合计：1,700.00"))
    assert po.provenance["total_amount"].method == "table-total" and po.confidence == 1.0
    po.total_amount = None
    cross_check(po, document("壹仟柒佰元整"))
    assert po.warnings == [] and po.provenance["total_amount"].method == "table-total"


CSV = (
    "订单编号,HD-9\n订单日期,2026-11-18\n采购方,华东精密制造有限公司\n币种,人民币\n"
    "物料编码,数量,单价,金额\nHD-1,2,850.00,1700.00\n合计,,,1700.00\n合计（大写）,{words}\n"
)


def test_extract_file_confirms_a_total_by_its_words(tmp_path: Path) -> None:
    path = tmp_path / "po.csv"
    path.write_text(CSV.format(words="人民币壹仟柒佰元整"), encoding="utf-8")
    po = extract_file(path).order
    assert po.provenance["total_amount"].method.endswith("+capital-amount")
    assert (po.warnings, po.confidence) == ([], 1.0)


def test_extract_file_sends_a_total_contradicted_by_its_words_to_review(tmp_path: Path) -> None:
    path = tmp_path / "po.csv"
    path.write_text(CSV.format(words="人民币壹仟捌佰元整"), encoding="utf-8")
    po = extract_file(path).order
    assert po.total_amount == Decimal("1700.00")
    assert po.warnings == [
        "total_amount: the amount in words 壹仟捌佰元整 is 1800.00, but the total read is 1700.00"
    ]
    assert po.confidence == MISMATCH_CAP
