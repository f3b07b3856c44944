"""A forked worker (how Airflow starts tasks) gets its own connections and leaves its parent's alone."""

from __future__ import annotations

import os
from collections.abc import Callable

from sqlalchemy import text

from orderbridge.ledger import Document, DocumentState, Ledger


def _backend_id(ledger: Ledger) -> object:
    query = "SELECT pg_backend_pid()" if ledger.engine.dialect.name == "postgresql" else "SELECT 1"
    with ledger.engine.connect() as connection:
        return connection.scalar(text(query))


def test_a_forked_worker_uses_the_ledger_it_inherited(
    ledger: Ledger, new_document: Callable[..., Document]
) -> None:
    document = new_document()
    parent_backend = _backend_id(ledger)  # the parent's pool now holds an open connection
    pid = os.fork()
    if pid == 0:  # the child: report through the exit code, never return into pytest
        code = 3
        try:
            code = 0 if ledger.claim_document(document.id) else 1
            ledger.dispose()  # a tidy worker closes its connections on the way out
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert ledger.get_document(document.id).state is DocumentState.PROCESSING
    assert _backend_id(ledger) == parent_backend  # the child did not close the parent's connection
