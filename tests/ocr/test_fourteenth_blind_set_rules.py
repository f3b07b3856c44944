"""What the fourteenth blind set taught, as general rules: a later table that only lists items already
ordered, without prices (a workbook's delivery schedule sheet), holds no order lines; Mexican orders
number themselves by Folio and date themselves by Fecha de elaboración, and a print date, a supplier key
(Clave) or a supplier's quotation are no fields of the order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ocr.extraction import extract_order
from ocr.line_table import Row
from ocr.row_filters import without_repeated_blocks
from tests.ocr.built_documents import line, pdf

HEADER = line(
    100,
    (30, "Line"),
    (60, "Part No."),
    (150, "Description"),
    (300, "Qty"),
    (340, "Unit Price"),
    (420, "Line Total"),
)


def order_row(top: float, no: str, part: str, name: str, qty: str, price: str, total: str):
    return line(top, (30, no), (60, part), (150, name), (300, qty), (340, price), (420, total))


def test_a_later_table_listing_only_items_ordered_above_without_prices_is_no_order_lines() -> None:
    document = pdf(
        line(10, (30, "PO Number"), (100, "WCP-4471"), (200, "PO Date"), (260, "2026-12-09")),
        HEADER,
        order_row(115, "1", "WCP-B6205", "Ball bearing 6205", "400", "0.92", "368.00"),
        order_row(125, "2", "WCP-B6308", "Ball bearing 6308", "120", "3.15", "378.00"),
        line(140, (30, "TOTAL"), (420, "746.00")),
        line(200, (30, "Shipment"), (60, "Part No."), (150, "Description"), (300, "Qty")),
        line(210, (30, "1"), (60, "WCP-B6205"), (150, "Ball bearing 6205"), (300, "400")),
        line(220, (30, "2"), (60, "WCP-B6308"), (150, "Ball bearing 6308"), (300, "120")),
    )
    order = extract_order(document)
    assert [ln.customer_part_no for ln in order.lines] == ["WCP-B6205", "WCP-B6308"]
    assert [ln.quantity for ln in order.lines] == [Decimal(400), Decimal(120)]


def _row(part: str, price: str = "") -> Row:
    values = {"part_no": part, "quantity": "10", **({"unit_price": price} if price else {})}
    return Row(values, [], 1)


def test_a_later_block_with_a_new_item_or_a_price_stays() -> None:
    ordered = [_row("A-1", "2.00"), _row("B-2", "3.00")]
    new_item = [_row("A-1"), _row("C-3")]  # C-3 is no item above: a table of its own
    assert without_repeated_blocks([*ordered, *new_item], [0, 2]) == [*ordered, *new_item]
    priced_again = [_row("A-1", "2.00")]  # a repeated item with a price is ordered again
    assert without_repeated_blocks([*ordered, *priced_again], [0, 2]) == [*ordered, *priced_again]
    schedule = [_row("B-2"), _row("A-1")]
    assert without_repeated_blocks([*ordered, *schedule], [0, 2]) == ordered


def test_a_mexican_order_is_numbered_by_its_folio_and_dated_by_fecha_de_elaboracion() -> None:
    document = pdf(
        line(10, (30, "ORDEN DE COMPRA"), (300, "Folio:"), (360, "OC-4518")),
        line(20, (30, "Clave: 00087"), (300, "Fecha de impresión:"), (400, "23/12/2026")),
        line(40, (30, "Fecha de elaboración"), (150, "Su cotización"), (300, "Moneda")),
        line(50, (30, "22/12/2026"), (150, "QH-Q2026-1204"), (300, "USD")),
        line(
            100,
            (30, "Part."),
            (60, "Clave"),
            (150, "Descripción"),
            (300, "Cantidad"),
            (340, "Costo unitario"),
            (420, "Importe"),
        ),
        line(
            110,
            (30, "1"),
            (60, "RB-6205"),
            (150, "RODAMIENTO 6205"),
            (300, "400.00"),
            (340, "0.9200"),
            (420, "368.00"),
        ),
    )
    order = extract_order(document)
    assert order.po_number == "OC-4518"
    assert order.order_date == dt.date(2026, 12, 22)  # not the print date
    assert order.currency == "USD"


def test_an_obs_remark_under_a_line_neither_ends_the_table_nor_joins_the_description() -> None:
    document = pdf(
        line(10, (30, "Folio:"), (100, "OC-4518")),
        line(
            100,
            (30, "Part."),
            (60, "Clave"),
            (150, "Descripción"),
            (300, "Cantidad"),
            (340, "Costo unitario"),
            (420, "Importe"),
        ),
        line(
            110,
            (30, "11"),
            (60, "FL-24-420"),
            (150, "FLECHA PARA BOMBA"),
            (300, "30.00"),
            (340, "21.4000"),
            (420, "642.00"),
        ),
        line(140, (157, "Obs.: Plano enviado por correo el 05/12/2026")),  # after a gap: OCR lost a line
        line(
            150,
            (30, "12"),
            (60, "CU-087-C45"),
            (150, "CUÑA 8 X 7 X 32 MM"),
            (300, "500.00"),
            (340, "0.1800"),
            (420, "90.00"),
        ),
    )
    order = extract_order(document)
    assert [ln.customer_part_no for ln in order.lines] == ["FL-24-420", "CU-087-C45"]
    assert order.lines[0].description == "FLECHA PARA BOMBA"
