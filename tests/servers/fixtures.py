"""Session-wide real servers for any test package: import the fixtures into a ``conftest.py``.

    from tests.servers.fixtures import dovecot_server, sshd_server  # noqa: F401

One Dovecot and one sshd are started per test session; tests isolate themselves with a mailbox user
(``dovecot_server.add_user``) or a remote folder of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.dovecot import Dovecot
from tests.servers.sshd import Sshd


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[Dovecot]:
    """Advertises MOVE; refuses to store into the folder ``Locked`` (a server that rejects MOVE)."""
    server = Dovecot(read_only_folders=("Locked",)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dovecot_without_move() -> Iterator[Dovecot]:
    """A Dovecot that does not advertise MOVE and refuses to store into ``Locked``: the fallbacks."""
    server = Dovecot(advertise_move=False, read_only_folders=("Locked",)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sshd_server() -> Iterator[Sshd]:
    server = Sshd().start()
    yield server
    server.stop()
