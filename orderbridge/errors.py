"""The exceptions that cross module boundaries, and what each means for the order.

``DocumentRejected`` ends a document in ``rejected/<reason>/``; ``ConnectorError`` carries the kind the
retry policy acts on (transient: retry; config: fail now; data: this order goes to review / dead letter).
"""

from __future__ import annotations

from enum import StrEnum


class OrderBridgeError(Exception):
    """Base of every error OrderBridge raises on purpose."""


class DocumentRejected(OrderBridgeError):
    """A received file that cannot become a purchase order.

    ``reason`` is a short slug used as the folder name under ``rejected/`` and stored in the ledger:
    ``empty-file``, ``corrupt-pdf``, ``encrypted-pdf``, ``unsupported-type``, ``too-large``,
    ``needs-ocr``, ``no-purchase-order``, ``unreadable``.
    """

    def __init__(self, reason: str, message: str) -> None:
        message = " ".join(message.split())  # one line for logs and the ledger, whatever a library said
        super().__init__(message)
        self.reason = reason
        self.message = message

    def __str__(self) -> str:
        return f"{self.reason}: {self.message}"


class ConfigError(OrderBridgeError):
    """A mapping, master-data file or connection is wrong: a person must fix it; retrying cannot help."""


class ErrorKind(StrEnum):
    TRANSIENT = "transient"  # network, timeouts, 5xx, rate limits: retry with backoff
    CONFIG = "config"  # credentials, unknown form, bad mapping: fail at once
    DATA = "data"  # this one order is wrong (unknown customer, material): review / dead letter
    AUTH = "auth"  # session lost or token expired: refresh credentials, then retry once


class ConnectorError(OrderBridgeError):
    """An outside system refused or failed a call."""

    def __init__(
        self,
        message: str,
        *,
        kind: ErrorKind,
        target: str,
        code: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.target = target
        self.code = code
        self.retry_after = retry_after

    def __str__(self) -> str:
        code = f" [{self.code}]" if self.code else ""
        return f"{self.target}{code} ({self.kind}): {self.message}"
