"""Header fields ranked by where they were found: page 1 over running heads, companies over people,
no blanks to fill in, address blocks that end where the address does, bilingual letterheads."""

from __future__ import annotations

import pytest

from ocr.assemble import pick
from ocr.candidates import SCORES
from ocr.header_fields import LATER_PAGE, find_candidates
from ocr.layout import Document, Line
from ocr.title_fields import readable_name, title_buyer
from tests.ocr.test_header_fields_layouts import line, pdf, workbook

LETTERHEAD = line(30, (50, "Sino-Link Industrial Trading Ltd."), (400, "PURCHASE ORDER"), height=17)


def test_a_running_head_on_page_2_loses_to_the_po_number_labelled_on_page_1() -> None:
    document = pdf(
        line(60, (50, "Purchase Order No."), (150, "P26-01453")),
        line(40, (50, "Purchase Order No. P26-01453 of 04.12.2026 - continued"), page=2),
    )
    found = find_candidates(document)
    first, later = found["po_number"]
    assert (first.text, first.cell.page, first.method) == ("P26-01453", 1, "label-right")
    assert later.cell.page == 2 and later.score == round(SCORES["label-inline"] * LATER_PAGE, 3)
    assert later.score < first.score  # unweighed, the inline label (0.95) would beat label-right (0.9)
    assert pick(found, "po_number")[0] == "P26-01453"


def test_sums_on_a_later_page_keep_their_full_score() -> None:
    """The order total is printed at the end, on the last page: no running head."""
    document = pdf(line(40, (50, "Purchase Order No: P26-01453")), line(500, (50, "Total: 6.097,50"), page=2))
    (total,) = find_candidates(document)["total"]
    assert total.cell.page == 2 and total.score == SCORES["label-inline"]


@pytest.mark.parametrize(
    "buyer", [line(60, (50, "Buyer"), (120, "Kelvin Lau")), line(60, (50, "Buyer: Kelvin Lau"))]
)
def test_a_person_named_as_the_buyer_ranks_below_the_letterhead_company(buyer: Line) -> None:
    """``Buyer: Kelvin Lau`` is the purchasing agent; the company buying is the letterhead's."""
    found = find_candidates(pdf(LETTERHEAD, buyer))
    person = next(c for c in found["buyer_name"] if c.text == "Kelvin Lau")
    assert person.score < SCORES["title"]
    value, candidate = pick(found, "buyer_name")
    assert (value, candidate.method) == ("Sino-Link Industrial Trading Ltd.", "title")


def test_a_company_named_as_the_buyer_still_wins_over_the_letterhead() -> None:
    found = find_candidates(pdf(LETTERHEAD, line(60, (50, "Buyer: Acme Trading Co."))))
    value, candidate = pick(found, "buyer_name")
    assert (value, candidate.method, candidate.score) == ("Acme Trading Co.", "label-inline", 0.95)


@pytest.mark.parametrize(
    "cell",
    [
        "Supplier confirmation 供应商确认: ____________",
        "Supplier: ..........",
        "Supplier: ……",
    ],
)
def test_a_blank_to_sign_or_fill_in_is_no_supplier_name(cell: str) -> None:
    assert "supplier_name" not in find_candidates(pdf(line(700, (50, cell))))


def test_a_blank_under_its_label_is_no_supplier_name() -> None:
    document = pdf(line(700, (50, "供应商:")), line(712, (50, "____________")))
    assert "supplier_name" not in find_candidates(document)


def test_a_signature_line_with_its_blank_in_a_cell_of_its_own_gives_no_supplier_name() -> None:
    document = pdf(line(700, (50, "Supplier confirmation 供应商确认:"), (250, "____________")))
    assert "supplier_name" not in find_candidates(document)


def test_a_ship_to_block_stops_before_a_note_with_opening_hours() -> None:
    document = pdf(
        line(100, (40, "Ship to:")),
        line(114, (40, "Skovgaard Teknik A/S, Site Vejle")),
        line(128, (40, "Industrivej 12, 7100 Vejle")),
        line(142, (40, "Goods receiving Mon-Fri 07:00-14:30")),
    )
    found = find_candidates(document)
    assert [c.text for c in found["ship_to_name"]] == ["Skovgaard Teknik A/S, Site Vejle"]
    assert [c.text for c in found["ship_to_address"]] == ["Industrivej 12, 7100 Vejle"]


def test_an_inline_ship_to_address_also_stops_before_opening_hours() -> None:
    document = pdf(
        line(100, (40, "Ship to: Industrivej 12")),
        line(114, (80, "7100 Vejle")),
        line(128, (80, "Goods receiving 07:00-14:30")),
    )
    assert [c.text for c in find_candidates(document)["ship_to_address"]] == ["Industrivej 12, 7100 Vejle"]


def test_a_workbook_address_does_not_take_in_a_note_after_a_blank_row() -> None:
    document = workbook(
        [
            ["Ship To 送货地址:", "Flat 5, 12/F, Kwai Cheong Road, Hong Kong"],
            [],
            [None, "Please deliver before noon"],
        ]
    )
    assert [c.text for c in find_candidates(document)["ship_to_address"]] == [
        "Flat 5, 12/F, Kwai Cheong Road, Hong Kong"
    ]


def test_a_workbook_address_continued_in_the_very_next_row_is_one_address() -> None:
    document = workbook(
        [
            ["Ship To 送货地址:", "Flat 5, 12/F, Tower A"],
            [None, "50 Kwai Cheong Road, Hong Kong"],
            [],
            [None, "Please deliver before noon"],
        ]
    )
    assert [c.text for c in find_candidates(document)["ship_to_address"]] == [
        "Flat 5, 12/F, Tower A, 50 Kwai Cheong Road, Hong Kong"
    ]


def _titles(document: Document) -> list[str]:
    return [candidate.text for candidate in title_buyer(document)]


def test_a_bilingual_letterhead_in_one_cell_gives_the_latin_name_first() -> None:
    document = pdf(
        line(30, (50, "Sino-Link Industrial Trading Ltd. 华联实业贸易有限公司"), height=17),
        line(60, (50, "Purchase Order No: SL-2026-118")),
    )
    assert _titles(document) == ["Sino-Link Industrial Trading Ltd.", "华联实业贸易有限公司"]
    assert pick(find_candidates(document), "buyer_name")[0] == "Sino-Link Industrial Trading Ltd."


def test_a_chinese_letterhead_over_its_english_line_gives_the_english_name_first() -> None:
    """The Latin spelling is one; the Chinese may be traditional (金豐) here and simplified (金丰) in the
    customer master."""
    document = pdf(
        line(30, (50, "金豐貿易有限公司"), height=17),
        line(50, (50, "KAM FUNG TRADING COMPANY LIMITED"), height=14),
        line(80, (50, "Purchase Order No: KF-7741")),
    )
    english, chinese = _titles(document)
    assert english.casefold() == "kam fung trading company limited" and chinese == "金豐貿易有限公司"
    assert pick(find_candidates(document), "buyer_name")[0] == english


@pytest.mark.parametrize(
    ("printed", "readable"),
    [("SKOVGAARD TEKNIK A/S", "Skovgaard Teknik A/S"), ("NORDIC BEARINGS A/S", "Nordic Bearings A/S")],
)
def test_a_company_form_with_a_slash_stays_in_capitals(printed: str, readable: str) -> None:
    assert readable_name(printed) == readable


def test_a_nordic_company_form_makes_a_letterhead_a_company_name() -> None:
    document = pdf(line(30, (50, "SKOVGAARD TEKNIK A/S"), height=17), line(60, (50, "Purchase Order No: P1")))
    (candidate,) = find_candidates(document)["buyer_name"]
    assert (candidate.text, candidate.method) == ("Skovgaard Teknik A/S", "title")


def test_the_company_under_a_return_address_line_is_the_supplier() -> None:
    """A business letter's address window (SAP, DIN 5008): the buyer's one-line return address, then the
    addressee: the supplier, though no label names it."""
    document = pdf(
        line(38, (40, "Vestmark Industrial Components B.V."), (330, "Purchase Order")),
        line(95, (40, "Vestmark Industrial Components B.V. - Maasboulevard 210 - 3011 TX Rotterdam")),
        line(107, (40, "Suzhou Qihang Precision Technology Co., Ltd."), (330, "Vendor No."), (440, "300412")),
        line(119, (40, "No. 88 Fengli Street, Suzhou Industrial Park")),
    )
    (supplier,) = find_candidates(document)["supplier_name"]
    assert (supplier.text, supplier.method) == (
        "Suzhou Qihang Precision Technology Co., Ltd.",
        "window-address",
    )
    assert supplier.score < SCORES["label-below"]  # any labelled supplier wins


@pytest.mark.parametrize(
    "sender",
    [
        "Industrivej Nord 22 · DK-7100 Vejle · Denmark",  # a letterhead's address: no company in front
        "Vestmark Industrial Components B.V. - Rotterdam",  # one separator: a name and a city
    ],
)
def test_no_window_supplier_without_a_return_address_line(sender: str) -> None:
    document = pdf(line(95, (40, sender)), line(107, (40, "Suzhou Qihang Precision Technology Co., Ltd.")))
    assert "supplier_name" not in find_candidates(document)


def test_no_window_supplier_when_the_next_line_starts_elsewhere() -> None:
    document = pdf(
        line(95, (40, "Vestmark Industrial Components B.V. - Maasboulevard 210 - 3011 TX Rotterdam")),
        line(107, (300, "Suzhou Qihang Precision Technology Co., Ltd.")),
    )
    assert "supplier_name" not in find_candidates(document)
