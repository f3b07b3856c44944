"""Mail as it really arrives: Chinese file names in every encoding, forwarded mail, logos and signatures."""

from __future__ import annotations

import pytest

from connectors.mail import classify_part, looks_like_typed_order, parse_mail
from connectors.mail.message import MailPart
from tests.servers.mails import attachment, forwarded, mail

GBK_NAME = "采购订单镕-2026.pdf"  # 镕 is in GBK, not in GB2312: clients still label it gb2312
BIG5_NAME = "採購訂單-2026.pdf"
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.mark.parametrize("encoding", ["rfc2231", "rfc2047", "raw"])
@pytest.mark.parametrize(
    ("charset", "name"),
    [
        ("gb2312", GBK_NAME),
        ("gbk", GBK_NAME),
        ("gb18030", GBK_NAME),
        ("big5", BIG5_NAME),
        ("utf-8", GBK_NAME),
    ],
)
def test_chinese_file_names_decode_in_every_encoding(encoding: str, charset: str, name: str) -> None:
    # A client that writes raw bytes writes its text in the same charset: that is the only clue.
    raw = mail(parts=[attachment(name, PDF, name_encoding=encoding, charset=charset)], body_charset=charset)
    [part] = parse_mail(raw).parts
    assert part.filename == name
    assert part.data == PDF


def test_a_forwarded_message_is_opened_and_its_sender_kept() -> None:
    inner = mail(sender="buyer@hdprecision.cn", parts=[attachment("PO-77.pdf", PDF)])
    parsed = parse_mail(forwarded(forwarded(inner)))
    assert parsed.sender == "sales@ourcompany.example"
    assert parsed.forwarded_senders == ["sales@ourcompany.example", "buyer@hdprecision.cn"]
    assert [(p.filename, p.depth) for p in parsed.parts] == [("PO-77.pdf", 2)]


def test_body_text_is_decoded_with_the_superset_of_its_charset() -> None:
    parsed = parse_mail(mail(body="订单号 PO-1 数量 5 个, 镕", body_charset="gb2312"))
    assert "镕" in parsed.body_text


@pytest.mark.parametrize(
    ("part", "kind"),
    [
        (MailPart("image001.png", "image/png", b"\x89PNG" + b"0" * 100, inline=True), "not-po"),
        (MailPart("logo.jpg", "image/jpeg", b"\xff\xd8\xff" + b"0" * 100), "not-po"),
        (MailPart("smime.p7s", "application/pkcs7-signature", b"sig"), "not-po"),
        (MailPart("张三.vcf", "text/vcard", b"BEGIN:VCARD"), "not-po"),
        (MailPart("Terms and Conditions.pdf", "application/pdf", PDF), "not-po"),
        (MailPart("采购条款.pdf", "application/pdf", PDF), "not-po"),
        (MailPart("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22"), "tnef"),
        (MailPart("PO-1001.pdf", "application/pdf", PDF), "po"),
        (MailPart("订单.xlsx", "application/octet-stream", b"PK\x03\x04"), "po"),
        (MailPart("scan.jpg", "image/jpeg", b"\xff\xd8\xff" + b"0" * 60_000), "po"),
    ],
)
def test_what_is_and_is_not_a_purchase_order(part: MailPart, kind: str) -> None:
    assert classify_part(part).kind == kind


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("Purchase Order PO-991\nM8 bolts qty 500\nplease confirm", True),
        ("你好，订单如下：\nHD-BLT-0830 数量 200 个", True),
        ("Thanks for the quick delivery last week!", False),
        ("订单已收到，谢谢", False),
    ],
)
def test_an_order_typed_into_the_mail_text_is_recognised(text: str, typed: bool) -> None:
    assert looks_like_typed_order(text) is typed
