"""Part numbers as printed, without the specks a scan glues to them."""

from __future__ import annotations

import pytest

from ocr.assemble import _part_no


@pytest.mark.parametrize(
    ("printed", "part_no"),
    [
        ("，HD-BLT-0830", "HD-BLT-0830"),  # a speck read as a full-width comma
        ("_HD-WSH-08", "HD-WSH-08"),
        ("XH-R-0603;", "XH-R-0603"),
        ("'ACM-1 `", "ACM-1"),
        ("ACM-1", "ACM-1"),
        ("A.B-7", "A.B-7"),  # marks inside are kept
        ("-5", "-5"),  # a dash is not a speck
        ("", None),
        ("_ ;", None),
    ],
)
def test_specks_around_a_part_number_are_dropped(printed: str, part_no: str | None) -> None:
    assert _part_no(printed) == part_no
