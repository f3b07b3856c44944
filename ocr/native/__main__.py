"""``python -m ocr.native``: compile the box loop (scripts/setup.sh runs it)."""

from ocr.native import build

print(f"built {build()}")
