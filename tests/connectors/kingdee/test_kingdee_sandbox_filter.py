"""The sandbox's FilterString parser on its own: quoting, operators, precedence, errors."""

from __future__ import annotations

from decimal import Decimal

import pytest

from connectors.kingdee.sandbox_filter import FilterError, parse_filter

ROW = {"FBillNo": "XSDD000001", "F_PO": "O'Brien's PO", "FQty": 12, "FNote": None, "FDate": "2026-11-20"}


def matches(text: str, row: dict | None = None) -> bool:
    predicate, _ = parse_filter(text)
    return predicate((row or ROW).get)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("F_PO = 'O''Brien''s PO'", True),
        ("F_PO = 'O''Brien'", False),
        ("F_PO like 'O''Brien%'", True),
        ("FBillNo = 'xsdd000001'", True),  # text compares case-insensitively
        ("FBillNo <> 'XSDD000001'", False),
        ("FBillNo != 'XSDD000002'", True),
        ("FQty > 10 AND FQty <= 12", True),
        ("FQty = 12.0", True),
        ("FQty in (1, 2, 12)", True),
        ("FQty not in (12)", False),
        ("FBillNo IN ('A', 'XSDD000001')", True),
        ("FBillNo not like 'XSDD%'", False),
        ("FBillNo like 'XSDD00000_'", True),
        ("FNote is null", True),
        ("FNote IS NOT NULL", False),
        ("FDate >= '2026-11-01' and FDate < '2026-12-01'", True),
        ("1=0", False),
        ("1 = 1", True),
        ("NOT FQty = 12", False),
        ("FQty = 1 OR FQty = 12 AND FBillNo = 'nope'", False),  # AND binds tighter than OR
        ("(FQty = 1 OR FQty = 12) AND FBillNo = 'XSDD000001'", True),
        ("F_PO = 'a ''quoted'' AND text' OR FQty = 12", True),  # keywords inside strings are text
        ("", True),
        ("   ", True),
    ],
)
def test_filters(text: str, expected: bool) -> None:
    assert matches(text) is expected


def test_strings_compare_as_text_even_when_they_look_like_numbers() -> None:
    assert not matches("F_PO = '0123'", {"F_PO": "123"})
    assert matches("F_PO = '123'", {"F_PO": "123"})


def test_fields_read_are_reported() -> None:
    _, fields = parse_filter("FBillNo = 'a' and (FMaterialId.FNumber in ('M1') or FQty > 1)")
    assert fields == {"FBillNo", "FMaterialId.FNumber", "FQty"}


def test_numbers_are_decimals() -> None:
    predicate, _ = parse_filter("FQty = 0.1")
    assert predicate({"FQty": Decimal("0.1")}.get)
    assert predicate({"FQty": 0.1}.get)


@pytest.mark.parametrize(
    "text",
    [
        "FBillNo = 'open",
        "FBillNo =",
        "(FQty = 1",
        "FQty = 1)",
        "FQty == 1",
        "FBillNo = 'a' AND",
        "FQty NOT = 1",
        "FQty in 1",
        "FBillNo ; drop",
    ],
)
def test_malformed_filters_raise(text: str) -> None:
    with pytest.raises(FilterError):
        parse_filter(text)
