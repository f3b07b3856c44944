"""One status-sync run for one target: read statuses, record each change once, reconcile, move the cursor.

The cursor (``status_sync:<target>``) holds the run start of the last good run. The next run reads changes
from ``cursor - overlap`` up to *its own* start (never "now", so a change committed during the run is
read again next time), and drops what it already applied by comparing each status with the delivery's
latest ``status.changed`` event: an update is never skipped and never applied twice. The cursor moves
only after the events are committed; a crash repeats a little reading, never a change. Shipment numbers
a read names (waybills, delivery notes) are recorded on the delivery once (``tracking.py``); a status a
Kuaidi100 push already recorded is not recorded again when the target's own read catches up.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict, dataclass
from typing import Any

from orderbridge.ledger.db import utcnow
from orderbridge.sync.config import SyncConfig
from orderbridge.sync.findings import record_findings
from orderbridge.sync.rules import Current, evaluate
from orderbridge.sync.sources import read_statuses
from orderbridge.sync.tracking import known_numbers, numbers_in, tracking_events

log = logging.getLogger(__name__)
STATUS_CHANGED = "status.changed"
PUSHED = "kuaidi100_push"  # ``data.source`` of a status event recorded from a Kuaidi100 push


@dataclass(frozen=True)
class SyncReport:
    target: str
    open_deliveries: int
    calls: int
    updates_read: int
    changes: int
    complete_read: bool
    findings_raised: int
    findings_resolved: int
    since: str | None
    until: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def cursor_name(target: str) -> str:
    return f"status_sync:{target}"


def fingerprint(status: str, detail: dict[str, Any]) -> str:
    """What makes two reads of an order the same: its status and every detail, in a stable order."""
    return "|".join([status, *(f"{key}={detail[key]!r}" for key in sorted(detail))])


def sync_target(
    ledger: Any, connector: Any, target: str, cfg: SyncConfig, *, now: dt.datetime | None = None
) -> SyncReport:
    run_start = now or utcnow()
    cursor = ledger.get_cursor(cursor_name(target))
    since = None
    if cursor and cursor.get("watermark"):
        since = dt.datetime.fromisoformat(cursor["watermark"]) - dt.timedelta(minutes=cfg.overlap_minutes)
    latest = ledger.latest_log_by_delivery(STATUS_CHANGED, target=target)
    terminal = set(cfg.terminal_statuses)
    deliveries = [
        d
        for d in ledger.delivered_deliveries(target)
        if d.external_id and (d.id not in latest or latest[d.id].data.get("status") not in terminal)
    ]
    by_external = {d.external_id: d for d in deliveries}
    read = read_statuses(connector, by_external, since=since, until=run_start, batch=cfg.batch_size)

    current = {
        d.id: Current(e.data.get("status"), e.data.get("detail") or {}, e.occurred_at)
        for d in deliveries
        if (e := latest.get(d.id)) is not None
    }
    applied = {d_id: e.data.get("fingerprint") for d_id, e in latest.items()}
    pushed = {d_id: e.data.get("status") for d_id, e in latest.items() if e.data.get("source") == PUSHED}
    known = known_numbers(ledger)
    events, seen = [], set()
    for update in read.updates:
        delivery = by_external.get(update.external_id)
        if delivery is None:
            continue  # not ours, or already closed: nothing to follow
        seen.add(delivery.id)
        events += tracking_events(delivery, target, numbers_in(target, update), known)
        mark = fingerprint(update.status, update.detail)
        if applied.get(delivery.id) == mark or pushed.get(delivery.id) == update.status:
            continue  # read again through the overlap, unchanged, or a courier's push said it first
        previous = current.get(delivery.id)
        applied[delivery.id] = mark
        current[delivery.id] = Current(update.status, dict(update.detail), run_start)
        events.append(
            {
                "kind": STATUS_CHANGED,
                "order_id": delivery.order_id,
                "delivery_id": delivery.id,
                "message": f"{target} {update.external_id}: {previous.status if previous else '-'} "
                f"-> {update.status}",
                "data": {
                    "target": target,
                    "external_id": update.external_id,
                    "status": update.status,
                    "from": previous.status if previous else None,
                    "detail": update.detail,
                    "fingerprint": mark,
                },
            }
        )
    ledger.append_log(events)

    orders = ledger.orders_by_id(d.order_id for d in deliveries)
    holding, undecided = [], set()
    for d in deliveries:
        now_view = current.get(d.id, Current(None, {}, None))
        if now_view.status in cfg.terminal_statuses:
            continue
        found, unknown = evaluate(
            cfg,
            d,
            orders[d.order_id].canonical,
            now_view,
            seen=d.id in seen,
            complete=read.complete,
            now=run_start,
        )
        holding += found
        undecided |= unknown
    raised, resolved = record_findings(ledger, cfg, target, holding, undecided)
    ledger.set_cursor(cursor_name(target), {"watermark": run_start.isoformat(), "complete": read.complete})
    changes = sum(1 for e in events if e["kind"] == STATUS_CHANGED)
    report = SyncReport(
        target,
        len(deliveries),
        read.calls,
        len(read.updates),
        changes,
        read.complete,
        raised,
        resolved,
        since.isoformat() if since else None,
        run_start.isoformat(),
    )
    log.info("status sync %s", report)
    return report
