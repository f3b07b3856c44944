"""PDF, image and workbook bombs: each is refused as ``too-large`` with the figure, before the expensive
step (so in bounded time and memory), and the next document in the same process reads as before."""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import pdf_bombs
import pytest
from openpyxl import load_workbook
from PIL import Image

from ocr import extract_file, limits
from ocr.extraction import read_document
from orderbridge.errors import DocumentRejected
from orderbridge.samples import hdprecision, xinhui_xlsx


def rejection(data: bytes, name: str) -> DocumentRejected:
    with pytest.raises(DocumentRejected) as caught:
        read_document(data, name)
    return caught.value


def test_a_page_tree_of_a_million_shared_pages_is_refused_by_its_count() -> None:
    error = rejection(pdf_bombs.many_pages(), "po.pdf")
    assert error.reason == "too-large"
    assert error.message == "the PDF has 1000000 pages; the limit is 1000"


def test_a_page_count_that_is_only_claimed_reads_the_pages_that_exist() -> None:
    document = read_document(pdf_bombs.claimed_count(), "po.pdf")
    assert (document.pages, document.method) == (1, "ocr")


def test_a_content_stream_compressed_twice_is_a_compression_bomb() -> None:
    error = rejection(pdf_bombs.deep_content(), "po.pdf")
    assert error.reason == "too-large"
    assert "inflates to over 128 MB (a compression bomb)" in error.message


def test_a_stream_compressed_once_past_the_limit_is_refused_too() -> None:
    error = rejection(pdf_bombs.deep_content(200 << 20, twice=False), "po.pdf")
    assert error.reason == "too-large" and "compression bomb" in error.message


def test_a_bomb_inside_an_owner_password_pdf_is_measured_after_decryption() -> None:
    """It opens without a password, so it would be read; its streams on disk are ciphertext that
    inflates to nothing, so the limits measure PDFium's decrypted copy instead."""
    bomb = pdf_bombs.encrypted_deep_content()
    limits.check_pdf_streams(bomb, 1)  # the raw, still-encrypted bytes look harmless
    error = rejection(bomb, "po.pdf")
    assert error.reason == "too-large"
    assert "inflates to over 128 MB (a compression bomb)" in error.message


def test_an_owner_password_pdf_without_a_bomb_is_read() -> None:
    """Decrypting for the measurement changes nothing else: its text layer is read as usual."""
    content = b"BT /F1 12 Tf 72 760 Td (Purchase order PO-4711 for three hundred bolts, quantity 300) Tj ET"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    resources = b"/Font << /F1 5 0 R >>"
    data = pdf_bombs.owner_encrypted(
        [
            pdf_bombs.CATALOG,
            pdf_bombs.ONE_PAGE,
            pdf_bombs.page(resources=resources),
            pdf_bombs.stream(b"", content),
            font,
        ]
    )
    assert b"PO-4711" not in data
    document = read_document(data, "po.pdf")
    assert (document.method, document.text) == (
        "text-layer",
        "Purchase order PO-4711 for three hundred bolts, quantity 300",
    )


def test_a_stream_whose_length_caps_it_under_the_limit_is_not_inflated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Deflate expands at most 1032 times: 2 KB of it cannot reach 128 MB, so it is not decompressed."""
    inflated = []
    monkeypatch.setattr(limits, "_inflated", lambda pieces: inflated.append(1) or iter(()))
    data = pdf_bombs.pdf(
        [
            pdf_bombs.CATALOG,
            pdf_bombs.ONE_PAGE,
            pdf_bombs.page(),
            pdf_bombs.stream(b"/Filter /FlateDecode", zlib.compress(bytes(range(256)) * 8)),
        ]
    )
    limits.check_pdf_streams(data, 1)
    assert inflated == []


def test_a_length_that_does_not_end_at_endstream_is_not_trusted() -> None:
    """A /Length claiming 10 bytes in front of a 200 MB bomb: no ``endstream`` there, so it is measured."""
    bomb = pdf_bombs.deep_content(200 << 20, twice=False)
    lying = re.sub(rb"/Length \d+", b"/Length 10", bomb)
    error = rejection(lying, "po.pdf")
    assert error.reason == "too-large" and "compression bomb" in error.message


def test_streams_under_the_limit_are_read_normally() -> None:
    """8 MB of spaces in a content stream (compressed twice) is odd but no bomb: the page is read."""
    document = read_document(pdf_bombs.deep_content(8 << 20), "po.pdf")
    assert (document.pages, document.method, document.lines) == (1, "ocr", [])


def test_all_streams_together_have_a_budget_by_page_count(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "BASE_INFLATED_BYTES", 1 << 20)
    monkeypatch.setattr(limits, "PER_PAGE_BYTES", 1 << 20)
    error = rejection(pdf_bombs.deep_content(4 << 20, twice=False), "po.pdf")
    assert error.message == "the PDF's streams inflate to over 2 MB for 1 page(s)"


def test_an_image_claiming_billions_of_pixels_is_refused_before_rendering() -> None:
    error = rejection(pdf_bombs.huge_image(60000), "po.pdf")
    assert error.reason == "too-large"
    assert error.message == "page 1 holds a 60000 x 60000 pixel image; the limit is 150 Mpx"


def test_a_page_the_size_of_a_wall_is_not_rendered() -> None:
    error = rejection(pdf_bombs.huge_page(14400), "po.pdf")
    assert error.reason == "too-large"
    assert error.message.startswith("page 1 is 60000 x 60000 pixels at the OCR resolution (3600 Mpx)")


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares its size and holds almost nothing (the decoder must not get that far)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(("side", "detail"), [(8000, "(64 Mpx)"), (50000, "too large to decode")])
def test_an_image_file_too_big_to_decode_is_too_large(side: int, detail: str) -> None:
    error = rejection(png_header(side, side), "scan.png")
    assert error.reason == "too-large"
    assert detail in error.message


def test_a_tiff_with_more_pages_than_a_fax_is_too_large() -> None:
    frames = [Image.new("L", (40, 40), 255) for _ in range(52)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="TIFF", save_all=True, append_images=frames[1:])
    error = rejection(buffer.getvalue(), "fax.tif")
    assert error.reason == "too-large" and "more than 50 pages" in error.message


def test_a_workbook_that_unpacks_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_UNZIPPED_BYTES", 4096)
    error = rejection(xinhui_xlsx.render(), "po.xlsx")
    assert error.reason == "too-large" and error.message.endswith("the limit is 0 MB")


def test_one_cell_in_the_far_corner_does_not_make_a_sheet_of_billions(tmp_path: Path) -> None:
    """openpyxl's iter_rows would visit every empty cell up to XFD1048576; only real cells are read."""
    workbook = load_workbook(io.BytesIO(xinhui_xlsx.render()))
    workbook.active["XFD1048576"] = "stray"
    path = tmp_path / "po.xlsx"
    workbook.save(path)
    extraction = extract_file(path)
    assert extraction.order == extract_file(_write(tmp_path / "clean.xlsx", xinhui_xlsx.render())).order


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bombs_leave_the_next_document_untouched(tmp_path: Path) -> None:
    """Same process, same pools, same limits: the good order reads identically after every bomb."""
    good = _write(tmp_path / "good.pdf", hdprecision.render())
    pillow_limit = Image.MAX_IMAGE_PIXELS
    before = extract_file(good).order.model_dump(mode="json")
    bombs = [
        pdf_bombs.many_pages(),
        pdf_bombs.deep_content(),
        pdf_bombs.encrypted_deep_content(),
        pdf_bombs.huge_image(),
        pdf_bombs.huge_page(),
    ]
    for i, bomb in enumerate(bombs):
        with pytest.raises(DocumentRejected):
            extract_file(_write(tmp_path / f"bomb-{i}.pdf", bomb))
    with pytest.raises(DocumentRejected):
        extract_file(_write(tmp_path / "bomb.png", png_header(50000, 50000)))
    assert extract_file(good).order.model_dump(mode="json") == before
    assert pillow_limit == Image.MAX_IMAGE_PIXELS  # no global loosened on the way
