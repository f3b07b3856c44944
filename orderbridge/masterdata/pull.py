"""Pulling customers and materials from an ERP into the master-data files, so nobody types them by hand.

Kingdee: ``BD_Customer`` and ``BD_MATERIAL`` through ExecuteBillQuery (active records, paged); U8: the
customer and inventory lists. The rows go through ``update.apply_rows`` (merged by key, linted, then written).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from orderbridge.masterdata.update import UpdateSummary, apply_rows

PAGE = 2000


def kingdee_rows(connector: Any) -> dict[str, list[dict[str, Any]]]:
    """Active customers and materials of a ``KingdeeConnector``, as rows of our fields."""

    def everything(form_id: str) -> list[dict[str, Any]]:
        rows, start = [], 0
        while True:
            page = connector.query(
                form_id,
                ["FNumber", "FName"],
                "FForbidStatus = 'A'",
                order_string="FNumber",
                start_row=start,
                limit=PAGE,
            )
            rows += page
            if len(page) < PAGE:
                return rows
            start += PAGE

    customers = [{"code": str(r["FNumber"]), "name": str(r["FName"])} for r in everything("BD_Customer")]
    materials = [{"sku": str(r["FNumber"]), "name": str(r["FName"])} for r in everything("BD_MATERIAL")]
    return {"customers": customers, "materials": materials}


def u8_rows(connector: Any) -> dict[str, list[dict[str, Any]]]:
    """Customers and inventories of a ``U8Connector``, as rows of our fields."""
    customers = [{"code": str(c["code"]), "name": str(c["name"])} for c in connector.customers_list()]
    materials = [{"sku": str(i["code"]), "name": str(i["name"])} for i in connector.inventories_list()]
    return {"customers": customers, "materials": materials}


SOURCES = {"kingdee": kingdee_rows, "u8": u8_rows}


def pull_into(
    mappings_dir: Path, source: str, connector: Any, *, replace: bool = False
) -> list[UpdateSummary]:
    """Fetch from ``source`` through ``connector`` and merge into the files; materials first (customers'
    part numbers refer to them)."""
    rows = SOURCES[source](connector)
    where = f"{source} (pull)"
    return [
        apply_rows(mappings_dir, kind, rows[kind], source=where, replace=replace)
        for kind in ("materials", "customers")
    ]


def pull_from_erp(mappings_dir: Path, source: str, *, replace: bool = False) -> list[UpdateSummary]:
    """``pull_into`` with the connector built from the source's target mapping and Airflow Connection."""
    from connectors.registry import build_connector
    from orderbridge.mapping import load_target_mapping

    if source not in SOURCES:
        from orderbridge.errors import ConfigError

        raise ConfigError(f"cannot pull master data from {source!r}; sources: {', '.join(SOURCES)}")
    mapping = load_target_mapping(Path(mappings_dir) / "targets" / f"{source}.yaml")
    connector = build_connector(source, mapping)
    try:
        return pull_into(mappings_dir, source, connector, replace=replace)
    finally:
        connector.close()
