"""Low-level K/3 Cloud WebAPI client: URLs, the three ways to authenticate, and response checking.

One call = one HTTP request; no retries here (the connector wraps calls in ``call_with_retry``). Every
failure is raised as a ``ConnectorError`` whose kind comes from the rule table in ``errors.py``.
Passwords, secrets and session ids are never logged.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx

from connectors.base import ConnectionInfo
from connectors.http_errors import checked_send
from connectors.kingdee import errors, protocol, signing
from orderbridge.errors import ConfigError, ConnectorError

log = logging.getLogger(__name__)
AUTH_MODES = ("password", "app_secret", "signed")


def service_root(conn: ConnectionInfo) -> str:
    """The connection's base URL, with ``/K3Cloud`` added when it names no path of its own."""
    base = conn.base_url()
    return base if base.split("://", 1)[1].count("/") else base + "/K3Cloud"


class KingdeeClient:
    """Authenticated access to one K/3 Cloud data centre (``extra.acct_id``)."""

    def __init__(self, conn: ConnectionInfo, *, timeout: float = 30.0, transport: Any = None) -> None:
        extra = conn.extra or {}
        self.root = service_root(conn)
        self.acct_id = str(extra.get("acct_id") or extra.get("acctid") or "")
        self.user = conn.login or ""
        self.lcid = int(extra.get("lcid") or 2052)
        self.org_num = extra.get("org_num", 0)
        self.auth = str(extra.get("auth") or "password")
        self.app_id = str(extra.get("app_id") or "")
        self._secret = conn.password or ""
        if self.auth not in AUTH_MODES:
            raise ConfigError(f"kingdee connection {conn.conn_id!r}: auth must be one of {AUTH_MODES}")
        if not self.acct_id or not self.user:
            raise ConfigError(f"kingdee connection {conn.conn_id!r} needs login and extra.acct_id")
        if self.auth != "password" and not self.app_id:
            raise ConfigError(f"kingdee connection {conn.conn_id!r}: auth {self.auth} needs extra.app_id")
        self._http = httpx.Client(timeout=timeout, transport=transport)
        self._authenticated = False

    def url(self, operation: str) -> str:
        return f"{self.root}/{protocol.service_path(operation)}"

    # --- authentication -------------------------------------------------------------------------
    def login(self) -> None:
        """Open a new session (password, app secret) or prove the signature works (signed)."""
        self._http.cookies.clear()
        self._authenticated = False
        if self.auth == "signed":
            self._authenticated = True
            body = self._post("ExecuteBillQuery", {"data": _probe_query()})
            err = protocol.query_error(body)
            if err is not None:
                self._authenticated = False
                status = err["Result"].get("ResponseStatus") or {}
                raise errors.from_code(
                    "signature", "signed request refused: " + errors.error_messages(status)
                )
            log.info("kingdee: signed requests accepted for acct %s as %s", self.acct_id, self.user)
            return
        if self.auth == "password":
            params = [self.acct_id, self.user, self._secret, self.lcid]
            operation = "ValidateUser"
        else:
            params = [self.acct_id, self.user, self.app_id, self._secret, self.lcid]
            operation = "LoginByAppSecret"
        body = self._post(operation, {"parameters": params})
        if not isinstance(body, dict) or body.get("LoginResultType") != 1:
            message = body.get("Message") if isinstance(body, dict) else None
            raise errors.from_code("login", f"{operation} refused for {self.user}@{self.acct_id}: {message}")
        self._authenticated = True
        log.info("kingdee: %s ok for acct %s as %s", operation, self.acct_id, self.user)

    def ensure_login(self) -> None:
        """Log in before the first call; signed requests need no login, so they skip the probe."""
        if not self._authenticated:
            if self.auth == "signed":
                self._authenticated = True
            else:
                self.login()

    # --- operations -----------------------------------------------------------------------------
    def execute(self, operation: str, form_id: str, data: dict[str, Any]) -> dict[str, Any]:
        """Save, View, Submit, Audit, ...: ``{"formid", "data"}``; the ``Result`` when it succeeded."""
        self.ensure_login()
        body = self._post(operation, {"formid": form_id, "data": data})
        if not isinstance(body, dict) or not isinstance(body.get("Result"), dict):
            raise errors.from_code("response", f"{operation}: unexpected answer {str(body)[:200]}")
        result = body["Result"]
        status = result.get("ResponseStatus")
        if status is not None and not status.get("IsSuccess", False):
            raise errors.from_response_status(status)
        return result

    def bill_query(self, query: dict[str, Any]) -> list[list[Any]]:
        """ExecuteBillQuery (``{"data": {FormId, FieldKeys, FilterString, ...}}``): rows of values."""
        self.ensure_login()
        body = self._post("ExecuteBillQuery", {"data": query})
        err = protocol.query_error(body)
        if err is not None:
            raise errors.from_response_status(err["Result"].get("ResponseStatus") or {})
        if not isinstance(body, list):
            raise errors.from_code("response", f"ExecuteBillQuery: unexpected answer {str(body)[:200]}")
        return body

    def close(self) -> None:
        self._http.close()

    # --- transport ------------------------------------------------------------------------------
    def _post(self, operation: str, payload: dict[str, Any]) -> Any:
        url = self.url(operation)
        headers = {"Content-Type": "application/json;charset=utf-8"}
        if self.auth == "signed":
            headers.update(self._signed(url))
        content = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        response = checked_send(
            lambda: self._http.post(url, content=content, headers=headers), operation, errors
        )
        try:
            return response.json()
        except ValueError as exc:
            raise errors.from_code(
                "response", f"{operation}: answer is not JSON: {response.text[:200]}"
            ) from exc

    def _signed(self, url: str) -> dict[str, str]:
        return signing.signed_headers(
            url,
            acct_id=self.acct_id,
            user=self.user,
            app_id=self.app_id,
            app_secret=self._secret,
            lcid=self.lcid,
            org_num=self.org_num,
        )


def _probe_query() -> dict[str, Any]:
    """A query that reads nothing: proves the credentials without touching data."""
    return {"FormId": "BD_Customer", "FieldKeys": "FNumber", "FilterString": "1=0", "TopRowCount": 1}


__all__ = ["AUTH_MODES", "ConnectorError", "KingdeeClient", "service_root"]
