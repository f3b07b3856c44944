"""General rules from the forty-fifth and forty-sixth blind sets' first runs: a note row across a table
(an Azerbaijani workbook's ``Qeyd: …`` between its lines), a Tajik workbook (its number after ``Рақами
фармоиш``, Tajik labels and columns, ҶДММ), a Filipino ORDER NG PAGBILI, an Angolan PHC order and 吉客云's
预计到货."""

from __future__ import annotations

import pytest

from ocr.candidates import COMPANY
from ocr.cell_stacks import stacked_text
from ocr.extraction import extract_order
from ocr.labels import split_pairs
from ocr.layout import Cell
from tests.ocr.built_documents import sheet

HEAD = ["№", "Məhsul kodu", "Description", "Qty", "Unit Price", "Amount"]


def azerbaijani(note: str) -> list[list[str]]:
    return [
        ["ALIŞ SİFARİŞİ"],
        ["Sifariş №:", "XMK-2026-418"],
        HEAD,
        ["1", "XM-FL-0418", "Flans WN DN100", "120", "14.6", "1752.00"],
        ["2", "XM-FL-0422", "Flans kor DN150", "60", "23.4", "1404.00"],
        [note],
        ["3", "XM-GR-0010", "Qaldırma qurğusu 3 t", "8", "162", "1296.00"],
        ["", "", "", "", "Total", "4452.00"],
    ]


LONG_NOTE = (
    "Qeyd: 1-ci və 2-ci mövqelər eyni taxta yeşikdə qablaşdırılsın, "
    "yeşiyin üzərində sifariş nömrəsi yazılsın."
)


def test_a_note_row_across_the_table_with_lines_after_it_does_not_end_the_table() -> None:
    order = extract_order(sheet(*azerbaijani(LONG_NOTE)))
    assert [line.customer_part_no for line in order.lines] == ["XM-FL-0418", "XM-FL-0422", "XM-GR-0010"]
    assert not any("total" in warning or "amount" in warning for warning in order.warnings)


def test_a_sentence_across_the_table_without_a_label_still_ends_it() -> None:
    """A sentence under the lines with no ``Word:`` opening is the order's closing text: the rows after it
    (a delivery schedule, say) are no order lines of this table."""
    unlabelled = LONG_NOTE.removeprefix("Qeyd: ")
    order = extract_order(sheet(*azerbaijani(unlabelled)))
    assert [line.customer_part_no for line in order.lines] == ["XM-FL-0418", "XM-FL-0422"]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Рақами фармоиш:", "po_number"),  # Tajik
        ("Мӯҳлати расонидан:", "requested_delivery_date"),
        ("Асъор:", "currency"),
        ("Шартҳои пардохт:", "payment_terms"),
        ("Суроғаи расонидан:", "ship_to_address"),
        ("Ҳамагӣ барои пардохт, USD:", "total"),
        ("Ба:", "supplier_name"),
        ("Blg. ng P.O. :", "po_number"),  # Filipino
        ("Petsa ng Paghahatid :", "requested_delivery_date"),
        ("Tagapagtustos:", "supplier_name"),
        ("Ipadala sa:", "ship_to_address"),
        ("Mga Tuntunin ng Pagbabayad:", "payment_terms"),
        ("Kabuuang Halaga (USD)", "total"),
        ("Local de Descarga:", "ship_to_address"),  # Portuguese (Angola, PHC)
        ("Exmo.(s) Sr.(s)", "supplier_name"),
        ("预计到货：", "requested_delivery_date"),  # 吉客云
    ],
)
def test_labels_of_the_forty_fifth_and_sixth_sets(text: str, field: str) -> None:
    assert split_pairs(text)[1][0].field == field


def test_ba_is_the_supplier_only_with_its_colon() -> None:
    assert split_pairs("Ба шумо")[1] == ()  # "to you": a sentence's word


def test_a_tajik_workbook_is_read_without_a_template() -> None:
    document = sheet(
        ["ҶДММ «Помир Транс Сохтмон»", "", "ФАРМОИШИ ХАРИД"],
        ["Ба:", "Suzhou Qihang Precision Technology Co., Ltd.", "Рақами фармоиш:", "ФХ-0418/26"],
        ["", "", "Асъор:", "доллари ИМА (USD)"],
        ["№", "Рамзи мол", "Номгӯи мол", "Воҳиди ченак", "Миқдор", "Нархи воҳид", "Тахфиф, %", "Маблағ"],
        ["1", "ПТС-ПД-6310", "Подшипники ғилтаки 6310-2RS C3", "дона", "120", "7.85", "", "942.00"],
        ["2", "ПТС-ПД-2231", "Подшипники ғилтаки 22316 EK C3", "дона", "16", "148.6", "5", "2258.72"],
        ["", "", "", "", "", "", "Ҳамагӣ барои пардохт, USD:", "3200.72"],
    )
    order = extract_order(document)
    assert order.po_number == "ФХ-0418/26" and order.currency == "USD"
    assert order.buyer.name == "ҶДММ «Помир Транс Сохтмон»" and COMPANY.search(order.buyer.name)
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."
    assert [line.unit for line in order.lines] == ["дона", "дона"] and order.warnings == []


def test_a_full_ruled_line_of_chinese_broken_before_a_number_joins_it_without_a_space() -> None:
    """金蝶 EAS wraps 规格型号 by characters: ``…阳极氧化 定尺`` ran to the cell's edge, ``6米`` went on."""
    full = [
        [Cell("铝型材 4040欧标 6063-T5 阳极氧化 定尺", 1, 2.0, 0.0, 99.5, 8.0)],
        [Cell("6米", 1, 2.0, 10.0, 12.0, 18.0)],
    ]
    assert stacked_text(full, [(0.0, 100.0)], ruled=True) == "铝型材 4040欧标 6063-T5 阳极氧化 定尺6米"
    short = [[Cell("阳极氧化 定尺", 1, 2.0, 0.0, 60.0, 8.0)], [Cell("6米", 1, 2.0, 10.0, 12.0, 18.0)]]
    assert (
        stacked_text(short, [(0.0, 100.0)], ruled=True) == "阳极氧化 定尺 6米"
    )  # room left: a space was there
