"""Run N orders through one target with injected faults, via the real pipeline push step, then check
the target's own records: every order exactly once, none lost, and the ledger agrees with the target.

Each order is pushed with ``orderbridge.pipeline.push.push_order`` on a Runtime whose ledger is a
temporary SQLite file; before an order, with probability ``fault_rate``, one fault is armed for the create
call (the kinds the target's sandbox supports, taken in turn). An order the connector gives up on is pushed
again in a second pass (what Airflow's task retry does); a third pass must find nothing left to send.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.chaos.orders import po_number, seed_orders
from connectors.sandbox_kit.launchers import FAULT_KINDS, Launcher, connection_env
from orderbridge.errors import ConfigError, ConnectorError
from orderbridge.pipeline.push import push_order
from orderbridge.pipeline.runtime import Runtime
from orderbridge.retry import RetryPolicy
from orderbridge.settings import PROJECT_ROOT, Settings

POLICY = RetryPolicy(max_attempts=6, initial_wait=0.005, multiplier=2, max_wait=0.05)


@dataclass
class TargetResult:
    target: str
    orders: int
    fault_rate: float
    seconds: float = 0.0
    faults: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)
    in_target: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    disagreeing: list[str] = field(default_factory=list)
    left_over: int = 0

    @property
    def per_second(self) -> float:
        return self.orders / self.seconds if self.seconds else 0.0

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.disagreeing or self.left_over) and (
            self.in_target == self.orders
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "orders": self.orders,
            "fault_rate": self.fault_rate,
            "seconds": round(self.seconds, 2),
            "orders_per_second": round(self.per_second, 1),
            "faults": dict(self.faults),
            "outcomes": dict(self.outcomes),
            "in_target": self.in_target,
            "lost": len(self.lost),
            "duplicated": len(self.duplicated),
            "ledger_disagrees": len(self.disagreeing),
            "left_over": self.left_over,
            "ok": self.ok,
        }


def run_target(
    launcher: Launcher,
    orders: int,
    *,
    fault_rate: float = 0.2,
    seed: int = 7,
    timeout: float = 0.5,
    workdir: Path | None = None,
) -> TargetResult:
    """The whole run for one target on fresh state; the sandbox is stopped before this returns."""
    work = Path(workdir or tempfile.mkdtemp(prefix=f"chaos-{launcher.target}-"))
    work.mkdir(parents=True, exist_ok=True)
    handle = launcher.start(work / f"{launcher.target}-sandbox.sqlite")
    name, value = connection_env(launcher, handle.url, timeout)
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        rt = _runtime(work / "home", launcher.target)
        ids = seed_orders(rt.ledger, orders)
        result = TargetResult(launcher.target, orders, fault_rate)
        kinds = [k for k in FAULT_KINDS if k in launcher.faults]
        rng = random.Random(seed)
        started = time.perf_counter()
        for order_id in ids:
            if kinds and rng.random() < fault_rate:
                kind = kinds[sum(result.faults.values()) % len(kinds)]  # every kind, in turn
                launcher.arm(handle.url, kind)
                result.faults[kind] += 1
            result.outcomes[_push(rt, order_id, launcher.target)] += 1
        launcher.clear(handle.url)
        for order_id in ids:  # Airflow's retry of anything that did not get through
            if rt.ledger.get_order(order_id).state != "delivered":
                result.outcomes["retried:" + _push(rt, order_id, launcher.target)] += 1
        result.seconds = time.perf_counter() - started
        result.left_over = sum(_push(rt, i, launcher.target) != "skipped" for i in ids)
        _check(rt, ids, launcher.index(handle.url), result)
        rt.connector(launcher.target).close()
        rt.ledger.dispose()
        return result
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous
        handle.stop()


def _runtime(home: Path, target: str) -> Runtime:
    home.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        home=home, db_url=f"sqlite:///{home / 'ledger.sqlite'}", mappings_dir=PROJECT_ROOT / "mappings"
    )
    rt = Runtime(settings=settings, targets=(target,), retry_policy=POLICY)
    rt.ledger.migrate()
    return rt


def _push(rt: Runtime, order_id: int, target: str) -> str:
    try:
        return push_order(rt, order_id, target, final_attempt=False).state
    except ConnectorError as exc:
        return f"failed:{exc.kind}"
    except ConfigError:
        return "failed:config"


def _check(rt: Runtime, ids: list[int], held: dict[str, list[str]], result: TargetResult) -> None:
    """Compare the ledger's view of each order with what the target itself holds."""
    result.in_target = sum(len(v) for v in held.values())
    for order_id in ids:
        record = rt.ledger.get_order(order_id)
        found = held.get(record.po_number, [])
        if not found:
            result.lost.append(record.po_number)
            continue
        if len(found) > 1:
            result.duplicated.append(record.po_number)
        delivered = [d for d in rt.ledger.deliveries_for(order_id) if d.state == "delivered"]
        if len(delivered) != 1 or delivered[0].external_id not in found:
            result.disagreeing.append(record.po_number)
    expected = {po_number(i) for i in range(len(ids))}
    result.duplicated += [po for po in held if po not in expected]  # the target holds orders we never sent
