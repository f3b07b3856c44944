"""What reading the seventeenth blind set taught, as general rules: an SAP Business One Orden de Compra
(Spanish labels, a bold text line heading a group of items set apart like a row, a ``Total`` column, a
``% Desc.`` column printed against the price, a document discount under ``Total antes del descuento``, the
supplier's code over its name under ``Proveedor``, a delivery block whose name line comes before ``Av.``),
and a pivot sheet whose ``总计`` row must not become a column head under a template."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ocr.extraction import extract_order
from ocr.line_table import header_columns
from ocr.templates import Template
from tests.ocr.built_documents import line, pdf, sheet

HEAD = (
    (30, "#"),
    (45, "Artículo"),
    (110, "Descripción"),
    (300, "Cantidad"),
    (340, "UM"),
    (370, "Precio unit."),
    (430, "% Desc."),
    (470, "Total"),
)


def item(top: float, *values: str):
    return line(top, *((x, value) for (x, _), value in zip(HEAD, values, strict=True) if value))


def b1_order():
    return pdf(
        line(10, (30, "Equipos Mineros Cordillera SpA"), (300, "N°"), (330, "3187")),
        line(22, (300, "Fecha documento"), (380, "09-12-2026")),
        line(30, (300, "Fecha de entrega"), (380, "25-01-2027")),
        line(40, (30, "Proveedor"), (300, "Dirección de entrega")),
        line(52, (30, "Código: P00042"), (300, "Centro de Distribución Lo Boza")),
        line(64, (30, "Suzhou Qihang Precision Technology Co., Ltd."), (300, "Av. Lo Boza 8360, Módulo 5")),
        line(76, (30, "Jiangsu 215163, China"), (300, "Pudahuel, Santiago")),
        line(88, (30, "Tel. proveedor: +86 512 6665 8801")),
        line(100, *HEAD),
        line(115, (110, "Repuestos bomba de pulpa 6/4 AH")),
        item(
            128, "1", "ECM-RD-6310", "Rodamiento rígido de bolas 6310", "400", "UN", "4,8500", "", "1.940,00"
        ),
        line(136, (110, "con resorte de acero inoxidable")),
        item(
            149,
            "2",
            "ECM-RD-22212",
            "Rodamiento de rodillos 22212",
            "60",
            "UN",
            "38,4000",
            "5,00",
            "2.188,80",
        ),
        line(167, (110, "Repuestos correas transportadoras")),
        item(183, "3", "ECM-RO-1520", "Polín de carga Ø152 x 465 mm", "80", "UN", "21,9000", "", "1.752,00"),
        line(205, (300, "Total antes del descuento"), (470, "5.880,80")),
        line(217, (300, "Descuento 2,00 %"), (470, "-117,62")),
        line(229, (300, "Total USD"), (470, "5.763,18")),
    )


def test_group_headings_set_apart_like_rows_are_no_description_but_a_close_wrapped_line_is() -> None:
    order = extract_order(b1_order())
    assert [(ln.customer_part_no, ln.description) for ln in order.lines] == [
        ("ECM-RD-6310", "Rodamiento rígido de bolas 6310 con resorte de acero inoxidable"),
        ("ECM-RD-22212", "Rodamiento de rodillos 22212"),
        ("ECM-RO-1520", "Polín de carga Ø152 x 465 mm"),
    ]


def test_spanish_heads_a_total_column_and_a_document_discount_add_up() -> None:
    order = extract_order(b1_order())
    assert [ln.amount for ln in order.lines] == [Decimal("1940.00"), Decimal("2188.80"), Decimal("1752.00")]
    assert [ln.quantity for ln in order.lines] == [Decimal(400), Decimal(60), Decimal(80)]
    assert order.total_amount == Decimal("5763.18") and order.warnings == []  # the lines sum to the subtotal
    assert str(order.order_date) == "2026-12-09"
    assert "Total -> amount" not in (order.provenance["lines"].note or "")  # named, not found by content


def test_the_suppliers_code_under_its_label_gives_way_to_the_name_and_a_phone_is_no_name() -> None:
    assert extract_order(b1_order()).supplier.name == "Suzhou Qihang Precision Technology Co., Ltd."


def test_a_delivery_blocks_name_line_before_a_street_word_is_no_part_of_the_address() -> None:
    order = extract_order(b1_order())
    assert order.ship_to.address == "Av. Lo Boza 8360, Módulo 5, Pudahuel, Santiago"


PIVOT = Template(
    name="jiuding",
    customer_name="常州久鼎传动机械有限公司",
    fields={"po_number": {"labels": ["订单号"]}},
    columns={
        "行标签": "part_no",
        "总计": "quantity",
        "物料名称": "description",
        "含税单价(元)": "unit_price",
    },
)


def test_a_templates_column_name_in_a_row_of_numbers_is_no_head() -> None:
    """The pivot's own 总计 row closes the table; it is no second header whose 总计 names the quantity."""
    document = sheet(
        ["订单号：", "JD-PO-2612-0158"],
        ["行标签", "2026-12-22", "2027-01-06", "总计", "物料名称", "含税单价(元)", "含税金额(元)"],
        ["1101-6206", "400", "400", "800", "深沟球轴承", "1.45", "1160.00"],
        ["1101-6309", "", "150", "150", "深沟球轴承", "4.20", "630.00"],
        ["总计", "400", "550", "950", "", "", "1790.00"],
    )
    order = extract_order(document, PIVOT)
    assert [(ln.customer_part_no, ln.quantity) for ln in order.lines] == [
        ("1101-6206", Decimal(800)),
        ("1101-6309", Decimal(150)),
    ]


def pivot_sheet(first_batch: str = "400"):
    return sheet(
        ["订单号：", "JD-PO-2612-0158"],
        ["行标签", "2026-12-22", "2027-01-06", "总计", "物料名称", "含税单价(元)", "含税金额(元)"],
        ["1101-6206", first_batch, "400", "800", "深沟球轴承", "1.45", "1160.00"],
        ["1101-6309", "", "150", "150", "深沟球轴承", "4.20", "630.00"],
        ["总计", first_batch, "550", "950", "", "", "1790.00"],
    )


def test_the_first_of_the_batch_dates_that_split_each_lines_quantity_is_the_delivery_date() -> None:
    assert str(extract_order(pivot_sheet()).requested_delivery_date) == "2026-12-22"


def test_date_headed_columns_that_do_not_add_up_to_the_quantity_are_no_batches() -> None:
    """Forecast months beside a firm quantity (or batches misread) give no delivery date."""
    assert extract_order(pivot_sheet(first_batch="300")).requested_delivery_date is None


B1_TEMPLATE = Template(
    name="cordillera",
    customer_name="Equipos Mineros Cordillera SpA",
    fields={"po_number": {"labels": ["N°"]}},
    columns={"Artículo": "part_no", "Precio unit.": "unit_price", "% Desc.": "discount", "Total": "amount"},
    decimal_separator=",",
)


def b1_order_with_joined_price_head():
    """The order with ``Precio unit.`` and ``% Desc.`` read as one head cell (printed too close to part)."""
    document = b1_order()
    head = next(line for line in document.lines if line.cells[0].text == "#")
    price = next(cell for cell in head.cells if cell.text == "Precio unit.")
    merged = replace(price, text="Precio unit. % Desc.", x1=head.cells[head.cells.index(price) + 1].x1)
    head.cells = [cell for cell in head.cells if cell.text != "% Desc."]
    head.cells[head.cells.index(price)] = merged
    return document, head


def test_a_template_may_name_a_discount_column_printed_against_the_price() -> None:
    """``Precio unit. % Desc.`` read as one head cell is parted by the template's two names; the discounted
    line then adds up with its discount (38,4000 less 5 % x 60 = 2.188,80)."""
    document, _ = b1_order_with_joined_price_head()
    order = extract_order(document, B1_TEMPLATE)
    assert [ln.unit_price for ln in order.lines] == [
        Decimal("4.8500"),
        Decimal("38.4000"),
        Decimal("21.9000"),
    ]
    assert order.warnings == [] and order.provenance["lines"].method.endswith("+arithmetic")


def test_an_ocrd_head_cell_of_two_known_latin_names_is_parted_too() -> None:
    """On a scan tesseract reads ``Precio unit. % Desc.`` as one cell over two columns, most rows under it
    filled in one of them only: the two names part it, as on a text layer."""
    document, head = b1_order_with_joined_price_head()
    document.scans = {1: object()}  # page 1 read by OCR (only its being so is asked here)
    rows = document.lines[document.lines.index(head) + 1 :]
    columns = header_columns(head, document, rows)
    assert columns is not None
    assert [column.kind for column in columns][-3:] == ["unit_price", "discount", "amount"]
