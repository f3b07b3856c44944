"""Hand-built hostile PDFs for the bomb tests: tiny on disk, huge when read (built in milliseconds)."""

from __future__ import annotations

import zlib

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
ONE_PAGE = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def page(size: bytes = b"595 842", resources: bytes = b"") -> bytes:
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 "
        + size
        + b"] /Contents 4 0 R /Resources << "
        + resources
        + b" >> >>"
    )


def pdf(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def deflated_run(size: int, fill: bytes = b" ") -> bytes:
    """zlib data for ``size`` bytes of ``fill``, made by repeating one fully flushed 1 MB block (so the
    bomb costs nothing to build); the checksum is computed over the real content."""
    block = fill * (1 << 20)
    maker = zlib.compressobj(9)
    head = maker.compress(block) + maker.flush(zlib.Z_FULL_FLUSH)
    again = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = again.compress(block) + again.flush(zlib.Z_FULL_FLUSH)
    count = size >> 20
    checksum = 1
    for _ in range(count):
        checksum = zlib.adler32(block, checksum)
    return head + body * (count - 1) + b"\x03\x00" + checksum.to_bytes(4, "big")


def many_pages(levels: int = 6) -> bytes:
    """A page tree whose nodes share their children: 10**levels pages from a few hundred bytes."""
    objects = [
        CATALOG,
        b"",
        page().replace(b"/Parent 2 0 R", b"/Parent %d 0 R" % (3 + levels)),
        stream(b"", b""),
    ]
    for level in range(levels):
        kid = b"3 0 R " if level == levels - 1 else b"%d 0 R " % (5 + level)
        node = b"<< /Type /Pages /Kids [" + kid * 10 + b"] /Count %d >>" % 10 ** (levels - level)
        if level == 0:
            objects[1] = node
        else:
            objects.append(node)
    return pdf(objects)


def claimed_count(count: int = 999_999_999) -> bytes:
    """One real page under a page tree that claims ``count`` pages."""
    tree = b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count
    return pdf([CATALOG, tree, page(), stream(b"", b"")])


def deep_content(size: int = 512 << 20, twice: bool = True) -> bytes:
    """One page whose content stream inflates to ``size`` bytes (compressed twice: a few kilobytes)."""
    data = deflated_run(size)
    if twice:
        data = zlib.compress(data, 9)
    filters = b"/Filter [/FlateDecode /FlateDecode]" if twice else b"/Filter /FlateDecode"
    return pdf([CATALOG, ONE_PAGE, page(), stream(filters, data)])


def huge_image(side: int = 60000) -> bytes:
    """A page showing one image that claims ``side`` x ``side`` pixels."""
    image = stream(
        b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode" % (side, side),
        zlib.compress(b"\x80" * 4096),
    )
    content = stream(b"", b"q 595 0 0 842 0 0 cm /Im0 Do Q")
    return pdf([CATALOG, ONE_PAGE, page(resources=b"/XObject << /Im0 5 0 R >>"), content, image])


def huge_page(points: int = 14400) -> bytes:
    """An empty page 200 inches square (no text: it would be rendered for OCR)."""
    return pdf([CATALOG, ONE_PAGE, page(b"%d %d" % (points, points)), stream(b"", b"")])


def owner_encrypted(objects: list[bytes], owner: bytes = b"owner-secret") -> bytes:
    """``pdf(objects)`` encrypted as an owner-password-only PDF (standard security handler, revision 3,
    128-bit RC4): it opens without a password, and every stream on disk is ciphertext. Built with the
    primitives of reportlab's ``pdfencrypt`` (pypdf is not installed); the trailer gets /Encrypt and /ID."""
    from reportlab.lib import pdfencrypt

    revision, permissions, file_id = 3, -4, b"0123456789abcdef"
    owner_key = pdfencrypt.computeO(b"", owner, revision)
    key = pdfencrypt.encryptionkey(b"", owner_key, permissions, file_id, revision)
    user_key = pdfencrypt.computeU(key, revision=revision, documentId=file_id)
    sealed = []
    for number, body in enumerate(objects, start=1):
        if b"\nstream\n" in body:
            head, rest = body.split(b"\nstream\n", 1)
            data = rest[: rest.rindex(b"\nendstream")]
            cipher = pdfencrypt.encodePDF(key, number, 0, data, revision)
            head = head.replace(b"/Length %d" % len(data), b"/Length %d" % len(cipher))
            body = head + b"\nstream\n" + cipher + b"\nendstream"
        sealed.append(body)
    sealed.append(
        b"<< /Filter /Standard /V 2 /R 3 /Length 128 /O <%s> /U <%s> /P %d >>"
        % (owner_key.hex().encode(), user_key.hex().encode(), permissions)
    )
    ids = b"/ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    return pdf(sealed).replace(b"/Root 1 0 R >>", b"/Root 1 0 R /Encrypt %d 0 R %s >>" % (len(sealed), ids))


def encrypted_deep_content(size: int = 512 << 20) -> bytes:
    """``deep_content`` inside an owner-password-only PDF: on disk the bomb is RC4 noise."""
    data = zlib.compress(deflated_run(size), 9)
    return owner_encrypted([CATALOG, ONE_PAGE, page(), stream(b"/Filter [/FlateDecode /FlateDecode]", data)])
