"""A real sshd for the session; per test, a drop folder of its own, its Airflow Connection and a runtime."""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from orderbridge.pipeline.runtime import Runtime
from orderbridge.settings import PROJECT_ROOT, Settings
from tests.servers.fixtures import sshd_server  # noqa: F401
from tests.servers.sshd import Sshd


@dataclass
class Drop:
    server: Sshd
    folder: Path
    conn_id: str
    known_hosts: Path

    def put(self, name: str, data: bytes, *, age: float = 60.0) -> Path:
        path = self.folder / name
        path.write_bytes(data)
        past = time.time() - age
        os.utime(path, (past, past))
        return path

    def names(self, sub: str = "") -> list[str]:
        folder = self.folder / sub if sub else self.folder
        return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.exists() else []


def make_drop(server: Sshd, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **extra: object) -> Drop:
    tag = uuid.uuid4().hex[:10]
    folder = server.files / f"drop-{tag}"
    folder.mkdir()
    known_hosts = tmp_path / f"known_hosts-{tag}"
    known_hosts.write_text(server.known_hosts_line())
    conn_id = f"drop_{tag}"
    settings = {
        "key_file": str(server.client_key),
        "known_hosts": str(known_hosts),
        "remote_dir": str(folder),
        **extra,
    }
    conn = {
        "conn_type": "sftp",
        "host": server.host,
        "port": server.port,
        "login": server.user,
        "extra": settings,
    }
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", json.dumps(conn))
    return Drop(server, folder, conn_id, known_hosts)


@pytest.fixture
def drop(sshd_server: Sshd, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Drop:  # noqa: F811
    return make_drop(sshd_server, tmp_path, monkeypatch)


@pytest.fixture
def rt(tmp_path: Path) -> Iterator[Runtime]:
    settings = Settings(
        home=tmp_path / "home",
        db_url=f"sqlite:///{tmp_path / 'ledger.sqlite'}",
        mappings_dir=PROJECT_ROOT / "mappings",
    )
    runtime = Runtime(settings=settings)
    runtime.ledger.migrate()
    yield runtime
    runtime.ledger.dispose()
