"""Each reconciliation rule on its own, and the shipped reconciliation.yaml."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sync_support import canonical, config

from orderbridge.settings import PROJECT_ROOT
from orderbridge.sync import load_sync_config
from orderbridge.sync.rules import Current, evaluate, po_totals
from orderbridge.yamlconfig import MappingError

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


@dataclass
class D:
    id: int = 7
    order_id: int = 3
    target: str = "sf"
    external_id: str = "SF100"
    updated_at: dt.datetime = NOW - dt.timedelta(hours=100)


def rules_for(status: str, hours_in_status: float, **detail) -> set[str]:
    current = Current(status, detail, NOW - dt.timedelta(hours=hours_in_status))
    order = canonical("PO", [("1", "2")])
    found, _ = evaluate(config(), D(), order, current, seen=True, complete=True, now=NOW)
    return {f.rule for f in found}


def test_shipped_without_tracking_for_a_day():
    assert "shipped_without_tracking" in rules_for("shipped", 25)
    assert "shipped_without_tracking" not in rules_for("shipped", 23)


def test_delivered_but_not_invoiced():
    assert "delivered_not_invoiced" in rules_for("delivered", 73)
    assert "delivered_not_invoiced" not in rules_for("delivered", 73, invoiced=True)
    assert "delivered_not_invoiced" not in rules_for("delivered", 71)


def test_amounts_within_the_tolerance_are_no_finding():
    assert "amount_mismatch" not in rules_for("approved", 1, total_qty="1", total_amount="2.005")
    assert "amount_mismatch" in rules_for("approved", 1, total_qty="1", total_amount="2.02")


def test_a_po_without_prices_has_no_amount_to_compare():
    assert po_totals({"lines": [{"quantity": "2", "unit_price": None}]}) == {"qty": 2}
    assert po_totals({"lines": []}) == {}


def test_a_disabled_rule_never_fires():
    cfg = config()
    off = type(cfg)(
        **{
            **cfg.__dict__,
            "rules": {
                **cfg.rules,
                "not_approved": type(cfg.rules["not_approved"])("not_approved", enabled=False),
            },
        }
    )
    current = Current("created", {}, NOW)
    found, _ = evaluate(off, D(), canonical("PO", [("1", "2")]), current, seen=True, complete=True, now=NOW)
    assert found == []


def test_the_shipped_reconciliation_file_loads():
    cfg = load_sync_config(PROJECT_ROOT / "mappings" / "reconciliation.yaml")
    assert cfg.rule("not_approved").hours == 24
    assert "closed" in cfg.terminal_statuses


def test_a_wrong_reconciliation_file_names_the_line(tmp_path):
    path = tmp_path / "reconciliation.yaml"
    path.write_text("format_version: 1\nrules:\n  not_aproved: {enabled: true}\n", encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        load_sync_config(path)
    assert ":3" in str(caught.value) and "not_aproved" in str(caught.value)
