"""SF's ``msgDigest``: ``base64(md5(urlencode_plus(msgData + timestamp + checkWord)))``.

The md5 is taken over the UTF-8 bytes of the form-urlencoded text (``quote_plus``: space -> ``+``),
and its raw 16 bytes (not the hex text) are base64-encoded, as in SF's official Python SDK
(``callSfExpressServiceByCSIM``). The same function verifies requests in the sandbox.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote_plus


def msg_digest(msg_data: str, timestamp: str | int, check_word: str) -> str:
    """The digest SF expects for one request."""
    text = quote_plus(f"{msg_data}{timestamp}{check_word}")
    return base64.b64encode(hashlib.md5(text.encode("utf-8")).digest()).decode("ascii")


def digest_ok(msg_data: str, timestamp: str, check_word: str, given: str) -> bool:
    """Constant-time comparison of a received digest with the expected one."""
    return hmac.compare_digest(msg_digest(msg_data, timestamp, check_word), given or "")
