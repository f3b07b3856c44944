"""What the thirty-first to thirty-fourth blind sets taught beyond the unknown-language rules
(tests/ocr/test_unknown_language_tables.py): a Ukrainian order to a supplier (BAS's Замовлення
постачальнику), read with its own labels, months and company forms."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ocr.candidates import COMPANY
from ocr.column_roles import profile
from ocr.extraction import extract_order
from ocr.file_name_number import file_name_number
from ocr.normalise import parse_date
from tests.ocr.built_documents import line, pdf, sheet


def test_a_ukrainian_zamovlennia_postachalnyku_is_read_with_its_own_labels() -> None:
    order = extract_order(
        sheet(
            ["Замовлення постачальнику № ДГ00-000418 від 21 грудня 2026 р."],
            ["Покупець:", "ТОВ «Дніпрогідромаш»"],
            ["Постачальник:", "Suzhou Qihang Precision Technology Co., Ltd."],
            ["Бажана дата надходження:", "2027-02-15"],
            ["Валюта:", "USD"],
            ["Умови оплати:", "30 % передоплата, 70 % протягом 30 днів після відвантаження"],
            ["№", "Артикул", "Товар", "Од.", "Кількість", "Ціна, USD", "Сума, USD"],
            ["1", "DG-10231", "Гідроциліндр 63/35×400", "шт", "120.000", "58.40", "7008.00"],
            ["2", "DG-20110", "Комплект ущільнень поршня Ø63", "компл", "400.000", "3.85", "1540.00"],
            ["", "", "", "", "", "Всього до сплати, USD", "8548.00"],
        )
    )
    assert (order.po_number, order.order_date) == ("ДГ00-000418", dt.date(2026, 12, 21))  # № ... від ...
    assert order.requested_delivery_date == dt.date(2027, 2, 15)
    assert (order.buyer.name, order.supplier.name) == (
        "ТОВ «Дніпрогідромаш»",
        "Suzhou Qihang Precision Technology Co., Ltd.",
    )
    assert order.currency == "USD" and order.payment_terms.startswith("30 % передоплата")
    second = order.lines[1]
    assert (second.customer_part_no, second.unit, second.quantity) == ("DG-20110", "компл", Decimal("400"))
    assert order.total_amount == Decimal("8548.00")


def test_ukrainian_months_and_company_forms() -> None:
    assert parse_date("21 грудня 2026 р.") == dt.date(2026, 12, 21)
    assert parse_date("3 квітня 2027") == dt.date(2027, 4, 3)  # і, beyond Russian's letters
    assert COMPANY.search("ТОВ «Дніпрогідромаш»") and COMPANY.search("ПрАТ «Азовсталь»")


def test_order_lines_go_on_after_a_subtotal_a_section_head_and_a_note_under_it() -> None:
    # Odoo's sections: a 小计 row closes one, a grey head row and a full-width note row open the next
    order = extract_order(
        sheet(
            ["采购订单", "PO No.", "P01862"],
            ["描述", "数量", "单价", "金额"],
            ["液压元件"],
            ["[HF-YY-0201] 液压缸 HOB63×150", "120.00", "168.00", "20160.00"],
            ["小计", "", "", "20160.00"],
            ["气动元件"],
            ["气动元件须随货提供出厂检验报告，每箱附装箱单并注明本订单号。"],
            ["[HF-QD-1101] 标准气缸 SC50×100", "240.00", "78.00", "18720.00"],
            ["总计", "", "", "38880.00"],
        )
    )
    assert [line.amount for line in order.lines] == [Decimal("20160.00"), Decimal("18720.00")]
    assert order.total_amount == Decimal("38880.00")


def test_a_number_the_file_name_spells_in_latin_letters_is_found_in_greek_or_cyrillic() -> None:
    for name, printed in (
        ("Paraggelia_PA-2026-0418_Qihang.xlsx", "ΠΑ-2026-0418"),
        ("Zamovlennia_DG00-000418.xlsx", "ДГ00-000418"),
        ("Comanda_CV-26-0418_Qihang.xlsx", "CV-26/0418"),  # one dash of two a slash
        ("Narachka_NR-0418-26_Qihang.xlsx", "НР-0418/26"),  # Cyrillic letters and a slash together
    ):
        (candidate,) = file_name_number(replace(pdf(line(10, (30, "№"), (60, printed))), name=name))
        assert candidate.text == printed
    other = replace(pdf(line(10, (30, "ΠΑ-2026-0419"))), name="Paraggelia_PA-2026-0418.xlsx")
    assert file_name_number(other) == []  # other digits: no number of this file


def test_greek_and_cyrillic_codes_make_a_part_number_column_but_chinese_names_do_not() -> None:
    assert profile(["ΘΜ-1021", "ΘΜ-1034", "ΘΜ-2010"]) == "code"
    assert profile(["深沟球轴承6204", "液压缸63", "齿轮泵310"]) == "text"


def test_a_single_letter_unit_with_its_dot_is_a_unit_and_keeps_the_dot() -> None:
    order = extract_order(
        sheet(
            ["COMANDA DE COMPRA", "PO No.", "4711"],
            ["Codi", "Descripció", "Unitat", "Quantitat", "Preu", "Import"],
            ["CV-4102", "Motlle d'alumini 30×60", "u.", "12", "1840", "22080.00"],
            ["CV-4110", "Filera d'extrusió", "u.", "20", "265", "5300.00"],
            ["CV-4230", "Cinta transportadora", "m", "180", "38.2", "6876.00"],
            ["CV-4215", "Rodet de goma", "u.", "40", "96.5", "3860.00"],
        )
    )
    assert [line.unit for line in order.lines] == ["u.", "u.", "m", "u."]  # Catalan's unitat, abbreviated
