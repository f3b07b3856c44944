"""extract_file on every generated sample: the exact canonical order, or the exact rejection reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocr import Extraction, extract_file
from orderbridge.errors import DocumentRejected
from orderbridge.samples import Sample

GOOD = {
    "hdprecision-PO-HD20261118-01.pdf": ("application/pdf", 1, "text-layer"),
    "acme-PO-4500012345.pdf": ("application/pdf", 2, "text-layer"),
    "xinhui-PO-XH-2026-0456.xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        1,
        "xlsx",
    ),
    "xinhui-PO-XH-2026-0457.pdf": ("application/pdf", 1, "text-layer"),
}
EDGE_GOOD = {
    "hdprecision-PO-HD20261120-02.csv": ("text/csv", 1, "csv"),
    "scanned-PO.pdf": ("application/pdf", 1, "ocr"),
    "phone-photo-PO.png": ("image/png", 1, "ocr"),
}
BAD = {
    "broken-scan.pdf": "corrupt-pdf",
    "empty.pdf": "empty-file",
    "notes.docx": "unsupported-type",
    "terms-and-conditions.pdf": "no-purchase-order",
    "secured-PO.pdf": "encrypted-pdf",
}
EDGE_BAD = {
    "readme.txt": "unsupported-type",
    "renamed-notes.pdf": "unsupported-type",
    "not-really.pdf": "corrupt-pdf",
    "legacy.xls": "unsupported-type",
}
EXTRAS = {"confidence", "provenance", "warnings"}


def canonical(extraction_or_sample) -> dict:
    order = (
        extraction_or_sample.order
        if isinstance(extraction_or_sample, Extraction)
        else extraction_or_sample.expected
    )
    return order.model_dump(mode="json", exclude=EXTRAS)


def test_the_demo_set_is_four_orders_and_five_rejects(demo_samples: dict[str, Sample]) -> None:
    assert {name for name, s in demo_samples.items() if s.expected} == set(GOOD)
    assert {name: s.reject_reason for name, s in demo_samples.items() if s.reject_reason} == BAD


@pytest.mark.parametrize("filename", [*GOOD, *EDGE_GOOD])
def test_good_sample_gives_exactly_the_expected_order(
    filename, samples_dir: Path, demo_samples, edge_samples
):
    sample = {**demo_samples, **edge_samples}[filename]
    extraction = extract_file(samples_dir / filename)
    assert canonical(extraction) == canonical(sample)
    assert (extraction.media_type, extraction.pages, extraction.method) == {**GOOD, **EDGE_GOOD}[filename]


@pytest.mark.parametrize("filename", list(GOOD))
def test_good_sample_fields_one_by_one(filename, samples_dir: Path, demo_samples) -> None:
    """The same check spelled out, so a failure names the field that went wrong."""
    expected = demo_samples[filename].expected
    order = extract_file(samples_dir / filename).order
    assert order.po_number == expected.po_number
    assert order.order_date == expected.order_date
    assert order.requested_delivery_date == expected.requested_delivery_date
    assert order.currency == expected.currency
    assert order.buyer.name == expected.buyer.name
    assert order.buyer.customer_code is None  # resolved later, from master data
    assert order.total_amount == expected.total_amount
    assert [line.line_no for line in order.lines] == list(range(1, len(expected.lines) + 1))
    for got, want in zip(order.lines, expected.lines, strict=True):
        assert (got.customer_part_no, got.quantity, got.unit) == (
            want.customer_part_no,
            want.quantity,
            want.unit,
        )
        assert (got.unit_price, got.amount) == (want.unit_price, want.amount)
        assert got.sku is None


@pytest.mark.parametrize("filename", [*GOOD, *EDGE_GOOD])
def test_extracted_json_satisfies_the_contract(filename, samples_dir: Path, contract) -> None:
    document = extract_file(samples_dir / filename).order.to_json_dict()
    errors = sorted(contract.iter_errors(document), key=str)
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
    assert isinstance(document["total_amount"], str)
    assert all(isinstance(line["quantity"], str) for line in document["lines"])


@pytest.mark.parametrize("filename", list(GOOD))
def test_clean_samples_are_fully_confident_with_provenance(filename, samples_dir: Path) -> None:
    order = extract_file(samples_dir / filename).order
    assert order.confidence == 1.0
    assert order.warnings == []
    for field in ("po_number", "order_date", "currency", "buyer.name", "total_amount", "lines"):
        source = order.provenance[field]
        assert 0 < source.score <= 1
        assert source.method
    assert order.provenance["po_number"].page == 1
    assert order.provenance["po_number"].box is not None


def test_the_second_layout_pairs_labels_with_values_below_them(samples_dir: Path) -> None:
    provenance = extract_file(samples_dir / "xinhui-PO-XH-2026-0457.pdf").order.provenance
    assert provenance["po_number"].method == "label-below"
    assert provenance["ship_to.address"].method == "label-right"


def test_workbook_provenance_names_the_cell(samples_dir: Path) -> None:
    provenance = extract_file(samples_dir / "xinhui-PO-XH-2026-0456.xlsx").order.provenance
    assert provenance["po_number"].note == "采购订单!B4"
    assert provenance["total_amount"].method == "table-total"


def test_lines_continue_across_pages_under_a_repeated_header(samples_dir: Path) -> None:
    order = extract_file(samples_dir / "acme-PO-4500012345.pdf").order
    assert [line.customer_part_no for line in order.lines] == ["ACM-55120", "ACM-55121", "ACM-77002"]
    assert order.provenance["total_amount"].page == 2


@pytest.mark.parametrize(("filename", "reason"), [*BAD.items(), *EDGE_BAD.items()])
def test_bad_sample_is_rejected_with_its_reason(
    filename, reason, samples_dir: Path, demo_samples, edge_samples
):
    with pytest.raises(DocumentRejected) as caught:
        extract_file(samples_dir / filename)
    assert caught.value.reason == reason
    assert caught.value.message
    assert "\n" not in caught.value.message
    assert filename not in caught.value.message  # the caller shows the name; the message says what is wrong


def test_content_not_the_stored_name_decides_the_type(samples_dir: Path, tmp_path: Path) -> None:
    """The document store keeps files under their content hash, without an extension."""
    stored = tmp_path / "3f5a9c"
    stored.write_bytes((samples_dir / "xinhui-PO-XH-2026-0456.xlsx").read_bytes())
    extraction = extract_file(stored, original_name="订单.pdf")
    assert extraction.method == "xlsx"
    assert extraction.order.po_number == "XH-2026-0456"
