"""``orderbridge review correct --remember`` and ``review approve`` from a terminal: the same re-validation
and cross-references as the Orders view, and approval refused while a blocking issue remains."""

from __future__ import annotations

import yaml
from click.testing import CliRunner
from review_support import in_force, in_review, incoming, mappings_copy

from orderbridge.cli import cli
from orderbridge.ledger import Ledger
from orderbridge.masterdata.xrefs import FILE


def test_a_terminal_correction_is_checked_again_remembered_and_then_approved(tmp_path, monkeypatch):
    folder = mappings_copy(tmp_path)
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ORDERBRIDGE_MAPPINGS", str(folder))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    ledger = Ledger(f"sqlite:///{tmp_path / 'home' / 'ledger.sqlite'}")
    ledger.migrate()
    order_id = in_review(ledger, in_force(folder, tmp_path / "home", ledger)(), incoming("PO-T1"))
    runner = CliRunner()

    refused = runner.invoke(cli, ["review", "approve", str(order_id), "--user", "lin"])
    assert refused.exit_code == 2 and "cannot approve: 2 blocking issue(s) remain" in refused.output
    assert "sku-unresolved" in refused.output  # the part number, and the ERP payload missing its material
    assert ledger.get_order(order_id).state == "review"

    still = runner.invoke(cli, ["review", "correct", str(order_id), "lines.0.quantity=100", "--user", "lin"])
    assert still.exit_code == 0 and "2 blocking issue(s) remain" in still.output
    assert "sku-unresolved" in still.output

    fixed = runner.invoke(
        cli, ["review", "correct", str(order_id), "lines.0.sku=M1001", "--remember", "--user", "lin"]
    )
    assert fixed.exit_code == 0, fixed.output
    assert "remembered part numbers: HD-BLT-0830-N -> M1001" in fixed.output
    assert "no blocking issue remains" in fixed.output
    saved = yaml.safe_load((folder / "masterdata" / FILE).read_text(encoding="utf-8"))
    assert saved["cross_references"] == [{"customer": "C0001", "part_numbers": {"HD-BLT-0830-N": "M1001"}}]

    approved = runner.invoke(cli, ["review", "approve", str(order_id), "--user", "lin"])
    assert approved.output.strip() == f"order {order_id}: ready"


def test_a_correction_of_an_unknown_order_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path))
    monkeypatch.delenv("ORDERBRIDGE_DB_URL", raising=False)
    Ledger(f"sqlite:///{tmp_path / 'ledger.sqlite'}").migrate()
    result = CliRunner().invoke(cli, ["review", "correct", "999", "lines.0.sku=M1001"])
    assert result.exit_code == 2 and result.output.startswith("error: ")
