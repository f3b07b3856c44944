"""Fixtures for Kuaidi100: the sandbox, our push receiver, and connectors wired to both, over real HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from k100_support import FAST, Recorder, connection

from connectors import sandbox_kit
from connectors.kuaidi100 import Kuaidi100Connector
from connectors.kuaidi100.callback import CALLBACK_PATH, create_callback_app
from connectors.kuaidi100.sandbox import start_in_thread
from connectors.sandbox_kit import SandboxHandle

SALT = "callback-salt"


@pytest.fixture
def k100_sandbox(tmp_path: Path) -> Iterator[SandboxHandle]:
    handle = start_in_thread(tmp_path / "kuaidi100-sandbox.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def receiver(recorder: Recorder) -> Iterator[str]:
    """Our callback endpoint (salt ``SALT``) on a free port; yields its URL."""
    handle = sandbox_kit.start_in_thread(create_callback_app(SALT, recorder), "k100-receiver")
    yield handle.url + CALLBACK_PATH
    handle.stop()


@pytest.fixture
def make_k100(k100_sandbox: SandboxHandle, closing: Callable) -> Callable[..., Kuaidi100Connector]:
    def make(timeout: float = 5.0, policy: Any = FAST, **conn: Any) -> Kuaidi100Connector:
        return closing(
            Kuaidi100Connector(connection(k100_sandbox.url, **conn), timeout=timeout, policy=policy)
        )

    return make


@pytest.fixture
def k100(make_k100: Callable[..., Kuaidi100Connector]) -> Kuaidi100Connector:
    return make_k100()
