"""OrderBridge on one corpus item: the document is read once, then extracted with and without its template.

Reading (text layer, OCR, workbook) is the expensive part and does not depend on the template, so both
modes share it: ``extract_order`` leaves the read document as read (a template's rewrites go to a copy
of its lines). Timings are kept apart: ``read_s`` once, ``extract_s`` per mode.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ocr.extraction import extract_order, read_document
from ocr.templates import Template, load_templates
from orderbridge.errors import DocumentRejected
from orderbridge.model import PurchaseOrder
from orderbridge.pipeline.runtime import Runtime

TEMPLATES_DIR = Path(__file__).parent / "templates"
REVIEW_BELOW = Runtime.__dataclass_fields__["review_threshold"].default  # the pipeline's own threshold
MODES = ("template", "template-free")


@dataclass
class Outcome:
    order: PurchaseOrder | None
    rejected: str | None  # DocumentRejected reason, when no order came out
    extract_s: float

    @property
    def to_review(self) -> bool:
        """What the pipeline would do: no order, or confidence below its review threshold."""
        if self.order is None or self.order.confidence is None:
            return True
        return Decimal(str(self.order.confidence)) < REVIEW_BELOW


@dataclass
class Reading:
    pages: int
    method: str | None
    read_s: float
    outcomes: dict[str, Outcome]  # mode -> outcome


def templates(folder: Path = TEMPLATES_DIR) -> dict[str, Template]:
    return {template.name: template for template in load_templates(folder)}


def read_and_extract(path: Path, template: Template) -> Reading:
    """Read ``path`` once; extract it with ``template`` and with none."""
    started = time.perf_counter()
    try:
        document = read_document(path.read_bytes(), path.name)
    except Exception as exc:  # extract_file turns anything else into "unreadable" too
        reason = exc.reason if isinstance(exc, DocumentRejected) else f"unreadable ({type(exc).__name__})"
        failed = {mode: Outcome(None, reason, 0.0) for mode in MODES}
        return Reading(1, None, time.perf_counter() - started, failed)
    read_s = time.perf_counter() - started
    outcomes = {}
    for mode in MODES:
        started = time.perf_counter()
        try:
            order, reason = extract_order(document, template if mode == "template" else None), None
        except Exception as exc:
            order = None
            reason = exc.reason if isinstance(exc, DocumentRejected) else f"unreadable ({type(exc).__name__})"
        outcomes[mode] = Outcome(order, reason, time.perf_counter() - started)
    return Reading(document.pages, document.method, read_s, outcomes)
