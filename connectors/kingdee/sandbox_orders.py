"""Save, View, Submit and Audit of sales orders in the sandbox, with Kingdee's validation messages.

Save checks required fields (``字段[客户]是必录字段``) and, with ``IsVerifyBaseDataField``, that every base
data reference ``{"FNumber": code}`` exists (``字段[物料编码]的值[M9999]在系统中不存在``; the wording of
this one is inferred). Without that flag an unknown reference is dropped, as the real server does, so a
required one then fails as missing. A refused Save stores nothing. Saves always create (no FID updates).
"""

from __future__ import annotations

from typing import Any

from connectors.kingdee import protocol
from connectors.kingdee.sandbox_basedata import BaseData
from connectors.kingdee.sandbox_query import ENTRY_KEY, SALE_ORDER, order_value
from connectors.kingdee.sandbox_store import OrderStore

REQUIRED_HEADER = (("FCustId", "客户"), ("FDate", "日期"), ("FSaleOrgId", "销售组织"))
REQUIRED_ENTRY = (("FMaterialId", "物料编码"), ("FQty", "销售数量"))
HEADER_REFS = (
    ("FCustId", "customers", "客户"),
    ("FSaleOrgId", "organizations", "销售组织"),
    ("FBillTypeID", "bill_types", "单据类型"),
    ("FSalerId", "employees", "销售员"),
    ("FSaleDeptId", "departments", "销售部门"),
)
FINANCE_REFS = (("FSettleCurrId", "currencies", "结算币别"),)
ENTRY_REFS = (("FMaterialId", "materials", "物料编码"), ("FUnitID", "units", "销售单位"))
NEXT_STATUS = {"Submit": ({"Z", "A", "D"}, "B"), "Audit": ({"B"}, "C"), "UnAudit": ({"C"}, "D")}


def _empty(value: Any) -> bool:
    if isinstance(value, dict):
        return not any(v not in (None, "") for v in value.values())
    return value is None or value == ""


def _check_refs(obj: dict[str, Any], refs: tuple, bd: BaseData, verify: bool, prefix: str) -> list[dict]:
    errors = []
    for field, kind, caption in refs:
        value = obj.get(field)
        if _empty(value):
            continue
        number = None
        if isinstance(value, dict):
            number = next((v for k, v in value.items() if k.lower() == "fnumber"), None)
        if number is None:
            message = f'{prefix}字段[{caption}]的值格式不正确，应为{{"FNumber": 编码}}'
            errors.append(protocol.error_entry(message, field))
        elif bd.find(kind, number) is None:
            if verify:
                message = f"{prefix}字段[{caption}]的值[{number}]在系统中不存在"
                errors.append(protocol.error_entry(message, field))
            else:
                obj[field] = None
    return errors


def validate(model: dict[str, Any], bd: BaseData, verify: bool) -> list[dict[str, Any]]:
    """Kingdee-style error entries; empty when the order may be saved. May drop unknown references."""
    errors = _check_refs(model, HEADER_REFS, bd, verify, "")
    finance = model.get("FSaleOrderFinance")
    if isinstance(finance, dict):
        errors += _check_refs(finance, FINANCE_REFS, bd, verify, "")
    entries = model.get(ENTRY_KEY)
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, dict):
            errors += _check_refs(entry, ENTRY_REFS, bd, verify, f"明细信息第{i + 1}行：")
    errors += [
        protocol.error_entry(f"字段[{caption}]是必录字段", field)
        for field, caption in REQUIRED_HEADER
        if _empty(model.get(field))
    ]
    if not isinstance(entries, list) or not entries:
        errors.append(protocol.error_entry("字段[明细信息]是必录字段", ENTRY_KEY))
        return errors
    for i, entry in enumerate(entries):
        entry = entry if isinstance(entry, dict) else {}
        errors += [
            protocol.error_entry(f"明细信息第{i + 1}行：字段[{caption}]是必录字段", field)
            for field, caption in REQUIRED_ENTRY
            if _empty(entry.get(field))
        ]
    return errors


def save(form_id: str, data: dict[str, Any], store: OrderStore, bd: BaseData) -> dict[str, Any]:
    model = data.get("Model")
    if not isinstance(model, dict):
        return protocol.failure([protocol.error_entry("参数Model不能为空", "Model")], protocol.MSG_VALIDATION)
    model = dict(model)
    errors = validate(model, bd, bool(data.get("IsVerifyBaseDataField", False)))
    number = model.get("FBillNo") or None
    if number and store.exists(form_id, number):
        errors.append(protocol.error_entry(f"单据编号[{number}]已经存在", "FBillNo"))
    if errors:
        return protocol.failure(errors, protocol.MSG_VALIDATION)
    status = "C" if data.get("IsAutoSubmitAndAudit") else "A"
    order = store.insert(
        form_id, {k: v for k, v in model.items() if k not in ("FID", "FBillNo")}, number, status
    )
    fid, bill_no = order["FID"], order["FBillNo"]
    returned = {
        name: order_value(name, order, None, bd)
        for name in data.get("NeedReturnFields") or []
        if "." not in name and not name.lower().startswith(ENTRY_KEY.lower())
    }
    entity = {"Id": fid, "Number": bill_no, "DIndex": 0}
    status_block = protocol.response_status(successes=[entity])
    return {
        "Result": {"ResponseStatus": status_block, "Id": fid, "Number": bill_no, "NeedReturnData": [returned]}
    }


def _targets(data: dict[str, Any]) -> list[tuple[str, Any]]:
    numbers = data.get("Numbers") or []
    ids = [i for i in str(data.get("Ids") or "").split(",") if i.strip()]
    return [("bill_no", n) for n in numbers] + [("fid", int(i)) for i in ids]


def transition(operation: str, form_id: str, data: dict[str, Any], store: OrderStore) -> dict[str, Any]:
    """Submit (Z/A/D -> B) or Audit (B -> C) each order named by ``Numbers`` or ``Ids``."""
    allowed, new_status = NEXT_STATUS[operation]
    errors, successes = [], []
    for index, (column, value) in enumerate(_targets(data)):
        order = store.get(form_id, **{column: value})
        if order is None:
            errors.append(protocol.error_entry(f"单据[{value}]不存在", None, index))
        elif order["FDocumentStatus"] not in allowed:
            message = f"单据[{order['FBillNo']}]当前状态不允许{operation}"
            errors.append(protocol.error_entry(message, None, index))
        else:
            store.set_status(form_id, order["FBillNo"], new_status)
            successes.append({"Id": order["FID"], "Number": order["FBillNo"], "DIndex": index})
    if not errors and not successes:
        errors.append(protocol.error_entry("参数Numbers和Ids不能同时为空", "Numbers"))
    status = protocol.response_status(
        errors=errors, successes=successes, msg_code=protocol.MSG_VALIDATION if errors else 0
    )
    return {"Result": {"ResponseStatus": status}}


def view(form_id: str, data: dict[str, Any], store: OrderStore) -> dict[str, Any]:
    if data.get("Number"):
        order = store.get(form_id, bill_no=str(data["Number"]))
    else:
        order = store.get(form_id, fid=int(data.get("Id") or 0))
    if order is None:
        return protocol.failure([protocol.error_entry("单据不存在或已被删除")], protocol.MSG_VALIDATION)
    result = {
        "Id": order["FID"],
        "BillNo": order["FBillNo"],
        "DocumentStatus": order["FDocumentStatus"],
        "CloseStatus": order["FCloseStatus"],
        "CancelStatus": order["FCancelStatus"],
        **order["Model"],
    }
    return {"Result": {"ResponseStatus": None, "Result": result}}


__all__ = ["SALE_ORDER", "save", "transition", "validate", "view"]
