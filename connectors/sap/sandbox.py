"""A local SAP SOAP service: the WSDL's endpoint, basic auth, stateful sessions, state in SQLite.

``POST /sap/bc/srt/rfc/sap/{service}/{client}/{service}/{binding}`` takes SOAP 1.1 requests, validates
them against the XSD of ``ZSD_SALESORDER.wsdl`` (a SOAP fault when they do not conform) and answers as
the BAPIs do. ``GET`` on the endpoint with ``?wsdl`` serves the WSDL. Test and dry-run helpers live
under ``/sandbox``: committed orders, faults, status changes (a delivery), expiring sessions.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from connectors.sandbox_kit import runner as sandbox_runner
from connectors.sandbox_kit.admin import add_fault_routes
from connectors.sandbox_kit.faults import FaultBoard
from connectors.sandbox_kit.runner import SandboxHandle, abort_connection, hold
from connectors.sap import protocol, sandbox_soap
from connectors.sap.sandbox_bapi import Bapis
from connectors.sap.sandbox_basedata import BaseData
from connectors.sap.sandbox_store import OrderStore, Sessions

XML = "text/xml; charset=utf-8"
# http_503 / http_429: refuse with Retry-After; connection_reset: drop the connection unanswered;
# slow: wait ``delay`` s first; session_expired: the caller's session ends (its uncommitted orders are
# gone) before the call runs; timeout_after_commit: BAPI_TRANSACTION_COMMIT commits, then holds its answer.
FAULT_NAMES = ("http_503", "http_429", "connection_reset", "slow", "session_expired", "timeout_after_commit")
DEFAULT_OPERATIONS = {"timeout_after_commit": "BAPI_TRANSACTION_COMMIT"}


def create_app(
    state_path: str | Path,
    *,
    username: str = "SANDBOX",
    password: str = "sandbox",
    service: str = protocol.SERVICE,
    client: str = protocol.DEFAULT_CLIENT,
    basedata_path: str | Path | None = None,
    faults: list[dict[str, Any]] | None = None,
) -> FastAPI:
    store, sessions = OrderStore(state_path), Sessions()
    bapis = Bapis(store, sessions, BaseData.load(basedata_path))
    board = FaultBoard(FAULT_NAMES, DEFAULT_OPERATIONS)
    for spec in faults or []:
        board.add(spec)
    path = protocol.endpoint_path(service, client)
    app = FastAPI(title="OrderBridge SAP SOAP sandbox")
    app.state.store, app.state.sessions, app.state.faults = store, sessions, board

    @app.get("/sandbox/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "endpoint": path}

    @app.get("/sandbox/orders")
    def orders() -> dict[str, Any]:
        return {"orders": store.all(), "uncommitted": sessions.pending_count()}

    @app.post("/sandbox/orders/{vbeln}/status")
    async def set_status(vbeln: str, request: Request) -> JSONResponse:
        body = await request.json()
        if not store.set_status(vbeln, prc_stat=body.get("PRC_STAT_H"), dlv_stat=body.get("DLV_STAT_H")):
            return JSONResponse({"error": f"no order {vbeln}"}, status_code=404)
        return JSONResponse({"order": store.get(vbeln)})

    @app.post("/sandbox/sessions/expire")
    def expire_sessions() -> dict[str, Any]:
        sessions.end_all()
        return {"expired": True}

    add_fault_routes(app, board)

    @app.get(path)
    def wsdl(request: Request) -> Response:
        if not _authorized(request, username, password):
            return _unauthorized(client)
        text = protocol.WSDL_PATH.read_text(encoding="utf-8")
        address = str(request.url.replace(query=""))
        text = text.replace("http://localhost:8124" + protocol.endpoint_path(), address)
        return Response(text, media_type=XML)

    @app.post(path)
    async def soap(request: Request) -> Response:
        if not _authorized(request, username, password):
            return _unauthorized(client)
        raw = await request.body()
        try:
            function, params = sandbox_soap.read_request(raw, request.headers.get("soapaction"))
        except sandbox_soap.SoapFault as exc:
            return Response(sandbox_soap.fault(exc.code, exc.message), status_code=500, media_type=XML)
        early = await _early_faults(board, function, request)
        if early is not None:
            return early
        session_id = request.cookies.get(protocol.SESSION_COOKIE)
        if board.take("session_expired", function) is not None and session_id:
            sessions.end(session_id)
        session_id, new = sessions.resolve(session_id)
        answer = bapis.call(function, params, session_id)
        if (fault := board.take("timeout_after_commit", function)) is not None:
            await hold(request, float(fault.params.get("hold", 35)))
        response = Response(sandbox_soap.response(function, answer), media_type=XML)
        if new:
            response.set_cookie(protocol.SESSION_COOKIE, session_id, httponly=True, path="/sap/")
        return response

    return app


async def _early_faults(board: FaultBoard, function: str, request: Request) -> Response | None:
    if (fault := board.take("slow", function)) is not None:
        await asyncio.sleep(float(fault.params.get("delay", 2)))
    for name, status in (("http_503", 503), ("http_429", 429)):
        if (fault := board.take(name, function)) is not None:
            retry_after = str(fault.params.get("retry_after", 1))
            return Response(f"HTTP {status}", status_code=status, headers={"Retry-After": retry_after})
    if board.take("connection_reset", function) is not None:
        abort_connection(request)
        return Response(b"", status_code=500)
    return None


def _authorized(request: Request, username: str, password: str) -> bool:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        user, _, secret = base64.b64decode(value).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return False
    same_user = hmac.compare_digest(user.upper().encode(), username.upper().encode())
    return same_user and hmac.compare_digest(secret.encode(), password.encode())


def _unauthorized(client: str) -> Response:
    realm = f'Basic realm="SAP NetWeaver Application Server [SBX/{client}]"'
    return Response("Logon failed", status_code=401, headers={"WWW-Authenticate": realm})


def serve(host: str, port: int, state_path: str | Path, **options: Any) -> None:
    """Run the sandbox in the foreground (``orderbridge sandbox sap --port N``)."""
    sandbox_runner.serve(create_app(state_path, **options), host, port)


def start_in_thread(state_path: str | Path, **options: Any) -> SandboxHandle:
    """The sandbox on 127.0.0.1 at a free port, in a background thread, answering before this returns."""
    return sandbox_runner.start_in_thread(
        create_app(state_path, **options), "sap-sandbox", protocol.endpoint_path()
    )
