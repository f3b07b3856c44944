"""General rules from the thirty-ninth and fortieth blind sets' first runs: an Afrikaans Pastel order
(a discount column of 0.00 on the lines without one), an Arabic workbook and an Armenian ArmSoft order
(labels closed by the Armenian comma ``՝``, company forms of the region), and days counted in Uzbek,
Kazakh, Georgian and Armenian payment terms."""

from __future__ import annotations

import pytest

from ocr.candidates import COMPANY
from ocr.column_roles import profile, resolve
from ocr.labels import split_pairs
from ocr.unlabelled_values import unlabelled_terms
from tests.ocr.built_documents import sheet


def test_a_label_closed_by_the_armenian_comma_is_read_as_one_closed_by_a_colon() -> None:
    (pair,) = split_pairs("Մատակարար՝")[1]
    assert (pair.field, pair.value) == ("supplier_name", "")
    (pair,) = split_pairs("Վճարման պայմաններ՝ 30% կանխավճար")[1]
    assert (pair.field, pair.value) == ("payment_terms", "30% կանխավճար")
    (pair,) = split_pairs("رقم أمر الشراء:")[1]  # Arabic: the purchase order's number
    assert pair.field == "po_number"


@pytest.mark.parametrize(
    "name",
    [
        "«Արմհիդրոմաշ» ՍՊԸ",  # Armenian LLC
        "شركة النيل للصناعات الهندسية (ش.م.م)",  # Arabic: company, LLC
        "Breërivier Besproeiing (Edms) Bpk",  # Afrikaans (Pty) Ltd
        "«ANDIJON AVTODETAL» MChJ",  # Uzbek LLC
        "შპს „ქუთაისის აგრომექანიკა“",  # Georgian LLC
    ],
)
def test_company_forms_of_the_caucasus_central_asia_the_arab_world_and_south_africa(name: str) -> None:
    assert COMPANY.search(name)


def test_a_column_of_percentages_zero_on_the_lines_without_a_discount_is_the_discount() -> None:
    # Pastel's Afsl. % (0.00, 5.00, 2.50) beside a BTW % of 0.00 on every line, in words no dictionary knows
    rows = [
        ("400.00", "1.920", "0.00", "0.00", "768.00"),
        ("60.00", "24.800", "5.00", "0.00", "1 413.60"),
        ("24.00", "86.000", "2.50", "0.00", "2 012.40"),
        ("200.00", "3.450", "0.00", "0.00", "690.00"),
    ]
    columns = [list(column) for column in zip(*rows, strict=True)]
    kinds, _ = resolve([None] * 5, columns, ["Hoeveelheid", "Eenheidsprys", "Afsl. %", "BTW %", "Totaal"])
    assert kinds == ["quantity", "unit_price", "discount", None, "amount"]


def test_a_rate_of_zero_on_every_line_is_no_discount() -> None:
    rows = [("400.00", "1.920", "0.00", "768.00"), ("60.00", "24.800", "0.00", "1 488.00"),
            ("200.00", "3.450", "0.00", "690.00")]  # fmt: skip
    columns = [list(column) for column in zip(*rows, strict=True)]
    kinds, _ = resolve([None] * 4, columns, ["Hoeveelheid", "Eenheidsprys", "BTW %", "Totaal"])
    assert "discount" not in kinds and kinds[3] == "amount"


@pytest.mark.parametrize(
    "terms",
    [
        "70 % yuk jo‘natilgandan so‘ng 30 kun ichida",  # Uzbek
        "тауар жөнелтілгеннен кейін 45 күн ішінде",  # Kazakh
        "ინვოისის თარიღიდან 60 დღის განმავლობაში",  # Georgian
        "հաշիվ-ապրանքագրից 60 օրվա ընթացքում",  # Armenian
        "60 dae vanaf faktuurdatum",  # Afrikaans
    ],
)
def test_days_counted_in_more_languages_make_payment_terms(terms: str) -> None:
    document = sheet(["Shartlar:", terms])
    (candidate,) = unlabelled_terms(document.lines)
    assert candidate.text == terms


def test_a_single_letter_is_a_unit_beside_longer_unit_words_but_a_column_of_letters_is_none() -> None:
    # Mongolian ш (piece) beside кг, хайрцаг (box) and ороомог (roll); a revision column A, B, D is no unit
    assert profile(["ш", "ш", "кг", "хайрцаг", "ш", "ш", "ороомог", "кг"]) == "unit"
    assert profile(["A", "B", "A", "D", "A", "B"]) != "unit"


def test_a_column_of_distinct_whole_numbers_of_five_digits_no_sum_uses_is_the_item_codes() -> None:
    # the Persian workbook's کد کالا: an ERP's item codes made of digits, beside quantity x price = amount
    rows = [
        ("31070007", "12", "85.00", "1020.00"),
        ("31080112", "40", "12.50", "500.00"),
        ("31080120", "40", "12.50", "500.00"),
    ]
    columns = [list(column) for column in zip(*rows, strict=True)]
    kinds, _ = resolve([None] * 4, columns, ["کد کالا", "مقدار", "فی", "مبلغ کل"])
    assert kinds == ["part_no", "quantity", "unit_price", "amount"]
    repeated = [["1000", "1000", "2000"], *columns[1:]]  # a value that repeats is no code column
    assert resolve([None] * 4, repeated, ["?", "مقدار", "فی", "مبلغ کل"])[0][0] != "part_no"
