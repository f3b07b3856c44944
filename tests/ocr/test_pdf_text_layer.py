"""The PDFium text-layer reader: the words, boxes, rulings and image pages pdfplumber used to give.

Words are split where pdfplumber split them (spaces, gaps over 1.5 pt), CJK text comes out as printed,
boxes match pdfminer's (font size above the descent), vertical rulings come from lines and from the
sides of rectangles, filled or not, also inside Form XObjects; a page mostly covered by one image is
an image page.
"""

from __future__ import annotations

import io

import pdf_bombs
import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ocr import pdf_reader, pdf_text_layer
from ocr.extraction import read_document
from ocr.pdf_text_layer import page_runs, words_of
from orderbridge.errors import DocumentRejected
from orderbridge.samples import acme, hdprecision
from orderbridge.samples.pdf_drawing import cjk_font


def drawn(draw) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def char(text: str, x0: float, top: float = 100.0, width: float = 6.0) -> tuple:
    return (text, x0, top, x0 + width, top + 10.0)


def test_characters_become_words_at_spaces_and_at_gaps_over_one_and_a_half_points() -> None:
    chars = [char("P", 10), char("O", 16), char(" ", 22), char("4", 28), char("7", 35.4), char("1", 43)]
    assert [w.text for w in words_of(chars, 1)] == ["PO", "47", "1"]


def test_characters_are_put_in_rows_by_top_and_left_to_right_within_a_row() -> None:
    chars = [char("b", 16, top=101.5), char("x", 10, top=130), char("a", 10, top=100)]
    words = words_of(chars, 2)
    assert [(w.text, w.page, w.x0, w.top, w.x1, w.bottom) for w in words] == [
        ("ab", 2, 10, 100, 22, 111.5),
        ("x", 2, 10, 130, 16, 140),
    ]


def test_cjk_and_latin_text_reads_as_printed_with_pdfminer_s_boxes() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont(cjk_font(), 12)
        canvas.drawString(72, 700, "订单编号：HD-2026 数量 300")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 680, "Unit Price  12.50")

    data = drawn(draw)
    document = read_document(data, "po.pdf")
    assert [[c.text for c in line.cells] for line in document.lines] == [
        ["订单编号：HD-2026 数量 300"],
        ["Unit Price 12.50"],
    ]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plumber = pdf.pages[0].extract_words(x_tolerance=1.5, y_tolerance=2.5)
    ours = [box for line in document.lines for box in [c.box for c in line.cells]]
    assert ours[1] == pytest.approx(
        (plumber[-3]["x0"], plumber[-3]["top"], plumber[-1]["x1"], plumber[-1]["bottom"]), abs=0.5
    )


def _runs(data: bytes) -> list[tuple]:
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        left, _, _, top = page.get_bbox()
        return page_runs(page.get_textpage(), left, top)
    finally:
        pdf.close()


def test_characters_drawn_one_after_another_are_one_run_and_every_space_a_run_of_its_own() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 700, "Qty 300")
        canvas.drawString(300, 700, "PCS")

    runs = _runs(drawn(draw))
    assert [run[0] for run in runs] == ["Qty", " ", "300", "PCS"]
    qty, space, number, _ = runs
    assert qty[1] == pytest.approx(72) and qty[3] == pytest.approx(space[1], abs=0.01)
    assert qty[2] == number[2] and qty[4] == number[4]  # one row: the same top and bottom


def test_text_that_jumps_right_starts_a_new_run_and_letters_drawn_backwards_read_as_one_word() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        for x, letter in ((90, "C"), (84, "B"), (78, "A")):  # drawn backwards
            canvas.drawString(x, 700, letter)
        text = canvas.beginText(200, 700)
        text.textOut("12")
        text.setTextOrigin(214.5, 700)  # 3.4 pt right of where "12" ends: two words
        text.textOut("34")
        canvas.drawText(text)

    runs = _runs(drawn(draw))
    assert [run[0] for run in runs][-2:] == ["12", "34"]
    assert [w.text for w in words_of(runs, 1)] == ["ABC", "12", "34"]


@pytest.mark.parametrize("render", [hdprecision.render, acme.render], ids=["zh", "en-2-pages"])
def test_the_sample_orders_read_as_pdfplumber_read_them(render) -> None:
    """Same words, same vertical rulings, boxes within half a point (pdfplumber as the reference)."""
    data = render()
    ours = sorted((w.page, round(w.top), w.x0, w.text, w.top, w.bottom, w.x1) for w in _pdfium_words(data))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        theirs = sorted(
            (n, round(w["top"]), w["x0"], w["text"], w["top"], w["bottom"], w["x1"])
            for n, page in enumerate(pdf.pages, start=1)
            for w in page.extract_words(x_tolerance=1.5, y_tolerance=2.5)
        )
        edges = {n: _vertical_edges(page) for n, page in enumerate(pdf.pages, start=1)}
    assert [w[3] for w in ours] == [w[3] for w in theirs]
    boxes = [v for w in ours for v in (w[2], w[4], w[6], w[5])]
    assert boxes == pytest.approx([v for w in theirs for v in (w[2], w[4], w[6], w[5])], abs=0.5)
    rules = read_document(data, "po.pdf").rules
    assert {n: sorted({round(x, 1) for x, _, _ in page}) for n, page in rules.items()} == edges


def _pdfium_words(data: bytes) -> list:
    pdf = pdfium.PdfDocument(data)
    try:
        words = []
        for number in range(1, len(pdf) + 1):
            page = pdf[number - 1]
            left, _, _, top = page.get_bbox()
            words += words_of(page_runs(page.get_textpage(), left, top), number)
        return words
    finally:
        pdf.close()


def _vertical_edges(page) -> list[float]:
    return sorted(
        {round(e["x0"], 1) for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 4}
    )


def test_thin_filled_rectangles_and_stroked_lines_are_rulings_horizontal_ones_are_not() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 700, "Quantity and price of the order lines, enough text for a text layer")
        canvas.rect(100, 400, 0.5, 200, stroke=0, fill=1)  # reportlab-style rule: two sides, 0.5 pt apart
        canvas.line(300, 380, 300, 620)
        canvas.line(50, 390, 500, 390)  # horizontal: no vertical ruling
        canvas.line(400, 500, 400, 503)  # 3 pt tick: too short

    rules = read_document(drawn(draw), "po.pdf").rules[1]
    assert sorted((round(x, 1), round(top, 1), round(bottom, 1)) for x, top, bottom in rules) == [
        (100.0, 241.9, 441.9),
        (100.5, 241.9, 441.9),
        (300.0, 221.9, 461.9),
    ]


def ruled_form_pdf() -> bytes:
    """A ruling drawn once as a Form XObject, placed scaled and moved on the page."""

    def draw(canvas: Canvas) -> None:
        canvas.beginForm("grid")
        canvas.line(10, 0, 10, 100)
        canvas.endForm()
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 700, "A ruled grid drawn once as a form and placed twice on the page")
        canvas.saveState()
        canvas.translate(200, 300)
        canvas.scale(2, 2)
        canvas.doForm("grid")
        canvas.restoreState()

    return drawn(draw)


def test_rulings_inside_a_form_xobject_are_placed_by_its_matrix() -> None:
    rules = read_document(ruled_form_pdf(), "po.pdf").rules[1]
    assert [(round(x, 1), round(top, 1), round(bottom, 1)) for x, top, bottom in rules] == [
        (220.0, 341.9, 541.9)
    ]


def image_page_pdf(side: float = 595) -> bytes:
    """A fax: one image as wide as the page (``side`` points), a header line of text."""
    image = Image.new("L", (60, 80), 200)

    def draw(canvas: Canvas) -> None:
        canvas.drawInlineImage(image, 0, 0, width=side, height=side * 842 / 595)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(72, 800, "FAX 2026-11-22 08:15 +86 512 6688 1234 page 1 of 1")

    return drawn(draw)


def test_a_page_covered_by_an_image_is_an_image_page_a_logo_does_not_make_one() -> None:
    for side, expected in ((595, [1]), (100, [])):
        pdf = pdfium.PdfDocument(image_page_pdf(side))
        try:
            document, counts = pdf_reader._read_layout(pdf)
        finally:
            pdf.close()
        assert document.image_pages == expected
        assert counts == [len("FAX2026-11-2208:15+8651266881234page1of1")]


def test_a_pdf_with_an_empty_page_tree_is_corrupt() -> None:
    data = pdf_bombs.pdf([pdf_bombs.CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>"])
    with pytest.raises(DocumentRejected) as caught:
        read_document(data, "po.pdf")
    assert caught.value.reason == "corrupt-pdf"


def test_a_broken_pdf_read_after_a_password_protected_one_is_corrupt_not_encrypted() -> None:
    """PDFium's last error code outlives the document that set it; only a file with /Encrypt is encrypted."""
    from orderbridge.samples import rejects

    with pytest.raises(DocumentRejected) as first:
        read_document(rejects.secured_po(), "po.pdf")
    data = pdf_bombs.pdf([pdf_bombs.CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>"])
    with pytest.raises(DocumentRejected) as second:
        read_document(data, "po.pdf")
    assert (first.value.reason, second.value.reason) == ("encrypted-pdf", "corrupt-pdf")


def _order_lines_under_a_watermark(canvas: Canvas, turned: float = 40.0) -> None:
    canvas.setFont("Helvetica", 9)
    canvas.drawString(60, 700, "1000 ROUL-6205-C3 Roulement a billes 400 UN 0,9800 392,00")
    canvas.drawString(60, 680, "2000 ROUL-6308-ZZ Roulement a billes 120 UN 3,2500 390,00")
    canvas.saveState()
    canvas.setFillGray(0.86)
    canvas.setFont("Helvetica-Bold", 110)
    canvas.translate(80, 560)
    canvas.rotate(turned)
    canvas.drawString(0, 0, "DUPLICATA")
    canvas.restoreState()


@pytest.mark.parametrize("c_loop", [True, False], ids=["c-loop", "python-calls"])
def test_a_diagonal_watermark_is_no_text_of_the_page(c_loop: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not c_loop:
        monkeypatch.setattr(pdf_text_layer, "text_chars", lambda page, count: None)
    document = read_document(drawn(_order_lines_under_a_watermark), "duplicata.pdf")
    assert [" ".join(cell.text for cell in line.cells) for line in document.lines] == [
        "1000 ROUL-6205-C3 Roulement a billes 400 UN 0,9800 392,00",
        "2000 ROUL-6308-ZZ Roulement a billes 120 UN 3,2500 390,00",
    ]


def test_text_turned_a_few_degrees_is_kept() -> None:
    """A text layer under a slightly skewed scan is the page's text, not a watermark."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 12)
        canvas.translate(72, 700)
        canvas.rotate(3)
        canvas.drawString(0, 0, "PO-4471")

    pdf = pdfium.PdfDocument(drawn(draw))
    runs = page_runs(pdf[0].get_textpage(), 0.0, 0.0)
    assert "".join(run[0] for run in runs) == "PO-4471"
