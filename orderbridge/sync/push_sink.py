"""Kuaidi100's pushes into the ledger: each tracking update becomes a status event on its delivery.

``LedgerPushSink`` is the ``Sink`` that ``connectors.kuaidi100.callback.handle_push`` calls with a push
whose sign was verified. The waybill finds the delivery (``TrackingIndex``: a courier delivery's own
number, or one recorded on an ERP delivery). Kuaidi100 re-sends a push until it gets the exact success
answer, and may send an older state again: an update whose fingerprint that delivery has already recorded
is dropped, so any number of re-sends leave one event. A waybill no delivery ships under (by an index
rebuilt for the question) is answered as taken (re-sending cannot help) and logged, nothing else; when the
index was rebuilt too recently to ask again, and on any ledger failure, the sink raises, so the push is
refused and comes again.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from connectors.base import StatusUpdate
from orderbridge.sync.engine import PUSHED, STATUS_CHANGED, fingerprint
from orderbridge.sync.tracking import TrackingIndex

log = logging.getLogger(__name__)


class LedgerPushSink:
    def __init__(self, ledger: Any, *, index: TrackingIndex | None = None) -> None:
        self.ledger = ledger
        self.index = index or TrackingIndex(ledger)
        self._lock = threading.Lock()  # two copies of one push at once must not both be recorded
        self.recorded = 0
        self.unknown = 0

    def __call__(self, update: StatusUpdate, param: dict[str, Any]) -> None:
        number = update.external_id
        delivery_ids = self.index.deliveries(number)
        if delivery_ids is None:  # refused: Kuaidi100 sends it again, by then the index is rebuilt
            raise LookupError(f"waybill {number} is not in the tracking index built a moment ago")
        if not delivery_ids:
            self.unknown += 1
            log.warning(
                "kuaidi100 push for waybill %s (%s, %s): no delivery ships under it; answered as "
                "taken, nothing recorded",
                number,
                update.detail.get("com"),
                update.status,
            )
            return
        if param.get("status") == "abort":
            log.warning(
                "kuaidi100 stopped tracking %s (%s): subscribe it again", number, param.get("message")
            )
        mark = fingerprint(update.status, update.detail)
        with self._lock:
            for delivery_id in delivery_ids:
                self._record(delivery_id, number, update, mark, param)

    def _record(self, delivery_id: int, number: str, update: StatusUpdate, mark: str, param: dict) -> None:
        history = self.ledger.events(delivery_id=delivery_id, kind=STATUS_CHANGED)
        if any((e.data or {}).get("fingerprint") == mark for e in history):
            return  # a re-sent push, or what the status sync already read
        delivery = self.ledger.get_delivery(delivery_id)
        previous = (history[-1].data or {}).get("status") if history else None
        self.ledger.add_event(
            STATUS_CHANGED,
            order_id=delivery.order_id,
            delivery_id=delivery.id,
            message=f"kuaidi100 push {number}: {previous or '-'} -> {update.status}",
            data={
                "target": delivery.target,
                "external_id": delivery.external_id,
                "waybill": number,
                "status": update.status,
                "from": previous,
                "detail": update.detail,
                "fingerprint": mark,
                "source": PUSHED,
                "push_status": param.get("status"),
            },
        )
        self.recorded += 1
