"""One contract for every outside system that receives orders, shaped like an Airflow hook.

Credentials come from a ``ConnectionInfo`` (an Airflow Connection's fields); a connector offers
``get_conn()`` and ``test_connection() -> (ok, message)`` like a hook, plus the order operations.
Pushing is idempotent by ``OrderKey`` (customer, PO number, target): ``push_order`` asks ``find_order``
before every send, so a retry after a lost response never creates a second order.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

_SECRET_WORDS = ("secret", "password", "token", "key")


@dataclass(frozen=True, repr=False)
class ConnectionInfo:
    """The fields of an Airflow Connection, free of Airflow. ``repr`` never shows secrets."""

    conn_id: str
    conn_type: str
    host: str | None = None
    port: int | None = None
    login: str | None = None
    password: str | None = None
    schema: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def base_url(self, default_scheme: str = "http") -> str:
        """``scheme://host[:port][/schema]``; a host that already carries a scheme keeps it."""
        host = (self.host or "").rstrip("/")
        if not host:
            raise ValueError(f"connection {self.conn_id!r} has no host")
        scheme, sep, rest = host.partition("://")
        if not sep:
            scheme, rest = str(self.extra.get("scheme") or default_scheme), host
        netloc, slash, path = rest.partition("/")
        if self.port and ":" not in netloc:
            netloc = f"{netloc}:{self.port}"
        path = (path if slash else "") or (self.schema or "")
        return f"{scheme}://{netloc}" + (f"/{path.strip('/')}" if path.strip("/") else "")

    def __repr__(self) -> str:
        extra = {
            k: ("***" if any(w in k.lower() for w in _SECRET_WORDS) else v) for k, v in self.extra.items()
        }
        password = "***" if self.password else None
        return (
            f"ConnectionInfo(conn_id={self.conn_id!r}, conn_type={self.conn_type!r}, host={self.host!r}, "
            f"port={self.port!r}, login={self.login!r}, password={password!r}, schema={self.schema!r}, "
            f"extra={extra!r})"
        )

    __str__ = __repr__


@dataclass(frozen=True)
class OrderKey:
    """What makes a push unique: the same customer PO sent to the same target is the same order."""

    customer_code: str
    po_number: str
    target: str

    @property
    def idempotency_key(self) -> str:
        return f"{self.target}:{self.customer_code}:{self.po_number}"


@dataclass(frozen=True)
class PushResult:
    """``created`` is False when the order already existed before this push (nothing was sent)."""

    external_id: str
    created: bool
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StatusUpdate:
    """A target's view of one order: a normalised ``status`` plus the raw codes in ``detail``."""

    external_id: str
    status: str
    detail: dict[str, Any] = field(default_factory=dict)


class OrderConnector(ABC):
    """An outside system that receives sales orders (an ERP) and reports their status."""

    conn_type: ClassVar[str]
    target: ClassVar[str]

    @abstractmethod
    def get_conn(self) -> Any:
        """The underlying client, authenticated (like ``BaseHook.get_conn``)."""

    @abstractmethod
    def test_connection(self) -> tuple[bool, str]:
        """Check credentials and reachability; never raises."""

    @abstractmethod
    def find_order(self, key: OrderKey) -> str | None:
        """The target's id for an order pushed earlier under ``key``, or None."""

    @abstractmethod
    def push_order(self, payload: dict[str, Any], key: OrderKey) -> PushResult:
        """Create the order unless ``find_order(key)`` finds it; safe to call again after any failure."""

    @abstractmethod
    def fetch_statuses(self, external_ids: list[str]) -> list[StatusUpdate]:
        """Current status of each order the target knows; unknown ids are left out."""

    def close(self) -> None:  # noqa: B027 - optional hook, most connectors hold a client to close
        """Release network resources."""

    def __enter__(self) -> OrderConnector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
