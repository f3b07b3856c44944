"""Who may call the sandbox: sessions from ValidateUser / LoginByAppSecret, or SDK 8.x signed headers."""

from __future__ import annotations

import base64
import hmac
import secrets
import threading
import time
from collections.abc import Mapping
from typing import Any

from connectors.kingdee import signing

SANDBOX_APP_ID = "300000_T3JkZXJCcmlkZ2VTYW5kYm94QXBwSUQx"  # <client id>_<32-char code>, as Kingdee issues
SANDBOX_APP_SECRET = "orderbridge-sandbox-app-secret"
MAX_CLOCK_SKEW = 900  # seconds a signed timestamp may differ from the sandbox's clock


def login_params(body: dict[str, Any], names: tuple[str, ...]) -> list[Any]:
    """``{"parameters": [...]}`` or an object with the named keys (any case)."""
    params = body.get("parameters")
    if isinstance(params, list):
        return params + [None] * (len(names) - len(params))
    lowered = {str(k).lower(): v for k, v in body.items()}
    return [lowered.get(name.lower()) for name in names]


class SandboxAuth:
    def __init__(self, *, acct_id: str, username: str, password: str, app_id: str, app_secret: str) -> None:
        self.acct_id, self.username, self.password = acct_id, username, password
        self.app_id, self.app_secret = app_id, app_secret
        self._sessions: set[str] = set()
        self._lock = threading.Lock()

    def validate_user(self, body: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        acct, user, password, lcid = login_params(body, ("acctid", "username", "password", "lcid"))
        return self._login(acct, user, lcid, _same(password, self.password), "用户名或密码错误！")

    def login_by_app_secret(self, body: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        acct, user, app_id, secret, lcid = login_params(
            body, ("acctid", "username", "appid", "appsecret", "lcid")
        )
        ok = _same(app_id, self.app_id) and _same(secret, self.app_secret)
        return self._login(acct, user, lcid, ok, "第三方系统登录授权验证失败：应用ID或应用密钥错误")

    def _login(
        self, acct: Any, user: Any, lcid: Any, secret_ok: bool, refusal: str
    ) -> tuple[dict, str | None]:
        if str(acct) != self.acct_id:
            return _login_body(0, f"数据中心[{acct}]不存在", None, user, lcid), None
        if str(user) != self.username or not secret_ok:
            return _login_body(0, refusal, None, user, lcid), None
        session = secrets.token_hex(16)
        with self._lock:
            self._sessions.add(session)
        return _login_body(1, None, session, user, lcid), session

    def has_session(self, session: str | None) -> bool:
        with self._lock:
            return bool(session) and session in self._sessions

    def forget_sessions(self) -> None:
        with self._lock:
            self._sessions.clear()

    def signature_ok(self, headers: Mapping[str, str], path: str) -> bool:
        """Every signed header present and right: app key, app data, both signatures, fresh timestamp."""
        h = {k.lower(): v for k, v in headers.items()}
        try:
            ts, nonce = h["x-api-timestamp"], h["x-api-nonce"]
            data = base64.b64decode(h["x-kd-appdata"]).decode("utf-8")
            acct, user = data.split(",")[:2]
            client_id, client_secret = signing.split_app_id(self.app_id)
            checks = (
                _same(h["x-kd-appkey"], self.app_id),
                _same(h.get("x-api-clientid", ""), client_id),
                acct == self.acct_id and user == self.username,
                abs(time.time() - int(ts)) <= MAX_CLOCK_SKEW,
                _same(h["x-kd-signature"], signing.hmac_b64hex(self.app_id + data, self.app_secret)),
                _same(
                    h["x-api-signature"],
                    signing.hmac_b64hex(signing.api_canonical(path, nonce, ts), client_secret),
                ),
            )
        except (KeyError, ValueError, UnicodeDecodeError):
            return False
        return all(checks)


def _same(given: Any, expected: str) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given.encode(), expected.encode())


def _login_body(
    result: int, message: str | None, session: str | None, user: Any, lcid: Any
) -> dict[str, Any]:
    context = None
    if session:
        context = {
            "UserLocale": "zh-CN",
            "LogonLocale": "zh-CN",
            "DBid": "sandbox",
            "SessionId": session,
            "UserName": user,
            "UserId": 100008,
            "DisplayVersion": "8.2 (OrderBridge sandbox)",
            "DataCenterName": "OrderBridge sandbox",
            "CurrentOrganizationInfo": {"ID": 1, "Name": "总公司"},
        }
    return {
        "Message": message,
        "MessageCode": None if result == 1 else "LoginFail",
        "LoginResultType": result,
        "Context": context,
        "KDSVCSessionId": session,
        "FormId": None,
        "RedirectFormParam": None,
        "FormInputObject": None,
        "ErrorStackTrace": None,
        "Lcid": _lcid(lcid),
        "AccessToken": None,
        "KdAccessResult": None,
        "IsSuccessByAPI": result == 1,
    }


def _lcid(value: Any) -> int:
    return int(value) if str(value or "").isdigit() else 2052
