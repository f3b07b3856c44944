"""``orderbridge review ...`` and ``orderbridge sync`` from the command line."""

from __future__ import annotations

import json

from click.testing import CliRunner
from sync_support import delivered_order

from orderbridge.cli import cli
from orderbridge.ledger import Ledger


def test_review_commands_list_correct_approve_and_refuse(tmp_path, monkeypatch):
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    ledger = Ledger(f"sqlite:///{tmp_path / 'ledger.sqlite'}")
    ledger.migrate()
    order_id, _ = delivered_order(ledger, "PO-CLI", "X1")
    ledger.set_order_state(order_id, "review")
    runner = CliRunner()

    listed = runner.invoke(cli, ["review", "list"])
    assert listed.exit_code == 0 and json.loads(listed.output)["po_number"] == "PO-CLI"
    fixed = runner.invoke(cli, ["review", "correct", str(order_id), "lines.0.quantity=7", "--user", "lin"])
    assert fixed.exit_code == 0, fixed.output
    assert runner.invoke(cli, ["review", "correct", str(order_id), "oops"]).exit_code == 2
    approved = runner.invoke(cli, ["review", "approve", str(order_id), "--user", "lin"])
    assert approved.output.strip() == f"order {order_id}: ready"
    again = runner.invoke(cli, ["review", "approve", str(order_id)])
    assert again.exit_code == 2 and "not in review" in again.output
    assert runner.invoke(cli, ["review", "retry", "999"]).exit_code == 2
    assert ledger.get_order(order_id).canonical["lines"][0]["quantity"] == "7"


def test_sync_skips_a_target_without_a_connector(tmp_path, monkeypatch):
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    ledger = Ledger(f"sqlite:///{tmp_path / 'ledger.sqlite'}")
    ledger.migrate()
    delivered_order(ledger, "PO-X", "X1", target="nowhere")
    result = CliRunner().invoke(cli, ["sync", "--no-alerts"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["targets"] == [{"target": "nowhere", "skipped": "no connector"}]
