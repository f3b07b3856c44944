"""Who may call the U8 sandbox: app credentials for tokens, tokens (with a lifetime) for everything else."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from typing import Any

from connectors.u8 import protocol


class SandboxAuth:
    def __init__(
        self, *, from_account: str, app_key: str, app_secret: str, to_account: str, token_ttl: int = 7200
    ) -> None:
        self.from_account, self.app_key, self.app_secret = from_account, app_key, app_secret
        self.to_account, self.token_ttl = to_account, token_ttl
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()
        self.issued = 0

    def issue(self, params: dict[str, str]) -> dict[str, Any]:
        ok = (
            params.get("from_account") == self.from_account
            and params.get("app_key") == self.app_key
            and hmac.compare_digest(str(params.get("app_secret", "")).encode(), self.app_secret.encode())
        )
        if not ok:
            return protocol.answer(protocol.BAD_CREDENTIALS, "from_account、app_key或app_secret不正确")
        token = secrets.token_hex(16)
        with self._lock:
            self._tokens[token] = time.monotonic() + self.token_ttl
            self.issued += 1
        body = {"id": token, "expiresIn": self.token_ttl, "appkey": self.app_key}
        return protocol.answer(protocol.OK, "获取token成功", token=body)

    def check(self, params: dict[str, str], *, to_account: bool = True) -> dict[str, Any] | None:
        """None when the call may proceed, else the refusal to answer."""
        if params.get("from_account") != self.from_account or params.get("app_key") != self.app_key:
            return protocol.answer(protocol.BAD_CREDENTIALS, "from_account或app_key不正确")
        if to_account and params.get("to_account") != self.to_account:
            return protocol.answer(protocol.BAD_CREDENTIALS, f"to_account[{params.get('to_account')}]未授权")
        with self._lock:
            expires = self._tokens.get(params.get("token", ""))
        if expires is None:
            return protocol.answer(protocol.TOKEN_INVALID, "token不合法或已失效，请重新获取")
        if time.monotonic() >= expires:
            return protocol.answer(protocol.TOKEN_EXPIRED, "token已过期，请重新获取")
        return None

    def expire_all(self) -> None:
        """Every token issued so far is past its lifetime."""
        with self._lock:
            self._tokens = dict.fromkeys(self._tokens, 0.0)
