"""``SfExpressConnector``: books SF shipments for orders, idempotent by SF's own ``orderId``.

The orderId is derived from the ``OrderKey`` (same customer PO -> same orderId), and SF answers a
reused orderId with the first order's waybill. Before every create (each retry included) the connector
still asks ``EXP_RECE_SEARCH_ORDER_RESP`` whether the orderId is booked, so a create whose answer was
lost is found, never re-sent. ``push_order`` returns the waybill number as ``external_id``;
``fetch_statuses`` reads routes (opCode 80 = delivered).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, ClassVar

from connectors.base import ConnectionInfo, OrderConnector, OrderKey, PushResult, StatusUpdate
from connectors.sf_express import protocol
from connectors.sf_express.client import SfExpressClient
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy, call_with_retry

ROUTES_BATCH = 10  # tracking numbers per EXP_RECE_SEARCH_ROUTES call
DUPLICATE_ORDER = "8016"  # SF's "重复下单": the orderId is booked already


def order_id_for(key: OrderKey, prefix: str = "ORB") -> str:
    """A stable SF orderId (<= 64 chars of [A-Za-z0-9_-]) for a customer's PO."""
    raw = f"{key.customer_code}-{key.po_number}"
    clean = re.sub(r"[^A-Za-z0-9_-]", "_", raw)
    if clean != raw or len(prefix) + 1 + len(clean) > 64:
        digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]
        clean = f"{clean[: 64 - len(prefix) - 12]}-{digest}"
    return f"{prefix}-{clean}"


def build_msg_data(payload: dict[str, Any], order_id: str, language: str) -> dict[str, Any]:
    """The create msgData from a rendered mapping: ``sender``/``recipient`` become ``contactInfoList``."""
    msg = {k: v for k, v in payload.items() if k not in ("sender", "recipient")}
    if "contactInfoList" not in msg:
        msg["contactInfoList"] = [
            {"contactType": 1, **payload.get("sender", {})},
            {"contactType": 2, **payload.get("recipient", {})},
        ]
    msg.setdefault("language", language)
    msg["orderId"] = order_id
    return msg


def waybill_of(answer: dict[str, Any]) -> str | None:
    """The master waybill (waybillType 1) of an order answer."""
    infos = answer.get("waybillNoInfoList") or []
    master = [i for i in infos if str(i.get("waybillType", 1)) == "1"] or infos
    return str(master[0]["waybillNo"]) if master and master[0].get("waybillNo") else None


class SfExpressConnector(OrderConnector):
    conn_type: ClassVar[str] = "sf_express"
    target: ClassVar[str] = "sf_express"

    def __init__(
        self,
        conn: ConnectionInfo,
        *,
        timeout: float = 30.0,
        policy: RetryPolicy | None = None,
        transport: Any = None,
    ) -> None:
        self.conn = conn
        extra = conn.extra or {}
        self.order_id_prefix = str(extra.get("order_id_prefix") or "ORB")
        self.check_phone = str(extra.get("check_phone") or "")
        self.monthly_card = str(extra.get("monthly_card") or "")
        self.policy = policy or RetryPolicy()
        self._client = SfExpressClient(conn, timeout=timeout, transport=transport)

    def get_conn(self) -> SfExpressClient:
        return self._client

    def test_connection(self) -> tuple[bool, str]:
        """A signed route query for nothing: proves partnerID, checkWord and reachability.

        A business refusal of the empty query still means the gateway accepted the signature.
        """
        try:
            self._client.call(protocol.SEARCH_ROUTES, self._routes_query([]))
        except ConnectorError as exc:
            if exc.kind != ErrorKind.DATA:
                return False, str(exc)
        except OSError as exc:
            return False, str(exc)
        return True, f"connected to {self._client.url} as partner {self._client.partner_id}"

    def _retry(self, fn: Any) -> Any:
        return call_with_retry(fn, policy=self.policy)

    def order_id(self, key: OrderKey) -> str:
        return order_id_for(key, self.order_id_prefix)

    # --- orders ---------------------------------------------------------------------------------
    def _find_once(self, order_id: str) -> str | None:
        query = {"language": self._client.language, "orderId": order_id, "searchType": "1"}
        try:
            answer = self._client.call(protocol.SEARCH_ORDER, query)
        except ConnectorError as exc:
            if exc.code == protocol.BIZ_ORDER_NOT_FOUND:
                return None
            raise
        return waybill_of(answer)

    def find_order(self, key: OrderKey) -> str | None:
        return self._retry(lambda: self._find_once(self.order_id(key)))

    def push_order(self, payload: dict[str, Any], key: OrderKey) -> PushResult:
        """Book unless booked; ``created`` is True when a create of this call made the shipment."""
        order_id = self.order_id(key)
        msg = build_msg_data(payload, order_id, self._client.language)
        if self.monthly_card:
            msg.setdefault("monthlyCard", self.monthly_card)
        sent = False

        def attempt() -> PushResult:
            nonlocal sent
            existing = self._find_once(order_id)
            if existing is not None:
                return PushResult(
                    external_id=existing, created=sent, raw={"found": True, "orderId": order_id}
                )
            sent = True
            try:
                answer = self._client.call(protocol.CREATE_ORDER, msg)
            except ConnectorError as exc:
                if exc.code != DUPLICATE_ORDER:
                    raise
                found = self._find_once(order_id)
                if found is None:
                    raise
                return PushResult(external_id=found, created=False, raw={"found": True, "orderId": order_id})
            waybill = waybill_of(answer)
            if waybill is None:
                raise ConnectorError(
                    f"order {order_id} booked without a waybill number (isGenWaybillNo?)",
                    kind=ErrorKind.CONFIG,
                    target=self.target,
                )
            return PushResult(external_id=waybill, created=True, raw=answer)

        return self._retry(attempt)

    # --- statuses -------------------------------------------------------------------------------
    def _routes_query(self, numbers: list[str], tracking_type: str = "1") -> dict[str, Any]:
        query: dict[str, Any] = {
            "language": self._client.language,
            "trackingType": tracking_type,
            "trackingNumber": numbers,
            "methodType": "1",
        }
        if self.check_phone:
            query["checkPhoneNo"] = self.check_phone[-4:]
        return query

    def routes(self, waybills: list[str]) -> list[dict[str, Any]]:
        """``routeResps`` for waybill numbers, in batches, retried."""
        out: list[dict[str, Any]] = []
        ids = list(dict.fromkeys(str(i) for i in waybills if i))
        for start in range(0, len(ids), ROUTES_BATCH):
            query = self._routes_query(ids[start : start + ROUTES_BATCH])
            answer = self._retry(lambda q=query: self._client.call(protocol.SEARCH_ROUTES, q))
            out.extend(answer.get("routeResps") or [])
        return out

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        return [status_of(resp) for resp in self.routes(external_ids)]

    def close(self) -> None:
        self._client.close()


def status_of(resp: dict[str, Any]) -> StatusUpdate:
    """The latest route event decides: no event yet is ``booked``; opCode 80 is ``delivered``."""
    routes = resp.get("routes") or []
    last = routes[-1] if routes else {}
    op = str(last.get("opCode") or "")
    status = protocol.OP_STATUS.get(op, "in_transit") if routes else "booked"
    detail = {k: last.get(k) for k in ("opCode", "remark", "acceptTime", "acceptAddress")} if routes else {}
    return StatusUpdate(external_id=str(resp.get("mailNo")), status=status, detail=detail)
