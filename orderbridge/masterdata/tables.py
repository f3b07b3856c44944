"""Reading master-data exports (CSV or XLSX, first sheet) into rows keyed by our field names.

ERP exports name their columns in many ways (``FNumber``, ``物料编码``, ``Material code``); each field has
a list of accepted headers, compared ignoring case, width and spaces, so an export needs no hand editing.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from orderbridge.errors import ConfigError

# kind -> field -> accepted column headers; the first field of each kind is its key
COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "materials": {
        "sku": (
            "sku",
            "code",
            "number",
            "fnumber",
            "material code",
            "物料编码",
            "存货编码",
            "编码",
            "cinvcode",
        ),
        "name": ("name", "fname", "material name", "物料名称", "存货名称", "名称", "cinvname"),
        "name_en": ("name_en", "english name", "英文名称"),
        "unit": ("unit", "base unit", "fbaseunitid.fnumber", "基本单位", "单位", "计量单位"),
        "pack_size": ("pack_size", "pack size", "最小包装", "包装数量"),
    },
    "customers": {
        "code": ("code", "number", "fnumber", "customer code", "客户编码", "编码", "ccuscode"),
        "name": ("name", "fname", "customer name", "客户名称", "名称", "ccusname"),
        "aliases": ("aliases", "alias", "short name", "简称", "别名", "ccusabbname"),
        "email_domains": ("email_domains", "email domain", "domain", "邮箱域名"),
        "currency": ("currency", "币别", "币种"),
    },
    "part-numbers": {
        "customer": ("customer", "customer code", "客户编码"),
        "part_no": ("part_no", "part number", "customer part number", "客户料号", "客户物料编码"),
        "sku": ("sku", "material code", "物料编码", "our code"),
    },
    "units": {
        "code": ("code", "unit", "fnumber", "单位编码"),
        "name": ("name", "fname", "单位名称"),
        "aliases": ("aliases", "alias", "别名"),
    },
    "prices": {
        "sku": ("sku", "material code", "物料编码"),
        "price": ("price", "unit price", "单价", "含税单价"),
        "currency": ("currency", "币别", "币种"),
        "customer": ("customer", "customer code", "客户编码"),
    },
}
REQUIRED = {
    "materials": ("sku", "name"),
    "customers": ("code", "name"),
    "part-numbers": ("customer", "part_no", "sku"),
    "units": ("code",),
    "prices": ("sku", "price", "currency"),
}


def _header_key(text: object) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(text or "")).casefold().replace("_", " ").split())


def read_rows(path: Path, kind: str) -> list[dict[str, str]]:
    """Rows of the export as ``{field: text}`` (no empty cells); ``ConfigError`` says what is missing."""
    if kind not in COLUMNS:
        raise ConfigError(f"unknown master-data kind {kind!r}; known: {', '.join(COLUMNS)}")
    table = _read_xlsx(path) if Path(path).suffix.lower() in (".xlsx", ".xlsm") else _read_csv(path)
    if not table:
        raise ConfigError(f"{path}: the file has no header row")
    header, *body = table
    accepted = {field: {_header_key(h) for h in names} for field, names in COLUMNS[kind].items()}
    columns: dict[int, str] = {}
    for index, title in enumerate(header):
        for field, names in accepted.items():
            if _header_key(title) in names and field not in columns.values():
                columns[index] = field
    missing = [f for f in REQUIRED[kind] if f not in columns.values()]
    if missing:
        wanted = "; ".join(f"{f}: {', '.join(COLUMNS[kind][f])}" for f in missing)
        raise ConfigError(f"{path}: no column for {', '.join(missing)} (headers accepted: {wanted})")
    rows = []
    for cells in body:
        row = {
            columns[i]: str(value).strip()
            for i, value in enumerate(cells)
            if i in columns and value is not None and str(value).strip()
        }
        if row:
            rows.append(row)
    return rows


def _read_csv(path: Path) -> list[list[str]]:
    text = Path(path).read_bytes().decode("utf-8-sig")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(cell.strip() for cell in row)]


def _read_xlsx(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True) if any(c is not None for c in row)]
    finally:
        book.close()
