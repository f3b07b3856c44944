"""One lock for every PDFium call of the process.

PDFium is not thread-safe, not even for different documents (pypdfium2's "Incompatibility with
Threading"): two threads reading two PDFs at once crash the process now and then (seen as a segfault in
libc while the benchmark read two scans at a time). Rendering and reading text layers are short next to
OCR, so the readers hold this lock for each PDFium step and release it while tesseract works: the OCR of
two documents still runs side by side.
"""

from __future__ import annotations

import threading

PDFIUM = threading.RLock()  # re-entrant: a reader holding it may call a helper that takes it too
