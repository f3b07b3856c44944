"""Customer templates: recognition, extra labels and columns, constants, regex fallback, dates, errors."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from ocr import extract_file
from ocr.assemble import pick
from ocr.candidates import Candidate
from ocr.extraction import extract_order
from ocr.layout import Cell, Document, Line
from ocr.templates import (
    _captions_as_named,
    _in_regex_shape,
    _regex_hit,
    _template_columns_apart,
    add_candidates,
    load_template,
    load_templates,
    ocr_caption,
    template_named,
    with_printed_signs,
)
from orderbridge.errors import DocumentRejected
from orderbridge.samples import hdprecision, nordwind
from orderbridge.yamlconfig import MappingError
from tests.ocr.built_documents import line, pdf
from tests.ocr.conftest import repo_root

EXTRAS = {"confidence", "provenance", "warnings"}
SHIPPED = repo_root() / "mappings" / "customers"
COLUMNS_AT = (30, 60, 150, 300, 340, 420)


@pytest.fixture(scope="module")
def nordwind_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("nordwind") / nordwind.FILENAME
    path.write_bytes(nordwind.render())
    return path


def write_template(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_template_is_valid() -> None:
    names = {template.name for template in load_templates(SHIPPED)}
    assert "nordwind" in names


def test_a_layout_the_dictionary_does_not_know_is_read_through_its_template(nordwind_pdf: Path) -> None:
    extraction = extract_file(nordwind_pdf, templates_dir=SHIPPED)
    assert extraction.template == "nordwind"
    got = extraction.order.model_dump(mode="json", exclude=EXTRAS)
    assert got == nordwind.expected().model_dump(mode="json", exclude=EXTRAS)
    assert extraction.order.confidence == 1.0


def test_without_its_template_the_german_labels_are_read_by_the_dictionary_but_no_constant_is_used(
    nordwind_pdf: Path, tmp_path: Path
) -> None:
    extraction = extract_file(nordwind_pdf, templates_dir=tmp_path)
    assert extraction.template is None
    assert extraction.order.po_number == "BE-2026-7781"
    assert extraction.order.provenance["buyer.name"].method != "template-value"


def test_without_a_template_a_layout_whose_labels_no_dictionary_knows_is_no_purchase_order(
    tmp_path: Path,
) -> None:
    document = pdf(
        line(10, (30, "Pontunarnumer"), (150, "ZM-2026-0042")),
        *UNKNOWN_TABLE,
    )
    with pytest.raises(DocumentRejected) as caught:
        extract_order(document)
    assert caught.value.reason == "no-purchase-order"
    template = write_template(tmp_path, "islenska", UNKNOWN_TEMPLATE)
    order = extract_order(document, load_template(template))
    assert order.po_number == "ZM-2026-0042" and order.lines[0].quantity == 250


def test_extracting_with_a_template_leaves_the_read_document_as_read(tmp_path: Path) -> None:
    """A read document may be extracted again (with another template, or none): the template's
    rewrites of labels and column heads go to a copy of its lines."""
    document = pdf(line(10, (30, "Pontunarnumer"), (150, "ZM-2026-0042")), *UNKNOWN_TABLE)
    as_read = [[cell.text for cell in row.cells] for row in document.lines]
    template = load_template(write_template(tmp_path, "islenska", UNKNOWN_TEMPLATE))
    assert extract_order(document, template).po_number == "ZM-2026-0042"
    assert [[cell.text for cell in row.cells] for row in document.lines] == as_read
    with pytest.raises(DocumentRejected):  # without the template its words are still unknown
        extract_order(document)


UNKNOWN_TABLE = [
    line(
        40,
        *zip(COLUMNS_AT, ("Lina", "Vorunumer", "Lysing", "Magn", "Einingarverd", "Upphaed"), strict=True),
    ),
    line(55, *zip(COLUMNS_AT, ("1", "HU-100", "Hajtotengely", "250", "18.60", "4650.00"), strict=True)),
]
UNKNOWN_TEMPLATE = """format_version: 1
customer: {name: Hajtas Gepgyar Kft.}
recognise: {keywords: [Pontunarnumer]}
fields:
  po_number: {labels: [Pontunarnumer]}
columns: {Lina: line_no, Vorunumer: part_no, Lysing: description, Magn: quantity,
  Einingarverd: unit_price, Upphaed: amount}
"""


def test_the_template_date_order_reads_05_12_2026_as_the_fifth_of_december(nordwind_pdf: Path) -> None:
    order = extract_file(nordwind_pdf, templates_dir=SHIPPED).order
    assert order.order_date == dt.date(2026, 11, 3)
    assert order.requested_delivery_date == dt.date(2026, 12, 5)


def test_a_constant_outranks_the_page_and_has_no_place_on_it(nordwind_pdf: Path) -> None:
    source = extract_file(nordwind_pdf, templates_dir=SHIPPED).order.provenance["buyer.name"]
    assert (source.method, source.score, source.page, source.box) == ("template-value", 1.0, None, None)
    assert source.note == "template nordwind"


def test_a_sender_domain_selects_the_template_even_without_keywords(
    nordwind_pdf: Path, tmp_path: Path
) -> None:
    text = (SHIPPED / "nordwind.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "keywords: [Nordwind Antriebstechnik, Bestellung]", "keywords: [not printed anywhere]"
    )
    folder = tmp_path / "customers"
    write_template(folder, "nordwind", text)
    chosen = extract_file(nordwind_pdf, templates_dir=folder, sender="Einkauf@Werk2.Nordwind-Antriebe.de")
    assert chosen.template == "nordwind"
    for stranger in (None, "x@nordwind-antriebe.de.evil.com"):  # no template: the dictionary alone reads it
        assert extract_file(nordwind_pdf, templates_dir=folder, sender=stranger).template is None


def test_a_template_can_be_named_explicitly(nordwind_pdf: Path, tmp_path: Path) -> None:
    folder = tmp_path / "customers"
    text = (
        (SHIPPED / "nordwind.yaml")
        .read_text(encoding="utf-8")
        .replace("keywords: [Nordwind Antriebstechnik, Bestellung]", "keywords: [nowhere]")
    )
    write_template(folder, "nw", text)
    assert extract_file(nordwind_pdf, templates_dir=folder, template="nw").order.po_number == "BE-2026-7781"


def test_an_unknown_template_name_lists_the_known_ones(tmp_path: Path) -> None:
    shutil.copy(SHIPPED / "nordwind.yaml", tmp_path / "nordwind.yaml")
    with pytest.raises(LookupError, match=r"no customer template 'acme' \(known: nordwind\)"):
        template_named("acme", tmp_path)


def test_the_regex_fills_what_no_label_gave(tmp_path: Path) -> None:
    document = pdf(
        line(10, (30, "Zamowienie ZM-2026-0042 z dnia 05.12.2026")),  # the number has no label of its own
        *UNKNOWN_TABLE,
    )
    text = UNKNOWN_TEMPLATE.replace(
        "{labels: [Pontunarnumer]}", "{labels: [Xyz], regex: '\\b(ZM-\\d{4}-\\d{4})\\b'}"
    )
    order = extract_order(document, load_template(write_template(tmp_path, "islenska", text)))
    assert order.po_number == "ZM-2026-0042"
    assert order.provenance["po_number"].method == "template-regex"
    assert order.provenance["po_number"].page == 1


def test_a_broken_template_is_reported_with_file_line_and_a_suggestion(tmp_path: Path) -> None:
    path = write_template(
        tmp_path,
        "broken",
        "format_version: 1\ncustomer: {name: X}\nrecognise: {keywords: [a]}\n"
        "fields:\n  po_numbr:\n    labels: [x]\ncolumns:\n  Menge: qty\n",
    )
    with pytest.raises(MappingError) as caught:
        load_template(path)
    problems = caught.value.problems
    assert any(f"{path}:4:" in p and "did you mean 'po_number'" in p for p in problems)
    assert any(f"{path}:8:" in p and "columns.Menge" in p for p in problems)


def test_a_template_must_say_how_to_recognise_its_customer(tmp_path: Path) -> None:
    path = write_template(tmp_path, "vague", "format_version: 1\ncustomer: {name: X}\nrecognise: {}\n")
    with pytest.raises(MappingError):
        load_template(path)


def test_an_unchanged_template_file_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every document looks for its template: the YAML is parsed and validated once, not per document."""
    from ocr import templates

    shutil.copy(SHIPPED / "nordwind.yaml", tmp_path / "nordwind.yaml")
    parsed = []
    real = templates._parsed
    monkeypatch.setattr(templates, "_parsed", lambda path: parsed.append(path.name) or real(path))
    first, second = load_templates(tmp_path), load_templates(tmp_path)
    assert parsed == ["nordwind.yaml"]
    assert first == second


def test_an_edited_template_is_read_again_even_within_the_same_millisecond(tmp_path: Path) -> None:
    """The cache compares the file's bytes: an edit that keeps the size and the coarse mtime still counts."""
    original = (SHIPPED / "nordwind.yaml").read_text(encoding="utf-8")
    path = write_template(tmp_path, "nordwind", original)
    name_before = load_template(path).customer_name
    edited = original.replace(name_before, "X" * len(name_before))
    stat = path.stat()
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime, same size: only the bytes differ
    assert load_template(path).customer_name == "X" * len(name_before)


def test_a_template_broken_after_it_was_cached_raises(tmp_path: Path) -> None:
    path = write_template(tmp_path, "nordwind", (SHIPPED / "nordwind.yaml").read_text(encoding="utf-8"))
    load_template(path)
    path.write_text("format_version: 1\ncustomer: {name: X}\nrecognise: {}\n", encoding="utf-8")
    with pytest.raises(MappingError):
        load_template(path)


MINIMAL = "format_version: 1\ncustomer: {name: X}\nrecognise: {keywords: [a]}\n"


@pytest.mark.parametrize("mark", [";", "comma", " "])
def test_a_decimal_separator_other_than_a_comma_or_a_point_is_rejected(tmp_path: Path, mark: str) -> None:
    path = write_template(tmp_path, "semicolon", MINIMAL + f'formats:\n  decimal_separator: "{mark}"\n')
    with pytest.raises(MappingError) as caught:
        load_template(path)
    assert any(
        f"{path}:5:" in p and "formats.decimal_separator" in p and "use one of ',', '.'" in p
        for p in caught.value.problems
    )


def test_a_template_says_its_decimal_separator_or_leaves_it_to_the_document(tmp_path: Path) -> None:
    formats = 'formats:\n  date_order: dmy\n  decimal_separator: ","\n'
    template = load_template(write_template(tmp_path, "comma", MINIMAL + formats))
    assert (template.date_order, template.decimal_separator) == ("dmy", ",")
    assert load_template(write_template(tmp_path, "plain", MINIMAL)).decimal_separator is None


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("Coupling D40x520", "Coupling D40×520"),
        ("Bearing Sleeve Φ22xΦ16x30", "Bearing Sleeve Φ22×Φ16×30"),  # between two diameters too
        ("Wall plug 6mm x 100", "Wall plug 6mm x 100"),  # no digit right before the x: a word
    ],
)
def test_a_template_s_dimension_sign_puts_back_the_times_ocr_read_as_x(
    read: str, printed: str, tmp_path: Path
) -> None:
    text = UNKNOWN_TEMPLATE + 'formats: {dimension_sign: "×"}\n'
    template = load_template(write_template(tmp_path, "islenska", text))
    order = hdprecision.expected()
    order.lines[0].description = read
    with_printed_signs(order, template)
    assert order.lines[0].description == printed


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("深沟球轴承 ( 双面橡胶密封) 6205-2RS", "深沟球轴承（双面橡胶密封） 6205-2RS"),
        ("带座外球面轴承(铸铁座) UCP205", "带座外球面轴承（铸铁座） UCP205"),
        ("Sleeve (304) 20x30", "Sleeve (304) 20x30"),  # no Chinese inside: brackets as read
    ],
)
def test_a_template_s_full_width_brackets_put_back_the_brackets_ocr_read_as_half_width(
    read: str, printed: str, tmp_path: Path
) -> None:
    text = UNKNOWN_TEMPLATE + "formats: {brackets: full-width}\n"
    template = load_template(write_template(tmp_path, "islenska", text))
    order = hdprecision.expected()
    order.lines[0].description, order.payment_terms = read, "月结30天 (票到付款)"
    with_printed_signs(order, template)
    assert (order.lines[0].description, order.payment_terms) == (printed, "月结30天（票到付款）")


def test_without_full_width_brackets_in_the_template_ocr_s_brackets_stay(tmp_path: Path) -> None:
    template = load_template(write_template(tmp_path, "islenska", UNKNOWN_TEMPLATE))
    order = hdprecision.expected()
    order.payment_terms = "月结60天(银行承兑)"  # a customer who prints half-width brackets
    with_printed_signs(order, template)
    assert order.payment_terms == "月结60天(银行承兑)"


def _one_cell(text: str, confidence: float | None) -> list[Line]:
    return [Line(page=1, cells=[Cell(text, 1, 30, 10, 120, 20, confidence=confidence)])]


def test_on_a_scan_the_regex_also_matches_where_ocr_read_letters_for_the_digits() -> None:
    hit = _regex_hit(_one_cell("编号：POORDOO2318", 0.8), r"\b(POORD\d{6})\b")
    assert hit is not None and hit[0] == "POORD002318"  # the OO of POORD stays letters


def test_in_a_text_layer_the_regex_matches_only_what_is_printed() -> None:
    assert _regex_hit(_one_cell("编号：POORDOO2318", None), r"\b(POORD\d{6})\b") is None


def test_a_match_as_read_wins_over_one_with_letters_taken_for_digits() -> None:
    lines = [*_one_cell("Ref PO-2O26-0042", 0.8), *_one_cell("PO-2026-0048", 0.9)]
    hit = _regex_hit(lines, r"\b(PO-\d{4}-\d{4})\b")
    assert hit is not None and hit[0] == "PO-2026-0048"


@pytest.mark.parametrize(
    "read", ["Upjun edija sargyt Ne KT-000418, 16-njy", "Üpjün edijä sargyt N° KT-000418,"]
)
def test_on_a_scan_the_regex_matches_without_diacritics_and_with_the_number_sign_as_ocr_reads_it(
    read: str,
) -> None:
    # a Latin model reads the Turkmen title without its marks and № as Ne or N°
    hit = _regex_hit(_one_cell(read, 0.8), r"sargyt № (KT-\d{6})")
    assert hit is not None and hit[0] == "KT-000418"


def test_a_lenient_match_gives_the_value_as_read_with_its_marks() -> None:
    hit = _regex_hit(_one_cell("Sargyt Ne ŞL-0418 berildi", 0.8), r"Sargyt № (SL-\d{4})")
    assert hit is not None and hit[0] == "ŞL-0418"  # the place in the folded text is the place as read


def test_in_a_text_layer_a_lost_number_sign_is_no_match() -> None:
    assert _regex_hit(_one_cell("Upjun edija sargyt Ne KT-000418", None), r"sargyt № (KT-\d{6})") is None


def test_a_template_regex_outranks_a_number_guessed_from_the_title_but_not_a_labelled_one(
    tmp_path: Path,
) -> None:
    # NetSuite prints #PO10482 under its title, no label; OCR reads it #P010482
    template = load_template(
        write_template(
            tmp_path,
            "lakeshore",
            UNKNOWN_TEMPLATE.replace("{labels: [Pontunarnumer]}", "{regex: '#(PO\\d{5})'}"),
        )
    )
    document = Document("application/pdf", "ocr", 1, _one_cell("#P010482", 0.9))
    title_cell = Cell("Purchase Order P010482", 1, 300, 30, 500, 40, confidence=0.9)
    guessed = {"po_number": [Candidate("po_number", "P010482", title_cell, "title")]}
    assert pick(add_candidates(guessed, document, template), "po_number")[0] == "PO10482"
    labelled = {"po_number": [Candidate("po_number", "PO10483", title_cell, "label-below")]}
    assert pick(add_candidates(labelled, document, template), "po_number")[0] == "PO10483"


def test_a_labelled_ocr_value_takes_the_regex_shape_when_letters_read_for_digits_are_put_back() -> None:
    cell = Cell("POORDOO2318", 1, 60, 10, 120, 20, confidence=0.8)
    label_found = Candidate("po_number", "POORDOO2318", cell, "label-right")
    assert _in_regex_shape(label_found, re.compile(r"\b(POORD\d{6})\b")).text == "POORD002318"
    printed = replace(label_found, cell=replace(cell, confidence=None))
    assert _in_regex_shape(printed, re.compile(r"\b(POORD\d{6})\b")).text == "POORDOO2318"  # a text layer's


def test_a_template_s_dimension_sign_is_put_back_in_part_numbers_that_are_specifications(
    tmp_path: Path,
) -> None:
    template = load_template(
        write_template(tmp_path, "islenska", UNKNOWN_TEMPLATE + 'formats: {dimension_sign: "×"}\n')
    )
    order = hdprecision.expected()
    order.lines[0].customer_part_no, order.lines[1].customer_part_no = "M8x30 12.9级", "HD-BLT-0830"
    with_printed_signs(order, template)
    assert [order.lines[0].customer_part_no, order.lines[1].customer_part_no] == [
        "M8×30 12.9级",
        "HD-BLT-0830",
    ]


@pytest.mark.parametrize(
    ("read", "named"),
    [
        ("Сума, СМУ", "Сума, CNY"),  # Cyrillic look-alikes and one wrong letter
        ("Колькасщь", "Колькасць"),
        ("Колькасць", None),  # named exactly: nothing to mend
        ("Цана", None),  # too short to forgive a character (Цана / Сума, CNY)
        ("Скідка, %", None),  # no caption near
    ],
)
def test_an_ocr_caption_a_character_off_is_the_template_s(read: str, named: str | None) -> None:
    captions = {"".join(c.split()).casefold(): c for c in ("Сума, CNY", "Колькасць", "Цана, CNY", "Цана")}
    assert ocr_caption(read, captions) == named


def test_an_ocr_header_cell_of_two_captions_one_read_a_letter_off_is_parted_into_the_template_s() -> None:
    captions = {"".join(c.split()).casefold(): c for c in ("À-pris", "Rab %", "Belopp")}
    cell = Cell("Å-pris Rab %", 1, 400, 200, 470, 210, confidence=0.9)  # Monitor's À read as Å
    assert [part.text for part in _template_columns_apart([cell], captions)] == ["À-pris", "Rab %"]
    printed = replace(cell, text="À-pris Rab %", confidence=None)
    assert [part.text for part in _template_columns_apart([printed], captions)] == ["À-pris", "Rab %"]


def test_a_label_a_character_off_a_caption_is_left_unless_its_line_is_the_template_s_header() -> None:
    captions = {"".join(c.split()).casefold(): c for c in ("Rate", "Amount", "Quantity")}
    assert ocr_caption("Date", captions) is None  # four characters: Date is no misread Rate
    label_line = Line(page=1, cells=[Cell("Quantiti", 1, 30, 10, 90, 20, confidence=0.9)])
    assert _captions_as_named(label_line, captions) is label_line  # no caption named on its line
    header = Line(page=1, cells=[*label_line.cells, Cell("Amount", 1, 100, 10, 150, 20, confidence=0.9)])
    assert [cell.text for cell in _captions_as_named(header, captions).cells] == ["Quantity", "Amount"]


def test_two_captions_as_near_as_each_other_name_neither() -> None:
    captions = {"含税单价x": "含税单价x", "含税金额x": "含税金额x"}
    assert ocr_caption("含税单额x", captions) is None


def test_a_cyrillic_pages_times_sign_read_as_kha_is_put_back(tmp_path: Path) -> None:
    template = load_template(
        write_template(tmp_path, "nioman", UNKNOWN_TEMPLATE + 'formats: {dimension_sign: "×"}\n')
    )
    order = hdprecision.expected()
    order.lines[0].description = "Ушчыльненне штока 40х50х10, PU"  # Cyrillic х between the sizes
    with_printed_signs(order, template)
    assert order.lines[0].description == "Ушчыльненне штока 40×50×10, PU"


ARIBA_TEMPLATE = """format_version: 1
customer: {name: Saxon Fluid Systems GmbH}
recognise: {keywords: [Saxon Fluid Systems]}
fields:
  po_number: {labels: [PO No.]}
columns: {Line: line_no, "Part # / Description": description, "Part # /": description,
  "Customer Part #": part_no, Customer: part_no, Qty: quantity, Qty (Unit): quantity, Unit Price: unit_price,
  Subtotal: amount}
"""


def test_a_template_s_description_column_printed_as_a_code_over_its_description_keeps_the_code_apart(
    tmp_path: Path,
) -> None:
    # Ariba: our code on the item's first line, its description under it, beside the buyer's part number
    # (its scans print the head on two lines, ``Part #/`` over ``Description``: saxon-ariba's 300-dpi scan
    # with its template 81 -> 101/105 by the same rule)
    head = [("Line", "Part # / Description", "Customer Part #", "Qty", "Unit Price", "Subtotal")]
    template = load_template(write_template(tmp_path, "ariba", ARIBA_TEMPLATE))
    xs = (30, 70, 230, 330, 380, 450)
    lines = [
        line(20, (30, "Saxon Fluid Systems GmbH"), (300, "PO No."), (350, "4500187326")),
        *(line(60 + 12 * k, *zip(xs, names, strict=False)) for k, names in enumerate(head)),
        line(90, *zip(xs, ("1", "QH-6205-2RS", "100231455", "10", "2.50", "25.00"), strict=True)),
        line(102, (70, "Deep groove ball bearing 6205-2RS C3")),
        line(120, *zip(xs, ("2", "QH-TC-40628", "100231460", "4", "1.25", "5.00"), strict=True)),
        line(132, (70, "Radial shaft seal 40x62x8 NBR")),
    ]
    order = extract_order(pdf(*lines), template)
    assert [(row.customer_part_no, row.description) for row in order.lines] == [
        ("100231455", "Deep groove ball bearing 6205-2RS C3"),
        ("100231460", "Radial shaft seal 40x62x8 NBR"),
    ]
