"""The cursor is capped at the run's start and read back with an overlap: no change is skipped, none is
applied twice; targets without a change feed are read in batches, never one call per order."""

from __future__ import annotations

import datetime as dt

from sync_support import BatchOnlyTarget, FakeTarget, config, delivered_order, kinds

from orderbridge.sync import cursor_name, sync_target
from orderbridge.sync.kingdee_pages import KingdeeStatusPages

# The runs happen an hour after the deliveries are recorded (at the real time): the missing-in-target
# rule only speaks about deliveries older than its grace period.
T0 = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).replace(second=0, microsecond=0)


def minutes(n: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=n)


def test_the_second_run_reads_from_the_first_runs_start_minus_the_overlap(sqlite_ledger):
    delivered_order(sqlite_ledger, "PO-1", "F1", target="fake")
    feed = FakeTarget()
    sync_target(sqlite_ledger, feed, "fake", config(overlap_minutes=30), now=minutes(0))
    sync_target(sqlite_ledger, feed, "fake", config(overlap_minutes=30), now=minutes(15))
    assert feed.windows == [(None, minutes(0)), (minutes(-30), minutes(15))]
    assert sqlite_ledger.get_cursor(cursor_name("fake"))["watermark"] == minutes(15).isoformat()


def test_a_change_committed_during_a_run_is_read_by_the_next_run_and_applied_once(sqlite_ledger):
    _, delivery_id = delivered_order(sqlite_ledger, "PO-1", "F1", target="fake")
    feed = FakeTarget()
    feed.change(minutes(-5), "F1", "created")
    feed.change(minutes(0.5), "F1", "approved")  # committed after run 1 started: beyond its window
    first = sync_target(sqlite_ledger, feed, "fake", config(), now=minutes(0))
    second = sync_target(sqlite_ledger, feed, "fake", config(), now=minutes(10))
    third = sync_target(sqlite_ledger, feed, "fake", config(), now=minutes(20))  # overlap re-reads it
    assert (first.changes, second.changes, third.changes) == (1, 1, 0)
    assert [e.data["status"] for e in kinds(sqlite_ledger, "status.changed")] == ["created", "approved"]
    assert all(e.delivery_id == delivery_id for e in kinds(sqlite_ledger, "status.changed"))


def test_a_window_read_decides_nothing_about_missing_orders(sqlite_ledger):
    delivered_order(sqlite_ledger, "PO-1", "F1", target="fake")
    delivered_order(sqlite_ledger, "PO-2", "F2", target="fake")
    feed = FakeTarget()
    feed.change(minutes(-5), "F1", "approved")
    first = sync_target(sqlite_ledger, feed, "fake", config(), now=minutes(0))  # complete: F2 is missing
    assert first.complete_read and first.findings_raised == 1
    second = sync_target(sqlite_ledger, feed, "fake", config(), now=minutes(10))  # window: cannot tell
    assert not second.complete_read
    assert (second.findings_raised, second.findings_resolved) == (0, 0)


def test_a_delivery_in_a_terminal_status_is_no_longer_polled(sqlite_ledger):
    delivered_order(sqlite_ledger, "PO-1", "F1", target="fake")
    delivered_order(sqlite_ledger, "PO-2", "F2", target="fake")
    feed = FakeTarget()
    feed.change(minutes(-5), "F1", "cancelled")
    feed.change(minutes(-5), "F2", "approved")
    sync_target(sqlite_ledger, feed, "fake", config(), now=minutes(0))
    feed.change(minutes(1), "F1", "approved")
    report = sync_target(sqlite_ledger, feed, "fake", config(), now=minutes(10))
    assert report.open_deliveries == 1 and report.changes == 0


def test_a_target_without_pages_is_asked_in_batches(sqlite_ledger):
    for i in range(5):
        delivered_order(sqlite_ledger, f"PO-{i}", f"B{i}", target="batchonly")
    target = BatchOnlyTarget({f"B{i}": "approved" for i in range(4)})
    report = sync_target(sqlite_ledger, target, "batchonly", config(batch_size=2))
    assert [len(call) for call in target.calls] == [2, 2, 1]
    assert (report.calls, report.changes, report.findings_raised) == (3, 4, 1)  # B4 is missing
    assert kinds(sqlite_ledger, "finding.raised")[0].data["external_id"] == "B4"


def test_kingdee_reads_a_window_by_its_modification_field_in_server_time_when_the_tenant_has_one():
    pages = KingdeeStatusPages(object(), modified_field="FModifyDate")
    utc_8am = dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.UTC)  # 16:00 in Beijing, the server's time
    assert pages.window_filter(utc_8am - dt.timedelta(minutes=30), utc_8am) == (
        "FModifyDate >= '2026-11-22 15:30:00' AND FModifyDate < '2026-11-22 16:00:00'"
    )
    assert pages.window_filter(None, minutes(0)) == ""
    assert KingdeeStatusPages(object()).window_filter(minutes(-30), minutes(0)) == ""
