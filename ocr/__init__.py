"""Reading purchase-order documents (text-layer and scanned PDF, PNG/JPEG/TIFF scans, XLSX, CSV) into
the canonical PurchaseOrder, with customer templates (mappings/customers/*.yaml) when one applies.

from ocr import extract_file, Extraction
extraction = extract_file(path, sender=None, template=None)  # DocumentRejected for files it cannot use
"""

from ocr.extraction import Extraction, extract_file

__all__ = ["Extraction", "extract_file"]
