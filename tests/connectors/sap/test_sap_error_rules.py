"""The SAP retry-rule table: which failures retry, refresh the session, or fail as config or data."""

from __future__ import annotations

import pytest

from connectors.sap import errors
from orderbridge.errors import ErrorKind


def row(kind: str, msg_class: str, number: str, message: str = "text") -> dict:
    return {"TYPE": kind, "ID": msg_class, "NUMBER": number, "MESSAGE": message}


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("timeout", ErrorKind.TRANSIENT),
        ("connection", ErrorKind.TRANSIENT),
        ("session", ErrorKind.AUTH),
        ("fault", ErrorKind.CONFIG),
        ("anything-else", ErrorKind.CONFIG),
    ],
)
def test_transport_failures_by_code(code: str, kind: ErrorKind) -> None:
    assert errors.from_code(code, "m").kind == kind


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (429, ErrorKind.TRANSIENT),
        (503, ErrorKind.TRANSIENT),
        (500, ErrorKind.TRANSIENT),
        (408, ErrorKind.TRANSIENT),
        (401, ErrorKind.CONFIG),
        (403, ErrorKind.CONFIG),
        (404, ErrorKind.CONFIG),
        (418, ErrorKind.CONFIG),
    ],
)
def test_http_answers_by_status(status: int, kind: ErrorKind) -> None:
    error = errors.from_http(status, "body", "3")
    assert (error.kind, error.code, error.retry_after) == (kind, f"HTTP {status}", 3.0)


def test_retry_after_dates_are_ignored_and_negative_values_floored() -> None:
    assert errors.parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT") is None
    assert errors.parse_retry_after("-5") == 0.0
    assert errors.parse_retry_after(None) is None


def test_only_e_and_a_rows_fail_a_call() -> None:
    rows = [row("S", "V1", "311"), row("W", "V4", "115"), row("I", "V4", "233")]
    assert errors.failed_rows(rows) == []
    assert errors.failed_rows([*rows, row("A", "V1", "999")]) == [row("A", "V1", "999")]


def test_a_refused_order_is_data_and_names_every_failed_row() -> None:
    error = errors.from_return(
        [row("S", "V4", "233"), row("E", "V1", "392", "Material M9 is not defined"), row("E", "V4", "219")],
        "CREATE",
    )
    assert (error.kind, error.code) == (ErrorKind.DATA, "V1/392")
    assert error.message == "CREATE: E V1/392: Material M9 is not defined; E V4/219: text"


def test_customising_outranks_data_and_the_trailer_row_is_never_the_reason() -> None:
    rows = [row("E", "V1", "392"), row("E", "V1", "317"), row("E", "V4", "219")]
    assert (errors.from_return(rows, "f").kind, errors.from_return(rows, "f").code) == (
        ErrorKind.CONFIG,
        "V1/317",
    )
    only_trailer = errors.from_return([row("E", "V4", "219")], "f")
    assert (only_trailer.kind, only_trailer.code) == (ErrorKind.DATA, "V4/219")


def test_a_locked_document_is_transient() -> None:
    locked = row("E", "V1", "042", "Sales document 12 is currently being processed by another user")
    assert errors.from_return([locked], "f").kind == ErrorKind.TRANSIENT


def test_bapireturn_rows_carry_a_code_instead_of_id_and_number() -> None:
    error = errors.from_return(
        [{"TYPE": "E", "CODE": "V1302", "MESSAGE": "not in the database"}], "GETSTATUS"
    )
    assert (error.kind, error.code) == (ErrorKind.DATA, "V1302")
