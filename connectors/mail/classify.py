"""Which parts of a mail are purchase orders, and whether a mail without one has an order typed in it.

Mail carries much besides the PO: company logos in the signature, ``smime.p7s``, vCards, calendar
invites, terms-and-conditions PDFs. Those are recognised by type, disposition, size and name and are
never recorded as documents. Anything that might be a PO is kept: a wrong "not a PO" loses an order,
a wrong "PO" only costs a rejected document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from connectors.mail.message import MailPart

PO_SUFFIXES = (".pdf", ".xlsx", ".xlsm", ".xls", ".csv", ".tsv", ".tif", ".tiff", ".jpg", ".jpeg", ".png")
_NOT_PO_TYPES = {
    "application/pkcs7-signature": "signature",
    "application/x-pkcs7-signature": "signature",
    "application/pgp-signature": "signature",
    "text/vcard": "contact card",
    "text/x-vcard": "contact card",
    "text/calendar": "calendar invitation",
    "application/ics": "calendar invitation",
    "message/delivery-status": "delivery report",
    "message/disposition-notification": "read receipt",
}
_NOT_PO_SUFFIXES = {
    ".p7s": "signature",
    ".asc": "signature",
    ".sig": "signature",
    ".vcf": "contact card",
    ".ics": "calendar invitation",
    ".htm": "web page",
    ".html": "web page",
}
_NOT_PO_NAMES = re.compile(
    r"logo|signature|签名|banner|terms|conditions|条款|条件|须知|disclaimer|免责|image\d{3}\.", re.I
)
_TNEF = ("application/ms-tnef", "application/vnd.ms-tnef")
SMALL_IMAGE_BYTES = 40 * 1024  # below this an image is a logo or an icon, not a scanned page
_ORDER_WORDS = re.compile(r"purchase\s*order|\bP\.?O\.?\s*(?:no|number|#|:)|订单|采购单|訂單|採購", re.I)
_QUANTITY_WORDS = re.compile(
    r"\b(?:qty|quantity|pcs|units?)\b|数量|數量|单价|單價|[0-9]+\s*(?:个|件|套|只|台|pcs)", re.I
)


@dataclass(frozen=True)
class PartVerdict:
    kind: str  # "po" | "not-po" | "tnef"
    why: str = ""


def classify_part(part: MailPart) -> PartVerdict:
    name = (part.filename or "").lower()
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if part.content_type in _TNEF or name == "winmail.dat":
        return PartVerdict("tnef", "Outlook winmail.dat (TNEF)")
    if part.content_type in _NOT_PO_TYPES:
        return PartVerdict("not-po", _NOT_PO_TYPES[part.content_type])
    if suffix in _NOT_PO_SUFFIXES:
        return PartVerdict("not-po", _NOT_PO_SUFFIXES[suffix])
    if part.content_type.startswith("image/") and (part.inline or len(part.data) < SMALL_IMAGE_BYTES):
        return PartVerdict("not-po", "inline or small image (logo, icon)")
    if _NOT_PO_NAMES.search(name):
        return PartVerdict("not-po", f"named like terms, a logo or a signature: {part.filename}")
    if not part.data:
        return PartVerdict("po", "empty attachment (recorded so the reason is visible)")
    if suffix in PO_SUFFIXES or part.content_type in ("application/pdf", "application/octet-stream"):
        return PartVerdict("po")
    if part.content_type.startswith(("application/vnd.openxmlformats", "application/vnd.ms-excel")):
        return PartVerdict("po")
    if part.content_type.startswith("image/"):
        return PartVerdict("po", "large image: possibly a scanned PO")
    return PartVerdict("po", f"unknown kind {part.content_type}: recorded for a person to look at")


def looks_like_typed_order(text: str) -> bool:
    """An order typed into the mail: order words and quantities both appear."""
    return bool(_ORDER_WORDS.search(text)) and bool(_QUANTITY_WORDS.search(text))
