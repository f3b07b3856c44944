"""A scanned table's ruling lines bound its columns even when the scan is skewed and OCR ran two header
cells together (ridgeline-sage's landscape job-cost PO at 300 dpi: its prices were read under "Tax")."""

from __future__ import annotations

from built_documents import cell

from ocr.layout import Document, Line
from ocr.line_table import find_table, header_columns

HEADER_TOP = 100.0
RULINGS = (20, 60, 160, 220, 270, 300, 360)  # Item | Description | Qty | Unit Cost | Tax | Extension


def scanned(header: Line, *rows: Line, ruling_top: float) -> Document:
    rules = {1: [(float(x), ruling_top, 300.0) for x in RULINGS]}
    doc = Document("application/pdf", "ocr", 1, [header, *rows], rules)
    doc.scans[1] = object()  # read by OCR: the scan-only header repairs apply
    return doc


def header(*cells: tuple[float, str]) -> Line:
    return Line(1, [cell(x, HEADER_TOP, text) for x, text in cells])


def row(top: float, code: str, text: str, qty: str, price: str, tax: str, amount: str) -> Line:
    cells = [(22, code), (62, text), (170, qty), (235, price), (272, tax), (310, amount)]
    return Line(1, [cell(x, top, value) for x, value in cells])


ROWS = [
    row(120, "AB-1", "Anchor bolt", "400", "6.85", "N", "2,740.00"),
    row(140, "EP-2", "Embed plate", "120", "38.40", "N", "4,608.00"),
    row(160, "SB-3", "Shear stud", "20", "92.50", "N", "1,850.00"),
]


def test_rulings_that_start_a_little_below_the_header_top_still_bound_its_columns() -> None:
    head = header(
        (22, "Item"), (62, "Description"), (170, "Qty"), (222, "Unit Cost"), (275, "Tax"), (305, "Extension")
    )
    doc = scanned(head, *ROWS, ruling_top=HEADER_TOP + 4)  # a skewed page: the lines were found lower
    columns = header_columns(head, doc, doc.lines[1:])
    assert columns is not None
    price = next(col for col in columns if col.kind == "unit_price")
    assert (price.x0, price.x1) == (220.0, 270.0)


def test_rulings_that_only_start_under_the_header_do_not_bound_it() -> None:
    head = header(
        (22, "Item"), (62, "Description"), (170, "Qty"), (222, "Unit Cost"), (275, "Tax"), (305, "Extension")
    )
    doc = scanned(head, *ROWS, ruling_top=HEADER_TOP + 9)  # below the header's middle: the body's rulings
    columns = header_columns(head, doc, doc.lines[1:])
    assert columns is not None
    price = next(col for col in columns if col.kind == "unit_price")
    assert price.x0 != 220.0  # bounded by its neighbours' halfway points instead


def test_a_header_cell_read_over_two_ruled_columns_splits_at_the_ruling() -> None:
    head = header((22, "Item"), (62, "Description"), (170, "Qty"), (222, "Unit Cost Tax"), (305, "Extension"))
    doc = scanned(head, *ROWS, ruling_top=HEADER_TOP + 4)
    columns = header_columns(head, doc, doc.lines[1:])
    assert columns is not None
    price = next(col for col in columns if col.kind == "unit_price")
    assert (price.x0, price.x1) == (220.0, 270.0)
    table = find_table(doc)
    assert [r.values.get("unit_price") for r in table.rows] == ["6.85", "38.40", "92.50"]
