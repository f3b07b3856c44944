"""The U8 sandbox's own helper routes under ``/sandbox``: stored orders, status changes, faults, tokens."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from connectors.sandbox_kit.admin import add_fault_routes
from connectors.sandbox_kit.faults import FaultBoard
from connectors.u8 import protocol
from connectors.u8.sandbox_auth import SandboxAuth
from connectors.u8.sandbox_store import U8Store


def add_admin_routes(app: FastAPI, store: U8Store, auth: SandboxAuth, board: FaultBoard) -> None:
    @app.get("/sandbox/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "tokens_issued": auth.issued}

    @app.get("/sandbox/orders")
    def orders() -> dict[str, Any]:
        return {"orders": store.all()}

    @app.post("/sandbox/orders/{code}/status")
    async def set_status(code: str, request: Request) -> JSONResponse:
        body = await request.json()
        state, fhstatus = body.get("state"), body.get("fhstatus")
        if state is not None and state not in protocol.STATES:
            return JSONResponse({"error": f"state must be one of {protocol.STATES}"}, status_code=400)
        if not store.set_status(code, state=state, fhstatus=None if fhstatus is None else str(fhstatus)):
            return JSONResponse({"error": f"no order {code}"}, status_code=404)
        return JSONResponse({"order": store.get(code)})

    @app.post("/sandbox/tokens/expire")
    def expire_tokens() -> dict[str, Any]:
        auth.expire_all()
        return {"expired": True}

    add_fault_routes(app, board)
