"""Sales-order rules of the U8 sandbox: what ``saleorder/add`` checks, and the shapes get/batch_get answer.

Refusals name the field and value as U8 does (``客户编码[C9999]不存在``; the exact wording is inferred).
A refused add stores nothing.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import Any

from connectors.u8 import protocol
from connectors.u8.sandbox_store import U8Store

REQUIRED_HEADER = (("date", "单据日期"), ("custcode", "客户编码"))
SUMMARY_FIELDS = (
    "code",
    "date",
    "custcode",
    "cusname",
    "businesstype",
    "typecode",
    "deptcode",
    "personcode",
    "memo",
    "state",
    "fhstatus",
)


def check(saleorder: Any, basedata: dict[str, Any], code_taken: Any) -> list[str]:
    """Every problem of a ``saleorder`` object, in U8's words; empty when it may be added."""
    if not isinstance(saleorder, dict):
        return ["参数saleorder不能为空"]
    problems = [
        f"{caption}[{field}]不能为空" for field, caption in REQUIRED_HEADER if not saleorder.get(field)
    ]
    customers = {c["code"] for c in basedata.get("customers") or []}
    if saleorder.get("custcode") and saleorder["custcode"] not in customers:
        problems.append(f"客户编码[{saleorder['custcode']}]不存在")
    if saleorder.get("code") and code_taken(str(saleorder["code"])):
        problems.append(f"单据号[{saleorder['code']}]已存在")
    if saleorder.get("typecode") and saleorder["typecode"] not in (basedata.get("saletypes") or []):
        problems.append(f"销售类型编码[{saleorder['typecode']}]不存在")
    entries = saleorder.get("entry")
    if not isinstance(entries, list) or not entries:
        return [*problems, "表体entry不能为空"]
    inventories = {i["code"] for i in basedata.get("inventories") or []}
    units = set((basedata.get("units") or {}).keys())
    for index, entry in enumerate(entries, start=1):
        entry = entry if isinstance(entry, dict) else {}
        where = f"第{index}行"
        code = entry.get("inventorycode")
        if not code:
            problems.append(f"{where}存货编码[inventorycode]不能为空")
        elif code not in inventories:
            problems.append(f"{where}存货编码[{code}]不存在")
        if entry.get("unitcode") and str(entry["unitcode"]) not in units:
            problems.append(f"{where}计量单位编码[{entry['unitcode']}]不存在")
        if _number(entry.get("quantity")) is None or _number(entry.get("quantity")) <= 0:
            problems.append(f"{where}数量[quantity]必须大于0")
        for field in ("unitprice", "taxunitprice", "taxrate", "sum"):
            if entry.get(field) not in (None, "") and _number(entry.get(field)) is None:
                problems.append(f"{where}{field}[{entry.get(field)}]格式不正确")
    return problems


def _number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def refusal(problems: list[str]) -> dict[str, Any]:
    return protocol.answer(protocol.DATA_INVALID, "；".join(problems))


def full(order: dict[str, Any], basedata: dict[str, Any]) -> dict[str, Any]:
    """An order as ``saleorder/get`` shows it: the stored document plus state, fhstatus and names."""
    names = {c["code"]: c["name"] for c in basedata.get("customers") or []}
    inventories = {i["code"]: i["name"] for i in basedata.get("inventories") or []}
    entries = [
        {**e, "inventoryname": inventories.get(e.get("inventorycode"), "")} for e in order.get("entry", [])
    ]
    return {**order, "cusname": names.get(order.get("custcode"), ""), "entry": entries}


def summary(order: dict[str, Any], basedata: dict[str, Any]) -> dict[str, Any]:
    """A ``saleorderlist/batch_get`` row: header fields only (with the define1.. custom fields)."""
    shown = full(order, basedata)
    defines = tuple(k for k in shown if k.startswith("define"))
    return {k: shown.get(k) for k in (*SUMMARY_FIELDS, *defines) if shown.get(k) is not None}


def matches(order: dict[str, Any], filters: dict[str, str]) -> bool:
    if filters.get("custcode") and order.get("custcode") != filters["custcode"]:
        return False
    if filters.get("state") and order.get("state") != filters["state"]:
        return False
    if filters.get("fhstatus") not in (None, "") and order.get("fhstatus") != filters["fhstatus"]:
        return False
    if filters.get("date_begin") and str(order.get("date")) < filters["date_begin"]:
        return False
    return not (filters.get("date_end") and str(order.get("date")) > filters["date_end"])


def add(store: U8Store, basedata: dict, body: Any, *, tradeid: str | None, biz_id: str | None) -> dict:
    """Create the order, or answer with the one this tradeid / biz_id already made."""
    existing = store.by_key(biz_id=biz_id, tradeid=tradeid)
    if existing is not None:
        return protocol.answer(
            protocol.OK, "重复提交，返回已生成的单据", id=existing["code"], tradeid=tradeid or ""
        )
    saleorder = body.get("saleorder") if isinstance(body, dict) else None
    problems = check(saleorder, basedata, store.code_taken)
    if problems:
        return refusal(problems)
    order = store.insert(dict(saleorder), biz_id=biz_id, tradeid=tradeid)
    return protocol.answer(protocol.OK, "新增成功", id=order["code"], tradeid=tradeid or "")


def page(q: dict[str, str], rows: list[dict[str, Any]], key: str) -> dict[str, Any]:
    try:
        index = max(1, int(q.get("page_index") or 1))
        size = max(1, min(int(q.get("rows_per_page") or 20), 1000))
    except ValueError:
        return protocol.answer(protocol.BAD_PARAMETER, "page_index或rows_per_page格式不正确")
    chosen = rows[(index - 1) * size : index * size]
    page_count = max(1, math.ceil(len(rows) / size))
    return protocol.answer(
        protocol.OK,
        "",
        page_index=index,
        rows_per_page=size,
        row_count=len(rows),
        page_count=page_count,
        **{key: chosen},
    )
