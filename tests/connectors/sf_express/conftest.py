"""Fixtures for the SF Express client and sandbox, tested against each other over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sf_support import FAST, connection

from connectors.sandbox_kit import SandboxHandle
from connectors.sf_express import SfExpressConnector
from connectors.sf_express.sandbox import start_in_thread


@pytest.fixture
def sf_sandbox(tmp_path: Path) -> Iterator[SandboxHandle]:
    """A running SF sandbox on a free loopback port, with its default partnerID and checkWord."""
    handle = start_in_thread(tmp_path / "sf-sandbox.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def make_sf(sf_sandbox: SandboxHandle, closing: Callable) -> Callable[..., SfExpressConnector]:
    def make(timeout: float = 5.0, policy: Any = FAST, **conn: Any) -> SfExpressConnector:
        return closing(SfExpressConnector(connection(sf_sandbox.url, **conn), timeout=timeout, policy=policy))

    return make


@pytest.fixture
def sf(make_sf: Callable[..., SfExpressConnector]) -> SfExpressConnector:
    return make_sf()
