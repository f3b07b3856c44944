"""A TCP proxy that cuts the connection after a set number of bytes: a network drop in mid-transfer.

``CuttingProxy(target_port, cut_after=N).start()`` listens on ``port`` and relays to the target; once
``cut_after`` bytes have gone from the server to the client on a connection, both sides are closed
abruptly. ``cut_after=None`` relays everything (the proxy then changes nothing).
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field


@dataclass
class CuttingProxy:
    target_port: int
    cut_after: int | None = None
    port: int = 0
    cuts: int = 0  # how many connections were cut so far
    _server: socket.socket | None = field(default=None, repr=False)

    def start(self) -> CuttingProxy:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.close()

    def _accept(self) -> None:
        assert self._server is not None
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            budget = [self.cut_after]
            threading.Thread(target=self._pump, args=(upstream, client, budget), daemon=True).start()
            threading.Thread(target=self._pump, args=(client, upstream, None), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, budget: list[int | None] | None) -> None:
        try:
            while data := source.recv(65536):
                if budget is not None and budget[0] is not None:
                    if len(data) >= budget[0]:
                        sink.sendall(data[: budget[0]])
                        self.cuts += 1
                        break
                    budget[0] -= len(data)
                sink.sendall(data)
        except OSError:
            pass
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
