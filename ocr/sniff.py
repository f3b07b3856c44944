"""What kind of file this is, by its bytes first and its name only as a hint.

Mail gateways and users rename files; a ``.pdf`` that is really a Word document must be reported as
what it is, and a workbook saved as ``.dat`` still read.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from xlrd.compdoc import CompDoc

from orderbridge.errors import DocumentRejected

PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLS = "application/vnd.ms-excel"
CSV = "text/csv"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: .xls, .doc, encrypted OOXML
_IMAGES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
    b"GIF8": "image/gif",
    b"BM": "image/bmp",
}
IMAGE_TYPES = frozenset(_IMAGES.values())
_TEXT_ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass(frozen=True)
class Kind:
    media_type: str
    text: str | None = None  # decoded text, for CSV


def sniff(data: bytes, name: str) -> Kind:
    """Classify ``data``; raise DocumentRejected for anything that cannot be read as an order yet."""
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if b"%PDF-" in data[:1024]:
        return Kind(PDF)
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    for magic, media_type in _IMAGES.items():
        if data.startswith(magic):
            return Kind(media_type)
    if data.startswith(OLE2_MAGIC):
        return _ole2_kind(data)
    text = _decode(data)
    if text is not None and (suffix in ("csv", "tsv") or _looks_tabular(text)):
        return Kind(CSV, text)
    if suffix == "pdf":
        raise DocumentRejected("corrupt-pdf", "named .pdf but has no PDF header: damaged, or not a PDF")
    what = "plain text" if text is not None else "unknown binary data"
    raise DocumentRejected(
        "unsupported-type", f"{what} is not a purchase order format (PDF, XLSX, XLS, CSV, scan)"
    )


def _zip_kind(data: bytes) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentRejected("unreadable", f"damaged zip/Office file: {exc}") from exc
    if "xl/workbook.xml" in names:
        return Kind(XLSX)
    if "word/document.xml" in names:
        raise DocumentRejected("unsupported-type", "Word document (.docx) is not a purchase order format")
    raise DocumentRejected("unsupported-type", "zip archive that is not an Excel workbook")


def _ole2_kind(data: bytes) -> Kind:
    """A Compound File is a little file system: its stream names say what it holds."""
    try:
        names = {entry.name for entry in CompDoc(data, logfile=io.StringIO()).dirlist}
    except Exception as exc:  # xlrd's CompDocError, and struct/index errors on cut-off files
        raise DocumentRejected(
            "unsupported-type",
            f"an Office (OLE2) file that cannot be opened, damaged or not a workbook: {exc}",
        ) from exc
    if names & {"Workbook", "Book"}:
        return Kind(XLS)
    if "EncryptedPackage" in names:
        raise DocumentRejected("unreadable", "the workbook or document is password protected")
    if "WordDocument" in names:
        raise DocumentRejected("unsupported-type", "Word document (.doc) is not a purchase order format")
    raise DocumentRejected("unsupported-type", "an Office (OLE2) file that is not an Excel workbook")


def _decode(data: bytes) -> str | None:
    if b"\x00" in data[:4096]:
        return None
    for encoding in _TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _looks_tabular(text: str) -> bool:
    """At least three lines that split into two or more fields on the same delimiter."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    for delimiter in (",", "\t", ";"):
        if sum(1 for line in lines if line.count(delimiter) >= 1) >= max(3, len(lines) // 2):
            return True
    return False
