"""Low-level Kuaidi100 client: the signed real-time query and the subscription, one request per call.

Connection fields: ``host`` (``https://poll.kuaidi100.com``), ``login`` the customer id, ``password``
the key (授权key). No retries here; the connector wraps calls in ``call_with_retry``.
"""

from __future__ import annotations

from typing import Any

import httpx

from connectors.base import ConnectionInfo
from connectors.http_errors import checked_send, json_object
from connectors.kuaidi100 import errors, protocol
from connectors.kuaidi100.signing import query_sign
from orderbridge.errors import ConfigError


class Kuaidi100Client:
    def __init__(self, conn: ConnectionInfo, *, timeout: float = 30.0, transport: Any = None) -> None:
        self.base = conn.base_url(default_scheme="https")
        self.customer = conn.login or ""
        self._key = conn.password or ""
        if not self.customer or not self._key:
            raise ConfigError(
                f"kuaidi100 connection {conn.conn_id!r} needs login (customer) and password (key)"
            )
        self._http = httpx.Client(timeout=timeout, transport=transport)

    def query(self, company: str, number: str, phone: str | None = None) -> dict[str, Any] | None:
        """The tracking answer for one waybill; None when Kuaidi100 has no result for it yet."""
        param: dict[str, Any] = {"com": company, "num": number, "resultv2": "1"}
        if phone:
            param["phone"] = phone
        text = protocol.dumps(param)
        form = {"customer": self.customer, "sign": query_sign(text, self._key, self.customer), "param": text}
        body = self._post(protocol.QUERY_PATH, form)
        if body.get("result") is False or "returnCode" in body:
            code = str(body.get("returnCode") or "")
            if code == protocol.NO_RESULT:
                return None
            raise errors.from_answer(code, str(body.get("message") or ""))
        return body

    def subscribe(
        self,
        company: str,
        number: str,
        *,
        callback_url: str,
        salt: str | None = None,
        phone: str | None = None,
    ) -> bool:
        """Ask for pushes about one waybill; True when newly subscribed, False when it already was."""
        parameters: dict[str, Any] = {"callbackurl": callback_url, "resultv2": "1"}
        if salt:
            parameters["salt"] = salt
        if phone:
            parameters["phone"] = phone
        param = {"company": company, "number": number, "key": self._key, "parameters": parameters}
        body = self._post(protocol.SUBSCRIBE_PATH, {"schema": "json", "param": protocol.dumps(param)})
        code = str(body.get("returnCode") or "")
        if body.get("result") is True and code == "200":
            return True
        if code == protocol.DUPLICATE_SUBSCRIPTION:
            return False
        raise errors.from_answer(code, str(body.get("message") or ""))

    def close(self) -> None:
        self._http.close()

    def _post(self, path: str, form: dict[str, str]) -> dict[str, Any]:
        response = checked_send(lambda: self._http.post(self.base + path, data=form), path, errors)
        return json_object(response, path, errors)
