"""Deterministic zip containers (xlsx, docx): fixed member timestamps and document properties.

openpyxl stamps the save time into ``docProps/core.xml`` and every zip member; both are rewritten here
so the same workbook gives the same bytes (and content hash) on every run.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

FIXED_ZIP_TIME = (2026, 11, 18, 9, 0, 0)
FIXED_ISO_TIME = "2026-11-18T09:00:00Z"
_W3CDTF = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def build_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def freeze(container: bytes) -> bytes:
    """Repack a zip with fixed timestamps, pinning the core properties' created/modified dates."""
    with zipfile.ZipFile(io.BytesIO(container)) as archive:
        members = []
        for name in archive.namelist():
            data = archive.read(name)
            if name == "docProps/core.xml":
                data = _W3CDTF.sub(rb"\g<1>" + FIXED_ISO_TIME.encode() + rb"\g<2>", data)
            members.append((name, data))
    return build_zip(members)
