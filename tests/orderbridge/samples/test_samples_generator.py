"""The sample generator: the demo set, byte-identical on every run, arithmetically right."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from orderbridge.samples import Sample, generate_edge_samples, generate_samples

MASTER_DATA_PARTS = {
    "hdprecision": {"HD-BLT-0830", "HD-WSH-08", "HD-BRK-200"},
    "acme": {"ACM-55120", "ACM-55121", "ACM-77002"},
    "xinhui": {"XH-PCB-V2", "XH-PWR-12", "XH-ORG-40", "XH-BLT-M8"},
}


def digests(folder: Path) -> dict[str, str]:
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Sample]]:
    folder = tmp_path_factory.mktemp("first")
    return folder, generate_samples(folder)


def test_every_listed_sample_is_written(first_run) -> None:
    folder, samples = first_run
    assert sorted(s.filename for s in samples) == sorted(p.name for p in folder.iterdir())
    assert [s.filename for s in samples if s.expected] == [
        "hdprecision-PO-HD20261118-01.pdf",
        "acme-PO-4500012345.pdf",
        "xinhui-PO-XH-2026-0456.xlsx",
        "xinhui-PO-XH-2026-0457.pdf",
    ]
    for sample in samples:
        assert (sample.expected is None) != (sample.reject_reason is None)


def test_a_second_run_writes_the_same_bytes(first_run, tmp_path: Path) -> None:
    folder, _ = first_run
    generate_samples(tmp_path / "second")
    assert digests(tmp_path / "second") == digests(folder)


def test_edge_samples_are_deterministic_too(tmp_path: Path) -> None:
    generate_edge_samples(tmp_path / "a")
    generate_edge_samples(tmp_path / "b")
    assert digests(tmp_path / "a") == digests(tmp_path / "b")


def test_every_file_has_distinct_content(first_run) -> None:
    folder, _ = first_run
    hashes = [h for name, h in digests(folder).items() if name != "empty.pdf"]
    assert len(set(hashes)) == len(hashes)


def test_good_samples_add_up(first_run) -> None:
    _, samples = first_run
    for sample in samples:
        if sample.expected is None:
            continue
        order = sample.expected
        for line in order.lines:
            assert line.quantity * line.unit_price == line.amount, (sample.filename, line.line_no)
        assert sum((line.amount for line in order.lines), Decimal(0)) == order.total_amount
        assert [line.line_no for line in order.lines] == list(range(1, len(order.lines) + 1))


def test_good_samples_use_the_customers_part_numbers(first_run) -> None:
    _, samples = first_run
    for sample in samples:
        if sample.expected:
            customer = sample.filename.split("-")[0]
            parts = {line.customer_part_no for line in sample.expected.lines}
            assert parts <= MASTER_DATA_PARTS[customer], sample.filename


def test_pdf_samples_are_what_they_claim(first_run) -> None:
    folder, _ = first_run
    assert (folder / "empty.pdf").stat().st_size == 0
    assert b"/Encrypt" in (folder / "secured-PO.pdf").read_bytes()
    broken = (folder / "broken-scan.pdf").read_bytes()
    assert broken.startswith(b"%PDF-") and b"%%EOF" not in broken
    assert (folder / "acme-PO-4500012345.pdf").read_bytes().count(b"/Type /Page\n") == 2


def test_the_workbook_keeps_merged_cells_and_an_excel_date(first_run) -> None:
    folder, _ = first_run
    sheet = load_workbook(folder / "xinhui-PO-XH-2026-0456.xlsx").active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:H1", "A2:H2", "C11:D11"} <= merged
    assert sheet["F4"].is_date
    assert isinstance(sheet["F5"].value, int)  # a bare serial, as some customers send it
