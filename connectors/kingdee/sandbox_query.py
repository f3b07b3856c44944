"""ExecuteBillQuery in the sandbox: field keys resolved against stored orders and base data.

Sales orders give one row per order, or one row per entry when an entry field (``FMaterialId.FNumber``,
``FQty``, ...) is asked for or filtered on. Base data fields of an order resolve as the real server does:
``FCustId`` is the customer's internal id, ``FCustId.FNumber`` its number, ``FCustId.FName`` its name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from connectors.kingdee import protocol
from connectors.kingdee.sandbox_basedata import BaseData
from connectors.kingdee.sandbox_filter import FilterError, parse_filter
from connectors.kingdee.sandbox_store import OrderStore

SALE_ORDER = "SAL_SaleOrder"
ENTRY_KEY = "FSaleOrderEntry"
META = {
    "fid": "FID",
    "fbillno": "FBillNo",
    "fdocumentstatus": "FDocumentStatus",
    "fclosestatus": "FCloseStatus",
    "fcancelstatus": "FCancelStatus",
}
# field key -> (path in the Save model, base data kind or None)
HEADER = {
    "fdate": ("FDate", None),
    "fnote": ("FNote", None),
    "fcustid": ("FCustId", "customers"),
    "fsaleorgid": ("FSaleOrgId", "organizations"),
    "fbilltypeid": ("FBillTypeID", "bill_types"),
    "fsalerid": ("FSalerId", "employees"),
    "fsaledeptid": ("FSaleDeptId", "departments"),
    "fsettlecurrid": ("FSaleOrderFinance.FSettleCurrId", "currencies"),
}
ENTRY = {
    "fmaterialid": ("FMaterialId", "materials"),
    "funitid": ("FUnitID", "units"),
    "fqty": ("FQty", None),
    "fprice": ("FPrice", None),
    "ftaxprice": ("FTaxPrice", None),
    "fentrytaxrate": ("FEntryTaxRate", None),
    "fdeliverydate": ("FDeliveryDate", None),
    "fentryid": ("FEntryID", None),
    "fsaleorderentry_fentryid": ("FEntryID", None),
    "fentrynote": ("FEntryNote", None),
}


class QueryError(Exception):
    def __init__(self, msg_code: int, message: str) -> None:
        super().__init__(message)
        self.msg_code = msg_code
        self.message = message


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = next((v for k, v in obj.items() if k.lower() == part.lower()), None)
    return obj


def _unknown(name: str) -> QueryError:
    return QueryError(protocol.MSG_UNKNOWN_FIELD, f"元数据中标识为{name}的字段不存在")


def field_scope(name: str) -> str:
    """``header`` or ``entry`` for a sales-order field key; QueryError(MsgCode 9) if unknown."""
    base, _, sub = name.lower().partition(".")
    if base in META or base in HEADER or base.startswith("f_"):
        spec = HEADER.get(base)
        scope = "header"
    elif base in ENTRY:
        spec, scope = ENTRY[base], "entry"
    else:
        raise _unknown(name)
    if sub and not (spec and spec[1] and sub in ("fnumber", "fname")) and not base.startswith("f_"):
        raise _unknown(name)
    return scope


def order_value(name: str, order: dict[str, Any], entry: dict[str, Any] | None, bd: BaseData) -> Any:
    base, _, sub = name.lower().partition(".")
    if base in META:
        return order[META[base]]
    if base in ENTRY:
        if entry is None:
            return None
        path, kind = ENTRY[base]
    elif base in HEADER:
        path, kind = HEADER[base]
        entry = None
    else:  # custom F_ field: on the header, else on the entry
        value = _get(order["Model"], name.split(".")[0])
        if value is None and entry is not None:
            value = _get(entry, name.split(".")[0])
        return _get(value, sub) if sub and isinstance(value, dict) else value
    value = _get(entry if entry is not None else order["Model"], path)
    if kind is None:
        return value
    number = value.get("FNumber") if isinstance(value, dict) else value
    record = bd.find(kind, number)
    if sub == "fnumber":
        return record["number"] if record else number
    if sub == "fname":
        return record.get("name") if record else None
    return record["id"] if record else 0


def basedata_value(name: str, record: dict[str, Any], id_field: str) -> Any:
    key = name.lower()
    if key == id_field.lower():
        return record["id"]
    defaults = {"fdocumentstatus": "C", "fforbidstatus": "A"}
    plain = key[1:] if key.startswith("f") else key
    if plain in record:
        return record[plain]
    if key in defaults:
        return defaults[key]
    raise _unknown(name)


def check_basedata_field(name: str, id_field: str, records: list[dict[str, Any]]) -> None:
    known = {id_field.lower(), "fnumber", "fname", "fdocumentstatus", "fforbidstatus"}
    known.update("f" + key.lower() for record in records for key in record)
    if name.lower() not in known:
        raise _unknown(name)


def _paginate(rows: list[Any], data: dict[str, Any]) -> list[Any]:
    top, start, limit = (int(data.get(k) or 0) for k in ("TopRowCount", "StartRow", "Limit"))
    if top:
        rows = rows[:top]
    rows = rows[start:] if start else rows
    return rows[:limit] if limit else rows


def _order_by(rows: list[Any], order_string: str, value: Callable[[Any, str], Any]) -> list[Any]:
    for part in reversed([p.strip() for p in (order_string or "").split(",") if p.strip()]):
        name, _, direction = part.partition(" ")
        rows.sort(
            key=lambda r, n=name: (value(r, n) is None, str(value(r, n))),
            reverse=direction.strip().lower() == "desc",
        )
    return rows


def execute_bill_query(data: dict[str, Any], store: OrderStore, bd: BaseData) -> list[list[Any]]:
    """Rows for a query, or QueryError with the MsgCode the real server would give."""
    data = {k[:1].upper() + k[1:]: v for k, v in data.items()}
    form_id = str(data.get("FormId") or "")
    keys = [k.strip() for k in str(data.get("FieldKeys") or "").split(",") if k.strip()]
    if not keys:
        raise QueryError(protocol.MSG_EMPTY_FIELD_KEYS, "FieldKeys不能为空")
    try:
        predicate, filter_fields = parse_filter(data.get("FilterString"))
    except FilterError as exc:
        raise QueryError(protocol.MSG_UNKNOWN_FORM_OR_FILTER, f"过滤条件有误: {exc}") from None
    if form_id.lower() == SALE_ORDER.lower():
        scopes = {field_scope(name) for name in [*keys, *filter_fields]}
        candidates = []
        for order in store.all(SALE_ORDER):
            entries = (order["Model"].get(ENTRY_KEY) or []) if "entry" in scopes else [None]
            candidates.extend(
                (order, {**e, "FEntryID": order["FID"] * 1000 + i + 1} if e else None)
                for i, e in enumerate(entries)
            )

        def value(row: Any, name: str) -> Any:
            return order_value(name, row[0], row[1], bd)
    else:
        found = bd.rows_for_form(form_id)
        if found is None:
            raise QueryError(protocol.MSG_UNKNOWN_FORM_OR_FILTER, f"业务对象[{form_id}]不存在")
        kind, candidates = found

        def value(row: Any, name: str) -> Any:
            return basedata_value(name, row, kind.id_field)

        for name in [*keys, *filter_fields]:  # unknown fields fail even when no row matches
            check_basedata_field(name, kind.id_field, candidates)
    rows = [row for row in candidates if predicate(lambda n, row=row: value(row, n))]
    rows = _paginate(_order_by(rows, str(data.get("OrderString") or ""), value), data)
    return [[value(row, name) for name in keys] for row in rows]
