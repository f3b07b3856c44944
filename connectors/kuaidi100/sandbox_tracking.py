"""What a sandbox waybill reports: its events by stage, the query answer, and the push param.

Stages: 0 known but nothing scanned yet (no result), 1 picked up (state 1), 2 in transit (state 0),
3 out for delivery (state 5), 4 signed (state 3, ``ischeck`` 1, subscription ``shutdown``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from connectors.kuaidi100 import protocol

EVENTS = (
    ("1", "深圳市", "【深圳市】顺丰速运 已收取快件"),
    ("0", "深圳市", "【深圳市】快件已发车，准备发往【上海浦东集散中心】"),
    ("5", "上海市", "【上海市】快件交给收派员，正在派送途中"),
    ("3", "上海市", "【上海市】快件已签收，签收人：本人"),
)
LAST_STAGE = len(EVENTS)


def stage_of(track: dict[str, Any], step_seconds: float, now: float) -> int:
    by_time = int((now - track["created_at"]) // step_seconds) if step_seconds > 0 else 0
    return min(LAST_STAGE, max(track["stage"], by_time))


def answer(track: dict[str, Any], stage: int) -> dict[str, Any]:
    """The query answer (``data`` newest first, as Kuaidi100 sends it)."""
    start = dt.datetime.fromtimestamp(track["created_at"])
    data = []
    for i, (state, location, context) in enumerate(EVENTS[:stage]):
        at = (start + dt.timedelta(minutes=20 * i)).strftime("%Y-%m-%d %H:%M:%S")
        data.append(
            {
                "time": at,
                "ftime": at,
                "context": context,
                "location": location,
                "status": protocol.STATE_WORDS[state],
            }
        )
    state = EVENTS[stage - 1][0] if stage else "0"
    return {
        "message": "ok",
        "nu": track["num"],
        "ischeck": "1" if state == "3" else "0",
        "condition": "F00",
        "com": track["com"],
        "status": "200",
        "state": state,
        "data": list(reversed(data)),
    }


def push_param(track: dict[str, Any], stage: int) -> dict[str, Any]:
    last = answer(track, stage)
    return {
        "status": "shutdown" if last["state"] == "3" else "polling",
        "billstatus": "check" if last["state"] == "3" else "got",
        "message": "",
        "autoCheck": "0",
        "comOld": "",
        "comNew": "",
        "lastResult": last,
    }


def phone_ok(track: dict[str, Any], phone: str | None) -> bool:
    """SF waybills need a phone; when the sandbox knows the waybill's phone, the last 4 digits must match."""
    if track["com"] != protocol.SF_COMPANY:
        return True
    if not phone:
        return False
    known = "".join(ch for ch in (track.get("phone") or "") if ch.isdigit())
    given = "".join(ch for ch in phone if ch.isdigit())
    return not known or known[-4:] == given[-4:]
