"""``KingdeeConnector``: sales orders into K/3 Cloud, idempotent by the customer's PO number.

Before every Save (including each retry) the connector queries the form for the PO number and customer,
so a Save that committed before its response was lost is found and never sent twice.
"""

from __future__ import annotations

from typing import Any, ClassVar

from connectors.base import ConnectionInfo, OrderConnector, OrderKey, PushResult, StatusUpdate
from connectors.kingdee.client import KingdeeClient
from orderbridge.errors import ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy, call_with_retry

DOCUMENT_STATUS = {"Z": "draft", "A": "created", "B": "in_review", "C": "approved", "D": "reopened"}
STATUS_FIELDS = ("FBillNo", "FDocumentStatus", "FCloseStatus", "FCancelStatus")
QUERY_BATCH = 200


def quote_literal(value: str) -> str:
    """A FilterString string literal: single quotes, inner quotes doubled."""
    return "'" + str(value).replace("'", "''") + "'"


class KingdeeConnector(OrderConnector):
    conn_type: ClassVar[str] = "kingdee"
    target: ClassVar[str] = "kingdee"

    def __init__(
        self,
        conn: ConnectionInfo,
        *,
        form_id: str = "SAL_SaleOrder",
        po_number_field: str = "F_ORB_CustPONo",
        customer_field: str = "FCustId.FNumber",
        timeout: float = 30.0,
        policy: RetryPolicy | None = None,
        transport: Any = None,
    ) -> None:
        self.conn = conn
        self.form_id = form_id
        self.po_number_field = po_number_field
        self.customer_field = customer_field
        self.policy = policy or RetryPolicy()
        self._client = KingdeeClient(conn, timeout=timeout, transport=transport)

    def get_conn(self) -> KingdeeClient:
        self._client.ensure_login()
        return self._client

    def test_connection(self) -> tuple[bool, str]:
        try:
            self._client.login()
        except (ConnectorError, OSError) as exc:
            return False, str(exc)
        return (
            True,
            f"connected to {self._client.root} (acct {self._client.acct_id}, user {self._client.user})",
        )

    def _retry(self, fn: Any) -> Any:
        return call_with_retry(fn, policy=self.policy, on_refresh_auth=self._client.login)

    # --- orders ---------------------------------------------------------------------------------
    def order_filter(self, key: OrderKey) -> str:
        return (
            f"{self.po_number_field} = {quote_literal(key.po_number)} "
            f"AND {self.customer_field} = {quote_literal(key.customer_code)}"
        )

    def _find_once(self, key: OrderKey) -> str | None:
        rows = self._client.bill_query(
            {
                "FormId": self.form_id,
                "FieldKeys": "FBillNo",
                "FilterString": self.order_filter(key),
                "OrderString": "FBillNo",
                "TopRowCount": 1,
            }
        )
        return str(rows[0][0]) if rows else None

    def find_order(self, key: OrderKey) -> str | None:
        return self._retry(lambda: self._find_once(key))

    def push_order(self, payload: dict[str, Any], key: OrderKey) -> PushResult:
        """Save unless found; ``created`` is True when a Save of this call made the order."""
        sent = False

        def attempt() -> PushResult:
            nonlocal sent
            existing = self._find_once(key)
            if existing is not None:
                return PushResult(external_id=existing, created=sent, raw={"found": True})
            sent = True
            result = self._client.execute("Save", self.form_id, payload)
            return PushResult(external_id=_bill_number(result), created=True, raw=result)

        return self._retry(attempt)

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        updates: list[StatusUpdate] = []
        ids = list(dict.fromkeys(str(i) for i in external_ids if i))
        for start in range(0, len(ids), QUERY_BATCH):
            chunk = ids[start : start + QUERY_BATCH]
            rows = self.query(
                self.form_id, STATUS_FIELDS, f"FBillNo in ({', '.join(map(quote_literal, chunk))})"
            )
            updates.extend(_status_update(row) for row in rows)
        return updates

    # --- base data and other reads --------------------------------------------------------------
    def query(
        self,
        form_id: str,
        field_keys: str | list[str] | tuple[str, ...],
        filter_string: str = "",
        *,
        order_string: str = "",
        top: int = 0,
        start_row: int = 0,
        limit: int = 0,
    ) -> list[dict[str, Any]]:
        """ExecuteBillQuery with retries; each row as a dict keyed by field key."""
        keys = [k.strip() for k in (field_keys.split(",") if isinstance(field_keys, str) else field_keys)]
        query = {
            "FormId": form_id,
            "FieldKeys": ",".join(keys),
            "FilterString": filter_string,
            "OrderString": order_string,
            "TopRowCount": top,
            "StartRow": start_row,
            "Limit": limit,
        }
        rows = self._retry(lambda: self._client.bill_query(query))
        return [dict(zip(keys, row, strict=False)) for row in rows]

    def submit(self, numbers: list[str]) -> dict[str, Any]:
        return self._retry(lambda: self._client.execute("Submit", self.form_id, _numbers(numbers)))

    def audit(self, numbers: list[str]) -> dict[str, Any]:
        return self._retry(lambda: self._client.execute("Audit", self.form_id, _numbers(numbers)))

    def view(self, number: str) -> dict[str, Any]:
        data = {"CreateOrgId": 0, "Number": number, "Id": ""}
        return self._retry(lambda: self._client.execute("View", self.form_id, data))

    def close(self) -> None:
        self._client.close()


def _numbers(numbers: list[str]) -> dict[str, Any]:
    return {"CreateOrgId": 0, "Numbers": list(numbers), "Ids": ""}


def _bill_number(result: dict[str, Any]) -> str:
    number = result.get("Number")
    if not number:
        entities = (result.get("ResponseStatus") or {}).get("SuccessEntitys") or [{}]
        number = entities[0].get("Number")
    if not number:
        raise ConnectorError("Save succeeded without a bill number", kind=ErrorKind.CONFIG, target="kingdee")
    return str(number)


def _status_update(row: dict[str, Any]) -> StatusUpdate:
    doc, close, cancel = row.get("FDocumentStatus"), row.get("FCloseStatus"), row.get("FCancelStatus")
    if cancel == "B":
        status = "cancelled"
    elif close == "B":
        status = "closed"
    else:
        status = DOCUMENT_STATUS.get(str(doc), "unknown")
    detail = {"FDocumentStatus": doc, "FCloseStatus": close, "FCancelStatus": cancel}
    return StatusUpdate(external_id=str(row.get("FBillNo")), status=status, detail=detail)
