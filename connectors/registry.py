"""Which connector class serves which target, and how it is built from its mapping and its connection.

Credentials come from the Airflow Connection (or ``AIRFLOW_CONN_<ID>``) named ``<target>_default`` unless
``ORDERBRIDGE_CONN_<TARGET>`` names another; the target mapping supplies the non-secret protocol settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from orderbridge.errors import ConfigError
from orderbridge.retry import RetryPolicy


def _kingdee(mapping: Any, conn_id: str, policy: RetryPolicy | None):
    from connectors.credentials import get_connection
    from connectors.kingdee import KingdeeConnector

    conn = get_connection(conn_id)
    return KingdeeConnector(
        conn,
        timeout=float(conn.extra.get("timeout", 30.0)),
        policy=policy,
        form_id=mapping.form_id,
        po_number_field=mapping.lookup.po_number_field,
        customer_field=mapping.lookup.customer_field,
    )


def _sf_express(mapping: Any, conn_id: str, policy: RetryPolicy | None):
    from connectors.credentials import get_connection
    from connectors.sf_express import SfExpressConnector

    conn = get_connection(conn_id)
    return SfExpressConnector(conn, timeout=float(conn.extra.get("timeout", 30.0)), policy=policy)


def _kuaidi100(mapping: Any, conn_id: str, policy: RetryPolicy | None):
    from connectors.credentials import get_connection
    from connectors.kuaidi100 import Kuaidi100Connector

    conn = get_connection(conn_id)
    return Kuaidi100Connector(conn, timeout=float(conn.extra.get("timeout", 30.0)), policy=policy)


def _sap(mapping: Any, conn_id: str, policy: RetryPolicy | None):
    from connectors.credentials import get_connection
    from connectors.sap import SapConnector

    conn = get_connection(conn_id)
    timeout = float(conn.extra.get("timeout", 30.0))
    return SapConnector.from_mapping(conn, mapping, timeout=timeout, policy=policy)


def _u8(mapping: Any, conn_id: str, policy: RetryPolicy | None):
    from connectors.credentials import get_connection
    from connectors.u8 import U8Connector

    conn = get_connection(conn_id)
    return U8Connector(
        conn,
        timeout=float(conn.extra.get("timeout", 30.0)),
        policy=policy,
        po_number_field=mapping.lookup.po_number_field,
        customer_field=mapping.lookup.customer_field,
    )


_FACTORIES: dict[str, Callable[[Any, str, RetryPolicy | None], Any]] = {
    "kingdee": _kingdee,
    "sap": _sap,
    "u8": _u8,
    "sf_express": _sf_express,
    "kuaidi100": _kuaidi100,
}


def known_targets() -> list[str]:
    """The targets that have a connector, in name order."""
    return sorted(_FACTORIES)


def connection_id(target: str) -> str:
    return os.environ.get(f"ORDERBRIDGE_CONN_{target.upper()}", f"{target}_default")


def build_connector(target: str, mapping: Any, *, policy: RetryPolicy | None = None):
    """The connector for ``target``; ``policy`` overrides its retry policy (tests, benchmarks)."""
    try:
        factory = _FACTORIES[target]
    except KeyError:
        known = ", ".join(sorted(_FACTORIES))
        raise ConfigError(f"no connector for target {target!r} (known: {known})") from None
    return factory(mapping, connection_id(target), policy)
