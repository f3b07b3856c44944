"""General rules from the forty-eighth and forty-ninth blind sets' first runs: a Kyrgyz 1C-style order
(its number after ``№`` in the title, then a comma and the date; captions ending in commas printed as one
cell; Kyrgyz labels), a Nepali workbook (a note row whose label has Devanagari vowel signs, units in
Devanagari), 秦丝's 颜色 column, Turkmen and Urdu labels."""

from __future__ import annotations

import pytest

from ocr.candidates import COMPANY
from ocr.column_roles import profile
from ocr.extraction import extract_order
from ocr.labels import split_pairs
from ocr.layout import Cell, Document, Line
from ocr.parted_cells import latin_names_apart
from ocr.unlabelled_number import unlabelled_number
from tests.ocr.built_documents import sheet


def test_a_number_after_its_sign_in_a_title_that_goes_on_with_the_date_is_the_order_s() -> None:
    document = sheet(["ЖЕТКИРҮҮЧҮГӨ БУЙРУТМА № ТА-000418, 2026-жылдын 16-декабры"])
    (candidate,) = unlabelled_number(document, document.lines)
    assert (candidate.text, candidate.method) == ("ТА-000418", "number-label")


def ocr_title(text: str, confidence: float | None = 0.9) -> Document:
    cell = Cell(text, 1, 30, 30, 400, 40, confidence=confidence)
    return Document("application/pdf", "ocr", 1, [Line(page=1, cells=[cell])])


@pytest.mark.parametrize(
    "read", ["Upjun edija sargyt Ne KT-000418, 16-njy dekabr 2026 y.", "sargyt N° KT-000418"]
)
def test_a_number_sign_a_latin_ocr_model_read_as_letters_still_signs_the_number(read: str) -> None:
    document = ocr_title(read)
    (candidate,) = unlabelled_number(document, document.lines)
    assert candidate.text == "KT-000418"


@pytest.mark.parametrize("printed", ["Upjun edija sargyt Ne KT-000418, 16-njy dekabr", "Il ne 42 pas"])
def test_letters_like_a_read_number_sign_in_a_text_layer_or_before_no_code_sign_nothing(printed: str) -> None:
    confidence = None if "sargyt" in printed else 0.9  # a text layer prints what it says
    document = ocr_title(printed, confidence)
    assert unlabelled_number(document, document.lines) == []


def test_the_kyrgyz_word_for_supplier_labels_only_with_its_colon() -> None:
    assert split_pairs("ЖЕТКИРҮҮЧҮГӨ БУЙРУТМА № ТА-000418")[1] == ()  # the title's "to the supplier"
    assert split_pairs("Жеткирүүчү: Suzhou Qihang")[1][0].field == "supplier_name"
    assert COMPANY.search("ЖЧК «Тулпар Агротехника»")


def test_captions_ending_in_commas_printed_as_one_cell_are_parted() -> None:
    """1C prints ``Баасы, | Арзандатуу, | Суммасы,`` over ``USD | % | USD`` too close to part."""
    line = Line(1, [Cell("Баасы, Арзандатуу, Суммасы,", 1, 418.0, 0.0, 553.0, 8.0)])
    assert [cell.text for cell in latin_names_apart(line).cells] == ["Баасы,", "Арзандатуу,", "Суммасы,"]


def test_a_note_row_labelled_in_devanagari_does_not_end_the_table() -> None:
    head = ["क्र.सं.", "सामान कोड", "Description", "एकाइ", "Qty", "Unit Price", "Amount"]
    rows = [
        ["1", "HE-BR-6205", "बल बियरिङ 6205-2RS C3", "थान", "600", "1.18", "708.00"],
        ["2", "HE-SL-5072", "आयल सिल TC 50x72x8 NBR", "थान", "800", "0.365", "292.00"],
        ["द्रष्टव्य: मोटर वाइन्डिङ तामाको हुनुपर्ने, परीक्षण प्रतिवेदन साथै पठाउनु।"],
        ["3", "HE-PP-0063", "HDPE पाइप 63 mm PN10", "के.जी.", "312.5", "1.92", "600.00"],
        ["", "", "", "", "", "Total", "1600.00"],
    ]
    order = extract_order(sheet(["खरिद आदेश"], ["PO No.:", "HET-PO-083-418"], head, *rows))
    assert [line.customer_part_no for line in order.lines] == ["HE-BR-6205", "HE-SL-5072", "HE-PP-0063"]


def test_short_words_with_vowel_signs_repeating_down_a_column_are_units() -> None:
    assert profile(["थान", "सेट", "थान", "के.जी.", "थान", "के.जी."]) == "unit"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Sargyt senesi:", "order_date"),  # Turkmen
        ("Getirmeli möhleti:", "requested_delivery_date"),
        ("Walýuta:", "currency"),
        ("Üpjün ediji:", "supplier_name"),
        ("Sargyt ediji:", "buyer_name"),
        ("Töleg şertleri:", "payment_terms"),
        ("Eltip bermeli salgysy:", "ship_to_address"),
        ("آرڈر نمبر:", "po_number"),  # Urdu
        ("کرنسی:", "currency"),
        ("ترسیل کی تاریخ:", "requested_delivery_date"),
        ("ادائیگی کی شرائط:", "payment_terms"),
        ("ترسیل کا پتہ:", "ship_to_address"),
        ("بنام:", "supplier_name"),
        ("Жеткирүү мөөнөтү:", "requested_delivery_date"),  # Kyrgyz
        ("Төлөө шарттары:", "payment_terms"),
        ("Бардыгы төлөөгө:", "total"),
    ],
)
def test_labels_of_the_forty_eighth_and_ninth_sets(text: str, field: str) -> None:
    assert split_pairs(text)[1][0].field == field


def test_a_colour_column_beside_the_name_is_more_of_the_description() -> None:
    document = sheet(
        ["采购单号：", "CGD2612140018"],
        ["序号", "商品编码", "商品名称", "颜色", "单位", "数量", "单价", "金额"],
        ["1", "JY-LL-0501", "5号铜牙码装拉链（不含拉头）", "古铜", "米", "500", "1.2", "600.00"],
        ["", "", "", "", "", "", "合计", "600.00"],
    )
    assert extract_order(document).lines[0].description == "5号铜牙码装拉链（不含拉头） 古铜"
