"""Small helpers for the services OrderBridge starts on this machine: the sandboxes, the demo, the
benchmarks and the tests all need a free loopback port and, for PostgreSQL, statements run outside a
transaction (CREATE/DROP DATABASE)."""

from __future__ import annotations

import socket

import psycopg2

POSTGRES = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_admin(sql: str, **server: object) -> None:
    """Run one statement on the server's ``postgres`` database in autocommit mode (the local server by
    default; ``host``, ``port``, ``user`` override)."""
    connection = psycopg2.connect(**{**POSTGRES, **server}, dbname="postgres")
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(sql)
    finally:
        connection.close()
