"""SFTP drop folder: only settled files, downloaded whole, committed, then archived; never twice."""

from __future__ import annotations

import json
import os

import pytest

from connectors.sftp import poll_sftp
from orderbridge.errors import ConnectorError, ErrorKind
from tests.connectors.sftp.conftest import make_drop
from tests.servers.proxy import CuttingProxy

PDF = b"%PDF-1.4\n% PO\n%%EOF\n"


def twice(rt, conn_id: str):
    """The first poll is the first look; the second takes what has not changed since."""
    poll_sftp(rt, conn_id)
    return poll_sftp(rt, conn_id)


class Killed(BaseException):
    pass


def test_settled_files_are_taken_in_and_archived_with_their_names(rt, drop) -> None:
    names = ["订单 PO..v2.pdf", "Order 2026 (final).xlsx"]
    for n, name in enumerate(names):
        drop.put(name, PDF + bytes([n]))
    report = twice(rt, drop.conn_id)
    docs = rt.ledger.documents_in_state()
    assert sorted(d.original_name for d in docs) == sorted(names)
    assert sorted(report.new_document_ids) == sorted(d.id for d in docs)
    assert all(d.source == "sftp" and d.source_ref.startswith(f"sftp://{drop.conn_id}/") for d in docs)
    assert drop.names() == [] and drop.names("archive") == sorted(names)


def test_a_file_still_growing_waits_until_two_looks_agree(rt, drop) -> None:
    path = drop.put("PO-grow.pdf", PDF[:5])
    assert poll_sftp(rt, drop.conn_id).waiting == ["PO-grow.pdf"]
    with path.open("ab") as out:
        out.write(PDF[5:])
    assert poll_sftp(rt, drop.conn_id).waiting == ["PO-grow.pdf"]  # size changed since the first look
    report = poll_sftp(rt, drop.conn_id)
    assert report.waiting == [] and len(report.new_document_ids) == 1
    assert rt.ledger.documents_in_state()[0].size == len(PDF)


def test_upload_names_sub_folders_and_other_patterns_are_left_alone(
    rt, sshd_server, tmp_path, monkeypatch
) -> None:
    box = make_drop(sshd_server, tmp_path, monkeypatch, pattern="*.pdf,*.xlsx")
    for name in ("PO.pdf.part", ".PO.pdf", "PO.filepart", "notes.txt"):
        box.put(name, PDF)
    (box.folder / "sub.pdf").mkdir()
    report = twice(rt, box.conn_id)
    assert report.new_document_ids == [] and rt.ledger.documents_in_state() == []
    assert box.names() == sorted([".PO.pdf", "PO.filepart", "PO.pdf.part", "notes.txt"])


def test_the_same_content_again_goes_to_rejected_with_a_reason_file(rt, drop) -> None:
    drop.put("PO-1.pdf", PDF)
    twice(rt, drop.conn_id)
    drop.put("PO-1 copy.pdf", PDF)
    report = twice(rt, drop.conn_id)
    assert list(report.rejected.values()) == ["duplicate"]
    assert drop.names("rejected") == ["PO-1 copy.pdf", "PO-1 copy.pdf.reason.txt"]
    assert (drop.folder / "rejected" / "PO-1 copy.pdf.reason.txt").read_text().startswith("duplicate")
    assert len(rt.ledger.documents_in_state()) == 1


def test_an_empty_file_is_rejected_with_its_reason(rt, drop) -> None:
    drop.put("empty.pdf", b"")
    twice(rt, drop.conn_id)
    assert rt.ledger.documents_in_state()[0].reject_reason == "empty-file"
    assert drop.names("rejected") == ["empty.pdf", "empty.pdf.reason.txt"]


def test_an_archived_name_is_never_overwritten(rt, drop) -> None:
    drop.put("PO.pdf", PDF + b"1")
    twice(rt, drop.conn_id)
    drop.put("PO.pdf", PDF + b"2")
    twice(rt, drop.conn_id)
    assert drop.names("archive") == ["PO.1.pdf", "PO.pdf"]


@pytest.mark.parametrize("step", ["downloaded", "committed"])
def test_a_job_killed_between_download_commit_and_move_takes_the_file_once(rt, drop, step: str) -> None:
    drop.put("PO-k.pdf", PDF)
    poll_sftp(rt, drop.conn_id)

    def kill(name, _file):
        if name == step:
            raise Killed(step)

    with pytest.raises(Killed):
        poll_sftp(rt, drop.conn_id, on_step=kill)
    report = poll_sftp(rt, drop.conn_id)
    [doc] = rt.ledger.documents_in_state()
    assert doc.state == "received" and drop.names("archive") == ["PO-k.pdf"]
    assert drop.names() == [] and "rejected" not in report.rejected.values()
    assert len(rt.ledger.events(document_id=doc.id, kind="document.moved")) == 1


def test_a_connection_dropped_in_mid_download_is_transient_and_loses_nothing(
    rt, sshd_server, tmp_path, monkeypatch
) -> None:
    proxy = CuttingProxy(sshd_server.port).start()
    try:
        box = make_drop(sshd_server, tmp_path, monkeypatch)
        variable = f"AIRFLOW_CONN_{box.conn_id.upper()}"
        conn = json.loads(os.environ[variable])
        conn["port"] = proxy.port
        monkeypatch.setenv(variable, json.dumps(conn))
        box.known_hosts.write_text(f"[127.0.0.1]:{proxy.port} {sshd_server.host_public_key}\n")
        box.put("big-PO.pdf", PDF + os.urandom(2_000_000))
        poll_sftp(rt, box.conn_id)  # first look
        proxy.cut_after = 400_000
        with pytest.raises(ConnectorError) as dropped:
            poll_sftp(rt, box.conn_id)
        assert dropped.value.kind is ErrorKind.TRANSIENT and proxy.cuts == 1
        assert rt.ledger.documents_in_state() == [] and box.names() == ["big-PO.pdf"]
        proxy.cut_after = None
        assert len(poll_sftp(rt, box.conn_id).new_document_ids) == 1
    finally:
        proxy.stop()


def test_an_unknown_host_key_is_refused_by_default(rt, drop) -> None:
    drop.known_hosts.write_text("")
    with pytest.raises(ConnectorError) as refused:
        poll_sftp(rt, drop.conn_id)
    assert refused.value.kind is ErrorKind.CONFIG


def test_a_pinned_host_key_and_an_inline_private_key_work(rt, sshd_server, tmp_path, monkeypatch) -> None:
    box = make_drop(
        sshd_server,
        tmp_path,
        monkeypatch,
        host_key=sshd_server.host_public_key,
        known_hosts=str(tmp_path / "none"),
        key_file="",
        private_key=sshd_server.client_key.read_text(),
    )
    (tmp_path / "none").write_text("")
    box.put("PO-pin.pdf", PDF)
    assert len(twice(rt, box.conn_id).new_document_ids) == 1


def test_orderbridge_intake_sftp_runs_one_poll(drop, tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from orderbridge.cli import cli
    from orderbridge.ledger import Ledger

    db_url = f"sqlite:///{tmp_path / 'cli-ledger.sqlite'}"
    monkeypatch.setenv("ORDERBRIDGE_HOME", str(tmp_path / "cli-home"))
    monkeypatch.setenv("ORDERBRIDGE_DB_URL", db_url)
    Ledger(db_url).migrate()
    drop.put("PO-cli.pdf", PDF)
    runner = CliRunner()
    first = json.loads(runner.invoke(cli, ["intake", "sftp", "--conn-id", drop.conn_id]).output)
    second = json.loads(runner.invoke(cli, ["intake", "sftp", "--conn-id", drop.conn_id]).output)
    assert first["waiting"] == ["PO-cli.pdf"] and len(second["new_document_ids"]) == 1
    [row] = json.loads(runner.invoke(cli, ["documents", "--json"]).output)
    assert (row["file"], row["source"], row["state"]) == ("PO-cli.pdf", "sftp", "received")
