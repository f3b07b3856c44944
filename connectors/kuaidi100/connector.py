"""``Kuaidi100Connector``: tracks waybills booked elsewhere (SF and others); it never books anything.

``fetch_statuses`` takes waybill numbers (``external_id`` of the courier's own connector); ``subscribe``
asks for pushes to our callback (see ``callback.py``). Connection extras: ``company`` (default
``shunfeng``), ``phone`` (the sender's or recipient's phone, required by Kuaidi100 for SF waybills: our
warehouse's phone works for every shipment we send), ``callback_url``, ``callback_secret``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from connectors.base import ConnectionInfo, OrderConnector, OrderKey, PushResult, StatusUpdate
from connectors.kuaidi100 import protocol
from connectors.kuaidi100.client import Kuaidi100Client
from orderbridge.errors import ConfigError, ConnectorError, ErrorKind
from orderbridge.retry import RetryPolicy, call_with_retry


class Kuaidi100Connector(OrderConnector):
    conn_type: ClassVar[str] = "kuaidi100"
    target: ClassVar[str] = "kuaidi100"

    def __init__(
        self,
        conn: ConnectionInfo,
        *,
        timeout: float = 30.0,
        policy: RetryPolicy | None = None,
        transport: Any = None,
    ) -> None:
        extra = conn.extra or {}
        self.conn = conn
        self.company = str(extra.get("company") or protocol.SF_COMPANY)
        self.phone = str(extra.get("phone") or "") or None
        self.callback_url = str(extra.get("callback_url") or "") or None
        self._salt = str(extra.get("callback_secret") or "") or None
        self.policy = policy or RetryPolicy()
        self._client = Kuaidi100Client(conn, timeout=timeout, transport=transport)

    def get_conn(self) -> Kuaidi100Client:
        return self._client

    def test_connection(self) -> tuple[bool, str]:
        """A signed query for a number nobody has: a wrong key answers 503, a right one 'no result'."""
        try:
            self._client.query(self.company, "ORB-CONNECTION-TEST", self.phone or "0000")
        except ConnectorError as exc:
            if exc.kind != ErrorKind.DATA:  # a refusal of the number itself proves the sign was accepted
                return False, str(exc)
        except OSError as exc:
            return False, str(exc)
        return True, f"connected to {self._client.base} as customer {self._client.customer}"

    def _retry(self, fn: Any) -> Any:
        return call_with_retry(fn, policy=self.policy)

    def find_order(self, key: OrderKey) -> str | None:
        """Kuaidi100 holds no orders: nothing was ever pushed to it."""
        return None

    def push_order(self, payload: dict[str, Any], key: OrderKey) -> PushResult:
        raise ConfigError(
            "kuaidi100 tracks shipments, it does not book them: book with the courier's target "
            "(e.g. sf_express) and track its waybill numbers here"
        )

    def track(
        self, number: str, *, company: str | None = None, phone: str | None = None
    ) -> dict[str, Any] | None:
        """The raw tracking answer for one waybill (retried); None when there is no result yet."""
        com, tel = company or self.company, phone or self.phone
        return self._retry(lambda: self._client.query(com, number, tel))

    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        updates = []
        for number in dict.fromkeys(str(i) for i in external_ids if i):
            answer = self.track(number)
            if answer is not None:
                updates.append(status_of(answer, number))
        return updates

    def subscribe(self, number: str, *, company: str | None = None, phone: str | None = None) -> bool:
        """Ask Kuaidi100 to push this waybill's progress to our callback; False if already subscribed."""
        if not self.callback_url:
            raise ConfigError(
                f"kuaidi100 connection {self.conn.conn_id!r} needs extra.callback_url to subscribe"
            )
        com, tel = company or self.company, phone or self.phone
        return self._retry(
            lambda: self._client.subscribe(
                com, number, callback_url=self.callback_url, salt=self._salt, phone=tel
            )
        )

    def close(self) -> None:
        self._client.close()


def status_of(answer: dict[str, Any], number: str | None = None) -> StatusUpdate:
    """A query answer or a push's ``lastResult`` as a StatusUpdate; ``state`` decides."""
    state = str(answer.get("state") or "")
    data = answer.get("data") or []
    latest = data[0] if data else {}
    detail = {
        "state": state,
        "ischeck": answer.get("ischeck"),
        "com": answer.get("com"),
        "context": latest.get("context"),
        "time": latest.get("ftime") or latest.get("time"),
    }
    status = protocol.STATES.get(state, "unknown")
    return StatusUpdate(external_id=str(answer.get("nu") or number), status=status, detail=detail)
