"""Fixtures for the U8 client and sandbox, tested against each other over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from u8_support import FAST, connection

from connectors.u8 import U8Connector
from connectors.u8.sandbox import SandboxHandle, start_in_thread


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxHandle]:
    """A running U8 sandbox on a free loopback port; asynchronous results are ready after 0.05 s."""
    handle = start_in_thread(tmp_path / "u8-sandbox.sqlite", result_delay=0.05)
    yield handle
    handle.stop()


@pytest.fixture
def make_u8(sandbox: SandboxHandle, closing: Callable) -> Callable[..., U8Connector]:
    def make(*, secret: str = "sandbox-secret", timeout: float = 5.0, policy: Any = FAST, **extra: Any):
        return closing(
            U8Connector(connection(sandbox.url, secret=secret, **extra), timeout=timeout, policy=policy)
        )

    return make


@pytest.fixture
def u8(make_u8: Callable[..., U8Connector]) -> U8Connector:
    return make_u8()
