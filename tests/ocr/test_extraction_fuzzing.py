"""Fuzzing the readers: whatever bytes arrive, extract_file ends in an order or in a DocumentRejected with
a known reason and a one-line message, never in another exception, and never by way of the catch-all
that turns a reader's bug into ``extraction failed (...)``. Time is bounded by hypothesis's deadlines
(generous: two other jobs share the two cores), never by assertions of our own."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocr import extract_file
from orderbridge.errors import DocumentRejected
from orderbridge.samples import hdprecision, rejects, xinhui_xlsx

REASONS = {
    "empty-file",
    "corrupt-pdf",
    "encrypted-pdf",
    "unsupported-type",
    "too-large",
    "needs-ocr",
    "no-purchase-order",
    "unreadable",
}
QUICK = settings(
    max_examples=60,
    deadline=timedelta(seconds=10),
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# A mutated PDF may lose its text layer and be OCR'd (a few seconds a page under load).
SLOW = settings(QUICK, max_examples=12, deadline=timedelta(seconds=90))


@cache
def text_pdf() -> bytes:
    return hdprecision.render()


@cache
def workbook() -> bytes:
    return xinhui_xlsx.render()


def outcome(data: bytes, name: str) -> str:
    """'order' or the rejection's reason; fails the test on anything else."""
    with tempfile.TemporaryDirectory(prefix="ob-fuzz-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            extraction = extract_file(path)
        except DocumentRejected as rejection:
            assert rejection.reason in REASONS, rejection
            assert rejection.message and "\n" not in rejection.message
            assert not rejection.message.startswith("extraction failed"), rejection.message
            return rejection.reason
    assert extraction.order.po_number and extraction.order.lines
    return "order"


def mutated(original: bytes, data: st.DataObject) -> bytes:
    """The file with a few bytes overwritten, a slice cut out, or a slice repeated."""
    blob = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        at = data.draw(st.integers(0, len(blob) - 1), label="at")
        how = data.draw(st.sampled_from(["flip", "cut", "repeat"]), label="how")
        size = data.draw(st.integers(1, 64), label="size")
        if how == "flip":
            blob[at : at + size] = data.draw(st.binary(min_size=size, max_size=size), label="bytes")
        elif how == "cut":
            del blob[at : at + size]
        else:
            blob[at:at] = blob[at : at + size] * data.draw(st.integers(2, 50), label="times")
    return bytes(blob)


@QUICK
@given(st.binary(max_size=4096), st.sampled_from(["po.pdf", "po.xlsx", "po.xls", "po.csv", "scan.png", "po"]))
def test_random_bytes_under_any_name(data: bytes, name: str) -> None:
    outcome(data, name)


MAGICS = [
    b"%PDF-1.7\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"II*\x00",
    b"GIF89a",
    b"BM",
]


@QUICK
@given(st.sampled_from(MAGICS), st.binary(max_size=2048))
def test_right_magic_bytes_wrong_body(magic: bytes, body: bytes) -> None:
    outcome(magic + body, "attachment")


@QUICK
@given(st.integers(0, 10**9))
def test_truncated_pdf(cut: int) -> None:
    data = text_pdf()
    assert outcome(data[: cut % len(data)], "po.pdf") in REASONS


@QUICK
@given(st.integers(0, 10**9))
def test_truncated_workbook(cut: int) -> None:
    data = workbook()
    assert outcome(data[: cut % len(data)], "po.xlsx") in REASONS


@SLOW
@given(st.data())
def test_mutated_text_pdf(data: st.DataObject) -> None:
    outcome(mutated(text_pdf(), data), "po.pdf")


@QUICK
@given(st.data())
def test_mutated_workbook(data: st.DataObject) -> None:
    outcome(mutated(workbook(), data), "po.xlsx")


@QUICK
@given(st.data())
def test_mutated_encrypted_pdf_is_never_read_as_an_order(data: st.DataObject) -> None:
    assert outcome(mutated(rejects.secured_po(), data), "po.pdf") != "order"


def test_the_unmutated_files_are_still_orders_and_the_secured_one_is_encrypted() -> None:
    """The fuzzed originals themselves: a sanity anchor for the properties above."""
    assert outcome(text_pdf(), "po.pdf") == "order"
    assert outcome(workbook(), "po.xlsx") == "order"
    assert outcome(rejects.secured_po(), "po.pdf") == "encrypted-pdf"
    assert outcome(b"", "po.pdf") == "empty-file"
