"""One poll of an SFTP drop folder: settled files into the ledger, then into the archive folder.

A file is taken only when its size and mtime are the same at two looks (the previous poll's listing,
kept in the ledger cursor, or a second look ``settle_seconds`` later in the same poll) and its name does
not say it is still uploading (``.part``, ``.filepart``, ``.tmp``, hidden). Per file: download whole,
commit to the ledger, then move it to ``archive/`` (or ``rejected/`` with a ``.reason.txt``). A crash
between commit and move finds the same file at the same path next time (``resumed``) and just moves it;
the same content arriving again under another name is a duplicate and goes to ``rejected/``.
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from connectors.credentials import get_connection
from connectors.sftp.client import NETWORK_ERRORS, RemoteFile, SftpDrop, transient
from connectors.sftp.settings import SftpSettings
from orderbridge.pipeline.intake import take_in_data

if TYPE_CHECKING:
    from orderbridge.pipeline.runtime import Runtime

Step = Callable[[str, RemoteFile], None]  # test hook: ("downloaded" | "committed", file)
IN_PROGRESS_SUFFIXES = (".part", ".partial", ".tmp", ".filepart", ".crdownload", ".swp", ".lock")


@dataclass
class SftpPollReport:
    conn_id: str
    new_document_ids: list[int] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # remote path -> reason
    waiting: list[str] = field(default_factory=list)  # still growing, or not yet seen twice

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def cursor_name(conn_id: str, remote_dir: str) -> str:
    return f"sftp:{conn_id}:{remote_dir}"


def poll_sftp(rt: Runtime, conn_id: str, *, on_step: Step | None = None) -> SftpPollReport:
    settings = SftpSettings.from_connection(get_connection(conn_id))
    report = SftpPollReport(conn_id)
    step = on_step or (lambda _name, _file: None)
    try:
        with SftpDrop(settings) as drop:
            _poll(rt, drop, settings, report, step)
    except NETWORK_ERRORS as exc:
        raise transient(exc, f"{settings.host}:{settings.port} failed in mid-transfer") from exc
    return report


def _poll(rt: Runtime, drop: SftpDrop, s: SftpSettings, report: SftpPollReport, step: Step) -> None:
    name = cursor_name(report.conn_id, s.remote_dir)
    previous = (rt.ledger.get_cursor(name) or {}).get("seen", {})
    candidates = [f for f in drop.listing() if _wanted(f.name, s.patterns)]
    ready = [f for f in candidates if previous.get(f.name) == [f.size, f.mtime]]
    unsure = [f for f in candidates if f not in ready]
    if unsure and s.settle_seconds > 0:
        time.sleep(s.settle_seconds)
        again = {f.name: f for f in drop.listing()}
        ready += [f for f in unsure if (g := again.get(f.name)) and (g.size, g.mtime) == (f.size, f.mtime)]
    ready = sorted(ready, key=lambda f: (f.mtime, f.name))[: s.max_files]
    taken = {f.name for f in ready}
    # This listing is the first look of the next poll (a file taken but not moved, after a crash, too).
    rt.ledger.set_cursor(name, {"seen": {f.name: [f.size, f.mtime] for f in candidates}})
    report.waiting = sorted(f.name for f in candidates if f.name not in taken)
    for remote in ready:
        _take(rt, drop, s, remote, report, step)


def _take(
    rt: Runtime, drop: SftpDrop, s: SftpSettings, remote: RemoteFile, report: SftpPollReport, step: Step
) -> None:
    data = drop.download(remote)
    if data is None:  # changed since it was listed: look again next time
        report.waiting.append(remote.name)
        return
    step("downloaded", remote)
    with data:
        result = take_in_data(
            rt,
            data,
            source="sftp",
            source_ref=f"sftp://{report.conn_id}{remote.path}",
            original_name=remote.name,
            customer_code=s.customer_code,
        )
    step("committed", remote)
    if not result.is_new and not result.resumed:
        reason, detail = "duplicate", f"same content as document {result.document_id}"
    elif result.rejected_reason:
        reason = result.rejected_reason
        detail = rt.ledger.get_document(result.document_id).detail or ""
    else:
        reason, detail = None, ""
    target = drop.move(remote, s.rejected if reason else s.archive, reason=reason, detail=detail)
    rt.ledger.add_event("document.moved", document_id=result.document_id, data={"to": f"sftp:{target}"})
    if reason:
        report.rejected[remote.path] = reason
    else:
        report.archived.append(target)
        if result.is_new:
            report.new_document_ids.append(result.document_id)


def _wanted(name: str, patterns: list[str]) -> bool:
    lowered = name.lower()
    if name.startswith((".", "~$")) or lowered.endswith((*IN_PROGRESS_SUFFIXES, ".reason.txt")):
        return False
    return any(fnmatch.fnmatchcase(lowered, p) for p in patterns)
