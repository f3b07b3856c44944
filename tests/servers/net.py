"""Loopback helpers shared by the server fixtures: wait until a server listens."""

from __future__ import annotations

import socket
import subprocess
import time


def wait_listening(port: int, process: subprocess.Popen | None = None, *, timeout: float = 15.0) -> None:
    """Returns once ``127.0.0.1:port`` accepts connections; raises with the server's exit status if not."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")
