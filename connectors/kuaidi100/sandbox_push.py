"""The sandbox's pushes: each subscribed waybill whose stage moved past what was pushed is sent to its
callback as form ``param`` + ``sign`` (upper md5 of param + salt). Only the exact success answer counts;
anything else is logged and sent again by the next flush, at most ``MAX_ATTEMPTS`` times per stage
(the real service retries 3 times, 35 minutes apart)."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import httpx

from connectors.kuaidi100 import protocol, sandbox_tracking
from connectors.kuaidi100.sandbox_store import TrackStore
from connectors.kuaidi100.signing import push_sign

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 4  # the first push and 3 retries


def _accepted(response: httpx.Response) -> bool:
    try:
        return response.json() == protocol.PUSH_ACCEPTED
    except ValueError:
        return False


def flush(store: TrackStore, step_seconds: float, timeout: float = 5.0) -> list[dict[str, Any]]:
    """Send every due push now; the push log entries made."""
    made = []
    now = time.time()
    tries = {(p["num"], p["stage"]): 0 for p in store.pushes()}
    for p in store.pushes():
        tries[(p["num"], p["stage"])] += 1
    for sub in store.subscriptions():
        track = store.track(sub["com"], sub["num"])
        if track is None:
            continue
        stage = sandbox_tracking.stage_of(track, step_seconds, now)
        if stage <= max(0, sub["pushed_stage"]) or tries.get((sub["num"], stage), 0) >= MAX_ATTEMPTS:
            continue
        param = protocol.dumps(sandbox_tracking.push_param(track, stage))
        form = {"param": param}
        if sub["salt"]:
            form["sign"] = push_sign(param, sub["salt"])
        try:
            response = httpx.post(sub["callbackurl"], data=form, timeout=timeout)
            accepted, text = _accepted(response), response.text
        except httpx.HTTPError as exc:
            accepted, text = False, f"{type(exc).__name__}: {exc}"
        store.log_push(sub["com"], sub["num"], stage, sub["callbackurl"], accepted, text)
        if accepted:
            store.mark_pushed(sub["com"], sub["num"], stage)
        made.append({"num": sub["num"], "stage": stage, "accepted": accepted})
    return made


class PushTicker:
    """Flushes every ``interval`` seconds in a daemon thread, so routes advancing with time get pushed."""

    def __init__(self, store: TrackStore, step_seconds: float, interval: float) -> None:
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self.store, self.step_seconds, self.interval = store, step_seconds, interval
        self._thread = threading.Thread(target=self._run, daemon=True, name="kuaidi100-push-ticker")

    def start(self) -> None:
        self._thread.start()

    def flush(self) -> list[dict[str, Any]]:
        with self._lock:
            return flush(self.store, self.step_seconds)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.flush()
            except Exception:  # keep ticking: one bad callback URL must not stop the others
                log.exception("kuaidi100 sandbox: push flush failed")

    def stop(self) -> None:
        self._stop.set()
