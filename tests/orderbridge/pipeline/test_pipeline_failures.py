"""What goes wrong decides where an order goes: review, failed (retry later), dead letter, or a loud stop."""

import shutil
from pathlib import Path

import pytest
import yaml
from pipeline_support import arm_fault, drop, kingdee_connection_env, make_runtime, sandbox_orders

from orderbridge.errors import ConfigError, ConnectorError
from orderbridge.pipeline.intake import poll_folder
from orderbridge.pipeline.process import process_document
from orderbridge.pipeline.push import push_order
from orderbridge.settings import PROJECT_ROOT

PO_FILE = "hdprecision-PO-HD20261118-01.pdf"


def ready_order(rt, sample_dir: Path, name: str = PO_FILE) -> int:
    drop(rt, sample_dir / name)
    poll_folder(rt)
    (doc,) = rt.ledger.documents_in_state("received")
    result = process_document(rt, doc.id)
    assert result.state == "ready", result
    return result.order_id


def test_an_order_kingdee_refuses_for_its_data_waits_in_review(
    tmp_path, sample_dir, kingdee_sandbox, monkeypatch
):
    # Our master data maps a part number to a material the ERP does not know.
    mappings = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", mappings)
    materials = yaml.safe_load((mappings / "masterdata/materials.yaml").read_text())
    materials["materials"].append({"sku": "M9999", "name": "新物料", "unit": "PCS"})
    (mappings / "masterdata/materials.yaml").write_text(yaml.safe_dump(materials, allow_unicode=True))
    customers = (
        (mappings / "masterdata/customers.yaml").read_text().replace("HD-BRK-200: M1003", "HD-BRK-200: M9999")
    )
    (mappings / "masterdata/customers.yaml").write_text(customers)
    monkeypatch.setenv("AIRFLOW_CONN_KINGDEE_DEFAULT", kingdee_connection_env(kingdee_sandbox.url))
    rt = make_runtime(tmp_path / "home", mappings_dir=mappings)
    order_id = ready_order(rt, sample_dir)

    outcome = push_order(rt, order_id, "kingdee")

    assert outcome.state == "review"
    assert "M9999" in outcome.detail
    assert rt.ledger.get_order(order_id).state == "review"
    (delivery,) = rt.ledger.deliveries_for(order_id)
    assert delivery.state == "review" and "M9999" in delivery.last_error
    assert sandbox_orders(kingdee_sandbox.url) == []


def test_wrong_credentials_fail_at_once_as_a_configuration_error(
    rt, sample_dir, kingdee_sandbox, monkeypatch
):
    order_id = ready_order(rt, sample_dir)
    monkeypatch.setenv(
        "AIRFLOW_CONN_KINGDEE_DEFAULT", kingdee_connection_env(kingdee_sandbox.url, password="wrong")
    )

    with pytest.raises(ConfigError):
        push_order(rt, order_id, "kingdee")

    assert rt.ledger.get_order(order_id).state == "failed"
    assert sandbox_orders(kingdee_sandbox.url) == []


def test_an_outage_with_tries_left_fails_the_delivery_for_a_later_retry(rt, sample_dir, kingdee_sandbox):
    order_id = ready_order(rt, sample_dir)
    arm_fault(kingdee_sandbox.url, name="http_503", count=100, retry_after=0)

    with pytest.raises(ConnectorError):
        push_order(rt, order_id, "kingdee", final_attempt=False)

    assert rt.ledger.get_order(order_id).state == "failed"
    httpx_clear(kingdee_sandbox.url)
    assert push_order(rt, order_id, "kingdee").state == "delivered"  # the retry goes through, once
    assert len(sandbox_orders(kingdee_sandbox.url)) == 1
    (delivery,) = rt.ledger.deliveries_for(order_id)
    assert delivery.attempts == 2


def test_an_outage_on_the_last_try_sends_the_order_to_the_dead_letter_state(rt, sample_dir, kingdee_sandbox):
    order_id = ready_order(rt, sample_dir)
    arm_fault(kingdee_sandbox.url, name="http_503", count=100, retry_after=0)

    outcome = push_order(rt, order_id, "kingdee", final_attempt=True)

    assert outcome.state == "dead_letter"
    assert rt.ledger.get_order(order_id).state == "dead_letter"
    assert "503" in rt.ledger.deliveries_for(order_id)[0].last_error


def test_an_order_from_an_unknown_customer_waits_in_review_and_is_never_pushed(rt, tmp_path, kingdee_sandbox):
    from orderbridge.samples import generate_samples

    # The sample layouts, but the buyer is nobody our master data knows.
    staging = tmp_path / "staging"
    generate_samples(staging)
    xlsx = staging / "xinhui-PO-XH-2026-0456.xlsx"
    import openpyxl

    book = openpyxl.load_workbook(xlsx)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "新辉" in cell.value:
                    cell.value = cell.value.replace("深圳新辉电子有限公司", "无名贸易有限公司")
    book.save(xlsx)
    drop(rt, xlsx)
    poll_folder(rt)
    (doc,) = rt.ledger.documents_in_state("received")

    result = process_document(rt, doc.id)

    assert result.state == "review"
    assert "customer" in result.reason.lower()
    assert push_order(rt, result.order_id, "kingdee").state == "skipped"
    assert sandbox_orders(kingdee_sandbox.url) == []


def test_a_crash_while_processing_gives_the_document_back_for_a_retry(rt, sample_dir, monkeypatch):
    drop(rt, sample_dir / PO_FILE)
    poll_folder(rt)
    (doc,) = rt.ledger.documents_in_state("received")
    import ocr

    def broken(*args, **kwargs):
        raise MemoryError("out of memory")

    monkeypatch.setattr(ocr, "extract_file", broken)
    with pytest.raises(MemoryError):
        process_document(rt, doc.id)
    assert rt.ledger.get_document(doc.id).state == "received"
    monkeypatch.undo()

    assert process_document(rt, doc.id).state == "ready"


def test_a_document_is_processed_by_one_worker_only(rt, sample_dir) -> None:
    drop(rt, sample_dir / PO_FILE)
    poll_folder(rt)
    (doc,) = rt.ledger.documents_in_state("received")
    assert rt.ledger.claim_document(doc.id)  # another worker has it

    assert process_document(rt, doc.id).state == "skipped"


def httpx_clear(url: str) -> None:
    import httpx

    httpx.delete(f"{url}/sandbox/faults").raise_for_status()
