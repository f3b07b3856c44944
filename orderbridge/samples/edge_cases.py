"""Extra files for tests and benchmarks (not part of the demo set): other formats and other rejections."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from orderbridge.model import ShipTo
from orderbridge.samples import rejects
from orderbridge.samples.sample import OUR_NAME_ZH, Sample, order, write

CSV_FILENAME = "hdprecision-PO-HD20261120-02.csv"
CSV_LINES = [
    ("HD-WSH-08", "尼龙垫圈 M8", "10000", "PCS", "0.12", "1200.00"),
    ("HD-BRK-200", "铝合金支架 AL-200", "100", "PCS", "12.50", "1250.00"),
]


def csv_expected():
    return order(
        po_number="HD20261120-02",
        order_date=dt.date(2026, 11, 20),
        delivery=dt.date(2026, 12, 1),
        currency="CNY",
        buyer="华东精密制造有限公司",
        supplier=OUR_NAME_ZH,
        ship_to=ShipTo(),
        payment_terms=None,
        lines=CSV_LINES,
    )


def csv_po() -> bytes:
    """A CSV export in GB18030, the encoding Chinese Excel writes by default."""
    rows = [
        ["订单编号", "HD20261120-02", "", "订单日期", "2026-11-20"],
        ["采购方", "华东精密制造有限公司", "", "币种", "RMB"],
        ["供应商", OUR_NAME_ZH, "", "交货日期", "2026/12/01"],
        [],
        ["序号", "物料编码", "品名", "数量", "单位", "单价", "金额"],
        ["1", "HD-WSH-08", "尼龙垫圈 M8", "10,000", "PCS", "0.12", "1,200.00"],
        ["2", "HD-BRK-200", "铝合金支架 AL-200", "100", "PCS", "12.50", "1,250.00"],
        ["合计", "", "", "", "", "", "2,450.00"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("gb18030")


def scan_expected():
    """What the scanned edge samples (``scanned-PO.pdf``, ``phone-photo-PO.png``) say."""
    return order(
        po_number="HD20261120-03",
        order_date=dt.date(2026, 11, 20),
        delivery=None,
        currency="CNY",
        buyer="华东精密制造有限公司",
        supplier=None,
        ship_to=ShipTo(),
        payment_terms=None,
        lines=[(p, d, q, None, pr, a) for p, d, q, _u, pr, a in rejects.SCAN_LINES],
    )


def png_scan() -> bytes:
    buffer = io.BytesIO()
    rejects.scan_image().save(buffer, format="PNG")
    return buffer.getvalue()


def generate_edge_samples(out_dir: Path) -> list[Sample]:
    """Write the extra files into ``out_dir`` and say what each should give."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = [
        (CSV_FILENAME, csv_po(), csv_expected(), None),
        ("scanned-PO.pdf", rejects.scanned_pdf(), scan_expected(), None),
        ("phone-photo-PO.png", png_scan(), scan_expected(), None),
        (
            "readme.txt",
            "请查收附件中的订单。\nPlease find our order attached.\n".encode(),
            None,
            "unsupported-type",
        ),
        ("renamed-notes.pdf", rejects.notes_docx(), None, "unsupported-type"),
        ("not-really.pdf", bytes(range(256)) * 4, None, "corrupt-pdf"),
        ("legacy.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), None, "unsupported-type"),
    ]
    samples = []
    for filename, data, expected, reason in files:
        write(out_dir, filename, data)
        samples.append(Sample(filename, expected, reason))
    return samples
