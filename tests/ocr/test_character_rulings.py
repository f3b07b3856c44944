"""A text-mode report draws its boxes with ``|`` and ``+----+``: the bars become rulings between cells and
the rule lines are no text, so its table reads like a drawn one; a page with a stray bar is left alone."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from ocr.character_rulings import drawn_rulings
from ocr.extraction import extract_order, read_document

COLUMNS = (4, 10, 22, 2, 8, 10, 10)  # the report's column widths, in characters


def _row(*cells: str) -> str:
    return "|" + "|".join(cell.ljust(width)[:width] for cell, width in zip(cells, COLUMNS, strict=True)) + "|"


RULE = "+" + "+".join("-" * width for width in COLUMNS) + "+"
REPORT = [
    "SIGA /MATR110/v.12                     Emissao: 08/12/26",
    "+----------------------------------+----------------------------------------+",
    "| METALURGICA VALE DO PARAIBA LTDA | PEDIDO DE COMPRAS - DOLAR Nº 004187 /1 |",
    "| Fornecedor: SUZHOU QIHANG CO LTD |                                        |",
    RULE,
    _row("Item", "Codigo", "Descricao", "UM", "Quant.", "Unitario", "Total"),
    RULE,
    _row("0001", "ME001045", "ROLAMENTO 6205-2RS", "PC", "  400,00", "    0,9200", "    368,00"),
    _row("", "", "C3 BLINDADO", "", "", "", ""),
    _row("0002", "ME001046", "ROLAMENTO 6308-ZZ", "PC", "  120,00", "    3,1500", "    378,00"),
    RULE,
    "| Total Geral : 746,00" + " " * 46 + "|",
    "+" + "-" * 67 + "+",
]


def report_pdf(lines: list[str]) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=landscape(A4))
    text = canvas.beginText(30, 560)
    text.setFont("Courier", 9)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
    canvas.save()
    return out.getvalue()


def test_bars_become_rulings_and_rule_lines_vanish() -> None:
    runs = [
        ("+----+------+", 0.0, 0.0, 78.0, 10.0),
        ("|0001|ME01|", 0.0, 12.0, 66.0, 22.0),
        ("|a|b|", 0.0, 24.0, 30.0, 34.0),
        ("|c|d|", 0.0, 36.0, 30.0, 46.0),
    ]
    kept, rules = drawn_rulings(runs)
    assert [run[0] for run in kept] == ["0001", "ME01", "a", "b", "c", "d"]
    assert kept[0][1:4:2] == (6.0, 30.0)  # 0001 between the bars at characters 0 and 5
    assert [round(x) for x, top, _ in rules if top == 12.0] == [3, 33, 63]


def test_a_page_with_one_banner_bar_keeps_it() -> None:
    runs = [("Cartwell", 0.0, 0.0, 40.0, 10.0), ("|", 45.0, 0.0, 48.0, 10.0), ("PO-1", 50.0, 0.0, 70.0, 10.0)]
    assert drawn_rulings(runs) == (runs, [])


def test_a_fixed_width_report_reads_as_an_order() -> None:
    document = read_document(report_pdf(REPORT), "PC004187.pdf")
    texts = [[cell.text for cell in line.cells] for line in document.lines]
    assert ["0001", "ME001045", "ROLAMENTO 6205-2RS", "PC", "400,00", "0,9200", "368,00"] in texts
    assert not any("---" in text for line in texts for text in line)
    order = extract_order(document)
    assert (order.po_number, order.currency, order.total_amount) == ("004187", "USD", Decimal("746.00"))
    assert order.buyer.name.upper() == "METALURGICA VALE DO PARAIBA LTDA"
    assert [(item.customer_part_no, item.description, item.quantity) for item in order.lines] == [
        ("ME001045", "ROLAMENTO 6205-2RS C3 BLINDADO", Decimal("400.00")),
        ("ME001046", "ROLAMENTO 6308-ZZ", Decimal("120.00")),
    ]
