"""Who may send orders, and which customer a sender is: master data's e-mail domains plus an allow-list.

A sender on a customer's domain is that customer. With an allow-list configured (addresses or domains,
e.g. our own sales staff who forward POs), any other sender is refused outright; without one, an unknown
sender's mail is taken in for review (the process step finds no customer for it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class SenderVerdict:
    allowed: bool
    customer_code: str | None = None
    note: str = ""


class SenderPolicy:
    def __init__(self, domains: Mapping[str, str], allow: Iterable[str] = ()) -> None:
        """``domains``: mail domain -> customer code; ``allow``: addresses or domains (``@`` optional)."""
        self.domains = {d.lower().lstrip("@"): code for d, code in domains.items()}
        self.allow = {a.strip().lower().lstrip("@") for a in allow if a.strip()}

    @classmethod
    def from_masterdata(cls, masterdata, allow: Iterable[str] = ()) -> SenderPolicy:
        domains = {d: c.code for c in masterdata.customers.values() for d in c.email_domains}
        return cls(domains, allow)

    def customer_for(self, address: str | None) -> str | None:
        for domain in _domains_of(address):
            if domain in self.domains:
                return self.domains[domain]
        return None

    def judge(self, sender: str | None, forwarded: Iterable[str] = ()) -> SenderVerdict:
        """The customer of the sender (or of a forwarded message's sender when the mail was forwarded
        by an allowed person), and whether the mail may be taken in at all."""
        own = self.customer_for(sender)
        if own:
            return SenderVerdict(True, own, f"sender {sender} is customer {own}")
        listed = self._allow_listed(sender)
        if self.allow and not listed:
            return SenderVerdict(False, None, f"sender {sender or '(none)'} is not on the allow-list")
        for original in forwarded:
            code = self.customer_for(original)
            if code:
                return SenderVerdict(True, code, f"forwarded from {original}, customer {code}")
        return SenderVerdict(True, None, f"sender {sender or '(none)'} is no known customer: review")

    def _allow_listed(self, sender: str | None) -> bool:
        if not sender:
            return False
        return sender.lower() in self.allow or any(d in self.allow for d in _domains_of(sender))


def _domains_of(address: str | None) -> list[str]:
    """``a@mail.hd.cn`` -> ``["mail.hd.cn", "hd.cn", "cn"]``: a customer's sub-domains are the customer's."""
    if not address or "@" not in address:
        return []
    domain = address.rpartition("@")[2].strip().lower().rstrip(".")
    labels = domain.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]
