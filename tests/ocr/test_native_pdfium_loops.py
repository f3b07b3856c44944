"""The loops over a PDF page in C (``ocr.native``): built with the machine's compiler, they answer exactly
what the per-character and per-object Python calls answer (text runs, rulings inside forms too, the
largest image); unbuilt or older than their source, they are not used and reading falls back to those
calls."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from ocr import native, pdf_rulings, pdf_text_layer
from orderbridge.samples import acme, hdprecision
from tests.ocr.test_pdf_text_layer import drawn, image_page_pdf, ruled_form_pdf


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return native.build(tmp_path_factory.mktemp("native") / "pdfium_loops.so")


def pages(data: bytes):
    pdf = pdfium.PdfDocument(data)
    for page in pdf:
        left, _, _, top = page.get_bbox()
        yield page.get_textpage(), left, top


@pytest.mark.parametrize("sample", [acme, hdprecision], ids=["english-grid", "chinese-whitespace"])
def test_the_c_loop_gives_the_runs_the_python_calls_give(
    sample, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for textpage, left, top in pages(sample.render()):
        monkeypatch.setattr(
            pdf_text_layer, "text_chars", lambda page, count: native.text_chars(page, count, library)
        )
        compiled = pdf_text_layer.page_runs(textpage, left, top)
        monkeypatch.setattr(pdf_text_layer, "text_chars", lambda page, count: None)
        assert compiled == pdf_text_layer.page_runs(textpage, left, top)
        assert compiled  # the page has text


def test_every_characters_box_and_font_size_is_pdfiums_own(library: Path) -> None:
    textpage, _, _ = next(pages(hdprecision.render()))
    count = pdfium.raw.FPDFText_CountChars(textpage.raw)
    chars = native.text_chars(textpage.raw, count, library)
    assert chars is not None and chars.boxes.shape == (count, 4)
    for i in (0, count // 2, count - 1):
        box = textpage.get_charbox(i, loose=True)  # left, bottom, right, top
        assert np.allclose(chars.boxes[i], (box[0], box[3], box[2], box[1]), atol=1e-3)
        assert chars.sizes[i] == pdfium.raw.FPDFText_GetFontSize(textpage.raw, i)


def test_an_unbuilt_or_outdated_library_is_not_used(tmp_path: Path, library: Path) -> None:
    textpage, _, _ = next(pages(acme.render()))
    assert native.text_chars(textpage.raw, 10, tmp_path / "missing.so") is None
    stale = tmp_path / "stale.so"
    stale.write_bytes(library.read_bytes())
    old = native.SOURCE.stat().st_mtime - 60
    os.utime(stale, (old, old))
    assert native.text_chars(textpage.raw, 10, stale) is None


def test_without_a_compiler_building_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC", "")
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RuntimeError, match="no C compiler"):
        native.build(tmp_path / "pdfium_loops.so")


@pytest.mark.parametrize(
    "data",
    [acme.render(), hdprecision.render(), ruled_form_pdf(), image_page_pdf()],
    ids=["ruled-grid", "whitespace", "rulings-in-a-form", "scan-image"],
)
def test_the_c_walk_finds_the_rulings_and_image_the_python_walk_finds(
    data: bytes, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for page in pdfium.PdfDocument(data):
        monkeypatch.setattr(pdf_rulings, "page_rulings", lambda raw: native.page_rulings(raw, library))
        compiled = pdf_rulings.page_objects(page)
        monkeypatch.setattr(pdf_rulings, "page_rulings", lambda raw: None)
        assert compiled == pdf_rulings.page_objects(page)


def test_a_page_with_more_rulings_than_the_first_room_gets_them_all(library: Path) -> None:
    def many(canvas) -> None:
        for k in range(700):
            canvas.line(20 + k * 0.8, 100, 20 + k * 0.8, 300)

    page = pdfium.PdfDocument(drawn(many))[0]
    rules, largest = native.page_rulings(page.raw, library)
    assert len(rules) == 700 > native._ROOM and largest == 0.0
