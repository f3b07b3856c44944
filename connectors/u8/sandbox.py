"""A local U8 OpenAPI server: same paths, query parameters, JSON shapes and errcodes; state in SQLite.

``/system/token``, ``/system/tradeid``, ``/api/saleorder/add`` (sync=1, or an asynchronous ``url`` on
``/system/result``), ``/api/saleorder/get``, ``/api/saleorderlist/batch_get`` and the base-data lists
``/api/customerlist/batch_get`` and ``/api/inventorylist/batch_get``. Test and dry-run helpers live under
``/sandbox``: stored orders, status changes (audit, shipping), faults, expiring tokens.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from pathlib import Path
from typing import Any

import yaml
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from connectors.sandbox_kit import runner as sandbox_runner
from connectors.sandbox_kit.faults import FaultBoard
from connectors.sandbox_kit.runner import SandboxHandle, abort_connection, hold
from connectors.u8 import protocol, sandbox_orders
from connectors.u8.sandbox_admin import add_admin_routes
from connectors.u8.sandbox_auth import SandboxAuth
from connectors.u8.sandbox_store import U8Store

BASEDATA_PATH = Path(__file__).with_name("sandbox_basedata.yaml")
# http_503 / http_429 (errcode 45009, Retry-After) / connection_reset / slow (``delay`` s) apply to any call;
# token_expired: every token issued so far expires before the call; timeout_after_commit: saleorder/add
# stores the order, then holds its answer ``hold`` s (default 35) or until the client hangs up.
FAULT_NAMES = ("http_503", "http_429", "connection_reset", "slow", "token_expired", "timeout_after_commit")
DEFAULT_OPERATIONS = {"timeout_after_commit": "saleorder/add"}


def create_app(
    state_path: str | Path,
    *,
    from_account: str = "sandbox",
    app_key: str = "sandbox-key",
    app_secret: str = "sandbox-secret",
    to_account: str = "sandbox",
    token_ttl: int = 7200,
    result_delay: float = 2.0,
    basedata_path: str | Path | None = None,
    faults: list[dict[str, Any]] | None = None,
) -> FastAPI:
    store = U8Store(state_path)
    basedata = yaml.safe_load(Path(basedata_path or BASEDATA_PATH).read_text(encoding="utf-8")) or {}
    auth = SandboxAuth(
        from_account=from_account,
        app_key=app_key,
        app_secret=app_secret,
        to_account=to_account,
        token_ttl=token_ttl,
    )
    board = FaultBoard(FAULT_NAMES, DEFAULT_OPERATIONS)
    for spec in faults or []:
        board.add(spec)
    app = FastAPI(title="OrderBridge Yonyou U8 OpenAPI sandbox")
    app.state.store, app.state.auth, app.state.faults = store, auth, board

    async def guard(request: Request, operation: str, *, to_acct: bool = True) -> Response | dict | None:
        """Faults first, then the token; a Response/dict to send instead of the real answer, or None."""
        if (fault := board.take("slow", operation)) is not None:
            await asyncio.sleep(float(fault.params.get("delay", 2)))
        if (fault := board.take("http_503", operation)) is not None:
            return Response(
                "Service Unavailable", 503, {"Retry-After": str(fault.params.get("retry_after", 1))}
            )
        if (fault := board.take("http_429", operation)) is not None:
            body = protocol.answer(protocol.RATE_LIMITED, "接口调用频率超过限制，请稍后再试")
            headers = {"Retry-After": str(fault.params.get("retry_after", 1))}
            return JSONResponse(body, status_code=429, headers=headers)
        if board.take("connection_reset", operation) is not None:
            abort_connection(request)
            return Response(b"", status_code=500)
        if operation == "token":
            return None
        if board.take("token_expired", operation) is not None:
            auth.expire_all()
        return auth.check(dict(request.query_params), to_account=to_acct)

    @app.get(protocol.TOKEN_PATH)
    async def token(request: Request) -> Any:
        return await guard(request, "token") or auth.issue(dict(request.query_params))

    @app.get(protocol.TRADEID_PATH)
    async def tradeid(request: Request) -> Any:
        if (refused := await guard(request, "tradeid", to_acct=False)) is not None:
            return refused
        trade_id = secrets.token_hex(16)
        store.add_tradeid(trade_id, from_account)
        return protocol.answer(protocol.OK, "", trade={"id": trade_id})

    @app.post(protocol.ADD_PATH)
    async def add(request: Request) -> Any:
        if (refused := await guard(request, "saleorder/add")) is not None:
            return refused
        q = dict(request.query_params)
        tradeid, biz_id = q.get("tradeid") or None, q.get("biz_id") or None
        if tradeid and biz_id:
            return protocol.answer(protocol.BAD_PARAMETER, "参数tradeid与biz_id不能同时传入")
        if tradeid and not store.tradeid_known(tradeid, from_account):
            return protocol.answer(protocol.TRADEID_INVALID, f"tradeid[{tradeid}]无效，请先获取tradeid")
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            return protocol.answer(protocol.BAD_PARAMETER, "请求体不是合法的JSON")
        result = sandbox_orders.add(store, basedata, body, tradeid=tradeid, biz_id=biz_id)
        if (fault := board.take("timeout_after_commit", "saleorder/add")) is not None:
            await hold(request, float(fault.params.get("hold", 35)))
        if q.get("sync") == "1":
            return result
        requestid = secrets.token_hex(12)
        store.put_result(requestid, time.time() + result_delay, result)
        url = f"{str(request.base_url).rstrip('/')}{protocol.RESULT_PATH}?requestid={requestid}"
        return protocol.answer(protocol.OK, "提交成功，请稍后通过url获取结果", tradeid=tradeid or "", url=url)

    @app.get(protocol.RESULT_PATH)
    async def result(request: Request) -> Any:
        if (refused := await guard(request, "result")) is not None:
            return refused
        found = store.result(request.query_params.get("requestid", ""))
        if found is None:
            return protocol.answer(protocol.NOT_FOUND, "requestid不存在")
        ready_at, answer = found
        if time.time() < ready_at:
            return protocol.answer(protocol.PROCESSING, "请求正在处理中，请稍后再试")
        return answer

    @app.get(protocol.GET_PATH)
    async def get(request: Request) -> Any:
        if (refused := await guard(request, "saleorder/get")) is not None:
            return refused
        order = store.get(request.query_params.get("id", ""))
        if order is None:
            return protocol.answer(
                protocol.NOT_FOUND, f"销售订单[{request.query_params.get('id', '')}]不存在"
            )
        return protocol.answer(protocol.OK, "", saleorder=sandbox_orders.full(order, basedata))

    @app.get(protocol.LIST_PATH)
    async def batch_get(request: Request) -> Any:
        if (refused := await guard(request, "saleorderlist/batch_get")) is not None:
            return refused
        q = dict(request.query_params)
        rows = [sandbox_orders.summary(o, basedata) for o in store.all() if sandbox_orders.matches(o, q)]
        return sandbox_orders.page(q, rows, "saleorderlist")

    @app.get(protocol.CUSTOMER_LIST_PATH)
    async def customers(request: Request) -> Any:
        if (refused := await guard(request, "customerlist/batch_get")) is not None:
            return refused
        return sandbox_orders.page(
            dict(request.query_params), list(basedata.get("customers") or []), "customer"
        )

    @app.get(protocol.INVENTORY_LIST_PATH)
    async def inventories(request: Request) -> Any:
        if (refused := await guard(request, "inventorylist/batch_get")) is not None:
            return refused
        return sandbox_orders.page(
            dict(request.query_params), list(basedata.get("inventories") or []), "inventory"
        )

    add_admin_routes(app, store, auth, board)
    return app


def serve(host: str, port: int, state_path: str | Path, **options: Any) -> None:
    """Run the sandbox in the foreground (``orderbridge sandbox u8 --port N``)."""
    sandbox_runner.serve(create_app(state_path, **options), host, port)


def start_in_thread(state_path: str | Path, **options: Any) -> SandboxHandle:
    """The sandbox on 127.0.0.1 at a free port, in a background thread, answering before this returns."""
    return sandbox_runner.start_in_thread(create_app(state_path, **options), "u8-sandbox")
