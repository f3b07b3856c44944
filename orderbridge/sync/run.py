"""Status sync for every target that has delivered orders, from a ``Runtime`` (the DAG and CLI way in).

A target's connector comes from ``connectors/registry.py``; a target without one (yet) is reported as
skipped, not failed, so one missing connector never stops the others' sync.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from orderbridge.sync.config import SyncConfig, load_sync_config
from orderbridge.sync.engine import sync_target

if TYPE_CHECKING:
    from orderbridge.pipeline.runtime import Runtime

log = logging.getLogger(__name__)


def sync_config(rt: Runtime) -> SyncConfig:
    return load_sync_config(rt.settings.mappings_dir / "reconciliation.yaml")


def targets_to_sync(rt: Runtime) -> list[str]:
    """Targets with at least one delivered delivery, in name order."""
    return sorted({d.target for d in rt.ledger.delivered_deliveries()})


def status_source(rt: Runtime, target: str) -> Any:
    """The connector, wrapped in its paged reader where the target has one."""
    connector = rt.connector(target)
    if target == "kingdee":
        from orderbridge.sync.kingdee_pages import KingdeeStatusPages

        return KingdeeStatusPages(connector)
    if target == "u8":
        from orderbridge.sync.u8_pages import U8StatusPages

        return U8StatusPages(connector)
    return connector  # SAP (GETSTATUS per order), SF (routes, 10 waybills a call), Kuaidi100 (query)


def has_connector(target: str) -> bool:
    """Whether ``connectors/registry.py`` knows ``target``."""
    from connectors.registry import known_targets

    return target in known_targets()


def sync_one(rt: Runtime, target: str, cfg: SyncConfig | None = None) -> dict[str, Any]:
    """One target's sync; a target without a connector is skipped, any other ConfigError is raised."""
    cfg = cfg or sync_config(rt)
    if not has_connector(target):
        log.warning("status sync skips %s: no connector for it in connectors/registry.py", target)
        return {"target": target, "skipped": "no connector"}
    return sync_target(rt.ledger, status_source(rt, target), target, cfg).as_dict()


def run_sync(rt: Runtime) -> list[dict[str, Any]]:
    cfg = sync_config(rt)
    return [sync_one(rt, target, cfg) for target in targets_to_sync(rt)]
