"""What the SF sandbox does for each service: book (idempotent by orderId), find an order, read routes.

Each function takes the parsed msgData and answers the inner result (``protocol.business``); the
gateway checks (fields, partner, digest) happen before, in ``sandbox.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from connectors.sf_express import protocol
from connectors.sf_express.sandbox_store import ShipmentStore

# The route a sandbox shipment follows, one event per stage.
ROUTE_PLAN = (
    (protocol.OP_PICKED_UP, "深圳市", "顺丰速运 已收取快件"),
    (protocol.OP_IN_TRANSIT, "深圳市", "快件在【深圳华南陆运枢纽】完成分拣，准备发往下一站"),
    (protocol.OP_ARRIVED, "上海市", "快件到达【上海浦东集散中心】"),
    (protocol.OP_OUT_FOR_DELIVERY, "上海市", "快件交给收派员，正在派送途中"),
    (protocol.OP_DELIVERED, "上海市", "快件已签收，签收人：本人"),
)


def _missing_contact_fields(contact: dict[str, Any]) -> list[str]:
    missing = [f for f in ("contact", "address") if not str(contact.get(f) or "").strip()]
    if not str(contact.get("tel") or contact.get("mobile") or "").strip():
        missing.append("tel|mobile")
    return missing


def validate_order(msg: dict[str, Any]) -> str | None:
    """SF-style refusal text for an incomplete create request, or None."""
    if not str(msg.get("orderId") or "").strip():
        return "orderId不能为空"
    if len(str(msg["orderId"])) > 64:
        return "orderId长度不能超过64"
    contacts = {str(c.get("contactType")): c for c in msg.get("contactInfoList") or [] if isinstance(c, dict)}
    for kind, label in (("1", "寄件人"), ("2", "收件人")):
        if kind not in contacts:
            return f"{label}信息不能为空(contactInfoList.contactType={kind})"
        missing = _missing_contact_fields(contacts[kind])
        if missing:
            return f"{label}信息不完整: {', '.join(missing)}不能为空"
    cargo = msg.get("cargoDetails")
    if not isinstance(cargo, list) or not cargo:
        return "托寄物信息cargoDetails不能为空"
    if any(not str((c or {}).get("name") or "").strip() for c in cargo):
        return "托寄物名称cargoDetails.name不能为空"
    return None


def _order_answer(shipment: dict[str, Any]) -> dict[str, Any]:
    return {
        "orderId": shipment["orderId"],
        "originCode": "755",
        "destCode": "021",
        "filterResult": 2,
        "remark": "",
        "waybillNoInfoList": [{"waybillType": 1, "waybillNo": shipment["waybillNo"]}],
    }


def create_order(store: ShipmentStore, partner_id: str, msg: dict[str, Any]) -> dict[str, Any]:
    problem = validate_order(msg)
    if problem:
        return protocol.business(code=protocol.BIZ_MISSING_FIELD, message=problem)
    shipment, _created = store.book(partner_id, str(msg["orderId"]), msg)
    return protocol.business(_order_answer(shipment))


def search_order(store: ShipmentStore, partner_id: str, msg: dict[str, Any]) -> dict[str, Any]:
    shipment = store.by_order(partner_id, str(msg.get("orderId") or ""))
    if shipment is None:
        return protocol.business(code=protocol.BIZ_ORDER_NOT_FOUND, message="未获取到订单信息")
    return protocol.business(_order_answer(shipment))


def routes_of(shipment: dict[str, Any], step_seconds: float, now: float) -> list[dict[str, Any]]:
    by_time = int((now - shipment["createdAt"]) // step_seconds) if step_seconds > 0 else 0
    count = min(len(ROUTE_PLAN), max(shipment["stage"], by_time))
    start = dt.datetime.fromtimestamp(shipment["createdAt"])
    return [
        {
            "acceptTime": (start + dt.timedelta(minutes=20 * i)).strftime("%Y-%m-%d %H:%M:%S"),
            "acceptAddress": address,
            "remark": remark,
            "opCode": op,
        }
        for i, (op, address, remark) in enumerate(ROUTE_PLAN[:count])
    ]


def _phone_ok(shipment: dict[str, Any], check: str) -> bool:
    if not check:
        return True
    phones = [
        str(c.get("tel") or c.get("mobile") or "") for c in shipment["msgData"].get("contactInfoList", [])
    ]
    return any(p.endswith(check[-4:]) for p in phones if p)


def search_routes(
    store: ShipmentStore, partner_id: str, msg: dict[str, Any], step_seconds: float, now: float
) -> dict[str, Any]:
    """Routes per tracking number; unknown numbers (or a wrong checkPhoneNo) are left out."""
    numbers = msg.get("trackingNumber") or []
    numbers = [numbers] if isinstance(numbers, str) else list(numbers)
    by_order = str(msg.get("trackingType") or "1") == "2"
    resps = []
    for number in numbers:
        number = str(number)
        found = store.by_order(partner_id, number) if by_order else store.by_waybill(partner_id, number)
        if found is None or not _phone_ok(found, str(msg.get("checkPhoneNo") or "")):
            continue
        resps.append({"mailNo": found["waybillNo"], "routes": routes_of(found, step_seconds, now)})
    return protocol.business({"routeResps": resps})
