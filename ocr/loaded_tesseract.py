"""Tesseract kept loaded in the process (tesserocr), with the ``tesseract`` command as the fallback.

pytesseract starts one ``tesseract`` process per call, and each start loads the ``chi_sim+eng`` models
again: about 0.4 CPU-seconds a call, and a scanned page takes four to six calls (the page, its grid
cells, the unsure cells at three scales, the re-read numbers). With tesserocr one engine per language
set is loaded once per process (each OCR worker process has its own) and reused; the page or collage is
handed over as pixels, without a temporary file. Without tesserocr, or when its bundled library cannot
find the language data, every read goes through the command as before. Both return the columns of
pytesseract's ``image_to_data`` that the readers use, one entry per word.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import cv2
import numpy as np
import pytesseract

try:  # optional: a manylinux wheel bundling libtesseract 5
    import tesserocr
except ImportError:  # pragma: no cover - depends on the installation
    tesserocr = None

Data = dict[str, list]  # text, conf (0..100), left, top, width, height: one entry per word
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
_local = threading.local()  # one engine per language set and thread: an engine is not thread-safe


class OcrUnavailable(RuntimeError):
    """tesseract or its language data is not installed."""


def tessdata_dir(languages: str) -> str | None:
    """The first folder holding every model of ``languages`` (``TESSDATA_PREFIX`` first), or None."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *TESSDATA_DIRS]
    needed = languages.split("+")
    for folder in filter(None, candidates):
        if all((Path(folder) / f"{lang}.traineddata").is_file() for lang in needed):
            return folder
    return None


def _engine(languages: str):
    """This thread's loaded engine for ``languages``, or None when tesserocr cannot serve them."""
    engines = getattr(_local, "engines", None)
    if engines is None:
        engines = _local.engines = {}
    if languages not in engines:
        folder = tessdata_dir(languages) if tesserocr is not None else None
        engines[languages] = None
        if folder is not None:
            engines[languages] = tesserocr.PyTessBaseAPI(
                path=folder.rstrip("/") + "/", lang=languages, oem=tesserocr.OEM.LSTM_ONLY
            )
    return engines[languages]


def read_data(image: np.ndarray, languages: str, psm: int, whitelist: str = "") -> Data:
    """Every word tesseract reads in the grey ``image`` with segmentation mode ``psm``.

    No resolution is given, as the command gets none from a PGM file: tesseract then judges the text
    size itself, and reads the small single digits of a line-number column better than when told
    300 dpi (a ``2`` or ``3`` otherwise comes out as ``mm`` or ``人`` on an enlarged 200-dpi scan)."""
    engine = _engine(languages)
    if engine is None:
        return _read_by_command(image, languages, psm, whitelist)
    pixels = np.ascontiguousarray(image, dtype=np.uint8)
    height, width = pixels.shape[:2]
    engine.SetPageSegMode(psm)
    engine.SetVariable("tessedit_char_whitelist", whitelist)
    engine.SetImageBytes(pixels.tobytes(), width, height, 1, width)
    engine.Recognize()
    data: Data = {key: [] for key in ("text", "conf", "left", "top", "width", "height")}
    iterator = engine.GetIterator()
    level = tesserocr.RIL.WORD
    if iterator is not None and not iterator.Empty(level):
        for word in tesserocr.iterate_level(iterator, level):
            box = word.BoundingBox(level)
            if box is None:
                continue
            x0, top, x1, bottom = box
            data["text"].append(word.GetUTF8Text(level) or "")
            data["conf"].append(word.Confidence(level))
            data["left"].append(x0)
            data["top"].append(top)
            data["width"].append(x1 - x0)
            data["height"].append(bottom - top)
    engine.Clear()
    return data


@contextmanager
def image_file(image: np.ndarray) -> Iterator[str]:
    """The image as an uncompressed PGM file for the command: pytesseract's own PNG round trip costs
    seconds on a noisy 300 dpi page (noise does not compress)."""
    with tempfile.TemporaryDirectory(prefix="ob-ocr-") as folder:
        path = os.path.join(folder, "page.pgm")
        if not cv2.imwrite(path, image):
            raise OcrUnavailable("cannot write the page image for tesseract")
        yield path


def _read_by_command(image: np.ndarray, languages: str, psm: int, whitelist: str) -> Data:
    config = f"--oem 1 --psm {psm}" + (f" -c tessedit_char_whitelist={whitelist}" if whitelist else "")
    try:
        with image_file(image) as path:
            return pytesseract.image_to_data(
                path, lang=languages, config=config, output_type=pytesseract.Output.DICT
            )
    except pytesseract.TesseractNotFoundError as exc:
        raise OcrUnavailable("tesseract is not installed") from exc
    except pytesseract.TesseractError as exc:
        raise OcrUnavailable(f"tesseract failed: {exc.message}".strip()) from exc
