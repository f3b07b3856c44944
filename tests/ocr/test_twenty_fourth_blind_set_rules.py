"""What reading the twenty-fourth blind set taught, as general rules: a Korean ECOUNT 발주서 download
(the slip number 일자-No. that is the order's day and the day's sequence), a Czech POHODA Objednávka
(Czech labels, CZK, ``1 000 ks`` in one cell) and an Oracle EBS order printed in Chinese (16-12月-2026,
a strip of Chinese heads over English heads over values, address lines composed of fields)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ocr.extraction import extract_order
from ocr.labels import column_kind
from ocr.line_table import Row, find_table
from ocr.normalise import address_lines, parse_currency, parse_date, split_number
from ocr.row_filters import without_schedule_rows
from tests.ocr.built_documents import line, pdf, sheet


def ecount(*head: list[str]) -> list[list[str]]:
    return [
        ["발 주 서"],
        *head,
        ["No.", "품목코드", "품목명", "규격", "단위", "수량", "외화단가", "외화금액", "원화금액"],
        ["1", "DSH-10231", "피스톤 씰", "DBM 63×48×6.3", "EA", "2000", "0.86", "1720.00", "2497956"],
        ["2", "DSH-10232", "피스톤 씰", "DBM 80×65×6.3", "EA", "1500", "1.02", "1530.00", "2222019"],
        ["합계", "", "", "", "", "3500", "", "3250.00", "4719975"],
    ]


def test_an_ecount_slip_number_is_the_order_number_and_its_day_the_order_date() -> None:
    order = extract_order(
        sheet(
            *ecount(
                ["일자-No.", "2026/12/16-3", "발 주 자", "상호", "대성유압(주)"],
                ["거래처", "Suzhou Qihang Precision Technology Co., Ltd.", "귀하"],
                ["외화종류", "USD", "환율", "1452.30"],
            )
        )
    )
    assert order.po_number == "2026/12/16-3"
    assert order.order_date == dt.date(2026, 12, 16)  # the number's day: no date is labelled
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."  # 거래처 ... 귀하
    assert order.buyer.name == "대성유압(주)" and order.currency == "USD"  # 외화종류: the foreign currency
    assert [line.amount for line in order.lines] == [Decimal("1720.00"), Decimal("1530.00")]  # 외화금액


def test_a_labelled_order_date_wins_over_the_day_in_the_number() -> None:
    order = extract_order(sheet(*ecount(["일자-No.", "2026/12/16-3"], ["발주일자", "2026/12/15"])))
    assert order.order_date == dt.date(2026, 12, 15)


def test_a_number_with_a_date_inside_but_no_sequence_after_it_gives_no_date() -> None:
    order = extract_order(sheet(*ecount(["발주번호", "PO-2026/12/16"])))
    assert order.po_number == "PO-2026/12/16" and order.order_date is None


def pohoda(*items) -> object:
    return pdf(
        line(10, (40, "Hydrotech Žďár s.r.o."), (353, "OBJEDNÁVKA č. 26OV00412")),
        line(24, (46, "Odběratel:"), (310, "Dodavatel:")),
        line(36, (50, "Hydrotech Žďár s.r.o."), (314, "Suzhou Qihang Precision Technology Co., Ltd.")),
        line(
            60,
            (40, "Datum vystavení:"),
            (130, "16.12.2026"),
            (304, "Místo určení:"),
            (368, "Centrální sklad"),
        ),
        line(72, (40, "Termín dodání:"), (130, "29.01.2027"), (368, "Průmyslová 2041")),
        line(
            84,
            (40, "Platební podmínky:"),
            (130, "převodním příkazem, splatnost 60 dní"),
            (368, "594 01 Velké Meziříčí"),
        ),
        line(
            110,
            (40, "Kód"),
            (104, "Označení dodávky"),
            (325, "Počet m.j."),
            (383, "Cena za m.j."),
            (451, "Sleva"),
            (522, "Celkem"),
        ),
        *items,
        line(200, (340, "Celkem bez DPH"), (494, "41 547,50 Kč")),
        line(212, (340, "Celkem k úhradě"), (473, "41 547,50 Kč")),
    )


def test_a_czech_objednavka_is_read_with_its_own_labels() -> None:
    document = pohoda(
        line(
            122,
            (40, "HT-101204"),
            (104, "Těsnění pístu DBM 63×48×6,3"),
            (343, "600 ks"),
            (415, "48,90"),
            (515, "29 340,00"),
        ),
        line(
            134,
            (40, "HT-102115"),
            (104, "Stírací kroužek A1 40×48×5/6,5"),
            (336, "1 000 ks"),
            (415, "12,85"),
            (461, "5 %"),
            (515, "12 207,50"),
        ),
    )
    order = extract_order(document)
    assert order.po_number == "26OV00412" and order.currency == "CZK"
    assert order.buyer.name == "Hydrotech Žďár s.r.o."  # Odběratel
    assert order.supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."  # Dodavatel
    assert (order.order_date, order.requested_delivery_date) == (dt.date(2026, 12, 16), dt.date(2027, 1, 29))
    assert order.payment_terms == "převodním příkazem, splatnost 60 dní"
    assert [(line.quantity, line.unit) for line in order.lines] == [
        (Decimal("600"), "ks"),
        (Decimal("1000"), "ks"),  # 1 000 ks: thousands grouped by a space, the unit in the same cell
    ]
    assert order.lines[1].amount == Decimal("12207.50") and order.total_amount == Decimal("41547.50")
    assert not order.warnings


def test_czech_columns_and_the_koruna() -> None:
    kinds = [column_kind(text)[0] for text in ("Kód", "Označení dodávky", "Počet m.j.", "Cena za m.j.")]
    assert kinds == ["part_no", "description", "quantity", "unit_price"]
    assert [parse_currency(text) for text in ("735 470,75 Kč", "CZK", "HUF", "DKK")] == [
        "CZK",
        "CZK",
        "HUF",
        "DKK",
    ]


def test_space_grouped_thousands_before_a_unit_are_one_number_only_where_commas_are_decimal() -> None:
    assert split_number("1 000 ks", decimal_comma=True) == (Decimal("1000"), "ks")
    assert split_number("2 000 szt.", decimal_comma=True) == (Decimal("2000"), "szt.")
    assert split_number("1 000 ks") == (Decimal("1"), "000 ks")  # a dotted document: two numbers, maybe
    assert split_number("37,5 kg", decimal_comma=True) == (Decimal("37.5"), "kg")


def test_oracle_dates_in_a_chinese_session() -> None:
    assert parse_date("16-12月-2026") == dt.date(2026, 12, 16)
    assert parse_date("20-1月-2027") == dt.date(2027, 1, 20)
    assert parse_date("打印时间 16-12月-26 15:42") == dt.date(2026, 12, 16)


def test_a_value_under_its_label_translated_belongs_to_the_label() -> None:
    document = pdf(
        line(10, (335, "Order No."), (447, "2610458")),
        line(40, (37, "客户帐号"), (173, "付款条件"), (265, "运费条款"), (331, "FOB"), (457, "币种")),
        line(
            52,
            (37, "Customer Account No."),
            (173, "Payment Terms"),
            (265, "Freight Terms"),
            (331, "FOB"),
            (457, "Currency"),
        ),
        line(64, (111, "20417"), (173, "票到60天付款"), (265, "供方承担"), (331, "目的地"), (457, "CNY")),
        line(
            100,
            (34, "Line"),
            (62, "Part Number/Description"),
            (367, "Quantity"),
            (398, "UOM"),
            (443, "Unit Price"),
            (522, "Amount"),
        ),
        line(
            112,
            (34, "1"),
            (62, "31020500117"),
            (376, "400"),
            (398, "件"),
            (471, "18.5"),
            (528, "7,400.00"),
        ),
    )
    order = extract_order(document)
    assert order.payment_terms == "票到60天付款"  # not 运费条款, the next head, nor Payment Terms
    assert order.currency == "CNY"


def test_a_value_two_lines_under_a_label_of_another_field_is_not_its_value() -> None:
    document = pdf(
        line(10, (335, "Order No."), (447, "2610458")),
        line(40, (173, "付款条件"), (265, "币种")),
        line(52, (173, "Currency"), (265, "Currency")),
        line(64, (173, "CNY"), (265, "CNY")),
        line(
            100,
            (34, "Line"),
            (62, "Description"),
            (367, "Quantity"),
            (443, "Unit Price"),
            (522, "Amount"),
        ),
        line(112, (34, "1"), (62, "Hose"), (376, "400"), (471, "18.5"), (528, "7,400.00")),
    )
    order = extract_order(document)
    assert order.payment_terms is None


def test_chinese_address_lines_made_of_spaced_fields_are_parts_of_the_address() -> None:
    assert address_lines(["长沙县星沙产业基地东四线188号", "3号仓库 收货组", "长沙 湖南 410100 中国"]) == (
        "长沙县星沙产业基地东四线188号, 3号仓库 收货组, 长沙 湖南 410100 中国"
    )
    assert (
        address_lines(["江苏省苏州市工业园区星湖", "街328号创意产业园"])
        == "江苏省苏州市工业园区星湖街328号创意产业园"
    )


def test_a_row_showing_no_price_or_amount_marks_them_lost_for_a_scan_to_read_again() -> None:
    table = find_table(
        pdf(
            line(
                10, (30, "Line"), (60, "Description"), (300, "Quantity"), (360, "Unit Price"), (440, "Amount")
            ),
            line(25, (30, "1"), (60, "Hose"), (300, "400"), (360, "18.5"), (440, "7,400.00")),
            line(40, (30, "2"), (60, "Bearing"), (300, "120"), (440, "8,208.00")),
        )
    )
    assert table.rows[0].gaps == {}
    assert list(table.rows[1].gaps) == ["unit_price"]  # (only a scan's rows are read again: number_reread)


def schedule(parent_price: str) -> list[Row]:
    def row(part: str, quantity: str, price: str = "", amount: str = "") -> Row:
        values = {"part_no": part, "quantity": quantity, "unit_price": price, "amount": amount}
        return Row({k: v for k, v in values.items() if v}, [], 1)

    return [
        row("32010200219", "120", parent_price, "8,208.00"),
        row("发运 Shipment 1", "60"),
        row("发运 Shipment 2", "60"),
        row("33050100066", "160", "86.5", "13,840.00"),
    ]


@pytest.mark.parametrize("price", ["68.4", ""])  # the price OCR lost: the amount still shows a priced line
def test_shipment_rows_splitting_a_line_s_quantity_are_no_order_lines(price: str) -> None:
    kept = without_schedule_rows(schedule(price))
    assert [row.values["part_no"] for row in kept] == ["32010200219", "33050100066"]
