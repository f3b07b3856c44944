"""Where a connector's credentials come from: an Airflow Connection, by id.

``AIRFLOW_CONN_<ID>`` in the environment is read directly, in both forms Airflow accepts (a URI such as
``kingdee://administrator:sandbox@127.0.0.1:8123/?acct_id=sandbox&lcid=2052``, or JSON with
``conn_type``, ``host``, ``login``, ``password``, ``port``, ``schema``, ``extra``), so the CLI, the tests
and the sandboxes need no Airflow. Inside Airflow, with no such variable, Airflow's own lookup is used
(imported lazily: the core never imports Airflow at module import).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from connectors.base import ConnectionInfo
from orderbridge.errors import ConfigError

ENV_PREFIX = "AIRFLOW_CONN_"


def env_var_name(conn_id: str) -> str:
    return ENV_PREFIX + conn_id.upper()


def get_connection(
    conn_id: str, *, environ: Mapping[str, str] | None = None, use_airflow: bool = True
) -> ConnectionInfo:
    """The connection ``conn_id``; ConfigError when it is not defined or cannot be parsed."""
    env = os.environ if environ is None else environ
    value = env.get(env_var_name(conn_id))
    if value is not None:
        try:
            if value.lstrip().startswith("{"):
                return parse_json(conn_id, value)
            return parse_uri(conn_id, value)
        except (ValueError, TypeError) as exc:
            message = f"connection {conn_id!r}: {env_var_name(conn_id)} is malformed: {exc}"
            raise ConfigError(message) from None
    if use_airflow:
        found = _from_airflow(conn_id)
        if found is not None:
            return found
    raise ConfigError(
        f"connection {conn_id!r} is not defined: set {env_var_name(conn_id)} "
        "(URI or JSON) or add it to Airflow's connections"
    )


def parse_uri(conn_id: str, uri: str) -> ConnectionInfo:
    """Airflow's URI form; ``conn-type://protocol://host...`` keeps the protocol in the host."""
    conn_type, sep, rest = uri.strip().partition("://")
    if not sep or not conn_type:
        raise ValueError("expected '<conn_type>://...'")
    protocol = None
    if "://" in rest:
        protocol, _, rest = rest.partition("://")
        if "@" in protocol or ":" in protocol:
            raise ValueError("invalid protocol before host")
    parts = urlsplit("//" + rest)
    host = unquote(parts.hostname) if parts.hostname else None
    if host and protocol:
        host = f"{protocol}://{host}"
    extra: dict[str, Any] = {}
    if parts.query:
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        extra = json.loads(query["__extra__"]) if "__extra__" in query else query
    return ConnectionInfo(
        conn_id=conn_id,
        conn_type=_normalize_type(conn_type),
        host=host,
        port=parts.port,
        login=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        schema=unquote(parts.path[1:]) or None,
        extra=extra,
    )


def parse_json(conn_id: str, text: str) -> ConnectionInfo:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    extra = data.get("extra") or {}
    if isinstance(extra, str):
        extra = json.loads(extra)
    port = data.get("port")
    return ConnectionInfo(
        conn_id=conn_id,
        conn_type=_normalize_type(str(data.get("conn_type") or "")),
        host=data.get("host"),
        port=int(port) if port not in (None, "") else None,
        login=data.get("login"),
        password=data.get("password"),
        schema=data.get("schema"),
        extra=dict(extra),
    )


def _normalize_type(conn_type: str) -> str:
    return conn_type.replace("-", "_")


def _from_airflow(conn_id: str) -> ConnectionInfo | None:
    """Airflow 3 task-SDK lookup (``airflow.sdk.BaseHook.get_connection``); None when not available."""
    try:
        from airflow.sdk import BaseHook
    except ImportError:
        return None
    try:
        conn = BaseHook.get_connection(conn_id)
    except Exception:  # AirflowNotFoundException, or no task context / metadata DB outside Airflow
        return None
    return ConnectionInfo(
        conn_id=conn_id,
        conn_type=conn.conn_type or "",
        host=conn.host,
        port=conn.port,
        login=conn.login,
        password=conn.password,
        schema=conn.schema,
        extra=dict(conn.extra_dejson or {}),
    )
