"""The faults the SF Express and Kuaidi100 sandboxes inject (armed through ``connectors.sandbox_kit``).

A fault is armed with ``POST /sandbox/faults`` ``{"name", "count", "operation", ...params}`` and used up
one occurrence per matching request:

- ``http_5xx``: answer HTTP ``status`` (default 503) before doing anything, ``Retry-After`` if given.
- ``rate_limit``: HTTP 429 with ``Retry-After: retry_after`` (default 1) before doing anything.
- ``reset``: the TCP connection is reset (RST) ``when`` ``before`` (default) or ``after`` the work is
  committed; the client sees a transport error and cannot know which.
- ``timeout_after_commit``: commit, then hold the answer ``hold`` seconds (default 35) or until the
  client hangs up.
- ``slow``: wait ``delay`` seconds (default 2) first, then answer normally.

``operation`` limits a fault to one service (SF serviceCode, Kuaidi100 endpoint name); faults that act
after a commit default to the sandbox's creating operation.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from connectors.sandbox_kit import FaultBoard, hold, reset_connection

FAULT_NAMES = ("http_5xx", "rate_limit", "reset", "timeout_after_commit", "slow")


class CourierFaultBoard(FaultBoard):
    """The kit's board with the courier faults; ``commit_operation`` is the default of after-commit faults."""

    def __init__(self, commit_operation: str | None = None) -> None:
        super().__init__(FAULT_NAMES)
        self.commit_operation = commit_operation

    def default_operation(self, name: str, params: dict[str, Any]) -> str | None:
        after_commit = name == "timeout_after_commit" or (name == "reset" and params.get("when") == "after")
        return self.commit_operation if after_commit else None

    def check(self, name: str, params: dict[str, Any]) -> None:
        if name == "reset" and params.setdefault("when", "before") not in ("before", "after"):
            raise ValueError("reset: 'when' must be 'before' or 'after'")


async def strike_before(board: FaultBoard, operation: str, request: Request) -> Response | None:
    """Faults that strike before any work: slow, 5xx, 429, reset-before."""
    if (fault := board.take("slow", operation)) is not None:
        await asyncio.sleep(float(fault.params.get("delay", 2)))
    if (fault := board.take("http_5xx", operation)) is not None:
        headers = {"Retry-After": str(fault.params["retry_after"])} if "retry_after" in fault.params else {}
        return Response(
            "Service Unavailable", status_code=int(fault.params.get("status", 503)), headers=headers
        )
    if (fault := board.take("rate_limit", operation)) is not None:
        retry_after = str(fault.params.get("retry_after", 1))
        return Response("Too Many Requests", status_code=429, headers={"Retry-After": retry_after})
    if board.take("reset", operation, when="before") and reset_connection(request):
        return Response(status_code=204)
    return None


async def strike_after(board: FaultBoard, operation: str, request: Request) -> Response | None:
    """Faults after the work is committed: a reset (its stand-in answer), or the answer held back (None)."""
    if board.take("reset", operation, when="after") and reset_connection(request):
        return Response(status_code=204)
    if (fault := board.take("timeout_after_commit", operation)) is not None:
        await hold(request, float(fault.params.get("hold", 35)))
    return None
