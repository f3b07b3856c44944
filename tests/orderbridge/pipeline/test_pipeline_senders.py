"""A mailed PO from an address our master data does not know waits in review; a known one goes through."""

from orderbridge.pipeline.intake import take_in_data
from orderbridge.pipeline.process import process_document

PO_FILE = "hdprecision-PO-HD20261118-01.pdf"


def mailed(rt, sample_dir, *, sender, customer_code):
    result = take_in_data(
        rt,
        (sample_dir / PO_FILE).read_bytes(),
        source="imap",
        source_ref="imap://orders/INBOX;UIDVALIDITY=1/;UID=7/1",
        original_name=PO_FILE,
        sender=sender,
        customer_code=customer_code,
    )
    return process_document(rt, result.document_id)


def test_an_unknown_sender_sends_the_order_to_review(rt, sample_dir) -> None:
    result = mailed(rt, sample_dir, sender="someone@gmail.com", customer_code=None)

    assert result.state == "review"
    assert "sender-unknown" in result.reason
    order = rt.ledger.get_order(result.order_id)
    assert [i["code"] for i in order.canonical["issues"] if i["severity"] == "error"] == ["sender-unknown"]


def test_a_known_sender_lets_the_order_through(rt, sample_dir) -> None:
    result = mailed(rt, sample_dir, sender="orders@hdprecision.cn", customer_code="C0001")

    assert result.state == "ready"
    assert rt.ledger.get_order(result.order_id).customer_code == "C0001"
