"""Running a sandbox app: in the foreground, or in a test thread,
plus the two tricks fault injection needs: holding an answer back, and dropping a connection unanswered."""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request


@dataclass
class SandboxHandle:
    url: str
    app: FastAPI
    server: uvicorn.Server
    thread: threading.Thread
    endpoint_path: str = ""
    on_stop: list[Callable[[], None]] = field(default_factory=list)

    @property
    def endpoint(self) -> str:
        return self.url + self.endpoint_path

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        for hook in self.on_stop:
            hook()


def start_in_thread(
    app: FastAPI, name: str, endpoint_path: str = "", on_stop: list[Callable[[], None]] | None = None
) -> SandboxHandle:
    """``app`` on 127.0.0.1 at a free port, in a background thread, answering before this returns.

    ``stop()`` runs ``on_stop`` after the server is down; by default it closes ``app.state.store``.
    """
    if on_stop is None:
        store = getattr(app.state, "store", None)
        on_stop = [store.close] if store is not None else []
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True, name=f"{name}-{port}"
    )
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"{name} did not start")
        time.sleep(0.01)
    return SandboxHandle(f"http://127.0.0.1:{port}", app, server, thread, endpoint_path, list(on_stop))


def serve(app: FastAPI, host: str, port: int) -> None:
    uvicorn.run(app, host=host, port=port, log_level="info")


async def hold(request: Request, seconds: float) -> None:
    """Keep the answer back until ``seconds`` pass or the client gives up and hangs up."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await request.is_disconnected():
            return
        await asyncio.sleep(0.05)


def _transport(request: Request) -> Any:
    cycle = getattr(request.receive, "__self__", None)
    return getattr(cycle, "transport", None)


def abort_connection(request: Request) -> None:
    """Drop the TCP connection without an answer (uvicorn's transport hangs up at once)."""
    transport = _transport(request)
    if transport is None:
        raise RuntimeError("cannot reach the connection to reset it")
    transport.abort()


def reset_connection(request: Request) -> bool:
    """Abort the request's TCP connection with an RST (SO_LINGER 0); False if the transport is hidden."""
    transport = _transport(request)
    if transport is None:
        return False
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    return True
