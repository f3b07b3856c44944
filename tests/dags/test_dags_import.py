"""Every DAG file parses, and the DAGs are wired the way the pipeline needs."""


def test_the_dag_folder_has_no_import_errors(dagbag) -> None:
    assert dagbag.import_errors == {}
    assert {"po_intake", "po_process"} <= set(dagbag.dag_ids)


def test_po_process_runs_when_intake_updates_the_ledger_asset(dagbag) -> None:
    intake, process = dagbag.get_dag("po_intake"), dagbag.get_dag("po_process")
    (poll,) = intake.tasks
    assert [a.uri for a in poll.outlets] == ["orderbridge://ledger/documents"]
    (asset,) = process.timetable.asset_condition.objects
    assert asset.uri == "orderbridge://ledger/documents"


def test_tasks_retry_and_fail_fast_on_configuration_errors(dagbag) -> None:
    push = dagbag.get_dag("po_process").get_task("push_kingdee")
    assert push.retries >= 1
    rule = push.retry_policy.rules[0]
    assert rule.exception_path == "orderbridge.errors.ConfigError"
    assert rule.action.value == "fail"


def test_po_intake_wakes_on_imap_idle_for_the_watched_mailboxes(dagbag, monkeypatch) -> None:
    import os
    import sys

    from airflow.dag_processing.dagbag import DagBag

    monkeypatch.setenv("ORDERBRIDGE_IMAP_IDLE_CONN_IDS", "orders_mail")
    monkeypatch.setenv("ORDERBRIDGE_IMAP_CONN_IDS", "orders_mail")
    monkeypatch.delitem(sys.modules, "dag_support", raising=False)
    dags_folder = os.environ["AIRFLOW__CORE__DAGS_FOLDER"]
    bag = DagBag(dag_folder=f"{dags_folder}/po_intake.py")

    intake = bag.get_dag("po_intake")
    (mailbox,) = [
        a for a in intake.timetable.asset_condition.objects if a.uri.startswith("orderbridge://imap/")
    ]  # beside the inbox folder's own Asset
    assert mailbox.uri == "orderbridge://imap/orders_mail"
    (watcher,) = mailbox.watchers
    assert type(watcher.trigger).__name__ == "ImapIdleTrigger"
    assert "poll_imap_orders_mail" in intake.task_ids
