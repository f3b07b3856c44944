"""Fixtures for the SAP client and sandbox, tested against each other over real HTTP (SOAP via zeep)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sap_support import CUSTOMERS, FAST, connection

from connectors.sap import SapConnector
from connectors.sap.sandbox import SandboxHandle, start_in_thread


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxHandle]:
    """A running SAP sandbox on a free loopback port, with its default credentials."""
    handle = start_in_thread(tmp_path / "sap-sandbox.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def make_sap(sandbox: SandboxHandle, closing: Callable) -> Callable[..., SapConnector]:
    def make(*, password: str = "sandbox", timeout: float = 5.0, policy: Any = FAST, **extra: Any):
        conn = connection(sandbox.url, password=password, **extra)
        return closing(
            SapConnector(conn, sales_org="1000", customers=CUSTOMERS, timeout=timeout, policy=policy)
        )

    return make


@pytest.fixture
def sap(make_sap: Callable[..., SapConnector]) -> SapConnector:
    return make_sap()
