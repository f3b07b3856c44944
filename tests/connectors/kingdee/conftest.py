"""Fixtures for the Kingdee client and sandbox, tested against each other over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from kingdee_support import FAST, connection

from connectors.kingdee import KingdeeConnector
from connectors.kingdee.sandbox import SandboxHandle, start_in_thread
from connectors.kingdee.sandbox_auth import SANDBOX_APP_SECRET


@pytest.fixture
def state_path(tmp_path: Path) -> Path:
    return tmp_path / "kingdee-sandbox.sqlite"


@pytest.fixture
def sandbox(state_path: Path) -> Iterator[SandboxHandle]:
    """A running sandbox on a free loopback port, with its default credentials."""
    handle = start_in_thread(state_path)
    yield handle
    handle.stop()


@pytest.fixture
def make_connector(sandbox: SandboxHandle, closing: Callable) -> Callable[..., KingdeeConnector]:
    """Builds connectors against the sandbox; ``auth`` one of password, app_secret, signed."""

    def make(auth: str = "password", password: str | None = None, timeout: float = 5.0, **extra: Any):
        secret = (
            password if password is not None else ("sandbox" if auth == "password" else SANDBOX_APP_SECRET)
        )
        conn = connection(sandbox.url, auth=auth, password=secret, **extra)
        return closing(KingdeeConnector(conn, policy=FAST, timeout=timeout))

    return make


@pytest.fixture
def kingdee(make_connector: Callable[..., KingdeeConnector]) -> KingdeeConnector:
    """A connector logging in with user name and password."""
    return make_connector()
