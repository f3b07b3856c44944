"""Alerts: new reconciliation findings sent once to people, by e-mail (an Airflow SMTP connection) and/or a
DingTalk or WeCom group robot. See ``send_new_findings``."""

from orderbridge.alerts.channels import AlertError, Message, send
from orderbridge.alerts.dispatch import NOTIFIED, send_new_findings

__all__ = ["NOTIFIED", "AlertError", "Message", "send", "send_new_findings"]
