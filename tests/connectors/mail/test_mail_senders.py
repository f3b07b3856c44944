"""Which customer sent a mail, and who may send at all."""

from __future__ import annotations

from connectors.mail.senders import SenderPolicy

POLICY = SenderPolicy({"hdprecision.cn": "C0001", "acme-industrial.com": "C0002"})


def test_a_customer_domain_and_its_sub_domains_name_the_customer() -> None:
    assert POLICY.judge("li@hdprecision.cn").customer_code == "C0001"
    assert POLICY.judge("li@mail.hdprecision.cn").customer_code == "C0001"


def test_an_unknown_sender_is_taken_in_without_a_customer() -> None:
    verdict = POLICY.judge("someone@gmail.com")
    assert verdict.allowed and verdict.customer_code is None and "review" in verdict.note


def test_with_an_allow_list_other_senders_are_refused() -> None:
    policy = SenderPolicy({"hdprecision.cn": "C0001"}, allow=["@ourcompany.example", "boss@gmail.com"])
    assert policy.judge("buyer@hdprecision.cn").allowed  # customers are always allowed
    assert policy.judge("boss@gmail.com").allowed
    assert policy.judge("sales@ourcompany.example").allowed
    refused = policy.judge("spam@elsewhere.example")
    assert not refused.allowed and "allow-list" in refused.note


def test_a_mail_forwarded_by_staff_belongs_to_the_original_sender() -> None:
    policy = SenderPolicy({"hdprecision.cn": "C0001"}, allow=["ourcompany.example"])
    verdict = policy.judge("sales@ourcompany.example", ["buyer@hdprecision.cn"])
    assert verdict.customer_code == "C0001"
