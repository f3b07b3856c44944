"""Where Kuaidi100's pushes are received: the Orders plugin's route and ``orderbridge kuaidi100-callback``.

Both hosts share ``PushReceiver``: the salt (``extra.callback_secret`` of the ``kuaidi100`` connection, the
same one ``Kuaidi100Connector.subscribe`` gives Kuaidi100) and a ``LedgerPushSink``, both made on first
use. The receiver never takes an unsigned push: with no salt configured every push is refused (and logged),
so a misconfiguration cannot open the ledger to anyone who finds the URL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response

from connectors.kuaidi100 import protocol
from connectors.kuaidi100.callback import CALLBACK_PATH, handle_push
from orderbridge.errors import ConfigError
from orderbridge.sync.push_sink import LedgerPushSink

log = logging.getLogger(__name__)
MEDIA_TYPE = "application/json;charset=utf-8"


def callback_salt(conn_id: str | None = None) -> str:
    """The push salt; ``ConfigError`` when the connection has none (pushes cannot be verified)."""
    from connectors.credentials import get_connection
    from connectors.registry import connection_id

    conn = get_connection(conn_id or connection_id("kuaidi100"))
    salt = str((conn.extra or {}).get("callback_secret") or "")
    if not salt:
        raise ConfigError(
            f"kuaidi100 connection {conn.conn_id!r} has no extra.callback_secret: "
            "pushes cannot be verified, so none is taken"
        )
    return salt


class PushReceiver:
    def __init__(self, get_ledger: Callable[[], Any], get_salt: Callable[[], str] = callback_salt) -> None:
        self._get_ledger, self._get_salt = get_ledger, get_salt
        self._sink: LedgerPushSink | None = None
        self._salt: str | None = None

    @property
    def sink(self) -> LedgerPushSink:
        if self._sink is None:
            self._sink = LedgerPushSink(self._get_ledger())
        return self._sink

    def answer(self, form: Mapping[str, str]) -> tuple[int, bytes]:
        """(HTTP status, body) for one push, exactly as Kuaidi100 expects them."""
        if self._salt is None:
            try:
                self._salt = self._get_salt()
            except ConfigError as exc:
                log.error("kuaidi100 push refused: %s", exc)
                return 503, protocol.dumps(protocol.refusal("503", "回调未配置签名密钥")).encode("utf-8")
        return handle_push(form, self._salt, self.sink)

    async def respond(self, request: Request) -> Response:
        form = {key: str(value) for key, value in (await request.form()).items()}
        status, body = self.answer(form)
        return Response(body, status_code=status, media_type=MEDIA_TYPE)


def receiver_app(receiver: PushReceiver) -> FastAPI:
    """The receiver alone (``orderbridge kuaidi100-callback``), at ``POST /kuaidi100/callback``."""
    app = FastAPI(
        title="OrderBridge Kuaidi100 push receiver", docs_url=None, redoc_url=None, openapi_url=None
    )

    @app.post(CALLBACK_PATH)
    async def receive(request: Request) -> Response:
        return await receiver.respond(request)

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"ok": True}

    return app
