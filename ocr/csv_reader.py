"""CSV exports (already decoded from UTF-8, UTF-8 with BOM or GB18030 by the sniffer) as one page."""

from __future__ import annotations

import csv
import io

from ocr.layout import Cell, Document, Line
from ocr.sniff import CSV


def read_csv(text: str) -> Document:
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    lines = []
    for row_no, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        cells = [
            Cell(" ".join(value.split()), 1, col, row_no, col + 1, row_no + 1, note=f"row {row_no} col {col}")
            for col, value in enumerate(row, start=1)
            if value.strip()
        ]
        if cells:
            lines.append(Line(page=1, cells=cells))
    return Document(media_type=CSV, method="csv", pages=1, lines=lines)
