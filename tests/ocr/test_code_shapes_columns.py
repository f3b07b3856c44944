"""OCR'd part numbers set right by their column's shape, and only then."""

from __future__ import annotations

from ocr.code_shapes import by_column_shape, codes_out_of_descriptions, shape

HINGES = ["BH100SC", "BH100BB", "TB150BK", "HS115GV"]


def test_a_shape_is_letters_digits_and_the_marks_between_them() -> None:
    assert [shape(code) for code in ("BH-075", "QH-BH-0751", "6004-2RS")] == [
        "LL-DDD",
        "LL-LL-DDDD",
        "DDDD-DLL",
    ]


def test_a_letter_o_or_i_where_the_column_has_a_digit_is_that_digit() -> None:
    assert by_column_shape(["BHO75SC", *HINGES]) == ["BH075SC", *HINGES]
    assert by_column_shape(["BH1I5SC", *HINGES]) == ["BH115SC", *HINGES]


def test_half_a_column_read_with_letters_for_its_zeros_still_shows_the_column_s_pattern() -> None:
    # 万达宝's HT-F0012: at 300 dpi OCR read half the column's zeros as O, in one to three places
    read = ["HT-B0218", "HT-BO226", "HT-FOO12", "HT-HOOO7", "HT-C0105", "HT-JO110", "HT-D0044", "HT-E0310"]
    assert by_column_shape(read) == [
        "HT-B0218",
        "HT-B0226",
        "HT-F0012",
        "HT-H0007",
        "HT-C0105",
        "HT-J0110",
        "HT-D0044",
        "HT-E0310",
    ]


def test_codes_with_letters_of_their_own_where_others_have_digits_are_left_alone() -> None:
    codes = ["HT-BOX12", "HT-CAB34", "HT-DEF56", "HT-G0123", "HT-H0456", "HT-J0789"]  # no misread letters
    assert by_column_shape(codes) == codes


def test_codes_of_another_length_or_without_a_shared_shape_are_left_as_read() -> None:
    assert by_column_shape(["PL40BR", "BOXO12", *HINGES]) == ["PL40BR", "BOXO12", *HINGES]
    mixed = ["AO12", "B1C2", "XY99", "12AB"]  # no shape shared by three
    assert by_column_shape(mixed) == mixed


def test_a_code_differing_by_more_than_a_misread_digit_is_left_as_read() -> None:
    assert by_column_shape(["BHOX5SC", *HINGES]) == ["BHOX5SC", *HINGES]  # X is no digit misread


def test_missing_codes_stay_missing() -> None:
    assert by_column_shape([None, "BHO75SC", *HINGES]) == [None, "BH075SC", *HINGES]


SAP_ITEMS = [("30012457", "轴承座 UCP205"), ("30012461", "法兰螺栓 M8×25"), ("30012488", "定位销 Φ8×30")]


def test_a_code_read_into_its_description_cell_is_taken_out_when_it_has_the_column_s_shape() -> None:
    read = [*SAP_ITEMS, (None, "30012519 ，铝压铸支架 ADC12"), (None, "30012533 O型圈 NBR70")]
    assert codes_out_of_descriptions(read) == [
        *SAP_ITEMS,
        ("30012519", "铝压铸支架 ADC12"),
        ("30012533", "O型圈 NBR70"),
    ]


def test_a_description_opening_with_a_number_of_another_shape_keeps_it() -> None:
    read = [*SAP_ITEMS, (None, "6205 深沟球轴承"), (None, "M8×25 螺栓")]
    assert codes_out_of_descriptions(read) == read


def test_without_a_shared_shape_no_description_loses_its_first_word() -> None:
    read = [("A-1", "Bolt"), ("B2", "Nut"), (None, "30012519 Bracket")]
    assert codes_out_of_descriptions(read) == read


ITALIAN_CODES = ["C01.6205", "C01.6308", "G01.2021", "T01.0800", "V01.0830", "P01.0032"]


def test_a_digit_read_for_a_letter_is_the_letter_the_column_shows_at_that_place() -> None:
    """ferrandi-it's scans: ``601.2000`` among ``G01.2021``, ``702.0524`` among ``T01.0800``."""
    fixed = by_column_shape([*ITALIAN_CODES, "601.2000", "702.0524", "101.0800"])
    assert fixed[-3:] == ["G01.2000", "T02.0524", "T01.0800"]


def test_a_dollar_sign_where_the_shape_wants_a_letter_is_s_and_an_unseen_letter_is_not_guessed() -> None:
    assert by_column_shape([*ITALIAN_CODES, "$02.0112"])[-1] == "S02.0112"
    assert by_column_shape([*ITALIAN_CODES, "802.0112"])[-1] == "802.0112"  # B: no code shows it there
