"""Many distinct purchase orders for load tests: Acme's two-page PO with a new PO number each time.

``orderbridge.samples`` writes each sample with one fixed PO number (the demo relies on identical bytes);
a load test needs thousands of different orders the pipeline accepts, so this draws Acme's layout (the
same text, table and master data) with the PO number and quantities varied by the sequence number.
Scans are the same pages rasterised and degraded like an office scanner (``orderbridge.samples.scans``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from orderbridge.samples import acme
from orderbridge.samples import pdf_drawing as draw
from orderbridge.samples.sample import OUR_NAME_EN, grouped

PO_BASE = 4600000000


@dataclass(frozen=True)
class CorpusFile:
    path: Path
    po_number: str


def po_number(seq: int, prefix: int = PO_BASE) -> str:
    return str(prefix + seq)


def _lines(seq: int) -> list[tuple[str, str, str, str, str, str]]:
    lines = []
    for i, (part, description, qty, unit, price, _amount) in enumerate(acme.LINES):
        quantity = Decimal(qty) + (seq * (i + 1)) % 97
        lines.append((part, description, str(quantity), unit, price, str(quantity * Decimal(price))))
    return lines


def render_po(number: str, seq: int) -> bytes:
    """Acme's PO ``number`` (two pages, ruled table continued under a repeated header)."""
    lines = _lines(seq)
    rows = [
        [str(i), part, desc, grouped(qty, 0), unit, price, grouped(amount)]
        for i, (part, desc, qty, unit, price, amount) in enumerate(lines, 1)
    ]
    buffer = io.BytesIO()
    c = draw.new_canvas(buffer, f"Purchase Order {number}")
    top, left, right = draw.PAGE_HEIGHT - 56, 50, 320
    draw.text(c, left, top, "ACME INDUSTRIAL SUPPLY LTD.", draw.LATIN_BOLD, 16)
    draw.text(c, left, top - 16, "88 Commerce Way, Long Beach, CA 90802, USA", draw.LATIN_FONT, 9)
    draw.text(c, draw.PAGE_WIDTH - 50, top, "PURCHASE ORDER", draw.LATIN_BOLD, 16, "right")
    info = [
        (f"PO No.: {number}", "Order Date: Nov 18, 2026"),
        (f"Buyer: {acme.BUYER}", "Required Date: 5 December 2026"),
        (f"Supplier: {OUR_NAME_EN}", "Currency: USD"),
        ("Payment Terms: Net 30 days", ""),
        ("Ship To: Warehouse 3, 1200 Harbor Road, Long Beach, CA 90802, USA", ""),
        ("Attn: John Miller", "Tel: +1 562-555-0147"),
    ]
    y = top - 56
    for first, second in info:
        draw.text(c, left, y, first, draw.LATIN_FONT, 10)
        if second:
            draw.text(c, right, y, second, draw.LATIN_FONT, 10)
        y -= 18
    draw.table(
        c, left, y - 10, acme.WIDTHS, [acme.HEADER, *rows[:2]], font=draw.LATIN_FONT, aligns=acme.ALIGNS
    )
    draw.text(c, draw.PAGE_WIDTH - 50, 60, "Page 1 of 2", draw.LATIN_FONT, 8, "right")
    c.showPage()
    draw.text(c, left, top, f"Purchase Order {number} (continued)", draw.LATIN_BOLD, 11)
    bottom = draw.table(
        c, left, top - 20, acme.WIDTHS, [acme.HEADER, *rows[2:]], font=draw.LATIN_FONT, aligns=acme.ALIGNS
    )
    total = grouped(sum((Decimal(a) for *_, a in lines), Decimal(0)))
    draw.table(
        c,
        left,
        bottom,
        acme.WIDTHS,
        [["Total", "", "", "", "", "", total]],
        font=draw.LATIN_BOLD,
        aligns=acme.ALIGNS,
    )
    draw.text(c, draw.PAGE_WIDTH - 50, 60, "Page 2 of 2", draw.LATIN_FONT, 8, "right")
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_scan(number: str, seq: int) -> bytes:
    """The same PO as an image-only PDF, degraded like a typical office scan (seeded by ``seq``)."""
    from orderbridge.samples.scans import Degradation, image_pdf, scan

    return image_pdf(scan(render_po(number, seq), Degradation.realistic(seq), seed=seq))


def write_corpus(
    out_dir: Path, count: int, *, kind: str = "text", start: int = 0, prefix: int = PO_BASE
) -> list[CorpusFile]:
    """``count`` distinct PO files in ``out_dir`` (``kind`` is ``text`` or ``scan``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    render = render_po if kind == "text" else render_scan
    files = []
    for seq in range(start, start + count):
        number = po_number(seq, prefix)
        path = out_dir / f"acme-PO-{number}.pdf"
        path.write_bytes(render(number, seq))
        files.append(CorpusFile(path, number))
    return files
