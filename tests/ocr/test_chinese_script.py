"""Traditional Chinese scans are read with the traditional model: a page whose Chinese reads unsurely
with ``chi_sim`` is tried with ``chi_tra`` on a band of its most Chinese lines, and the document is read
again with it only when that reads the band clearly better; a simplified page is never switched."""

from __future__ import annotations

import io

import pytest

from ocr.chinese_script import (
    MIN_CHINESE,
    UNSURE,
    chinese_confidence,
    is_unsure_chinese,
    traditional_languages,
)
from ocr.extraction import read_document
from ocr.layout import Document, Word
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples import scans

TRADITIONAL_LINES = [
    "鴻源精密工業股份有限公司",
    "採購單號：3301-1151204001    採購日期：115/12/04",
    "廠商全名：蘇州啟航精工科技有限公司",
    "送貨地址：桃園市龜山區興邦路31號鴻源二廠收料倉",
    "付款條件：出貨後60天電匯    交易條件：離岸價格",
    "備註：陽極處理須符合規範，每批隨貨附材質證明及出貨檢驗報告",
    "交貨時請附送貨單，註明本採購單號、品號及序號；分批交貨依各序號預交日。",
    "品質不符規格者，本公司得退貨或要求更換，所生費用由廠商負擔。",
]
SIMPLIFIED_LINES = [
    "鸿源精密工业股份有限公司",
    "采购单号：3301-1151204001    采购日期：2026-12-04",
    "厂商全名：苏州启航精工科技有限公司",
    "送货地址：桃园市龟山区兴邦路31号鸿源二厂收料仓",
    "付款条件：出货后60天电汇    交易条件：离岸价格",
    "备注：阳极处理须符合规范，每批随货附材质证明及出货检验报告",
    "交货时请附送货单，注明本采购单号、品号及序号；分批交货依各序号预交日。",
    "品质不符规格者，本公司得退货或要求更换，所生费用由厂商负担。",
]


def _scanned(lines: list[str]) -> Document:
    """The lines printed on an A4 page and scanned as an office scanner would (grey, noisy, JPEG'd)."""
    buffer = io.BytesIO()
    canvas = draw.new_canvas(buffer, "script")
    for k, text in enumerate(lines):
        draw.text(canvas, 50, 780 - 22 * k, text, draw.cjk_font(), 11)
    canvas.save()
    pages = scans.scan(buffer.getvalue(), scans.Degradation.realistic(5), 5)
    return read_document(scans.image_pdf(pages), "scan.pdf")


@pytest.fixture(scope="module")
def traditional_scan() -> Document:
    return _scanned(TRADITIONAL_LINES)


def test_a_traditional_scan_is_read_with_the_traditional_model(traditional_scan: Document) -> None:
    page = traditional_scan.scans[1]
    assert page.languages == "chi_tra+eng"
    text = "\n".join(line.text for line in traditional_scan.lines)
    assert "採購單號" in text and "廠商全名" in text and "採購" in text


def test_a_simplified_scan_keeps_the_simplified_model() -> None:
    document = _scanned(SIMPLIFIED_LINES)
    assert document.scans[1].languages == "chi_sim+eng"
    assert "采购单号" in "\n".join(line.text for line in document.lines)


def test_the_traditional_model_is_swapped_in_only_for_the_simplified_one() -> None:
    assert traditional_languages("chi_sim+eng") == "chi_tra+eng"
    assert traditional_languages("eng") is None  # an English-only set-up has no Chinese to judge


def test_only_a_page_with_enough_unsure_chinese_is_judged() -> None:
    assert is_unsure_chinese(MIN_CHINESE, UNSURE - 0.01)
    assert not is_unsure_chinese(MIN_CHINESE, UNSURE)  # read surely enough
    assert not is_unsure_chinese(MIN_CHINESE - 1, 0.5)  # too little Chinese to tell


def test_chinese_confidence_weighs_each_word_by_its_characters() -> None:
    words = [
        Word("采购单号", 1, 0, 0, 40, 10, confidence=0.9),
        Word("3301", 1, 45, 0, 65, 10, confidence=0.2),  # no Chinese: not counted
        Word("苏州", 1, 70, 0, 90, 10, confidence=0.6),
    ]
    count, mean = chinese_confidence(words)
    assert count == 6 and mean == pytest.approx((4 * 0.9 + 2 * 0.6) / 6)
    assert chinese_confidence([]) == (0, 1.0)
