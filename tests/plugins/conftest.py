"""One real Airflow API server with the OrderBridge plugin for all Orders view tests (it takes ~15 s)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from airflow_api_server import ApiServer, start_api_server
from orders_seed import seed

from orderbridge.ledger import Ledger


@pytest.fixture(scope="session")
def orderbridge_home(tmp_path_factory) -> tuple:
    home = tmp_path_factory.mktemp("orderbridge-home")
    return home, seed(home)


@pytest.fixture(scope="session")
def api_server(tmp_path_factory, orderbridge_home) -> Iterator[ApiServer]:
    server = start_api_server(tmp_path_factory.mktemp("airflow-home"), orderbridge_home[0])
    yield server
    server.stop()


@pytest.fixture(scope="session")
def order_ids(orderbridge_home) -> dict[str, int]:
    return orderbridge_home[1]


@pytest.fixture
def view_ledger(orderbridge_home) -> Iterator[Ledger]:
    """The ledger the server reads, for checking what an action did."""
    ledger = Ledger(f"sqlite:///{orderbridge_home[0] / 'ledger.sqlite'}")
    yield ledger
    ledger.dispose()
