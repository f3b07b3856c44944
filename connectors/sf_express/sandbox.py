"""A local SF open-platform gateway: same URL, form fields, digest check, envelopes; state in SQLite.

``POST /std/service`` checks the form (A1001), the partner (A1004), the timestamp window (A1002), the
service (A1004) and the digest (A1006) before any business work, answering SF's envelope with the
inner result as JSON text. Control endpoints under ``/sandbox``: ``faults`` (see ``sandbox_faults``),
``shipments`` (what was booked), ``routes/advance`` (move shipments along their route now).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from connectors import sandbox_kit
from connectors.sandbox_kit.admin import add_fault_routes
from connectors.sf_express import protocol, sandbox_services
from connectors.sf_express.sandbox_faults import CourierFaultBoard, strike_after, strike_before
from connectors.sf_express.sandbox_store import ShipmentStore
from connectors.sf_express.signing import digest_ok

DEFAULT_PARTNER_ID = "SANDBOX"
DEFAULT_CHECK_WORD = "sandbox-checkword"


def create_app(
    state_path: str | Path,
    *,
    partner_id: str = DEFAULT_PARTNER_ID,
    check_word: str = DEFAULT_CHECK_WORD,
    route_step_seconds: float = 0.0,
    timestamp_window_seconds: float = 1800.0,
    faults: list[dict[str, Any]] | None = None,
) -> FastAPI:
    """``route_step_seconds`` > 0 moves each shipment one route event on per that many seconds."""
    store = ShipmentStore(state_path)
    board = CourierFaultBoard(commit_operation=protocol.CREATE_ORDER)
    for spec in faults or []:
        board.add(spec)
    app = FastAPI(title="OrderBridge SF Express sandbox")
    app.state.store, app.state.faults = store, board

    @app.get("/sandbox/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "partnerID": partner_id}

    @app.get("/sandbox/shipments")
    def shipments() -> dict[str, Any]:
        return {"shipments": store.all()}

    @app.post("/sandbox/routes/advance")
    async def advance(request: Request) -> dict[str, Any]:
        body = json.loads(await request.body() or b"{}")
        moved = store.advance(body.get("waybillNo"), int(body.get("steps", 1)))
        return {"moved": moved}

    add_fault_routes(app, board)

    @app.post(protocol.SERVICE_PATH)
    async def service(request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        operation = form.get("serviceCode", "")
        early = await strike_before(board, operation, request)
        if early is not None:
            return early
        refusal = _gateway_check(form, partner_id, check_word, timestamp_window_seconds)
        if refusal is not None:
            return JSONResponse(protocol.envelope(refusal))
        try:
            msg = json.loads(form["msgData"])
            if not isinstance(msg, dict):
                raise ValueError("msgData is not an object")
        except ValueError:
            bad = protocol.business(code=protocol.BIZ_BAD_PARAM, message="msgData不是有效的JSON对象")
            return JSONResponse(protocol.envelope(protocol.API_OK, bad))
        inner = _dispatch(operation, msg, store, partner_id, route_step_seconds)
        if (late := await strike_after(board, operation, request)) is not None:
            return late
        return JSONResponse(protocol.envelope(protocol.API_OK, inner))

    return app


def _gateway_check(form: dict[str, str], partner_id: str, check_word: str, window: float) -> str | None:
    """The apiResultCode of a refused request, or None when it may reach the service."""
    if any(not form.get(f) for f in protocol.FORM_FIELDS):
        return "A1001"
    if form["partnerID"] != partner_id or form["serviceCode"] not in protocol.SERVICES:
        return "A1004"
    try:
        sent = int(form["timestamp"]) / 1000.0
    except ValueError:
        return "A1001"
    if window > 0 and abs(time.time() - sent) > window:
        return "A1002"
    if not digest_ok(form["msgData"], form["timestamp"], check_word, form["msgDigest"]):
        return "A1006"
    return None


def _dispatch(operation: str, msg: dict[str, Any], store: ShipmentStore, partner: str, step: float) -> dict:
    if operation == protocol.CREATE_ORDER:
        return sandbox_services.create_order(store, partner, msg)
    if operation == protocol.SEARCH_ORDER:
        return sandbox_services.search_order(store, partner, msg)
    return sandbox_services.search_routes(store, partner, msg, step, time.time())


def serve(host: str, port: int, state_path: str | Path, **options: Any) -> None:
    """Run the sandbox in the foreground (``orderbridge sandbox sf_express --port N``)."""
    sandbox_kit.serve(create_app(state_path, **options), host, port)


def start_in_thread(state_path: str | Path, **options: Any) -> sandbox_kit.SandboxHandle:
    """The sandbox on a free loopback port in a background thread (tests, benchmarks)."""
    app = create_app(state_path, **options)
    return sandbox_kit.start_in_thread(app, "sf-express-sandbox")
