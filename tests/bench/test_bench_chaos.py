"""The chaos benchmark's check, small: 30 orders per target through the real push step with faults, and
every order exactly once in the target, none lost, the ledger agreeing (no timing is asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.chaos.__main__ import table
from bench.chaos.harness import run_target
from connectors.sandbox_kit.launchers import FAULT_KINDS, available_launchers

LAUNCHERS = available_launchers()


def test_the_courier_and_erp_targets_take_part() -> None:
    assert {"kingdee", "sf_express"} <= {launcher.target for launcher in LAUNCHERS}
    assert "kuaidi100" not in {launcher.target for launcher in LAUNCHERS}  # it tracks, it takes no orders


@pytest.mark.parametrize("launcher", LAUNCHERS, ids=lambda launcher: launcher.target)
def test_thirty_orders_with_faults_land_exactly_once(launcher, tmp_path: Path) -> None:
    result = run_target(launcher, 30, fault_rate=0.3, seed=3, timeout=0.3, workdir=tmp_path)
    assert result.as_dict() | {"seconds": 0, "orders_per_second": 0} == {
        "target": launcher.target,
        "orders": 30,
        "fault_rate": 0.3,
        "seconds": 0,
        "orders_per_second": 0,
        "faults": dict(result.faults),
        "outcomes": {"delivered": 30},
        "in_target": 30,
        "lost": 0,
        "duplicated": 0,
        "ledger_disagrees": 0,
        "left_over": 0,
        "ok": True,
    }
    supported = [kind for kind in FAULT_KINDS if kind in launcher.faults]
    assert set(result.faults) == set(supported)  # each supported kind was injected
    assert sum(result.faults.values()) >= 5
    assert launcher.target in table([result])
