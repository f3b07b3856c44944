"""Notes under every order line (packing, customs, the supplier's code) are no part of the description;
a description's own wrapped lines are. Told by a word most of those lines repeat, with a number."""

from __future__ import annotations

from ocr.extraction import extract_order
from tests.ocr.built_documents import english_table, line, pdf

ITEMS = [
    ("BH075SC", "Butt hinge 75mm", "Inner 10/ Outer 50 Commodity 8302 10 00"),
    ("BH100SC", "Butt hinge 100mm", "Inner 10/ Outer 50 Commodity 8302 10 00"),
    ("TB150BK", "Tower bolt 150mm", "Outer 100 Commodity 8302 41 00"),
    ("PL40BR", "Brass padlock 40mm", "Inner 10/ Outer 100 Commodity 8301 10 00"),
]


def order_with(items: list[tuple[str, str, str]]):
    head, *_ = english_table("1", "X", "X", "1", "1.00", "1.00")
    lines = [line(10, (30, "Order No.: TH-2026-118")), head]
    top = 115.0
    for number, (code, text, under) in enumerate(items, start=1):
        lines.append(
            line(top, (30, str(number)), (60, code), (150, text), (300, "10"), (340, "2.00"), (420, "20.00"))
        )
        lines.append(line(top + 11, (150, under)))
        top += 25
    return extract_order(pdf(*lines))


def test_a_note_repeated_under_every_item_is_left_out_of_the_descriptions() -> None:
    order = order_with(ITEMS)
    assert [item.description for item in order.lines] == [text for _, text, _ in ITEMS]


def test_wrapped_descriptions_that_share_no_word_stay_whole() -> None:
    wrapped = [
        ("BH075SC", "Butt hinge 75mm", "satin chrome, pair"),
        ("BH100SC", "Butt hinge 100mm", "stainless 304 grade"),
        ("TB150BK", "Tower bolt 150mm", "black japanned 2 screws"),
    ]
    order = order_with(wrapped)
    assert [item.description for item in order.lines] == [f"{text} {under}" for _, text, under in wrapped]


def test_two_items_are_too_few_to_call_a_repeated_line_a_note() -> None:
    order = order_with(ITEMS[:2])
    assert order.lines[0].description == f"{ITEMS[0][1]} {ITEMS[0][2]}"
