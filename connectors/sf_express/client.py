"""Low-level SF ``/std/service`` client: signs each call, unwraps the double-encoded answer.

One call = one HTTP request; no retries here (the connector wraps calls in ``call_with_retry``). Each call
gets a fresh requestID and timestamp. The checkWord is never logged. Connection fields: ``host`` the
gateway (``https://sfapi.sf-express.com``, sandbox ``https://sfapi-sbox.sf-express.com``), ``login``
the partnerID (顾客编码), ``password`` the checkWord (校验码), ``extra.language`` (default ``zh-CN``).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any

import httpx

from connectors.base import ConnectionInfo
from connectors.http_errors import checked_send, json_object
from connectors.sf_express import errors, protocol
from connectors.sf_express.signing import msg_digest
from orderbridge.errors import ConfigError

log = logging.getLogger(__name__)


class SfExpressClient:
    def __init__(self, conn: ConnectionInfo, *, timeout: float = 30.0, transport: Any = None) -> None:
        base = conn.base_url(default_scheme="https")
        self.url = base if base.endswith(protocol.SERVICE_PATH) else base + protocol.SERVICE_PATH
        self.partner_id = conn.login or ""
        self._check_word = conn.password or ""
        self.language = str((conn.extra or {}).get("language") or "zh-CN")
        if not self.partner_id or not self._check_word:
            raise ConfigError(
                f"sf_express connection {conn.conn_id!r} needs login (partnerID) and password (checkWord)"
            )
        self._http = httpx.Client(timeout=timeout, transport=transport)

    def call(self, service_code: str, msg_data: dict[str, Any]) -> dict[str, Any]:
        """The business ``msgData`` of a successful call; ``ConnectorError`` for every refusal."""
        text = json.dumps(msg_data, ensure_ascii=False, separators=(",", ":"))
        timestamp = str(int(time.time() * 1000))
        form = {
            "partnerID": self.partner_id,
            "requestID": str(uuid.uuid4()),
            "serviceCode": service_code,
            "timestamp": timestamp,
            "msgData": text,
            "msgDigest": msg_digest(text, timestamp, self._check_word),
        }
        body = self._post(service_code, form)
        code = str(body.get("apiResultCode") or "")
        if code != protocol.API_OK:
            raise errors.from_gateway(code, str(body.get("apiErrorMsg") or ""))
        try:
            inner = protocol.decode_result(body)
        except ValueError as exc:
            raise errors.from_code("response", f"{service_code}: {exc}") from exc
        if not inner.get("success") or str(inner.get("errorCode")) != protocol.BIZ_OK:
            raise errors.from_business(inner.get("errorCode"), inner.get("errorMsg"))
        return inner.get("msgData") or {}

    def close(self) -> None:
        self._http.close()

    def _post(self, service_code: str, form: dict[str, str]) -> dict[str, Any]:
        response = checked_send(lambda: self._http.post(self.url, data=form), service_code, errors)
        body = json_object(response, service_code, errors)
        log.debug("sf_express %s -> %s", service_code, body.get("apiResultCode"))
        return body
