"""What reading the twenty-sixth blind set taught, as general rules: a Hungarian Kulcs-Ügyvitel
Megrendelés (Hungarian labels, Átvitel / Áthozat carry rows, a one-line delivery address after the
company's name), a 聚水潭 采购单 (the style code beside the SKU code) and a Danish buyer's workbook whose
second sheet lists the buyer's items."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ocr.diacritic_rereads import HUNGARIAN, only_diacritics_added, page_language
from ocr.extraction import extract_order
from ocr.labels import column_kind
from ocr.layout import Document, Line, Word
from tests.ocr.built_documents import XLSX, line, sheet

HU_HEAD = ((39, "Ssz."), (59, "Cikkszám"), (109, "Megnevezés"), (261, "Mennyiség"), (309, "Me."),
           (335, "Egységár"), (421, "Nettó érték"))  # fmt: skip


def hu_row(top: float, no: str, part: str, name: str, qty: str, unit: str, price: str, amount: str) -> Line:
    return line(top, *zip((x for x, _ in HU_HEAD), (no, part, name, qty, unit, price, amount), strict=True))


def megrendeles(carry: str) -> Document:
    page_one = [
        line(10, (416, "Sorszám: MSZ-2026-00318")),
        line(22, (41, "Megrendelő:"), (307, "Szállító:")),
        line(
            34, (41, "Kisalföldi Hajtástechnika Kft."), (307, "Suzhou Qihang Precision Technology Co., Ltd.")
        ),
        line(50, (40, "Kelt"), (122, "Szállítási határidő"), (214, "Fizetési feltétel"), (376, "Pénznem")),
        line(
            62,
            (40, "2026.12.18."),
            (122, "2027.01.29."),
            (214, "Átutalás, számla kelte + 60 nap"),
            (376, "EUR"),
        ),
        line(
            78,
            (36, "Szállítási cím:"),
            (102, "Kisalföldi Hajtástechnika Kft. – Központi raktár, 9027 Győr, Juharos utca 12."),
        ),
        line(100, *HU_HEAD),
        hu_row(112, "1", "HT-10205", "Mélyhornyú golyóscsapágy 6205-2RS", "1 000", "db", "0,92", "920,00"),
        hu_row(124, "2", "HT-20081", "Görgőslánc 08B-1", "60", "tek.", "21,40", "1 284,00"),
        line(136, (109, f"{carry}:"), (421, "2 204,00")),
    ]
    page_two = [
        line(20, (109, "Áthozat:"), (421, "2 204,00")),
        hu_row(32, "3", "HT-90001", "Exportraklap EUR, ISPM 15 kezelt", "12", "db", "15,50", "186,00"),
        line(50, (336, "Nettó összesen:"), (492, "2 390,00 EUR")),
        line(62, (336, "Bruttó összesen:"), (485, "2 390,00 EUR")),
        line(90, (425, "Megrendelő aláírása (P.H.)")),
    ]
    return Document("application/pdf", "text-layer", 2, page_one + on_page(2, page_two))


def on_page(page: int, lines: list[Line]) -> list[Line]:
    return [Line(page, [replace(cell, page=page) for cell in later.cells]) for later in lines]


def test_a_hungarian_megrendeles_is_read_with_its_own_labels_over_its_carry_rows() -> None:
    order = extract_order(megrendeles("Átvitel"))
    assert order.po_number == "MSZ-2026-00318" and order.currency == "EUR"
    assert order.buyer.name == "Kisalföldi Hajtástechnika Kft."  # not the signature line's words
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."
    assert (order.order_date, order.requested_delivery_date) == (dt.date(2026, 12, 18), dt.date(2027, 1, 29))
    assert order.payment_terms == "Átutalás, számla kelte + 60 nap"
    assert order.ship_to.address == "9027 Győr, Juharos utca 12."  # the company and its site are the name
    assert [line.quantity for line in order.lines] == [Decimal("1000"), Decimal("60"), Decimal("12")]
    assert order.lines[1].unit == "tek."  # a text layer's dot is printed, never a speck
    assert order.total_amount == Decimal("2390.00")


def test_a_carry_row_read_without_its_accent_still_carries() -> None:
    order = extract_order(megrendeles("Atvitel"))  # OCR without the Hungarian model
    assert len(order.lines) == 3


def test_hungarian_columns_and_pages() -> None:
    kinds = [column_kind(text)[0] for _, text in HU_HEAD]
    assert kinds == ["line_no", "part_no", "description", "quantity", "unit", "unit_price", "amount"]
    read = ("Megrendelés", "Mennyiség", "Megnevezes", "Egysegar", "Osszesen")
    assert page_language([Word(text, 1, 0, 0, 1, 1, 0.9) for text in read]) is HUNGARIAN
    assert only_diacritics_added("Mélyhornyt", "Mélyhornyú", HUNGARIAN)
    assert only_diacritics_added("Csigahajt6mu", "Csigahajtómű", HUNGARIAN)
    assert not only_diacritics_added("Retesz", "Reteszek", HUNGARIAN)


def test_the_sku_code_is_the_part_number_beside_the_style_code() -> None:
    order = extract_order(
        sheet(
            ["采购单号", "20481"],
            ["序号", "款式编码", "商品编码", "商品名称", "颜色及规格", "单位", "数量", "单价", "金额"],
            [
                "1",
                "YJ-NLJ",
                "YJ-NLJ-M6X20",
                "内六角圆柱头螺钉",
                "M6×20;发黑;12.9级",
                "包",
                "600",
                "6.80",
                "4080.00",
            ],
            ["2", "YJ-LM", "YJ-LM-M8", "尼龙锁紧螺母", "M8;镀锌", "包", "500", "4.85", "2425.00"],
        )
    )
    assert [line.customer_part_no for line in order.lines] == ["YJ-NLJ-M6X20", "YJ-LM-M8"]
    assert order.lines[0].description == "内六角圆柱头螺钉 M6×20;发黑;12.9级"  # 颜色及规格 describes it too


def test_a_workbook_s_item_list_on_its_second_sheet_is_no_more_of_the_order() -> None:
    order_sheet = sheet(
        ["Ordrenr.:", "IO-26-1187"],
        ["Ordredato:", "2026-12-18"],
        ["Pos.", "Varenr.", "Beskrivelse", "Antal", "Enhed", "Stk.pris", "Rabat", "Beløb"],
        ["1", "BS-20531", "Kugleleje 6205-2RS C3", "1000", "stk", "6.85", "", "6850.00"],
        ["2", "BS-21008", "Rustfri kæde 6 mm A4", "60", "rl", "412.00", "5%", "23484.00"],
        ["", "", "", "", "", "I alt DKK", "", "30334.00"],
    )
    items = sheet(
        ["Varenr.", "Beskrivelse", "Enhed", "Stk.pris DKK", "Leverandør"],
        ["BS-10002", "Stålrør Ø48,3 × 3,2 S235 varmgalv. 6 m", "stk", "486.00", "Vejen Stål ApS"],
        ["BS-20531", "Kugleleje 6205-2RS C3", "stk", "6.85", "Suzhou Qihang"],
    )
    order = extract_order(Document(XLSX, "sheet", 2, order_sheet.lines + on_page(2, items.lines)))
    assert order.po_number == "IO-26-1187" and order.order_date == dt.date(2026, 12, 18)
    assert [line.customer_part_no for line in order.lines] == ["BS-20531", "BS-21008"]
    assert order.total_amount == Decimal("30334.00") and not order.warnings
