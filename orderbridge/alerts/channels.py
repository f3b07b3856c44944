"""How one message reaches one channel: SMTP e-mail, or a DingTalk / WeCom group robot webhook.

Credentials come from a connection (``connectors.credentials.get_connection``): for e-mail an Airflow SMTP
connection (host, port, login, password, extra ``from_email``, ``disable_ssl``, ``disable_tls``); for a
robot, the webhook URL as host, or the API host with the robot's token (DingTalk ``access_token``,
WeCom ``key``) as password, plus DingTalk's optional signing ``secret`` in extra.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import smtplib
import time
import urllib.parse
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

import httpx

from orderbridge.errors import OrderBridgeError

TIMEOUT_S = 10.0
ROBOT_PATHS = {"dingtalk": ("/robot/send", "access_token"), "wecom": ("/cgi-bin/webhook/send", "key")}


class AlertError(OrderBridgeError):
    """A channel refused or could not take a message; the findings stay pending for the next run."""


@dataclass(frozen=True)
class Message:
    subject: str
    text: str  # plain text; Markdown-friendly for the robots


def send(channel: Any, message: Message) -> None:
    """Deliver ``message`` through ``channel`` (``orderbridge.sync.config.Channel``) or raise AlertError."""
    from connectors.credentials import get_connection

    conn = get_connection(channel.conn_id)
    try:
        if channel.type == "email":
            _email(conn, list(channel.to), message)
        elif channel.type in ("dingtalk", "wecom"):
            _robot(conn, channel.type, message)
        else:
            raise AlertError(f"unknown alert channel type {channel.type!r}")
    except (OSError, smtplib.SMTPException, httpx.HTTPError) as exc:
        raise AlertError(f"{channel.type} via {channel.conn_id}: {exc}") from exc


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _email(conn: Any, to: list[str], message: Message) -> None:
    if not to:
        raise AlertError("an e-mail channel needs recipients ('to')")
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = conn.extra.get("from_email") or conn.login or "orderbridge@localhost"
    mail["To"] = ", ".join(to)
    mail.set_content(message.text)
    send_email(conn, mail)


def send_email(conn: Any, mail: EmailMessage) -> None:
    """Send ``mail`` through an SMTP connection (SSL, or STARTTLS unless disabled; login when given)."""
    use_ssl = not _flag(conn.extra.get("disable_ssl", False))
    smtp_class = smtplib.SMTP_SSL if use_ssl else smtplib.SMTP
    with smtp_class(conn.host, conn.port or (465 if use_ssl else 25), timeout=TIMEOUT_S) as smtp:
        if not use_ssl and not _flag(conn.extra.get("disable_tls", False)):
            smtp.starttls()
        if conn.login and conn.password:
            smtp.login(conn.login, conn.password)
        smtp.send_message(mail)


def robot_url(conn: Any, kind: str) -> str:
    host = conn.host or ""
    url = host if "://" in host and not conn.password else conn.base_url("https")
    if conn.password:
        path, param = ROBOT_PATHS[kind]
        url = f"{url.rstrip('/')}{path}?{param}={urllib.parse.quote(conn.password)}"
    secret = conn.extra.get("secret")
    if kind == "dingtalk" and secret:
        stamp = str(int(time.time() * 1000))
        digest = hmac.new(secret.encode(), f"{stamp}\n{secret}".encode(), hashlib.sha256).digest()
        sign = urllib.parse.quote_plus(base64.b64encode(digest))
        url += f"{'&' if '?' in url else '?'}timestamp={stamp}&sign={sign}"
    return url


def _robot(conn: Any, kind: str, message: Message) -> None:
    if kind == "dingtalk":
        body = {"msgtype": "markdown", "markdown": {"title": message.subject, "text": message.text}}
    else:
        body = {"msgtype": "markdown", "markdown": {"content": f"**{message.subject}**\n{message.text}"}}
    response = httpx.post(robot_url(conn, kind), json=body, timeout=TIMEOUT_S)
    response.raise_for_status()
    answer = response.json()
    if str(answer.get("errcode", 0)) != "0":
        raise AlertError(f"{kind} robot refused the message: {answer.get('errcode')} {answer.get('errmsg')}")
