"""Low-level U8 OpenAPI client: the token (refreshed before it expires), trade ids, and answer checking.

One method = one request, except that a call first fetches a token when it has none or the one it has is
about to expire. No retries here (the connector retries). Failures are ``ConnectorError``s classified by
``errors.py``. The app secret and tokens are never logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from connectors.base import ConnectionInfo
from connectors.http_errors import checked_send, json_object
from connectors.u8 import errors, protocol
from orderbridge.errors import ConfigError

log = logging.getLogger(__name__)
REFRESH_MARGIN = 300.0  # seconds before expiry at which a token is renewed (at most a tenth of its lifetime)


class U8Client:
    def __init__(
        self,
        conn: ConnectionInfo,
        *,
        timeout: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        extra = conn.extra or {}
        self.base = conn.base_url()
        self.from_account = conn.login or str(extra.get("from_account") or "")
        self.app_key = str(extra.get("app_key") or "")
        self.to_account = str(extra.get("to_account") or self.from_account)
        self.ds_sequence = extra.get("ds_sequence")
        self._secret = conn.password or ""
        if not (self.from_account and self.app_key and self._secret):
            raise ConfigError(
                f"u8 connection {conn.conn_id!r} needs login (from_account), password (app_secret)"
                " and extra.app_key"
            )
        self._http = httpx.Client(timeout=timeout)
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0

    # --- token ----------------------------------------------------------------------------------
    def refresh_token(self) -> str:
        """Get a new token (``GET /system/token``) and remember when it must be renewed."""
        self._token = None
        params = {"from_account": self.from_account, "app_key": self.app_key, "app_secret": self._secret}
        body = self._request("GET", protocol.TOKEN_PATH, "token", params=params)
        token = body.get("token") or {}
        if not token.get("id"):
            raise errors.from_code("response", f"token: answer without a token: {str(body)[:200]}")
        lifetime = float(token.get("expiresIn") or 7200)
        self._token = str(token["id"])
        self._expires_at = self._clock() + lifetime - min(REFRESH_MARGIN, lifetime / 10)
        log.info("u8: new token for %s, valid %.0f s", self.from_account, lifetime)
        return self._token

    def token(self) -> str:
        if self._token is None or self._clock() >= self._expires_at:
            return self.refresh_token()
        return self._token

    def auth_params(self, *, to_account: bool = True) -> dict[str, Any]:
        """The query parameters every API call carries (a fresh token if needed)."""
        params: dict[str, Any] = {"from_account": self.from_account, "app_key": self.app_key}
        if to_account:
            params["to_account"] = self.to_account
        params["token"] = self.token()
        if to_account and self.ds_sequence not in (None, ""):
            params["ds_sequence"] = self.ds_sequence
        return params

    # --- operations -----------------------------------------------------------------------------
    def trade_id(self) -> str:
        body = self._request(
            "GET", protocol.TRADEID_PATH, "tradeid", params=self.auth_params(to_account=False)
        )
        trade = body.get("trade") or {}
        if not trade.get("id"):
            raise errors.from_code("response", f"tradeid: answer without an id: {str(body)[:200]}")
        return str(trade["id"])

    def add_order(
        self, body: dict[str, Any], *, tradeid: str | None = None, biz_id: str | None = None, sync: bool
    ) -> dict[str, Any]:
        """``POST saleorder/add`` (``{"saleorder": {...}}``); the answer: ``id`` with sync, else ``url``."""
        params = self.auth_params()
        if tradeid:
            params["tradeid"] = tradeid
        if biz_id:
            params["biz_id"] = biz_id
        if sync:
            params["sync"] = 1
        return self._request("POST", protocol.ADD_PATH, "saleorder/add", params=params, json=body)

    def poll(self, url: str) -> dict[str, Any]:
        """The asynchronous result at ``url``; raises the PROCESSING error (transient) while not ready."""
        query = dict(parse_qsl(urlsplit(url).query))
        params = {k: v for k, v in self.auth_params().items() if k not in query}
        return self._request("GET", url.split("?", 1)[0], "result", params={**query, **params})

    def get_order(self, code: str) -> dict[str, Any] | None:
        params = {**self.auth_params(), "id": code}
        body = self._request("GET", protocol.GET_PATH, "saleorder/get", params=params, missing_ok=True)
        return body.get("saleorder") if body is not None else None

    def batch_get(self, path: str, call: str, **filters: Any) -> dict[str, Any]:
        params = {**self.auth_params(), **{k: v for k, v in filters.items() if v not in (None, "")}}
        return self._request("GET", path, call, params=params)

    def close(self) -> None:
        self._http.close()

    # --- transport ------------------------------------------------------------------------------
    def _request(self, method: str, path: str, call: str, *, missing_ok: bool = False, **kwargs: Any) -> Any:
        url = path if "://" in path else self.base + path
        response = checked_send(lambda: self._http.request(method, url, **kwargs), call, errors)
        body = json_object(response, call, errors)
        code = str(body.get("errcode"))
        if code == protocol.NOT_FOUND and missing_ok:
            return None
        if code != protocol.OK:
            error = errors.from_answer(body, call)
            if error.kind == errors.AUTH:
                self._token = None  # never reuse a token the server refused
            raise error
        return body
