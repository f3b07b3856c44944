"""Fixtures every connector's tests share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest


@pytest.fixture
def closing() -> Iterator[Callable[[Any], Any]]:
    """``closing(client)`` returns ``client`` and closes it at teardown (request it after the sandbox)."""
    made: list[Any] = []

    def register(client: Any) -> Any:
        made.append(client)
        return client

    yield register
    for client in made:
        client.close()
