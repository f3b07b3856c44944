"""The order's number after a label no dictionary knows: a label echoing the title or saying "number"."""

from __future__ import annotations

import pytest

from ocr.extraction import extract_order
from ocr.layout import Document
from ocr.unlabelled_number import unlabelled_number
from orderbridge.errors import DocumentRejected
from tests.ocr.built_documents import line, pdf, sheet

_ROWS = [
    ["Kóði", "Lýsing", "Magn", "Verð", "Upphæð"],
    ["IS-1001", "Lega 6205-2RS", "150", "16.20", "2430.00"],
    ["IS-1002", "Þétting 45x3", "200", "1.10", "220.00"],
]


def _workbook(*head: list[str]) -> Document:
    return sheet(*head, ["Afhending: sjá neðar"], *_ROWS)  # a row between the head and the table


def _number(document: Document) -> str | None:
    found = unlabelled_number(document, document.lines[: -len(_ROWS)])
    return found[0].text if found else None


@pytest.mark.parametrize(
    ("head", "number"),
    [
        # the label repeats the title's word: Basque, Swahili, Welsh (case and accents aside)
        ([["ESKAERA"], ["Eskaera zenbakia:", "ES-26/0418"]], "ES-26/0418"),
        ([["AGIZO LA UNUNUZI"], ["Nambari ya agizo", "AG-2026-0418"]], "AG-2026-0418"),
        ([["ARCHEB BRYNU"], ["Rhif archeb:", "0418/26"]], "0418/26"),
        # the label says "number": a word, a compound's end, a sign; in the cell or beside it
        ([["PÖNTUN"], ["Nr.", "IS-2026/0418"]], "IS-2026/0418"),
        ([["PÖNTUN"], ["Pöntunarnúmer", "10418"]], "10418"),  # Icelandic compound, five digits no serial
        ([["PÖNTUN"], ["Broj: 26-0130-000418"]], "26-0130-000418"),
        ([["PÖNTUN"], ["№", "0418"]], "0418"),
        ([["ODA YA MANUNUZI"], ["Namba ya Oda:", "ZEH/LPO/2026/418"]], "ZEH/LPO/2026/418"),  # Swahili
        ([["سفارش خرید"], ["شماره:", "AP-1405-0418"]], "AP-1405-0418"),  # Persian
    ],
)
def test_a_code_after_an_unknown_label_that_echoes_the_title_or_says_number_is_the_number(
    head: list[list[str]], number: str
) -> None:
    assert _number(_workbook(*head)) == number


def test_the_label_echoing_the_title_beats_one_that_only_says_number() -> None:
    document = _workbook(["ESKAERA"], ["Nr. eskaintza:", "P-7781"], ["Eskaera zenbakia:", "N-0418"])
    assert _number(document) == "N-0418"


def test_of_two_labels_saying_number_the_value_printed_again_wins() -> None:
    head = [["PÖNTUN"], ["Nr.", "K-7781"], ["Nr.", "P-0418"], ["Síða 1 af 1", "P-0418"]]
    assert _number(_workbook(*head)) == "P-0418"


@pytest.mark.parametrize(
    "value",
    [
        "21.12.2026",  # a date
        "20261221",  # a date in eight digits
        "17.2350",  # an exchange rate
        "1.234,50",  # an amount
        "5%",
        "DE89370400440532013000",  # an IBAN: too many digits for an order's number
        "Reykjavík",  # no digit
        "IS 2026 0418",  # more than one word
        "锡兴路58号",  # Chinese words with a digit: an address
    ],
)
def test_a_value_that_is_no_code_is_no_number(value: str) -> None:
    assert _number(_workbook(["PÖNTUN"], ["Nr.", value])) is None


def test_a_label_that_neither_echoes_the_title_nor_says_number_gives_none() -> None:
    assert _number(_workbook(["PÖNTUN"], ["Tilvísun:", "REF-0418"])) is None  # a reference
    assert _number(_workbook(["PÖNTUN"], ["Gjaldmiðill:", "USD - Dólar americano"])) is None
    assert _number(_workbook(["PÖNTUN"], ["二号工厂", "B-58"])) is None  # 号 inside a word: no number's label


def test_an_order_with_its_number_after_an_unknown_label_is_read_and_goes_to_review() -> None:
    order = extract_order(_workbook(["PÖNTUN"], ["Pöntunarnúmer:", "IS-0418"]))
    assert order.po_number == "IS-0418" and len(order.lines) == 2
    assert order.provenance["po_number"].method == "number-label"  # weak: a person confirms it


def test_a_known_label_keeps_its_number_and_the_rule_is_not_asked() -> None:
    order = extract_order(_workbook(["PÖNTUN"], ["PO No.", "PO-1"], ["Nr.", "K-7781"]))
    assert order.po_number == "PO-1" and order.provenance["po_number"].method != "number-label"


def test_a_document_with_no_number_anywhere_is_still_rejected() -> None:
    document = pdf(line(20, (30, "PÖNTUN")), line(40, (30, "Tilvísun:"), (120, "skrifstofa")))
    with pytest.raises(DocumentRejected, match="no purchase order number"):
        extract_order(document)
