"""A local Kuaidi100: signed query, subscription, pushes to a callback; state in SQLite.

``POST /poll/query.do`` checks the sign (503) and, for SF waybills, the phone (408); unknown or not yet
scanned waybills answer 500 'no result'. ``POST /poll`` (schema=json) subscribes: the key must match
(600), callbackurl is required (700), a second subscription answers 501. Waybills move through states
1, 0, 5, 3 with time (``step_seconds``) or on ``POST /sandbox/advance``, which also pushes to callbacks.
Control endpoints under ``/sandbox``: ``tracks`` (list, register), ``advance``, ``push`` (flush due
pushes), ``pushes`` (the log), ``subscriptions``, ``faults`` (as for SF; operations ``query`` and
``subscribe``).
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from connectors import sandbox_kit
from connectors.kuaidi100 import protocol, sandbox_tracking
from connectors.kuaidi100.sandbox_push import PushTicker
from connectors.kuaidi100.sandbox_store import TrackStore
from connectors.kuaidi100.signing import query_sign_ok
from connectors.sandbox_kit import FaultBoard
from connectors.sandbox_kit.admin import add_fault_routes
from connectors.sf_express.sandbox_faults import CourierFaultBoard, strike_after, strike_before

DEFAULT_CUSTOMER = "SANDBOX"
DEFAULT_KEY = "sandbox-key"
NO_RESULT = protocol.refusal(protocol.NO_RESULT, "查询无结果，请隔段时间再查")


def create_app(
    state_path: str | Path,
    *,
    customer: str = DEFAULT_CUSTOMER,
    key: str = DEFAULT_KEY,
    step_seconds: float = 0.0,
    faults: list[dict[str, Any]] | None = None,
) -> FastAPI:
    """``step_seconds`` > 0 moves each waybill one state on per that many seconds, pushing as it goes."""
    store = TrackStore(state_path)
    board = CourierFaultBoard()
    for spec in faults or []:
        board.add(spec)
    ticker = PushTicker(store, step_seconds, interval=max(0.2, step_seconds / 2))
    if step_seconds > 0:
        ticker.start()
    app = FastAPI(title="OrderBridge Kuaidi100 sandbox")
    app.state.store, app.state.faults, app.state.ticker = store, board, ticker

    @app.post(protocol.QUERY_PATH)
    async def query(request: Request) -> Response:
        if (early := await strike_before(board, "query", request)) is not None:
            return early
        form = {k: str(v) for k, v in (await request.form()).items()}
        if not all(form.get(f) for f in ("customer", "sign", "param")):
            return JSONResponse(protocol.refusal("400", "提交的数据不完整"))
        if form["customer"] != customer or not query_sign_ok(form["param"], key, customer, form["sign"]):
            return JSONResponse(protocol.refusal("503", "验证签名失败"))
        try:
            param = json.loads(form["param"])
            com, num = str(param["com"]), str(param["num"])
        except (ValueError, KeyError, TypeError):
            return JSONResponse(protocol.refusal("400", "提交的数据不完整: param需要com和num"))
        track = store.track(com, num)
        if track is not None and not sandbox_tracking.phone_ok(track, param.get("phone")):
            return JSONResponse(protocol.refusal("408", "顺丰单号需要提供寄件人或收件人的手机号(phone)"))
        stage = sandbox_tracking.stage_of(track, step_seconds, time.time()) if track else 0
        if not stage:
            return JSONResponse(NO_RESULT)
        return await _finish(board, "query", request, sandbox_tracking.answer(track, stage))

    @app.post(protocol.SUBSCRIBE_PATH)
    async def subscribe(request: Request) -> Response:
        if (early := await strike_before(board, "subscribe", request)) is not None:
            return early
        form = {k: str(v) for k, v in (await request.form()).items()}
        try:
            param = json.loads(form.get("param") or "")
            params = param.get("parameters") or {}
            com, num, url = str(param["company"]), str(param["number"]), str(params["callbackurl"])
        except (ValueError, KeyError, TypeError, AttributeError):
            return JSONResponse(
                protocol.refusal(
                    "700", "订阅方的订阅数据存在错误（如不支持的快递公司、单号为空、单号超长等）"
                )
            )
        if param.get("key") != key:
            return JSONResponse(protocol.refusal("600", "您不是合法的订阅者（即授权Key出错）"))
        store.register(com, num, params.get("phone"))
        if not store.subscribe(com, num, url, params.get("salt")):
            return JSONResponse(protocol.refusal(protocol.DUPLICATE_SUBSCRIPTION, "重复订阅"))
        return await _finish(board, "subscribe", request, protocol.SUBSCRIBED)

    _control(app, store, board, ticker)
    return app


async def _finish(board: FaultBoard, operation: str, request: Request, body: dict[str, Any]) -> Response:
    """Faults after the work is done: reset, or an answer held until the client gives up."""
    late = await strike_after(board, operation, request)
    return late if late is not None else JSONResponse(body)


def _control(app: FastAPI, store: TrackStore, board: FaultBoard, ticker: PushTicker) -> None:
    @app.get("/sandbox/health")
    def health() -> dict[str, Any]:
        return {"ok": True}

    @app.get("/sandbox/tracks")
    def tracks() -> dict[str, Any]:
        return {"tracks": store.tracks()}

    @app.post("/sandbox/tracks")
    async def register(request: Request) -> dict[str, Any]:
        body = await request.json()
        store.register(str(body.get("com") or protocol.SF_COMPANY), str(body["num"]), body.get("phone"))
        return {"registered": body["num"]}

    @app.post("/sandbox/advance")
    async def advance(request: Request) -> dict[str, Any]:
        body = json.loads(await request.body() or b"{}")
        moved = store.advance(body.get("num"), int(body.get("steps", 1)))
        return {"moved": moved, "pushes": await asyncio.to_thread(ticker.flush)}

    @app.post("/sandbox/push")
    async def push() -> dict[str, Any]:
        return {"pushes": await asyncio.to_thread(ticker.flush)}

    @app.get("/sandbox/pushes")
    def pushes() -> dict[str, Any]:
        return {"pushes": store.pushes()}

    @app.get("/sandbox/subscriptions")
    def subscriptions() -> dict[str, Any]:
        return {"subscriptions": store.subscriptions()}

    add_fault_routes(app, board)


def serve(host: str, port: int, state_path: str | Path, **options: Any) -> None:
    """Run the sandbox in the foreground (``orderbridge sandbox kuaidi100 --port N``)."""
    sandbox_kit.serve(create_app(state_path, **options), host, port)


def start_in_thread(state_path: str | Path, **options: Any) -> sandbox_kit.SandboxHandle:
    app = create_app(state_path, **options)
    return sandbox_kit.start_in_thread(
        app, "kuaidi100-sandbox", on_stop=[app.state.ticker.stop, app.state.store.close]
    )
