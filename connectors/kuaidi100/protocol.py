"""Wire facts of Kuaidi100 shared by the client, the callback receiver and the sandbox.

Query ``POST /poll/query.do`` (form ``customer, sign, param``); subscribe ``POST /poll`` (form
``schema=json, param``); both answer JSON. A push to our callback is a form ``param`` (+ ``sign`` when a
salt was given) that we must answer with exactly ``PUSH_ACCEPTED`` or it is sent again.
"""

from __future__ import annotations

import json

QUERY_PATH = "/poll/query.do"
SUBSCRIBE_PATH = "/poll"
SF_COMPANY = "shunfeng"  # SF waybills need 'phone' (sender's or recipient's) to be queried

# state: what the parcel is doing now.
STATES = {
    "0": "in_transit",
    "1": "picked_up",
    "2": "problem",
    "3": "delivered",
    "4": "returned",
    "5": "out_for_delivery",
    "6": "returned",
    "7": "forwarded",
    "14": "refused",
}
STATE_WORDS = {
    "0": "在途",
    "1": "揽收",
    "2": "疑难",
    "3": "签收",
    "4": "退签",
    "5": "派件",
    "6": "退回",
    "7": "转投",
}

# returnCode of a refused query or subscription (query: 400, 408, 500, 501, 502, 503, 601;
# subscribe: 200, 500, 501, 600, 700, 701). Codes are from Kuaidi100's API pages as remembered; the
# wording of 408 for a missing SF phone is inferred.
NO_RESULT = "500"
DUPLICATE_SUBSCRIPTION = "501"
SUBSCRIBED = {"result": True, "returnCode": "200", "message": "提交成功"}

PUSH_ACCEPTED = {"result": True, "returnCode": "200", "message": "成功"}
PUSH_STATUSES = ("polling", "shutdown", "abort", "updateall")


def dumps(value: object) -> str:
    """Compact JSON text, CJK kept as is: how param texts and answers are written on the wire."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def refusal(code: str, message: str) -> dict[str, object]:
    return {"result": False, "returnCode": code, "message": message}


def push_accepted_body() -> bytes:
    """The exact bytes Kuaidi100 expects back from a callback that took the push."""
    return dumps(PUSH_ACCEPTED).encode("utf-8")
