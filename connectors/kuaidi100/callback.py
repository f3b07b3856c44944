"""Our side of Kuaidi100's push: verify the sign, hand the update on, answer exactly what it expects.

``handle_push`` is framework-free (form fields in, status code and body bytes out) so any web layer can
host it; ``create_callback_app`` hosts it on FastAPI at ``POST /kuaidi100/callback``. A push with a wrong
or missing sign, or an unreadable param, is refused (Kuaidi100 then sends it again); a push our sink
fails on is refused too, so it is never lost.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from connectors.base import StatusUpdate
from connectors.kuaidi100 import protocol
from connectors.kuaidi100.connector import status_of
from connectors.kuaidi100.signing import push_sign_ok

log = logging.getLogger(__name__)
CALLBACK_PATH = "/kuaidi100/callback"
Sink = Callable[[StatusUpdate, dict[str, Any]], None]


def _answer(status: int, body: dict[str, Any]) -> tuple[int, bytes]:
    return status, protocol.dumps(body).encode("utf-8")


def handle_push(form: Mapping[str, str], salt: str | None, sink: Sink) -> tuple[int, bytes]:
    """(HTTP status, body) for one push; ``sink(update, param)`` is called only for a verified push."""
    param_text = form.get("param") or ""
    if salt and not push_sign_ok(param_text, salt, form.get("sign") or ""):
        log.warning("kuaidi100 push refused: bad sign")
        return _answer(400, protocol.refusal("400", "签名错误"))
    try:
        param = json.loads(param_text)
        last = param["lastResult"]
        update = status_of(last)
    except (ValueError, KeyError, TypeError, AttributeError):
        return _answer(400, protocol.refusal("400", "param格式错误"))
    try:
        sink(update, param)
    except Exception:  # the push is answered 'not taken' and will come again
        log.exception("kuaidi100 push for %s could not be recorded", update.external_id)
        return _answer(500, protocol.refusal("500", "处理失败"))
    return 200, protocol.push_accepted_body()


def create_callback_app(salt: str | None, sink: Sink) -> FastAPI:
    app = FastAPI(title="OrderBridge Kuaidi100 push receiver")

    @app.post(CALLBACK_PATH)
    async def receive(request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        status, body = handle_push(form, salt, sink)
        return Response(body, status_code=status, media_type="application/json;charset=utf-8")

    return app
