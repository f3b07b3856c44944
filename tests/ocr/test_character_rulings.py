"""A text-mode report draws its boxes with ``|`` and ``+----+``: the bars become rulings between cells and
the rule lines are no text, so its table reads like a drawn one; a page with a stray bar is left alone.
Scanned, the dashes and bars are found as rulings once the gaps between the characters are bridged,
though a line of capitals is not; a bar OCR glued to a word beside it parts the word."""

from __future__ import annotations

import io
from decimal import Decimal

import numpy as np
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from ocr.character_rulings import bars_in_words, drawn_rulings
from ocr.extraction import extract_order, read_document
from ocr.layout import Word
from ocr.preprocess import binarise, find_rulings, to_grey

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


def _binary_page(lines: list[str]):
    page = pdfium.PdfDocument(report_pdf(lines))[0]
    return binarise(to_grey(page.render(scale=300 / 72).to_pil()))


def test_a_scanned_reports_dashes_and_bars_are_found_as_rulings() -> None:
    _, rules, rows = find_rulings(_binary_page(REPORT), 300)
    rule_lines = [k for k, text in enumerate(REPORT) if text.startswith("+")]
    assert len(rows) >= len(rule_lines)  # every +----+ line, bridged between its dashes
    assert len({round(x / 10) for x, top, bottom in rules if bottom - top > 60}) >= len(COLUMNS)


def test_a_line_of_capitals_in_a_fixed_pitch_font_is_no_ruling() -> None:
    capitals = ["METALURGICA VALE DO PARAIBA LTDA EMPRESA TESTE", "ROLAMENTO RIGIDO DE ESFERAS 6205"] * 3
    _, rules, rows = find_rulings(_binary_page(capitals), 300)
    assert rows == [] and rules == []


def test_a_bar_glued_to_an_ocr_word_is_parted_beside_letters_or_in_line_with_a_ruling() -> None:
    words = [Word(text, 1, 0, 0, 100, 10, 0.9) for text in ("Item|Código", "AB|23", "0001|ME001045")]
    kept, bars = bars_in_words(words, [])
    assert [word.text for word in kept] == ["Item", "Código", "AB|23", "0001|ME001045"]
    assert len(bars) == 1
    kept, bars = bars_in_words(words[2:], [(34.0, 0.0, 500.0)])  # a ruling found in line with its bar
    assert [word.text for word in kept] == ["0001", "ME001045"] and len(bars) == 1


def test_lines_of_dashes_without_bars_leave_a_page_as_it_was() -> None:
    """Dotted row separators (a NetSuite print) are no text-mode report: without columns of ``|`` the
    page's rulings are found as on any page, no gap bridged."""
    page = np.full((1200, 1800), 255, np.uint8)
    for y in (300, 500, 700, 900):
        for x in range(100, 1700, 12):
            page[y : y + 3, x : x + 7] = 0  # a line of dashes across the page
    page[200:260, 400:404] = 0  # a short stroke (a letter's stem): no bar to bridge to
    page[266:326, 400:404] = 0
    _, rules, rows = find_rulings(page, 300)
    assert rules == [] and rows == []
