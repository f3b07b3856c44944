"""``U8Connector``: sales orders into Yonyou U8 through its OpenAPI, idempotent twice over.

Before every add (including each retry) the connector lists the customer's orders and looks for the PO
number in the field the target mapping names (``lookup.po_number_field``, e.g. ``define1``). The add
itself carries an idempotency key U8 honours: ``biz_id`` = our key (default), or a ``tradeid`` fetched
once per push and reused on every re-send. Without ``sync`` the add answers a ``url`` that is polled.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from connectors.base import ConnectionInfo, OrderConnector, OrderKey, PushResult, StatusUpdate
from connectors.u8 import errors, protocol
from connectors.u8.client import U8Client
from orderbridge.errors import ConfigError, ConnectorError
from orderbridge.retry import RetryPolicy, call_with_retry

STATE_STATUS = {"Opening": "created", "Changing": "changing", "Approved": "approved", "Closed": "closed"}
SHIPPED_STATUS = {"1": "partially_shipped", "2": "shipped"}
IDEMPOTENCY = ("biz_id", "tradeid")
PAGE_ROWS = 100


class U8Connector(OrderConnector):
    conn_type: ClassVar[str] = "u8"
    target: ClassVar[str] = "u8"

    def __init__(
        self,
        conn: ConnectionInfo,
        *,
        po_number_field: str = "define1",
        customer_field: str = "custcode",
        timeout: float = 30.0,
        policy: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        extra = conn.extra or {}
        self.idempotency = str(extra.get("idempotency") or "biz_id")
        if self.idempotency not in IDEMPOTENCY:
            raise ConfigError(
                f"u8 connection {conn.conn_id!r}: extra.idempotency must be one of {IDEMPOTENCY}"
            )
        self.sync = str(extra.get("sync", "1")).lower() not in ("0", "false", "no")
        self.poll_interval = float(extra.get("poll_interval", 1.0))
        self.poll_attempts = int(extra.get("poll_attempts", 30))
        self.po_number_field = po_number_field
        self.customer_field = customer_field
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._client = U8Client(conn, timeout=timeout, clock=clock)

    def get_conn(self) -> U8Client:
        self._client.token()
        return self._client

    def test_connection(self) -> tuple[bool, str]:
        try:
            self._client.refresh_token()
        except (ConnectorError, OSError) as exc:
            return False, str(exc)
        return (
            True,
            f"connected to {self._client.base} as {self._client.from_account} -> {self._client.to_account}",
        )

    def _retry(self, fn: Any) -> Any:
        return call_with_retry(fn, policy=self.policy, on_refresh_auth=self._client.refresh_token)

    # --- orders ---------------------------------------------------------------------------------
    def _find_once(self, key: OrderKey) -> str | None:
        for row in self._list_all(**{self.customer_field: key.customer_code}):
            if str(row.get(self.po_number_field) or "").strip() == key.po_number.strip():
                return str(row["code"])
        return None

    def find_order(self, key: OrderKey) -> str | None:
        return self._retry(lambda: self._find_once(key))

    def push_order(self, payload: dict[str, Any], key: OrderKey) -> PushResult:
        """Add unless found; every re-send carries the same ``biz_id`` or kept ``tradeid``."""
        sent = False
        trade: dict[str, str] = {}

        def attempt() -> PushResult:
            nonlocal sent
            existing = self._find_once(key)
            if existing is not None:
                return PushResult(external_id=existing, created=sent, raw={"found": True})
            if self.idempotency == "tradeid" and "id" not in trade:
                trade["id"] = self._client.trade_id()  # kept for every re-send of this order
            sent = True
            answer = self._client.add_order(
                payload, tradeid=trade.get("id"), biz_id=_biz_id(key) if not trade else None, sync=self.sync
            )
            if not self.sync:
                answer = self._await_result(answer)
            if not answer.get("id"):
                raise errors.from_code("response", f"saleorder/add: answer without an order id: {answer}")
            return PushResult(external_id=str(answer["id"]), created=True, raw=answer)

        return self._retry(attempt)

    def _await_result(self, answer: dict[str, Any]) -> dict[str, Any]:
        url = answer.get("url")
        if not url:
            raise errors.from_code("response", f"saleorder/add without sync: no result url in {answer}")
        for attempt in range(max(1, self.poll_attempts)):
            try:
                return self._client.poll(str(url))
            except ConnectorError as exc:
                if exc.code != protocol.PROCESSING or attempt + 1 >= self.poll_attempts:
                    raise
            self._sleep(self.poll_interval)
        raise AssertionError("unreachable")  # pragma: no cover

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        updates = []
        for code in dict.fromkeys(str(i) for i in external_ids if i):
            order = self._retry(lambda code=code: self._client.get_order(code))
            if order is not None:
                updates.append(status_update(order))
        return updates

    def list_orders(self, **filters: Any) -> list[dict[str, Any]]:
        """saleorderlist/batch_get, every page; filters: date_begin, date_end, state, custcode, fhstatus."""
        return self._retry(lambda: self._list_all(**filters))

    def order_list_pages(
        self, *, rows_per_page: int = PAGE_ROWS, **filters: Any
    ) -> Iterator[list[dict[str, Any]]]:
        """saleorderlist/batch_get one page at a time, each page retried on its own (status sync reads
        every open order this way: one call per page, never one per order)."""
        page = 1
        while True:
            body = self._retry(
                lambda page=page: self._client.batch_get(
                    protocol.LIST_PATH,
                    "saleorderlist/batch_get",
                    page_index=page,
                    rows_per_page=rows_per_page,
                    **filters,
                )
            )
            yield list(body.get("saleorderlist") or [])
            if page >= int(body.get("page_count") or 1):
                return
            page += 1

    def _list_all(self, **filters: Any) -> list[dict[str, Any]]:
        return self._pages(protocol.LIST_PATH, "saleorderlist/batch_get", "saleorderlist", filters)

    # --- base data ------------------------------------------------------------------------------
    def customers_list(self) -> list[dict[str, Any]]:
        path, call = protocol.CUSTOMER_LIST_PATH, "customerlist/batch_get"
        return self._retry(lambda: self._pages(path, call, "customer", {}))

    def inventories_list(self) -> list[dict[str, Any]]:
        path, call = protocol.INVENTORY_LIST_PATH, "inventorylist/batch_get"
        return self._retry(lambda: self._pages(path, call, "inventory", {}))

    def _pages(self, path: str, call: str, key: str, filters: dict[str, Any]) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            body = self._client.batch_get(path, call, page_index=page, rows_per_page=PAGE_ROWS, **filters)
            found += body.get(key) or []
            if page >= int(body.get("page_count") or 1):
                return found
            page += 1

    def close(self) -> None:
        self._client.close()


def _biz_id(key: OrderKey) -> str:
    return key.idempotency_key


def status_update(order: dict[str, Any]) -> StatusUpdate:
    state, fhstatus = str(order.get("state") or ""), str(order.get("fhstatus") or "0")
    status = SHIPPED_STATUS.get(fhstatus) or STATE_STATUS.get(state, "unknown")
    if state == "Closed":
        status = "closed"
    return StatusUpdate(
        external_id=str(order.get("code")), status=status, detail={"state": state, "fhstatus": fhstatus}
    )
