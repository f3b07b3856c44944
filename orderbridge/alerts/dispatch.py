"""Send each open finding once per channel: a digest per channel per run, then ``finding.notified``.

A finding counts as told on a channel when a ``finding.notified`` event names its ``finding.raised`` event
and that channel. A channel that fails keeps its findings pending: the next run tries again, and the
channels that worked are not told twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from orderbridge.alerts.channels import AlertError, Message, send
from orderbridge.sync.config import SyncConfig
from orderbridge.sync.findings import open_findings

log = logging.getLogger(__name__)
NOTIFIED = "finding.notified"
DIGEST_LINES = 30


def channel_key(channel: Any) -> str:
    return f"{channel.type}:{channel.conn_id}"


def send_new_findings(
    ledger: Any, cfg: SyncConfig, *, sender: Callable[[Any, Message], None] = send
) -> dict[str, Any]:
    """{"sent": {channel: count}, "failed": {channel: error}}; nothing is sent twice on one channel."""
    pending_all = sorted(open_findings(ledger).values(), key=lambda e: e.id)
    told = {(e.data.get("raised_event_id"), e.data.get("channel")) for e in ledger.log_of_kinds(NOTIFIED)}
    orders = ledger.orders_by_id(e.order_id for e in pending_all if e.order_id)
    sent: dict[str, int] = {}
    failed: dict[str, str] = {}
    for channel in cfg.channels:
        key = channel_key(channel)
        pending = [e for e in pending_all if (e.id, key) not in told]
        if not pending:
            continue
        try:
            sender(channel, digest(pending, orders))
        except AlertError as exc:
            log.warning("alert channel %s failed: %s", key, exc)
            failed[key] = str(exc)
            continue
        ledger.append_log(
            [
                {
                    "kind": NOTIFIED,
                    "order_id": e.order_id,
                    "delivery_id": e.delivery_id,
                    "data": {"raised_event_id": e.id, "channel": key, "key": e.data.get("key")},
                }
                for e in pending
            ]
        )
        sent[key] = len(pending)
    return {"sent": sent, "failed": failed}


def digest(findings: list[Any], orders: dict[int, Any]) -> Message:
    lines = []
    for event in findings[:DIGEST_LINES]:
        data = event.data or {}
        order = orders.get(event.order_id)
        po = order.po_number if order else "?"
        lines.append(
            f"- [{data.get('rule')}] PO {po} ({data.get('target')} {data.get('external_id')}): "
            f"{event.message} {data.get('link', '')}".rstrip()
        )
    if len(findings) > DIGEST_LINES:
        lines.append(f"... and {len(findings) - DIGEST_LINES} more in the Orders view")
    noun = "finding" if len(findings) == 1 else "findings"
    return Message(subject=f"OrderBridge: {len(findings)} new order {noun}", text="\n".join(lines))
