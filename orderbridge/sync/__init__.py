"""Status sync and reconciliation: where each order is in its target, and what looks wrong about it.

``sync_target`` (one target, one run) records each status change once as a ``status.changed`` event and
raises each reconciliation finding once (``finding.raised`` / ``finding.resolved``); ``run_sync`` does
every target that has delivered orders. Settings come from ``mappings/reconciliation.yaml``.
"""

from orderbridge.sync.config import SyncConfig, load_sync_config, sync_config_from_dict
from orderbridge.sync.engine import STATUS_CHANGED, SyncReport, cursor_name, sync_target
from orderbridge.sync.findings import open_findings
from orderbridge.sync.rules import Finding

__all__ = [
    "STATUS_CHANGED",
    "Finding",
    "SyncConfig",
    "SyncReport",
    "cursor_name",
    "load_sync_config",
    "open_findings",
    "sync_config_from_dict",
    "sync_target",
]
