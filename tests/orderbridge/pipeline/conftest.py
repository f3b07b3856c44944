"""Fixtures for the pipeline: a temporary data home, the sample POs, a real Kingdee sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_support import kingdee_connection_env, make_runtime

from connectors.kingdee.sandbox import SandboxHandle, start_in_thread
from orderbridge.pipeline.runtime import Runtime
from orderbridge.samples import Sample, generate_samples


@pytest.fixture(scope="session")
def _generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Sample]]:
    folder = tmp_path_factory.mktemp("samples")
    return folder, {s.filename: s for s in generate_samples(folder)}


@pytest.fixture(scope="session")
def sample_dir(_generated) -> Path:
    """The demo's sample POs, generated once per test session."""
    return _generated[0]


@pytest.fixture(scope="session")
def samples(_generated) -> dict[str, Sample]:
    return _generated[1]


@pytest.fixture
def kingdee_sandbox(tmp_path: Path) -> Iterator[SandboxHandle]:
    handle = start_in_thread(tmp_path / "kingdee-sandbox.sqlite")
    yield handle
    handle.stop()


@pytest.fixture
def rt(tmp_path: Path, kingdee_sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch) -> Runtime:
    monkeypatch.setenv("AIRFLOW_CONN_KINGDEE_DEFAULT", kingdee_connection_env(kingdee_sandbox.url))
    return make_runtime(tmp_path / "home")
