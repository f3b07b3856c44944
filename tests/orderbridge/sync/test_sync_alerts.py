"""Findings reach people once: by e-mail over SMTP and by DingTalk / WeCom robots, each a real server here."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from alert_servers import RobotServer, SmtpServer
from sync_support import BatchOnlyTarget, config, delivered_order, kinds

from orderbridge.alerts import send_new_findings
from orderbridge.alerts.channels import robot_url
from orderbridge.sync import sync_target
from orderbridge.sync.config import Channel

EMAIL = Channel("email", "smtp_alerts", ("desk@example.com",))
DINGTALK = Channel("dingtalk", "dingtalk_alerts")
WECOM = Channel("wecom", "wecom_alerts")


@pytest.fixture
def smtp(monkeypatch):
    server = SmtpServer()
    monkeypatch.setenv(
        "AIRFLOW_CONN_SMTP_ALERTS",
        json.dumps(
            {
                "conn_type": "smtp",
                "host": "127.0.0.1",
                "port": server.port,
                "extra": {"disable_ssl": True, "disable_tls": True, "from_email": "orderbridge@example.com"},
            }
        ),
    )
    yield server
    server.shutdown()


@pytest.fixture
def robot(monkeypatch):
    server = RobotServer()
    monkeypatch.setenv(
        "AIRFLOW_CONN_DINGTALK_ALERTS",
        json.dumps(
            {
                "conn_type": "http",
                "host": server.url,
                "password": "robot-token",
                "extra": {"secret": "SEC123"},
            }
        ),
    )
    monkeypatch.setenv(
        "AIRFLOW_CONN_WECOM_ALERTS",
        json.dumps({"conn_type": "http", "host": server.url, "password": "wecom-key"}),
    )
    yield server
    server.shutdown()


def with_channels(*channels):
    cfg = config()
    return type(cfg)(**{**cfg.__dict__, "channels": channels})


def raise_one_finding(ledger) -> int:
    order_id, _ = delivered_order(ledger, "PO-LOST", "B404", target="batchonly")
    sync_target(ledger, BatchOnlyTarget({}), "batchonly", config())
    return order_id


def test_a_finding_is_mailed_and_posted_once_however_many_runs_follow(sqlite_ledger, smtp, robot):
    order_id = raise_one_finding(sqlite_ledger)
    cfg = with_channels(EMAIL, DINGTALK)
    first = send_new_findings(sqlite_ledger, cfg)
    for _ in range(2):  # later runs: the finding still holds, nobody is told again
        sync_target(sqlite_ledger, BatchOnlyTarget({}), "batchonly", cfg)
        assert send_new_findings(sqlite_ledger, cfg) == {"sent": {}, "failed": {}}

    assert first == {"sent": {"email:smtp_alerts": 1, "dingtalk:dingtalk_alerts": 1}, "failed": {}}
    assert len(smtp.mails) == 1 and len(robot.posts) == 1
    mail = smtp.mails[0]
    assert mail["Subject"] == "OrderBridge: 1 new order finding" and mail["To"] == "desk@example.com"
    assert f"http://airflow.test/orderbridge/orders/{order_id}" in mail.get_payload()
    assert "missing_in_target" in mail.get_payload() and "PO-LOST" in mail.get_payload()
    path, body = robot.posts[0]
    assert path.startswith("/robot/send?access_token=robot-token&timestamp=") and "&sign=" in path
    assert body["msgtype"] == "markdown" and "PO-LOST" in body["markdown"]["text"]
    assert len(kinds(sqlite_ledger, "finding.notified")) == 2


def test_a_refusing_robot_is_tried_again_next_run_and_the_mail_is_not_sent_twice(sqlite_ledger, smtp, robot):
    raise_one_finding(sqlite_ledger)
    cfg = with_channels(EMAIL, WECOM)
    robot.answer = {"errcode": 93000, "errmsg": "invalid webhook url"}
    first = send_new_findings(sqlite_ledger, cfg)
    assert first["sent"] == {"email:smtp_alerts": 1} and "93000" in first["failed"]["wecom:wecom_alerts"]

    robot.answer = {"errcode": 0, "errmsg": "ok"}
    assert send_new_findings(sqlite_ledger, cfg) == {"sent": {"wecom:wecom_alerts": 1}, "failed": {}}
    assert len(smtp.mails) == 1
    assert [p for p, _ in robot.posts] == ["/cgi-bin/webhook/send?key=wecom-key"] * 2
    assert "PO-LOST" in robot.posts[-1][1]["markdown"]["content"]


def test_an_unreachable_mail_server_leaves_the_finding_pending(sqlite_ledger, monkeypatch):
    raise_one_finding(sqlite_ledger)
    monkeypatch.setenv(
        "AIRFLOW_CONN_SMTP_ALERTS",
        json.dumps({"conn_type": "smtp", "host": "127.0.0.1", "port": 9, "extra": {"disable_ssl": True}}),
    )
    outcome = send_new_findings(sqlite_ledger, with_channels(EMAIL))
    assert outcome["sent"] == {} and "email:smtp_alerts" in outcome["failed"]
    assert kinds(sqlite_ledger, "finding.notified") == []


def test_a_resolved_finding_is_not_sent(sqlite_ledger, smtp):
    delivered_order(sqlite_ledger, "PO-LATE", "B1", target="batchonly")
    sync_target(sqlite_ledger, BatchOnlyTarget({}), "batchonly", config())
    sync_target(
        sqlite_ledger, BatchOnlyTarget({"B1": "approved"}), "batchonly", config(), now=dt.datetime.now(dt.UTC)
    )
    assert send_new_findings(sqlite_ledger, with_channels(EMAIL)) == {"sent": {}, "failed": {}}
    assert smtp.mails == []


def test_a_robot_url_may_be_given_whole():
    from connectors.base import ConnectionInfo

    conn = ConnectionInfo("x", "http", host="https://oapi.dingtalk.com/robot/send?access_token=abc")
    assert robot_url(conn, "dingtalk") == "https://oapi.dingtalk.com/robot/send?access_token=abc"
