"""The command line and the po_intake DAG run the same poll; ``orderbridge documents`` shows the result."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

from orderbridge.cli import cli
from orderbridge.ledger import Ledger
from orderbridge.settings import PROJECT_ROOT
from tests.servers.mails import attachment, mail


def test_intake_imap_then_documents_lists_source_customer_state_and_reason(
    mailbox, tmp_path: Path, monkeypatch
) -> None:
    db_url = f"sqlite:///{tmp_path / 'ledger.sqlite'}"
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ORDERBRIDGE_DB_URL", db_url)
    Ledger(db_url).migrate()
    mailbox.deliver(mail(parts=[attachment("PO-cli.pdf", b"%PDF-1.4\n% cli\n")]))
    mailbox.deliver(mail(sender="x@elsewhere.example", subject="hello", body="just saying hi"))
    runner = CliRunner()
    polled = runner.invoke(cli, ["intake", "imap", "--conn-id", mailbox.conn_id])
    assert polled.exit_code == 0, polled.output
    report = json.loads(polled.output)
    assert report["messages"] == 2 and len(report["new_document_ids"]) == 1
    listed = json.loads(runner.invoke(cli, ["documents", "--json"]).output)
    rows = {r["file"]: r for r in listed}
    assert rows["PO-cli.pdf"]["source"] == "imap" and rows["PO-cli.pdf"]["customer"] == "C0001"
    hello = rows["hello.eml"]
    assert (hello["state"], hello["reject_reason"]) == ("rejected", "no-purchase-order")
    table = runner.invoke(cli, ["documents"]).output
    assert "source" in table and "customer" in table and "C0001" in table


def test_an_unreachable_server_exits_with_the_temporary_failure_status(tmp_path: Path, monkeypatch) -> None:
    from orderbridge.local_services import free_port

    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ORDERBRIDGE_DB_URL", f"sqlite:///{tmp_path / 'ledger.sqlite'}")
    monkeypatch.setenv(
        "AIRFLOW_CONN_NOWHERE",
        json.dumps(
            {
                "conn_type": "imap",
                "host": "127.0.0.1",
                "port": free_port(),
                "login": "a",
                "password": "b",
                "extra": {"use_ssl": False},
            }
        ),
    )
    result = CliRunner().invoke(cli, ["intake", "imap", "--conn-id", "nowhere"])
    assert result.exit_code == 75 and "cannot reach" in result.output


def test_po_intake_gets_one_task_per_configured_connection(monkeypatch) -> None:
    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("ORDERBRIDGE_IMAP_CONN_IDS", "orders_mail, sales_mail")
    monkeypatch.setenv("ORDERBRIDGE_SFTP_CONN_IDS", "acme_drop")
    monkeypatch.syspath_prepend(str(PROJECT_ROOT / "dags"))
    bag = DagBag(dag_folder=str(PROJECT_ROOT / "dags" / "po_intake.py"))
    assert bag.import_errors == {}
    tasks = {t.task_id: [a.uri for a in t.outlets] for t in bag.dags["po_intake"].tasks}
    assert set(tasks) == {
        "poll_inbox_folder",
        "poll_imap_orders_mail",
        "poll_imap_sales_mail",
        "poll_sftp_acme_drop",
    }
    assert all(outlets == ["orderbridge://ledger/documents"] for outlets in tasks.values())
    assert "dag_support" in sys.modules
