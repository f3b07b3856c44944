"""A real Dovecot for the session; per test, a mailbox of its own, its Airflow Connection and a runtime."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from imapclient import IMAPClient

from orderbridge.pipeline.runtime import Runtime
from orderbridge.settings import PROJECT_ROOT, Settings
from tests.servers.dovecot import Dovecot
from tests.servers.fixtures import dovecot_server, dovecot_without_move  # noqa: F401


@dataclass
class Mailbox:
    server: Dovecot
    user: str
    conn_id: str

    def deliver(self, *raws: bytes) -> None:
        for raw in raws:
            self.server.deliver(raw, user=self.user)

    def client(self) -> IMAPClient:
        client = IMAPClient(self.server.host, port=self.server.imap_port, ssl=False)
        client.login(self.user, self.server._users[self.user])
        return client

    def count(self, folder: str) -> int:
        with self.client() as client:
            if not client.folder_exists(folder):
                return 0
            return int(client.folder_status(folder, ["MESSAGES"])[b"MESSAGES"])

    def flags(self, folder: str = "INBOX") -> list[tuple]:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            return [tuple(v[b"FLAGS"]) for v in client.fetch(uids, ["FLAGS"]).values()] if uids else []


def make_mailbox(server: Dovecot, monkeypatch: pytest.MonkeyPatch, **extra: object) -> Mailbox:
    # Unique across module copies (tests import this file too, so a module counter would repeat).
    tag = uuid.uuid4().hex[:10]
    user, conn_id = f"orders_{tag}", f"orders_mail_{tag}"
    server.add_user(user)
    monkeypatch.setenv(f"AIRFLOW_CONN_{conn_id.upper()}", server.connection_json(user, **extra))
    return Mailbox(server, user, conn_id)


@pytest.fixture
def mailbox(dovecot_server: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Mailbox:  # noqa: F811
    return make_mailbox(dovecot_server, monkeypatch)


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
