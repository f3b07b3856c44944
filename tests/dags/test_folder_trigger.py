"""A file settling in the inbox folder wakes po_intake: the watch, the Airflow trigger around it, and the
Asset watcher through Airflow's own machinery (trigger rows, asset events, the queue of po_intake runs)."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from connectors.folder.trigger import FolderArrivalTrigger
from connectors.folder.watch import ArrivalWatch


def put(folder: Path, name: str, *, age: float = 60.0) -> Path:
    """A file renamed into the folder, last written ``age`` seconds ago."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"%PDF-1.4\n% " + name.encode() + b"\n")
    past = time.time() - age
    os.utime(path, (past, past))
    return path


# --- the watch: what counts as an arrival -----------------------------------------------------------------
def test_files_already_waiting_are_announced_once_then_only_new_ones(tmp_path):
    inbox = tmp_path / "inbox"
    put(inbox, "a.pdf")
    watch = ArrivalWatch(inbox, settle_seconds=2)

    assert watch.new_arrivals() == ["a.pdf"]
    assert watch.new_arrivals() == []
    put(inbox, "b.pdf")
    assert watch.new_arrivals() == ["b.pdf"]


def test_files_being_written_are_announced_when_they_have_settled(tmp_path):
    inbox = tmp_path / "inbox"
    watch = ArrivalWatch(inbox, settle_seconds=2)
    put(inbox, "upload.pdf.part")
    put(inbox, ".hidden.pdf")
    fresh = put(inbox, "fresh.pdf", age=0)

    assert watch.new_arrivals() == []
    assert watch.new_arrivals(now=fresh.stat().st_mtime + 3) == ["fresh.pdf"]


def test_a_file_taken_in_and_the_same_name_arriving_again_is_news(tmp_path):
    inbox = tmp_path / "inbox"
    watch = ArrivalWatch(inbox, settle_seconds=0)
    first = put(inbox, "po.pdf")
    assert watch.new_arrivals() == ["po.pdf"]
    first.unlink()  # po_intake moved it to processed/
    assert watch.new_arrivals() == []
    put(inbox, "po.pdf", age=30)

    assert watch.new_arrivals() == ["po.pdf"]


def test_a_missing_inbox_is_an_empty_one(tmp_path):
    assert ArrivalWatch(tmp_path / "not-yet", settle_seconds=0).new_arrivals() == []


# --- the trigger ------------------------------------------------------------------------------------------
def first_event(trigger: FolderArrivalTrigger, timeout: float = 30.0):
    async def wait():
        async for event in trigger.run():
            return event

    return asyncio.run(asyncio.wait_for(wait(), timeout))


def test_the_trigger_serialises_and_fires_when_a_file_arrives(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    trigger = FolderArrivalTrigger(str(inbox), settle_seconds=0, poll_interval=0.05)
    path, kwargs = trigger.serialize()
    assert path == "connectors.folder.trigger.FolderArrivalTrigger"
    assert FolderArrivalTrigger(**kwargs).serialize() == (path, kwargs)

    async def arrive_later():
        await asyncio.sleep(0.2)
        put(inbox, "PO-1.pdf")

    async def scenario():
        events = trigger.run()
        arrival = asyncio.create_task(arrive_later())
        event = await asyncio.wait_for(anext(events), 30)
        await arrival
        second = asyncio.create_task(anext(events))
        await asyncio.sleep(0.3)  # several scans of an inbox with nothing new
        assert not second.done()
        put(inbox, "PO-2.pdf")
        return event, await asyncio.wait_for(second, 30)

    first, second = asyncio.run(scenario())
    assert first.payload == {"inbox": str(inbox), "event": "new-files", "files": 1, "first": "PO-1.pdf"}
    assert second.payload["first"] == "PO-2.pdf"


def test_an_unreadable_inbox_is_retried_not_fatal(tmp_path):
    not_a_folder = tmp_path / "inbox"
    not_a_folder.write_text("a file where the inbox should be")
    trigger = FolderArrivalTrigger(str(not_a_folder), settle_seconds=0, poll_interval=0.05, retry_delay=0.05)

    async def scenario():
        waiting = asyncio.create_task(anext(trigger.run()))
        await asyncio.sleep(0.3)
        assert not waiting.done()  # logged and retried, no exception
        not_a_folder.unlink()
        put(not_a_folder, "PO.pdf")
        return await asyncio.wait_for(waiting, 30)

    assert asyncio.run(scenario()).payload["first"] == "PO.pdf"


# --- through Airflow --------------------------------------------------------------------------------------
def parse_po_intake(monkeypatch, **env: str):
    from airflow.dag_processing.dagbag import DagBag

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delitem(sys.modules, "dag_support", raising=False)
    bag = DagBag(dag_folder=f"{os.environ['AIRFLOW__CORE__DAGS_FOLDER']}/po_intake.py")
    assert bag.import_errors == {}
    return bag


def test_po_intake_watches_the_inbox_folder_by_default_and_keeps_its_minute(dagbag, tmp_path, monkeypatch):
    bag = parse_po_intake(
        monkeypatch, ORDERBRIDGE_HOME=str(tmp_path / "home"), ORDERBRIDGE_INBOX_SETTLE_SECONDS="0"
    )
    intake = bag.get_dag("po_intake")

    (folder,) = intake.timetable.asset_condition.objects
    assert folder.uri == "orderbridge://folder/inbox"
    (watcher,) = folder.watchers
    assert watcher.trigger.serialize()[1]["inbox"] == str((tmp_path / "home" / "inbox").resolve())
    assert watcher.trigger.serialize()[1]["settle_seconds"] == 0
    assert intake.timetable.timetable.delta == timedelta(minutes=1)  # the minute stays as a safety net


def test_the_folder_watch_can_be_switched_off(dagbag, tmp_path, monkeypatch):
    bag = parse_po_intake(
        monkeypatch, ORDERBRIDGE_HOME=str(tmp_path / "home"), ORDERBRIDGE_FOLDER_TRIGGER="off"
    )

    intake = bag.get_dag("po_intake")

    assert type(intake.timetable).__name__ == "DeltaTriggerTimetable"  # the minute alone, no watcher
    assert intake.timetable.delta == timedelta(minutes=1)


def test_a_file_arriving_queues_a_po_intake_run_through_the_asset_watcher(dagbag, tmp_path, monkeypatch):
    from airflow.dag_processing.bundles.manager import DagBundlesManager
    from airflow.dag_processing.dagbag import sync_bag_to_db
    from airflow.models.asset import AssetDagRunQueue, AssetEvent, AssetModel
    from airflow.models.dag import DagModel
    from airflow.models.trigger import Trigger
    from airflow.utils.session import create_session
    from sqlalchemy import select

    home = tmp_path / "home"
    bag = parse_po_intake(monkeypatch, ORDERBRIDGE_HOME=str(home), ORDERBRIDGE_INBOX_SETTLE_SECONDS="0")
    DagBundlesManager().sync_bundles_to_db()  # the "dags-folder" bundle, as the dag-processor has it
    sync_bag_to_db(bag, "dags-folder", None)
    with create_session() as session:  # a paused DAG's watchers are not started: unpause, then sync again
        session.get(DagModel, "po_intake").is_paused = False
    sync_bag_to_db(bag, "dags-folder", None)
    with create_session() as session:
        asset = session.scalar(select(AssetModel).where(AssetModel.uri == "orderbridge://folder/inbox"))
        (row,) = [t for t in asset.triggers if t.kwargs["inbox"] == str(home.resolve() / "inbox")]
        trigger_id, classpath, kwargs = row.id, row.classpath, dict(row.kwargs)
    assert classpath == "connectors.folder.trigger.FolderArrivalTrigger"
    put(home / "inbox", "PO-4711.pdf")

    event = first_event(FolderArrivalTrigger(**kwargs))  # what the triggerer runs, from the stored row
    Trigger.submit_event(trigger_id, event)  # what the triggerer does with the event

    with create_session() as session:
        asset = session.scalar(select(AssetModel).where(AssetModel.uri == "orderbridge://folder/inbox"))
        events = session.scalars(select(AssetEvent).where(AssetEvent.asset_id == asset.id)).all()
        assert [e.extra["payload"]["first"] for e in events] == ["PO-4711.pdf"]
        queued = session.scalars(select(AssetDagRunQueue).where(AssetDagRunQueue.asset_id == asset.id)).all()
        assert [q.target_dag_id for q in queued] == ["po_intake"]
        session.get(DagModel, "po_intake").is_paused = True


@pytest.fixture(autouse=True)
def _fresh_dag_support():
    yield
    sys.modules.pop("dag_support", None)  # parsed here with this test's environment
