"""Arithmetic checks and the first-cut confidence score.

Confidence is the share of required fields found, lowered for every kind of arithmetic that does not
add up. The later template/confidence work replaces this; callers only rely on 0 <= confidence <= 1.

A line with a trade discount printed beside it (``Disc %`` 10.00) is right when quantity x unit price
less the discount is its amount: ``discounts`` maps such lines' numbers to their percentages (the
canonical order keeps the printed price and the discounted amount; it has no discount field).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from orderbridge.model import FieldSource, OrderLine, PurchaseOrder

Discounts = Mapping[int, Decimal]  # line number -> its printed discount in percent

# Some line's quantity x unit price is not its amount: a number was misread, or the customer's document
# contradicts itself. Either way a person looks first: from 1.0 this is below the review threshold (0.80).
_PENALTY_LINE = 0.25
# Some lines have no amount while the others have theirs: a number the table lost (``1 280,40`` split off),
# which no arithmetic can then check; the lines cannot be summed against the total either.
_PENALTY_AMOUNT_LOST = 0.25
_PENALTY_TOTAL = 0.25  # the lines do not sum to the printed total (a charge the total includes, say)
# ... and miss it by more than a tenth: lines are missing or extra; that order must not pass untouched
_PENALTY_TOTAL_LARGE = 0.3
_SMALL_GAP = Decimal("0.1")
_PENALTY_PROSE_CODE = 0.25  # a part number holding a sentence: below the review threshold (0.80)


def _tolerance(printed: Decimal) -> Decimal:
    """Half a unit of the last printed decimal place, at least half a cent."""
    exponent = printed.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return max(Decimal(1).scaleb(-places) / 2, Decimal("0.005"))


def adds_up(quantity: Decimal, price: Decimal, amount: Decimal) -> bool:
    """Whether quantity x price is the printed amount, to the amount's printed precision."""
    return abs(quantity * price - amount) <= _tolerance(amount)


def line_mismatch(line: OrderLine, discount: Decimal | None = None) -> Decimal | None:
    """How far qty x unit price (less ``discount`` percent) is from the printed amount, when it is further
    than rounding explains. A line whose qty x unit price is its amount adds up whatever discount is
    printed beside it: the price is the net one."""
    if line.unit_price is None or line.amount is None:
        return None
    gross = line.quantity * line.unit_price
    tolerance = _tolerance(line.amount)
    if discount and abs(gross - line.amount) <= tolerance:
        return None  # the price printed is already the net one (Sage X3: Prix brut | Rem. % | Prix net)
    difference = (gross * (100 - discount) / 100 if discount else gross) - line.amount
    return difference if abs(difference) > tolerance else None


def _any_line_mismatch(order: PurchaseOrder, discounts: Discounts | None) -> bool:
    found = discounts or {}
    return any(line_mismatch(line, found.get(line.line_no)) is not None for line in order.lines)


def total_mismatch(order: PurchaseOrder, subtotal: Decimal | None = None) -> Decimal | None:
    """How far the sum of the line amounts is from the printed total, beyond rounding.

    Lines that sum to the printed subtotal (before tax and freight) are not a mismatch either.
    """
    lines_total = order.lines_total()
    if order.total_amount is None or lines_total is None:
        return None
    if subtotal is not None and abs(lines_total - subtotal) <= _tolerance(subtotal):
        return None
    difference = lines_total - order.total_amount
    return difference if abs(difference) > _tolerance(order.total_amount) else None


def arithmetic_warnings(
    order: PurchaseOrder, subtotal: Decimal | None = None, discounts: Discounts | None = None
) -> list[str]:
    warnings = []
    for line in order.lines:
        if line_mismatch(line, (discounts or {}).get(line.line_no)) is not None:
            warnings.append(
                f"line {line.line_no}: quantity {line.quantity} x unit price {line.unit_price} "
                f"is not the amount printed, {line.amount}"
            )
    if total_mismatch(order, subtotal) is not None:
        warnings.append(f"lines sum to {order.lines_total()} but the total printed is {order.total_amount}")
    return warnings


def holds_prose(part_no: str | None) -> bool:
    """A part number with a sentence in it (``KR-705-0160 Impeller, Closed, Bronze``): the lines under an
    item's code were read as more of its code. A code is one word or two (``M8×30 12.9级``), no prose."""
    if not part_no:
        return False
    return len(part_no.split()) >= 4 or ", " in part_no or bool(re.search(r"[A-Za-z]{3,}\.$", part_no))


def _lines_without(order: PurchaseOrder, field: str) -> list[int]:
    """The numbers of the lines without ``field``, when other lines have theirs (none when none have)."""
    lost = [line.line_no for line in order.lines if getattr(line, field) is None]
    return lost if len(lost) < len(order.lines) else []


def amounts_lost(order: PurchaseOrder) -> list[int]:
    """The lines without an amount, when other lines have theirs."""
    return _lines_without(order, "amount")


def prices_lost(order: PurchaseOrder) -> list[int]:
    """The lines without a unit price, when other lines have theirs: a price column read for some lines
    only (a header's two names parted at the wrong place) must not go out unseen."""
    return _lines_without(order, "unit_price")


def total_unchecked(order: PurchaseOrder) -> bool:
    """A total is printed, yet no line has an amount to add up to it, and the lines' quantity x unit price
    (where every line has both) does not make it either: the table's money columns were not read (a
    quantity ``1 500,000`` cut to ``1``, prices lost), and nothing checks what is left."""
    if order.total_amount is None or not order.lines or any(line.amount is not None for line in order.lines):
        return False
    if any(line.unit_price is None for line in order.lines):
        return True
    priced = sum((line.quantity * line.unit_price for line in order.lines), Decimal(0))
    return abs(priced - order.total_amount) > _tolerance(order.total_amount)


def amount_warnings(order: PurchaseOrder) -> list[str]:
    warnings = []
    if total_unchecked(order):
        warnings.append(
            f"no line has an amount that adds up to the total printed, {order.total_amount}: "
            "the lines' prices and amounts were not read"
        )
    for what, lost in (("amount", amounts_lost(order)), ("unit price", prices_lost(order))):
        if lost:
            numbers = ", ".join(map(str, lost))
            warnings.append(f"line(s) {numbers}: no {what} read, though the other lines have one")
    return warnings


def part_number_warnings(order: PurchaseOrder) -> list[str]:
    return [
        f"line {line.line_no}: the part number holds text, not a code ({line.customer_part_no[:40]}...)"
        for line in order.lines
        if holds_prose(line.customer_part_no)
    ]


def confidence(
    order: PurchaseOrder, subtotal: Decimal | None = None, discounts: Discounts | None = None
) -> float:
    required = [
        bool(order.po_number),
        order.order_date is not None,
        order.currency is not None,
        bool(order.buyer.name),
        bool(order.lines),
        order.total_amount is not None,
        all(line.customer_part_no or line.description for line in order.lines),
    ]
    score = sum(required) / len(required)
    if any(holds_prose(line.customer_part_no) for line in order.lines):
        score -= _PENALTY_PROSE_CODE
    if _any_line_mismatch(order, discounts):
        score -= _PENALTY_LINE
    if amounts_lost(order) or prices_lost(order) or total_unchecked(order):
        score -= _PENALTY_AMOUNT_LOST
    gap = total_mismatch(order, subtotal)
    if gap is not None:
        small = order.total_amount and abs(gap) <= _SMALL_GAP * abs(order.total_amount)
        score -= _PENALTY_TOTAL if small else _PENALTY_TOTAL_LARGE
    return round(min(1.0, max(0.0, score)), 3)


# Fields an ERP order is keyed and priced by: the number (the order's identity, the idempotency key), its
# date and its currency. One taken without a label the dictionary or the template knows (a number in the
# file name, a date after an unknown label, an ISO code after one) may be another value of the page: the
# order goes to review, where a person confirms it once.
SOURCED_FIELDS = ("po_number", "order_date", "currency")
SURE_SOURCE = 0.6  # a pairing score below this is a guess (``ocr.candidates.SCORES``)
WEAK_SOURCE_CAP = 0.75  # below the review threshold (0.80)
# ... but for CNY in an order written in simplified Chinese that names no currency: the weakest candidate,
# so that any printed one wins, yet a mainland buyer's order is in yuan when it says nothing else
_SURE_WHEN_ALONE = ("home-currency",)


def weakly_sourced(order: PurchaseOrder) -> list[str]:
    """Warnings for key fields whose value no label gave: how it was found, and how sure that is. A
    customer template's own rules (its constants, regions and regexes) are what the customer's IT set."""
    warnings = []
    for path in SOURCED_FIELDS:
        source = order.provenance.get(path)
        if not source or source.method.startswith("template") or source.method in _SURE_WHEN_ALONE:
            continue
        if source.score < SURE_SOURCE:
            warnings.append(f"{path}: found by {source.method} (score {source.score}), not by a known label")
    return warnings


# OCR: fields whose misreading would put a wrong order into the ERP, and how sure tesseract must be of them.
KEY_FIELDS = ("po_number", "order_date", "buyer.name", "total_amount")
OCR_DOUBT = 0.5  # tesseract's certainty (0..1) below which a key field is doubted
OCR_UNCHECKED_CAP = 0.75  # OCR'd lines that no arithmetic confirms: below the review threshold
_PENALTY_DOUBT = 0.25


def verified(
    order: PurchaseOrder, subtotal: Decimal | None = None, discounts: Discounts | None = None
) -> bool:
    """Every line's quantity x unit price is its amount, and the lines add up to the printed total."""
    return (
        bool(order.lines)
        and all(line.unit_price is not None and line.amount is not None for line in order.lines)
        and not _any_line_mismatch(order, discounts)
        and order.total_amount is not None
        and total_mismatch(order, subtotal) is None
    )


def cross_checked(
    source: FieldSource,
    order: PurchaseOrder,
    subtotal: Decimal | None = None,
    discounts: Discounts | None = None,
) -> FieldSource:
    """The line table's score raised when all its arithmetic agrees, lowered when some does not."""
    if verified(order, subtotal, discounts):
        return source.model_copy(update={"method": f"{source.method}+arithmetic", "score": 0.98})
    if _any_line_mismatch(order, discounts) or total_mismatch(order, subtotal):
        return source.model_copy(update={"score": min(source.score, 0.5)})
    return source


def ocr_doubts(
    order: PurchaseOrder, cells: dict, subtotal: Decimal | None = None, discounts: Discounts | None = None
) -> list[str]:
    """Warnings for key header fields tesseract was unsure of (the text may be misread), and for lines
    whose part number OCR lost while the other lines have theirs (no arithmetic can check a code). A total
    the lines add up to is confirmed by the arithmetic, however unsure tesseract was of its glyphs."""
    doubts = []
    lost = [str(line.line_no) for line in order.lines if not line.customer_part_no]
    if lost and len(lost) < len(order.lines):
        doubts.append(f"line(s) {', '.join(lost)}: no part number read, though the other lines have one")
    checked = verified(order, subtotal, discounts)
    for path in KEY_FIELDS:
        if path == "total_amount" and checked:
            continue
        cell = cells.get(path)
        if cell is not None and cell.confidence is not None and cell.confidence < OCR_DOUBT:
            doubts.append(f"{path}: OCR is unsure of {cell.text!r} (certainty {cell.confidence:.2f})")
    return doubts


def ocr_confidence(
    order: PurchaseOrder,
    doubts: list[str],
    subtotal: Decimal | None = None,
    discounts: Discounts | None = None,
) -> float:
    """The confidence of an OCR'd order: lowered for doubted key fields, and capped below the review
    threshold unless arithmetic confirms every quantity and price (no silent wrong number from a scan)."""
    score = (order.confidence or 0.0) - _PENALTY_DOUBT * len(doubts)
    if not verified(order, subtotal, discounts):
        score = min(score, OCR_UNCHECKED_CAP)
    return round(min(1.0, max(0.0, score)), 3)
