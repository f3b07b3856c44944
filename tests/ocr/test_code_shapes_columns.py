"""OCR'd part numbers set right by their column's shape, and only then."""

from __future__ import annotations

from ocr.code_shapes import by_column_shape, shape

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


def test_codes_of_another_length_or_without_a_shared_shape_are_left_as_read() -> None:
    assert by_column_shape(["PL40BR", "BOXO12", *HINGES]) == ["PL40BR", "BOXO12", *HINGES]
    mixed = ["AO12", "B1C2", "XY99", "12AB"]  # no shape shared by three
    assert by_column_shape(mixed) == mixed


def test_a_code_differing_by_more_than_a_misread_digit_is_left_as_read() -> None:
    assert by_column_shape(["BHOX5SC", *HINGES]) == ["BHOX5SC", *HINGES]  # X is no digit misread


def test_missing_codes_stay_missing() -> None:
    assert by_column_shape([None, "BHO75SC", *HINGES]) == [None, "BH075SC", *HINGES]
