"""Sample POs dropped into the inbox end as Kingdee sales orders, recorded in the ledger, exactly once."""

from pathlib import Path

from pipeline_support import drop, files_under, sandbox_orders

from orderbridge.pipeline.runner import run_once

GOOD = [
    "hdprecision-PO-HD20261118-01.pdf",
    "acme-PO-4500012345.pdf",
    "xinhui-PO-XH-2026-0456.xlsx",
    "xinhui-PO-XH-2026-0457.pdf",
]
BAD = {
    "broken-scan.pdf": "corrupt-pdf",
    "empty.pdf": "empty-file",
    "notes.docx": "unsupported-type",
    "terms-and-conditions.pdf": "no-purchase-order",
    "secured-PO.pdf": "encrypted-pdf",
}


def test_every_good_sample_becomes_one_kingdee_order(rt, samples, sample_dir: Path, kingdee_sandbox) -> None:
    for name in GOOD:
        drop(rt, sample_dir / name)

    summary = run_once(rt)

    assert summary["pushed"] == {"delivered": 4}
    stored = sandbox_orders(kingdee_sandbox.url)
    assert sorted(o["Model"]["F_ORB_CustPONo"] for o in stored) == sorted(
        samples[n].expected.po_number for n in GOOD
    )
    by_po = {o.po_number: o for o in rt.ledger.order_summaries()}
    for order in stored:
        ledger_order = by_po[order["Model"]["F_ORB_CustPONo"]]
        assert ledger_order.state == "delivered"
        assert ledger_order.deliveries[0].external_id == order["FBillNo"]
        assert order["Model"]["FCustId"] == {"FNumber": ledger_order.customer_code}


def test_the_kingdee_order_carries_the_po_lines_resolved_to_our_materials(rt, sample_dir, kingdee_sandbox):
    drop(rt, sample_dir / "hdprecision-PO-HD20261118-01.pdf")
    run_once(rt)
    (order,) = sandbox_orders(kingdee_sandbox.url)
    entries = order["Model"]["FSaleOrderEntry"]
    assert [e["FMaterialId"]["FNumber"] for e in entries] == ["M1001", "M1002", "M1003"]
    assert order["Model"]["FSaleOrderFinance"]["FSettleCurrId"] == {"FNumber": "PRE001"}
    assert order["FDocumentStatus"] == "A"


def test_bad_files_are_rejected_with_their_reason_and_the_rest_go_through(rt, sample_dir, kingdee_sandbox):
    for name in [*BAD, *GOOD]:
        drop(rt, sample_dir / name)

    run_once(rt)

    docs = {d.original_name: d for d in rt.ledger.document_summaries()}
    for name, reason in BAD.items():
        assert (docs[name].state, docs[name].reject_reason) == ("rejected", reason)
        assert (rt.settings.rejected_dir / reason / name).is_file()
    assert files_under(rt.settings.processed_dir) == sorted(GOOD)
    assert list(rt.settings.inbox_dir.iterdir()) == []
    assert len(sandbox_orders(kingdee_sandbox.url)) == len(GOOD)


def test_every_received_file_is_kept_byte_for_byte(rt, sample_dir) -> None:
    for name in [*GOOD, "broken-scan.pdf"]:
        drop(rt, sample_dir / name)
    run_once(rt)
    for doc in rt.ledger.documents_in_state():
        assert Path(doc.stored_path).read_bytes() == (sample_dir / doc.original_name).read_bytes()
        assert rt.store.verify(doc.sha256)
