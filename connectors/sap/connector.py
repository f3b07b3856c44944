"""``SapConnector``: sales orders into SAP through BAPIs, idempotent by the customer's PO number.

Every push attempt first asks BAPI_SALESORDER_GETLIST (sold-to, sales org, PO number); only when nothing
is found does it open a fresh session, create, BAPI_TRANSACTION_COMMIT in that same session, and check
with GETSTATUS that the order was kept. A commit whose answer was lost is therefore found, not repeated;
a create whose session ended before the commit is retried once in a new session.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from connectors.base import ConnectionInfo, OrderConnector, OrderKey, PushResult, StatusUpdate
from connectors.sap import errors, protocol
from connectors.sap.client import SapClient
from connectors.sap.payload import LINES_KEY, bapi_input, header_constant, rows
from connectors.sap.status import status_update
from orderbridge.errors import ConfigError, ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy, call_with_retry


class SapConnector(OrderConnector):
    conn_type: ClassVar[str] = "sap"
    target: ClassVar[str] = "sap"

    def __init__(
        self,
        conn: ConnectionInfo,
        *,
        sales_org: str,
        customers: Mapping[str, Any] | None = None,
        lines_key: str = LINES_KEY,
        timeout: float = 30.0,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.conn = conn
        self.sales_org = sales_org
        self.customers = {str(k): str(v) for k, v in (customers or {}).items()}
        self.lines_key = lines_key
        self.policy = policy or RetryPolicy()
        self._client = SapClient(conn, timeout=timeout)

    @classmethod
    def from_mapping(cls, conn: ConnectionInfo, mapping: Any, **options: Any) -> SapConnector:
        """Settings from the target mapping: sales org (ORDER_HEADER_IN.SALES_ORG), customers, lines key."""
        sales_org = header_constant(mapping, "ORDER_HEADER_IN", "SALES_ORG")
        if not sales_org:
            raise ConfigError(f"{mapping.path}: ORDER_HEADER_IN.SALES_ORG must be a constant (value: ...)")
        customers = mapping.lookups.get("customers", {})
        return cls(
            conn, sales_org=str(sales_org), customers=customers, lines_key=mapping.lines_key, **options
        )

    def get_conn(self) -> SapClient:
        return self._client

    def test_connection(self) -> tuple[bool, str]:
        try:
            self._client.call("BAPI_CUSTOMER_GETLIST", MAXROWS=1)
        except (ConnectorError, OSError) as exc:
            return False, str(exc)
        return True, f"connected to {self._client.endpoint} as {self._client.user}"

    def _retry(self, fn: Any) -> Any:
        return call_with_retry(fn, policy=self.policy, on_refresh_auth=self._client.new_session)

    def sold_to(self, customer_code: str) -> str:
        """SAP's customer number (KUNNR) for our code: the mapping's lookup, else ALPHA of a numeric code."""
        if customer_code in self.customers:
            return self.customers[customer_code]
        if customer_code.strip().isdigit():
            return protocol.alpha(customer_code)
        raise ConnectorError(
            f"customer {customer_code!r} has no SAP customer number in the mapping's 'customers' lookup",
            kind=ErrorKind.DATA,
            target=self.target,
            code="customer",
        )

    # --- orders ---------------------------------------------------------------------------------
    def _find_once(self, key: OrderKey) -> str | None:
        po = key.po_number.strip()[:35]  # as the mapping sends PURCH_NO_C (CHAR 35)
        answer = self._client.call(
            "BAPI_SALESORDER_GETLIST",
            CUSTOMER_NUMBER=self.sold_to(key.customer_code),
            SALES_ORGANIZATION=self.sales_org,
            PURCHASE_ORDER_NUMBER=po,
        )
        _check_single_return(answer, "BAPI_SALESORDER_GETLIST")
        found = rows(answer.get("SALES_ORDERS"))
        docs = sorted({r["SD_DOC"] for r in found if (r.get("PURCH_NO") or "").strip() == po})
        return docs[0] if docs else None

    def find_order(self, key: OrderKey) -> str | None:
        return self._retry(lambda: self._find_once(key))

    def push_order(self, payload: dict[str, Any], key: OrderKey) -> PushResult:
        """Create and commit unless found; ``created`` is True when this call's create made the order."""
        sent = False
        params = bapi_input(payload, self.lines_key)

        def attempt() -> PushResult:
            nonlocal sent
            existing = self._find_once(key)
            if existing is not None:
                return PushResult(external_id=existing, created=sent, raw={"found": True})
            self._client.new_session()  # one LUW per order: nothing left over from an abandoned attempt
            sent = True
            created = self._client.call("BAPI_SALESORDER_CREATEFROMDAT2", **params)
            messages = rows(created.get("RETURN"))
            if errors.failed_rows(messages):
                raise errors.from_return(messages, "BAPI_SALESORDER_CREATEFROMDAT2")
            vbeln = created.get("SALESDOCUMENT")
            if not vbeln:
                raise errors.from_code("fault", "BAPI_SALESORDER_CREATEFROMDAT2 returned no SALESDOCUMENT")
            commit = self._client.call("BAPI_TRANSACTION_COMMIT", WAIT="X")
            commit_return = commit.get("RETURN") or {}
            if errors.failed_rows([commit_return]):
                raise errors.from_return([commit_return], "BAPI_TRANSACTION_COMMIT")
            if not self._status_rows(vbeln):
                raise errors.from_code(
                    "session", f"order {vbeln} was not kept: the session ended before its commit"
                )
            kept = [{k: v for k, v in m.items() if v not in (None, "")} for m in messages]
            return PushResult(external_id=vbeln, created=True, raw={"RETURN": kept})

        return self._retry(attempt)

    def _status_rows(self, vbeln: str) -> list[dict[str, Any]]:
        answer = self._client.call("BAPI_SALESORDER_GETSTATUS", SALESDOCUMENT=vbeln)
        result = answer.get("RETURN") or {}
        if str(result.get("TYPE") or "").upper() in ("E", "A"):
            return []
        return rows(answer.get("STATUSINFO"))

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        updates = []
        for vbeln in dict.fromkeys(str(i) for i in external_ids if i):
            found = self._retry(lambda vbeln=vbeln: self._status_rows(vbeln))
            if found:
                updates.append(status_update(vbeln, found))
        return updates

    # --- base data ------------------------------------------------------------------------------
    def customers_list(self, max_rows: int = 0) -> list[dict[str, Any]]:
        """The customers SAP knows (BAPI_CUSTOMER_GETLIST over all numbers)."""
        idrange = {"item": [{"SIGN": "I", "OPTION": "CP", "LOW": "*"}]}
        answer = self._retry(
            lambda: self._client.call("BAPI_CUSTOMER_GETLIST", IDRANGE=idrange, MAXROWS=max_rows)
        )
        _check_single_return(answer, "BAPI_CUSTOMER_GETLIST")
        return rows(answer.get("ADDRESSDATA"))

    def materials_list(self, max_rows: int = 0) -> list[dict[str, Any]]:
        """The materials SAP knows (BAPI_MATERIAL_GETLIST over all numbers)."""
        selection = {"item": [{"SIGN": "I", "OPTION": "CP", "MATNR_LOW": "*"}]}
        answer = self._retry(
            lambda: self._client.call("BAPI_MATERIAL_GETLIST", MATNRSELECTION=selection, MAXROWS=max_rows)
        )
        messages = rows(answer.get("RETURN"))
        if errors.failed_rows(messages):
            raise errors.from_return(messages, "BAPI_MATERIAL_GETLIST")
        return rows(answer.get("MATNRLIST"))

    def close(self) -> None:
        self._client.close()


def _check_single_return(answer: dict[str, Any], function: str) -> None:
    result = answer.get("RETURN") or {}
    if errors.failed_rows([result]):
        raise errors.from_return([result], function)
