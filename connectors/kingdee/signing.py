"""Kingdee SDK 8.x signed headers (third-party authorisation: no login call, every request signed).

Follows the official Python SDK (``kingdee.cdp.webapi.sdk`` 8.x): the app id is ``<clientId>_<code>``;
the gateway secret is ``<code>`` base64-decoded, XORed with a fixed seed and base64-encoded again;
``X-Api-Signature`` signs ``POST\\n<path url-quoted, '/' as %2F>\\n\\nx-api-nonce:..\\nx-api-timestamp:..\\n``
with that secret and ``X-Kd-Signature`` signs ``app_id + app_data`` with the app secret. Each HMAC-SHA256
is hex text, then base64. The SDK uses the timestamp (seconds) as the nonce.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import hmac
import time
from urllib.parse import quote, urlsplit

# The SDK's default XOR seed; its random check digits (every 9th char) are dropped before use.
_SEED = "0054s397p6234378o09pn7q3r5qropr7"
SIGN_HEADERS = "x-api-timestamp,x-api-nonce"


def hmac_b64hex(message: str, key: str) -> str:
    """base64 of the hex text of HMAC-SHA256(key, message), as the SDK computes it."""
    digest = hmac.new(key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).hexdigest()
    return base64.b64encode(digest.encode("ascii")).decode("ascii")


def decode_app_secret(code: str) -> str:
    """The gateway secret hidden in an app id's second part; '' unless it is 32 characters."""
    if len(code) != 32:
        return ""
    try:
        raw = base64.b64decode(code)
    except ValueError:
        return ""
    key = codecs.encode(_SEED, "rot13").encode("ascii")
    return base64.b64encode(bytes(b ^ key[i] for i, b in enumerate(raw))).decode("ascii")


def split_app_id(app_id: str) -> tuple[str, str]:
    """(client id, gateway secret); both '' when the app id has no single '_'."""
    parts = app_id.split("_")
    if len(parts) != 2:
        return "", ""
    return parts[0], decode_app_secret(parts[1])


def quote_path(url_or_path: str) -> str:
    """The URL's path, url-quoted with '/' as %2F."""
    path = urlsplit(url_or_path).path if "://" in url_or_path else url_or_path
    return quote(path, encoding="utf-8").replace("/", "%2F")


def api_canonical(path: str, nonce: str, timestamp: str) -> str:
    return f"POST\n{quote_path(path)}\n\nx-api-nonce:{nonce}\nx-api-timestamp:{timestamp}\n"


def app_data(acct_id: str, user: str, lcid: int | str, org_num: int | str) -> str:
    return f"{acct_id},{user},{lcid},{org_num}"


def signed_headers(
    url: str,
    *,
    acct_id: str,
    user: str,
    app_id: str,
    app_secret: str,
    lcid: int | str = 2052,
    org_num: int | str = 0,
    timestamp: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """All headers one signed request needs."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    nonce = nonce or ts
    client_id, client_secret = split_app_id(app_id)
    data = app_data(acct_id, user, lcid, org_num)
    return {
        "X-Api-ClientID": client_id,
        "X-Api-Auth-Version": "2.0",
        "x-api-timestamp": ts,
        "x-api-nonce": nonce,
        "x-api-signheaders": SIGN_HEADERS,
        "X-Api-Signature": hmac_b64hex(api_canonical(url, nonce, ts), client_secret),
        "X-Kd-Appkey": app_id,
        "X-Kd-Appdata": base64.b64encode(data.encode("utf-8")).decode("ascii"),
        "X-Kd-Signature": hmac_b64hex(app_id + data, app_secret),
    }
