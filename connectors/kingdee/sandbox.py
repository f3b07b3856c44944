"""A local K/3 Cloud WebAPI server: same URLs, auth, body and response shapes, state in SQLite.

IT dry-runs a mapping against it before going live; tests run the real client against it. Base data
comes from ``sandbox_basedata.yaml``; faults are armed with ``POST /sandbox/faults`` (see
``sandbox_faults``); ``GET /sandbox/orders`` shows what was stored.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from connectors.kingdee import protocol, sandbox_orders
from connectors.kingdee.sandbox_auth import SANDBOX_APP_ID, SANDBOX_APP_SECRET, SandboxAuth
from connectors.kingdee.sandbox_basedata import BaseData
from connectors.kingdee.sandbox_faults import FAULT_NAMES
from connectors.kingdee.sandbox_query import SALE_ORDER, QueryError, execute_bill_query
from connectors.kingdee.sandbox_store import OrderStore
from connectors.sandbox_kit import FaultBoard, SandboxHandle, abort_connection, hold, runner
from connectors.sandbox_kit.admin import add_fault_routes

SERVICE = re.compile(
    r"kingdee\.bos\.webapi\.servicesstub\.(?:dynamicformservice|authservice)\.(\w+)\.common\.kdsvc$", re.I
)
OPERATIONS = {op.lower(): op for op in (*protocol.FORM_OPERATIONS, *protocol.AUTH_OPERATIONS)}


def form_request(body: Any) -> tuple[str, dict[str, Any]]:
    """(form id, data) from any body shape: formid+data, parameters [form, json], or data with FormId."""
    lowered = {str(k).lower(): v for k, v in body.items()} if isinstance(body, dict) else {}
    form, data = lowered.get("formid"), lowered.get("data")
    params = lowered.get("parameters")
    if isinstance(params, str):
        params = json.loads(params)
    if isinstance(params, list) and params:
        form, data = (None, params[0]) if len(params) == 1 else (params[0], params[1])
    if isinstance(data, str):
        data = json.loads(data) if data.strip() else {}
    data = data if isinstance(data, dict) else {}
    if not form:
        form = next((v for k, v in data.items() if k.lower() == "formid"), "")
    return str(form or ""), data


def create_app(
    state_path: str | Path,
    *,
    acct_id: str = "sandbox",
    username: str = "administrator",
    password: str = "sandbox",
    app_id: str = SANDBOX_APP_ID,
    app_secret: str = SANDBOX_APP_SECRET,
    basedata_path: str | Path | None = None,
    faults: list[dict[str, Any]] | None = None,
) -> FastAPI:
    store = OrderStore(state_path)
    basedata = BaseData.load(basedata_path)
    auth = SandboxAuth(
        acct_id=acct_id, username=username, password=password, app_id=app_id, app_secret=app_secret
    )
    board = FaultBoard(FAULT_NAMES, {"timeout_after_commit": "Save"})
    for spec in faults or []:
        board.add(spec)
    app = FastAPI(title="OrderBridge Kingdee K/3 Cloud sandbox")
    app.state.store, app.state.faults, app.state.auth = store, board, auth

    @app.get("/sandbox/health")
    def health() -> dict[str, Any]:
        return {"ok": True, "acct_id": acct_id}

    @app.get("/sandbox/orders")
    def orders() -> dict[str, Any]:
        return {"orders": store.all()}

    add_fault_routes(app, board)

    @app.post("/{path:path}")
    async def webapi(path: str, request: Request) -> Response:
        match = SERVICE.search(path)
        operation = OPERATIONS.get(match.group(1).lower()) if match else None
        if operation is None:
            return JSONResponse({"error": f"no such service: /{path}"}, status_code=404)
        if (fault := board.take("slow", operation)) is not None:
            await asyncio.sleep(float(fault.params.get("delay", 2)))
        for name, status in (("http_503", 503), ("http_429", 429)):
            if (fault := board.take(name, operation)) is not None:
                retry_after = str(fault.params.get("retry_after", 1))
                return Response(f"HTTP {status}", status_code=status, headers={"Retry-After": retry_after})
        if board.take("connection_reset", operation) is not None:
            abort_connection(request)
            return Response(status_code=500)  # never reaches the client: the connection is gone
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            return JSONResponse({"error": "body is not JSON"}, status_code=400)
        if operation in protocol.AUTH_OPERATIONS:
            return _login(operation, body, auth)
        wrap = protocol.wrap_query_error if operation == "ExecuteBillQuery" else (lambda b: b)
        if board.take("session_lost", operation) is not None or not _authorized(request, auth):
            return JSONResponse(wrap(protocol.session_lost()))
        try:
            form_id, data = form_request(body)
        except ValueError:
            return JSONResponse(wrap(protocol.failure([protocol.error_entry("参数不是有效的JSON")], 4)))
        answer = _dispatch(operation, form_id, data, store, basedata)
        if operation == "Save" and (fault := board.take("timeout_after_commit", operation)) is not None:
            await hold(request, float(fault.params.get("hold", 35)))
        return JSONResponse(answer)

    return app


def _login(operation: str, body: Any, auth: SandboxAuth) -> Response:
    body = body if isinstance(body, dict) else {}
    method = auth.validate_user if operation == "ValidateUser" else auth.login_by_app_secret
    answer, session = method(body)
    response = JSONResponse(answer)
    if session:
        for name in protocol.SESSION_COOKIES:
            response.set_cookie(name, session, httponly=True, path="/")
    return response


def _authorized(request: Request, auth: SandboxAuth) -> bool:
    if "x-kd-appkey" in request.headers:
        return auth.signature_ok(request.headers, request.url.path)
    session = request.cookies.get("kdservice-sessionid") or request.headers.get("kdservice-sessionid")
    return auth.has_session(session)


def _dispatch(operation: str, form_id: str, data: dict[str, Any], store: OrderStore, bd: BaseData) -> Any:
    if operation == "ExecuteBillQuery":
        try:
            return execute_bill_query(data, store, bd)
        except QueryError as exc:
            return protocol.wrap_query_error(
                protocol.failure([protocol.error_entry(exc.message)], exc.msg_code)
            )
    if form_id.lower() != SALE_ORDER.lower():
        return _refuse(f"业务对象[{form_id}]不存在")
    if operation == "Save":
        return sandbox_orders.save(SALE_ORDER, data, store, bd)
    if operation == "View":
        return sandbox_orders.view(SALE_ORDER, data, store)
    if operation in sandbox_orders.NEXT_STATUS:
        return sandbox_orders.transition(operation, SALE_ORDER, data, store)
    return _refuse(f"沙箱未实现操作[{operation}]")


def _refuse(message: str) -> dict[str, Any]:
    return protocol.failure([protocol.error_entry(message)], protocol.MSG_UNKNOWN_FORM_OR_FILTER)


def serve(host: str, port: int, state_path: str | Path, **options: Any) -> None:
    """Run the sandbox in the foreground (``orderbridge sandbox kingdee --port N``)."""
    runner.serve(create_app(state_path, **options), host, port)


def start_in_thread(state_path: str | Path, **options: Any) -> SandboxHandle:
    """The sandbox on 127.0.0.1 at a free port, in a background thread, answering before this returns."""
    return runner.start_in_thread(create_app(state_path, **options), "kingdee-sandbox")
