"""Which targets the pipeline pushes to, known before any order exists: one push task and one pool each.

Each target gets its own push task in ``po_process`` running in the Airflow pool named after it, so a
slow or flooded ERP holds back only its own deliveries, and no target gets more concurrent push batches
than its pool has slots. The list comes from ``mappings/routing.yaml`` (default targets, rule targets and
couriers), limited to ``ORDERBRIDGE_TARGETS`` when that is set. ``orderbridge init`` creates the pools.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

#: Concurrent push batches per target unless the pool was resized (``airflow pools set``).
DEFAULT_POOL_SLOTS = 4


def enabled_targets(env: Mapping[str, str] | None = None) -> tuple[str, ...] | None:
    """``ORDERBRIDGE_TARGETS`` as a tuple; None when unset (every routed target is enabled)."""
    names = (os.environ if env is None else env).get("ORDERBRIDGE_TARGETS", "").split(",")
    return tuple(n.strip() for n in names if n.strip()) or None


def pipeline_targets(mappings_dir: Path, enabled: tuple[str, ...] | None = None) -> list[str]:
    """Every target routing can send an order to, in routing order, limited to ``enabled``.

    A routing file that does not load (mid-edit) falls back to every target with a mapping file, so a
    DAG still parses and no routed order is left without a push task.
    """
    from orderbridge.routing import Routing, known_targets
    from orderbridge.yamlconfig import MappingError

    try:
        targets = Routing.load(Path(mappings_dir)).all_push_targets()
    except (MappingError, OSError) as exc:
        log.warning("routing.yaml did not load (%s): a push task for every mapped target", exc)
        targets = sorted(known_targets(Path(mappings_dir)))
    return [t for t in targets if enabled is None or t in enabled]


def pipeline_targets_from_env(env: Mapping[str, str] | None = None) -> list[str]:
    from orderbridge.settings import Settings

    settings = Settings.from_env(None if env is None else dict(env))
    return pipeline_targets(settings.mappings_dir, enabled_targets(env))


def pool_for(target: str) -> str:
    """The Airflow pool of ``target``'s push task: the target's name."""
    return target
