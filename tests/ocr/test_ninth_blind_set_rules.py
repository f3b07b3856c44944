"""What the ninth blind set taught, as general rules: a shaded band behind a table's header has two
edges and no rulings between its cells, so it does not bound the columns; an item's code over its
description in one column gives both (NetSuite); `Options` is no description."""

from __future__ import annotations

from ocr.extraction import extract_order
from ocr.layout import Document
from tests.ocr.built_documents import line

HEADER = line(100, (40, "Item"), (330, "Options"), (405, "Qty"), (460, "Rate"), (520, "Amount"))
ITEMS = [
    line(115, (40, "QH-BR-6205"), (405, "300"), (457, "$3.85"), (513, "$1,155.00")),
    line(126, (40, "Deep groove ball bearing 6205-2RS")),
    line(145, (40, "QH-SC-M8X30"), (330, "Box of 100"), (405, "150"), (457, "$9.60"), (513, "$1,440.00")),
    line(156, (40, "Socket head cap screw M8 x 30")),
    line(175, (40, "QH-DP-0630"), (397, "2,500"), (457, "$0.12"), (520, "$300.00")),
    line(186, (40, "Dowel pin 6 x 30 mm")),
]
BAND_EDGES = {1: [(36.0, 96.0, 112.0), (558.0, 96.0, 112.0)]}  # a grey band's left and right edges


def netsuite(rules: dict | None = None) -> Document:
    lines = [line(10, (400, "Purchase Order")), line(20, (400, "PO #: PO10482")), HEADER, *ITEMS]
    return Document("application/pdf", "text-layer", 1, lines, rules or {})


def test_an_items_code_over_its_description_gives_both() -> None:
    order = extract_order(netsuite())
    assert [(item.customer_part_no, item.description) for item in order.lines] == [
        ("QH-BR-6205", "Deep groove ball bearing 6205-2RS"),
        ("QH-SC-M8X30", "Socket head cap screw M8 x 30"),  # the Options column is no description
        ("QH-DP-0630", "Dowel pin 6 x 30 mm"),
    ]


def test_a_shaded_bands_edges_do_not_bound_the_header_columns() -> None:
    order = extract_order(netsuite(BAND_EDGES))
    assert [item.quantity for item in order.lines] == [300, 150, 2500]
    assert order.lines[0].amount == 1155


def test_rulings_between_the_header_cells_still_bound_them() -> None:
    rules = {1: [(x, 96.0, 200.0) for x in (36.0, 320.0, 390.0, 450.0, 505.0, 558.0)]}
    order = extract_order(netsuite(rules))
    assert [str(item.unit_price) for item in order.lines] == ["3.85", "9.60", "0.12"]
