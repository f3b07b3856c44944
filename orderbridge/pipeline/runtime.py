"""Everything a pipeline step needs, built once per process from the settings.

Steps receive a ``Runtime`` instead of reaching for globals, so tests build one on a temporary home and
the DAGs and the CLI build one from the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from orderbridge.ledger import Ledger
from orderbridge.retry import RetryPolicy
from orderbridge.settings import Settings
from orderbridge.store import DocumentStore

if TYPE_CHECKING:
    from connectors.base import OrderConnector
    from connectors.folder import FolderInbox
    from orderbridge.mapping import TargetMapping
    from orderbridge.mapping.in_force import MappingSet
    from orderbridge.masterdata import MasterData


@dataclass
class Runtime:
    settings: Settings
    # When set (ORDERBRIDGE_TARGETS), only these targets are enabled; mappings/routing.yaml decides the rest.
    targets: tuple[str, ...] | None = None
    # An order whose extraction confidence is below this goes to review instead of the ERP.
    review_threshold: Decimal = Decimal("0.80")
    inbox_settle_seconds: float = 2.0
    retry_policy: RetryPolicy | None = None  # None: each connector's own default
    _connectors: dict = field(default_factory=dict, repr=False)
    _mapping_memo: tuple | None = field(default=None, repr=False)  # (folder stamp, MappingSet)

    @classmethod
    def from_env(cls) -> Runtime:
        names = [name.strip() for name in os.environ.get("ORDERBRIDGE_TARGETS", "").split(",")]
        targets = tuple(name for name in names if name) or None
        threshold = Decimal(os.environ.get("ORDERBRIDGE_REVIEW_THRESHOLD", "0.80"))
        settle = float(os.environ.get("ORDERBRIDGE_INBOX_SETTLE_SECONDS", "2"))
        return cls(
            settings=Settings.from_env(),
            targets=targets,
            review_threshold=threshold,
            inbox_settle_seconds=settle,
        )

    @cached_property
    def ledger(self) -> Ledger:
        return Ledger(self.settings.db_url)

    @cached_property
    def store(self) -> DocumentStore:
        return DocumentStore(self.settings.store_dir)

    @cached_property
    def inbox(self) -> FolderInbox:
        from connectors.folder import FolderInbox

        s = self.settings
        inbox = FolderInbox(
            s.inbox_dir, s.processed_dir, s.rejected_dir, settle_seconds=self.inbox_settle_seconds
        )
        inbox.ensure_dirs()
        return inbox

    def mappings(self) -> MappingSet:
        """The mappings in force (re-read when IT changed them; a broken edit keeps the last good set).

        Asked several times per order: while the folder's stamp (names, sizes, mtimes) is unchanged, the
        set already in hand is returned without reading and hashing every file again.
        """
        from orderbridge.mapping.in_force import mappings_in_force
        from orderbridge.pipeline.stamps import folder_stamp

        stamp = folder_stamp(self.settings.mappings_dir)
        if stamp is not None and self._mapping_memo is not None and self._mapping_memo[0] == stamp:
            return self._mapping_memo[1]
        mapping_set = mappings_in_force(self.settings.mappings_dir, self.settings.home, ledger=self.ledger)
        self._mapping_memo = (stamp, mapping_set)
        return mapping_set

    @cached_property
    def masterdata(self) -> MasterData:
        return self.mappings().masterdata

    def target_mapping(self, target: str) -> TargetMapping:
        return self.mappings().target_mapping(target)

    def targets_for(self, customer_code: str | None) -> list[str]:
        """Where an order of this customer goes: mappings/routing.yaml (see orderbridge.routing),
        limited to the enabled targets when ``targets`` is set."""
        routed = self.mappings().routing.push_targets(customer_code)
        return [t for t in routed if self.targets is None or t in self.targets]

    def target_mapping_path(self, target: str) -> Path:
        return self.settings.mappings_dir / "targets" / f"{target}.yaml"

    def connector(self, target: str) -> OrderConnector:
        if target not in self._connectors:
            from connectors.registry import build_connector

            self._connectors[target] = build_connector(
                target, self.target_mapping(target), policy=self.retry_policy
            )
        return self._connectors[target]
