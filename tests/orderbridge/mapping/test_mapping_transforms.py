"""The whitelist of transforms: parsed when a mapping loads, applied without eval."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from orderbridge.mapping.transforms import TRANSFORMS, parse_transform
from orderbridge.mapping.values import to_json_value


@pytest.mark.parametrize(
    ("text", "value", "result"),
    [
        ("upper", "pcs", "PCS"),
        ("lower", "PCS", "pcs"),
        ("strip", "  PO-1 ", "PO-1"),
        ("digits", "Tel: 021-555 0101", "0215550101"),
        ("truncate(3)", "abcdef", "abc"),
        ("date_format(%Y/%m/%d)", dt.date(2026, 1, 2), "2026/01/02"),
        ("date_format('%d.%m.%Y')", "2026-01-02", "02.01.2026"),
        ('replace("-", "")', "HD-BLT-0830", "HDBLT0830"),
        ("replace(a, b)", "banana", "bbnbnb"),
        ("upper", Decimal("1.50"), "1.50"),
    ],
)
def test_each_transform(text, value, result):
    assert parse_transform(text)(value) == result


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("uper", "unknown transform 'uper' (did you mean 'upper'?)"),
        ("__import__('os')", "unknown transform '__import__'"),
        ("truncate", "truncate takes 1 argument(s) (int), got 0"),
        ("truncate(1, 2)", "truncate takes 1 argument(s) (int), got 2"),
        ("truncate(ten)", "truncate: argument 'ten' must be a whole number"),
        ("upper()()", "cannot read transform"),
    ],
)
def test_bad_transforms_are_refused_with_a_reason(text, message):
    with pytest.raises(ValueError, match=None) as caught:
        parse_transform(text)
    assert message in str(caught.value)


def test_the_whitelist_is_small_and_named():
    assert set(TRANSFORMS) == {"upper", "lower", "strip", "digits", "truncate", "date_format", "replace"}


@pytest.mark.parametrize(
    ("value", "type_", "result"),
    [
        (Decimal("100.000"), "number", 100),
        (Decimal("0.1"), "number", 0.1),
        (Decimal("2.675"), None, 2.675),
        (Decimal("1E+3"), "number", 1000),
        ("12.5", "number", 12.5),
        (Decimal("7.0"), "integer", 7),
        (Decimal("7.50"), "string", "7.50"),
        (dt.date(2026, 3, 4), None, "2026-03-04"),
        ("2026-03-04", "date", "2026-03-04"),
        (True, "string", "true"),
        (13, "number", 13),
    ],
)
def test_json_values(value, type_, result):
    sent = to_json_value(value, type_)
    assert sent == result and type(sent) is type(result)


@pytest.mark.parametrize(
    ("value", "type_"),
    [
        (Decimal("7.5"), "integer"),
        ("NaN", "number"),
        ("Infinity", "integer"),
        ("soon", "date"),
        (True, "number"),
        (Decimal("1.00000000000000000001"), "number"),
    ],
)
def test_values_that_cannot_be_sent_exactly(value, type_):
    with pytest.raises(ValueError):
        to_json_value(value, type_)
