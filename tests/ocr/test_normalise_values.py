"""Printed values to canonical ones: every date, number and currency form the documents use."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ocr.normalise import parse_currency, parse_date, parse_decimal, parse_excel_serial, split_number

NOV_18 = dt.date(2026, 11, 18)


@pytest.mark.parametrize(
    "printed",
    [
        "2026年11月18日",
        "2026 年 11 月 18 日",
        "２０２６年１１月１８日",
        "2026/11/18",
        "2026-11-18",
        "2026.11.18",
        "18.11.2026",
        "Nov 18, 2026",
        "Nov. 18 2026",
        "November 18th, 2026",
        "18 November 2026",
        "18-Nov-2026",
        "20261118",
        "46344",
        "46344.0",
        "18/11/2026",
        "11/18/2026",
    ],
)
def test_every_date_form_reads_as_the_same_day(printed: str) -> None:
    assert parse_date(printed) == NOV_18


def test_a_slashed_date_that_could_be_either_way_round_is_not_guessed() -> None:
    assert parse_date("05/11/2026") is None


def test_single_digit_months_and_days() -> None:
    assert parse_date("2026/1/5") == dt.date(2026, 1, 5)
    assert parse_date("5 December 2026") == dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    "printed", ["", "月结30天", "2026/13/45", "31.02.2026", "Foo 18, 2026", "12345", "HD20261118-01"]
)
def test_what_is_not_a_date_gives_none(printed: str) -> None:
    assert parse_date(printed) is None


def test_excel_serials_only_in_a_plausible_range() -> None:
    assert parse_excel_serial("46344") == NOV_18
    assert parse_excel_serial("1") is None
    assert parse_excel_serial("99999") is None
    assert parse_excel_serial("4634") is None


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("1,200", "1200"),
        ("1,234,567.89", "1234567.89"),
        ("１，２００", "1200"),
        ("１２.５０", "12.50"),
        ("￥14,850.00", "14850.00"),
        ("¥ 0.85", "0.85"),
        ("$3,500.00", "3500.00"),
        ("US$ 18.50", "18.50"),
        ("USD 42,700.00", "42700.00"),
        ("12.50元", "12.50"),
        ("1'200", "1200"),
        ("-5", "-5"),
        ("0.30", "0.30"),
        ("1.200,50", "1200.50"),
        ("EUR 12,5", "12.5"),
        ("1 065,00", "1065.00"),  # thousands grouped by a space (Sweden, France; a no-break space too)
        ("EUR 6\u00a0572,95", "6572.95"),
        ("12 345 678.90", "12345678.90"),
    ],
)
def test_numbers_become_exact_decimals(printed: str, value: str) -> None:
    parsed = parse_decimal(printed)
    assert isinstance(parsed, Decimal)
    assert parsed == Decimal(value)
    assert str(parsed) == value  # printed decimals are kept, no float rounding


@pytest.mark.parametrize(
    ("printed", "unit"), [("1,200 PCS", "PCS"), ("5000个", "个"), ("2.5 kg", "kg"), ("800", "")]
)
def test_a_trailing_unit_is_split_off(printed: str, unit: str) -> None:
    parsed = split_number(printed)
    assert parsed is not None
    assert parsed[1] == unit


@pytest.mark.parametrize(
    "printed",
    ["", "abc", "1.2.3", "1,2,3", "PCS 100", "HD-BLT-0830", "壹万贰仟元", "70-10215", "3/8", "2026-12-07"],
)
def test_what_is_not_a_number_gives_none(printed: str) -> None:
    assert parse_decimal(printed) is None


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("人民币", "CNY"),
        ("RMB", "CNY"),
        ("CNY", "CNY"),
        ("￥", "CNY"),
        ("元", "CNY"),
        ("人民币 RMB", "CNY"),
        ("US$", "USD"),
        ("USD", "USD"),
        ("$", "USD"),
        ("美元", "USD"),
        ("EUR", "EUR"),
        ("€", "EUR"),
        ("欧元", "EUR"),
        ("HKD", "HKD"),
        ("HK$", "HKD"),
        ("港币", "HKD"),
        ("港元", "HKD"),
        ("日元", "JPY"),
        ("usd", "USD"),
    ],
)
def test_currency_words_and_signs_become_iso_codes(printed: str, code: str) -> None:
    assert parse_currency(printed) == code


def test_an_unknown_currency_gives_none() -> None:
    assert parse_currency("卢布") is None
    assert parse_currency("") is None


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("1.500", "1500"),
        ("12.000.000", "12000000"),
        ("2.375,00", "2375.00"),
        ("62,5", "62.5"),
        ("€ 2.375,00", "2375.00"),
        ("25", "25"),
    ],
)
def test_in_a_decimal_comma_document_points_group_thousands(printed: str, value: str) -> None:
    parsed = parse_decimal(printed, decimal_comma=True)
    assert parsed == Decimal(value)
    assert str(parsed) == value


def test_in_a_decimal_comma_document_a_quantity_keeps_its_unit() -> None:
    assert split_number("1.500 pcs", decimal_comma=True) == (Decimal(1500), "pcs")


def test_in_a_decimal_comma_document_a_lone_comma_group_is_a_decimal() -> None:
    """``1,500`` there is one and a half, where a decimal-point document reads fifteen hundred."""
    assert parse_decimal("1,500", decimal_comma=True) == Decimal("1.500")
    assert parse_decimal("1,500") == Decimal(1500)


def test_by_default_1_500_is_one_and_a_half_and_1_234_comma_56_is_still_read() -> None:
    assert str(parse_decimal("1.500")) == "1.500"
    assert split_number("1.500 pcs") == (Decimal("1.500"), "pcs")
    assert parse_decimal("2.375,00") == Decimal("2375.00")  # unambiguous either way


@pytest.mark.parametrize(("printed", "value", "rest"), [("2 500", "2", "500"), ("1 065,000", "1", "065,000")])
def test_space_grouping_needs_decimals_after_it_else_two_numbers_stay_two(
    printed: str, value: str, rest: str
) -> None:
    assert split_number(printed) == (Decimal(value), rest)  # 2 500: a quantity 2 beside 500, or 2500?
