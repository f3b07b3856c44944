"""Kuaidi100's two signatures: ``upper(md5(param + key + customer))`` on a query we send, and
``upper(md5(param + salt))`` on a push it sends us. ``param`` is the JSON text exactly as sent."""

from __future__ import annotations

import hashlib
import hmac


def _md5_upper(text: str) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest().upper()


def query_sign(param: str, key: str, customer: str) -> str:
    return _md5_upper(param + key + customer)


def push_sign(param: str, salt: str) -> str:
    return _md5_upper(param + salt)


def query_sign_ok(param: str, key: str, customer: str, given: str) -> bool:
    return hmac.compare_digest(query_sign(param, key, customer), (given or "").upper())


def push_sign_ok(param: str, salt: str, given: str) -> bool:
    return hmac.compare_digest(push_sign(param, salt), (given or "").upper())
