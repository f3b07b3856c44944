"""The values a spreadsheet program saves beside each formula, written into an openpyxl workbook.

openpyxl writes a formula cell with no cached value (``<f>..</f>`` alone); Excel, WPS and Google Sheets
save the value they computed beside it (``<f>..</f><v>..</v>``), and a reader that does not evaluate
formulas (ours, with ``data_only=True``) sees only that value. The workbook layouts build their sheets
with openpyxl and then write the values as those programs would.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from orderbridge.samples.zip_bytes import build_zip

_FORMULA_CELL = re.compile(rb'(<c r="(\w+)"[^>]*>)(<f>[^<]*</f>)(?:<v\s*/>|<v></v>)?</c>')


def with_cached_values(xlsx: bytes, cached: dict[str, object]) -> bytes:
    """``xlsx`` with each formula cell of sheet1 given its value from ``cached`` (by cell reference): a
    number as Excel writes it, text as a ``t="str"`` value. Every formula cell needs a value."""

    def fill(match: re.Match[bytes]) -> bytes:
        value = cached[match.group(2).decode()]
        tag = match.group(1)
        if isinstance(value, str):
            tag = tag[:-1] + b' t="str">'
            text = escape(value)
        else:
            text = repr(int(value)) if value == int(value) else repr(value)
        return tag + match.group(3) + b"<v>" + text.encode() + b"</v></c>"

    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        members = []
        for name in archive.namelist():
            data = archive.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data, count = _FORMULA_CELL.subn(fill, data)
                if count != len(cached):
                    raise AssertionError(f"{count} formula cells, {len(cached)} cached values")
            members.append((name, data))
    return build_zip(members)
