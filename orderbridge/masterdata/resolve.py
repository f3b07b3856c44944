"""Filling in our codes: which customer sent this order, and which of our materials each line is.

Exact matches on normalised keys first; fuzzy matching (rapidfuzz) only above a high score and never when
two candidates are nearly as good, so a doubtful match goes to review rather than to the ERP.
"""

from __future__ import annotations

from collections.abc import Iterable
from email.utils import parseaddr

from rapidfuzz import fuzz, process

from orderbridge.masterdata.normalise import company_key, numbers_in, part_key, text_key
from orderbridge.masterdata.records import Customer, Material
from orderbridge.model import FieldSource, OrderLine
from orderbridge.validate import Issue

CUSTOMER_FUZZY_MIN = 90.0  # rapidfuzz ratio, 0-100
MATERIAL_FUZZY_MIN = 92.0
AMBIGUITY_MARGIN = 3.0  # a runner-up this close to the best match (for another target) makes it ambiguous


class Matcher:
    """Indexes over the master data, built once; lookups return (match, FieldSource) or (None, why)."""

    def __init__(self, customers: Iterable[Customer], materials: Iterable[Material]) -> None:
        self.customers = {c.code: c for c in customers}
        self.materials = {m.sku: m for m in materials}
        self.by_domain = {d: c for c in self.customers.values() for d in c.email_domains}
        self.by_name = {company_key(n): (c, n) for c in self.customers.values() for n in c.names}
        self.sku_keys = {part_key(sku): sku for sku in self.materials}
        self.material_names = {
            text_key(n): m.sku for m in self.materials.values() for n in (m.name, m.name_en) if n
        }

    def customer_by_sender(self, sender: str) -> tuple[Customer | None, FieldSource | None]:
        address = parseaddr(sender)[1] or sender
        domain = address.rpartition("@")[2].strip().lower().rstrip(".")
        while domain:
            if domain in self.by_domain:
                return self.by_domain[domain], FieldSource(
                    method="masterdata", score=1.0, note=f"sender domain {domain}"
                )
            domain = domain.partition(".")[2] if "." in domain else ""
        return None, None

    def customer_by_name(self, name: str) -> tuple[Customer | None, FieldSource | str]:
        key = company_key(name)
        if not key:
            return None, "the buyer name is empty"
        if key in self.by_name:
            customer, matched = self.by_name[key]
            kind = "name" if matched == customer.name else f"alias {matched!r}"
            return customer, FieldSource(method="masterdata", score=1.0, note=f"exact {kind}")
        hits = process.extract(
            key, list(self.by_name), scorer=fuzz.ratio, score_cutoff=CUSTOMER_FUZZY_MIN, limit=5
        )
        if not hits:
            return None, f"no customer name or alias is close to {name!r}"
        best_key, best_score, _ = hits[0]
        best, matched = self.by_name[best_key]
        rivals = [
            h for h in hits[1:] if self.by_name[h[0]][0] is not best and best_score - h[1] < AMBIGUITY_MARGIN
        ]
        if rivals:
            other = self.by_name[rivals[0][0]][0]
            return None, f"{name!r} is as close to {best.code} as to {other.code}"
        note = f"fuzzy name {matched!r} ({best_score:.0f})"
        return best, FieldSource(method="masterdata", score=round(best_score / 100, 4), note=note)

    def sku_for(self, line: OrderLine, customer: Customer | None) -> tuple[str | None, FieldSource | str]:
        if line.customer_part_no:
            key = part_key(line.customer_part_no)
            if customer is not None:
                for part_no, sku in customer.part_numbers.items():
                    if part_key(part_no) == key:
                        note = f"part number {part_no} of {customer.code}"
                        return sku, FieldSource(method="masterdata", score=1.0, note=note)
            if key in self.sku_keys:
                return self.sku_keys[key], FieldSource(
                    method="masterdata", score=1.0, note="our own material code"
                )
        if line.description:
            return self._sku_by_description(line.description)
        return None, "the line has neither a known part number nor a description"

    def _sku_by_description(self, description: str) -> tuple[str | None, FieldSource | str]:
        key = text_key(description)
        hits = process.extract(
            key, list(self.material_names), scorer=fuzz.ratio, score_cutoff=MATERIAL_FUZZY_MIN, limit=5
        )
        hits = [h for h in hits if numbers_in(h[0]) == numbers_in(key)]  # M8x25 is never M8x30
        if not hits:
            return None, f"no material name is close to {description!r}"
        best_key, best_score, _ = hits[0]
        sku = self.material_names[best_key]
        if any(self.material_names[h[0]] != sku and best_score - h[1] < AMBIGUITY_MARGIN for h in hits[1:]):
            return None, f"{description!r} matches more than one material"
        note = f"description close to {best_key!r} ({best_score:.0f})"
        return sku, FieldSource(method="masterdata", score=round(best_score / 100, 4), note=note)


def warn(code: str, message: str, field: str) -> Issue:
    return Issue(code, message, "warning", field)


def error(code: str, message: str, field: str) -> Issue:
    return Issue(code, message, "error", field)
