"""The runtime keeps the mappings in hand while the folder is unchanged, and sees every edit."""

from __future__ import annotations

import os
import shutil
import time

from pipeline_support import make_runtime

from orderbridge.pipeline.stamps import RACY_SECONDS, folder_stamp
from orderbridge.settings import PROJECT_ROOT


def age(folder, seconds: float = 60.0) -> None:
    past = time.time() - seconds
    for path in folder.rglob("*"):
        os.utime(path, (past, past))


def test_the_stamp_changes_with_any_mapping_file_and_ignores_other_files(tmp_path):
    folder = tmp_path / "mappings"
    (folder / "targets").mkdir(parents=True)
    (folder / "targets" / "kingdee.yaml").write_text("a: 1\n")
    (folder / "README.md").write_text("notes")
    age(folder)
    first = folder_stamp(folder)

    (folder / "README.md").write_text("other notes")
    assert folder_stamp(folder) == first
    (folder / "targets" / "kingdee.yaml").write_text("a: 22\n")
    assert folder_stamp(folder, now=time.time() + RACY_SECONDS + 1) != first


def test_a_file_changed_within_the_last_seconds_makes_the_stamp_untrustworthy(tmp_path):
    folder = tmp_path / "mappings"
    folder.mkdir()
    (folder / "routing.yaml").write_text("a: 1\n")

    assert folder_stamp(folder) is None  # same size, same clock tick: an edit could hide
    assert folder_stamp(folder, now=time.time() + RACY_SECONDS + 1) is not None


def test_the_runtime_reuses_its_mappings_until_the_folder_changes(tmp_path):
    mappings = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", mappings)
    age(mappings)
    rt = make_runtime(tmp_path / "home", mappings_dir=mappings)

    first = rt.mappings()
    assert rt.mappings() is first
    routing = mappings / "routing.yaml"
    routing.write_text(routing.read_text().replace("book_shipment: false", "book_shipment: true"))

    changed = rt.mappings()
    assert changed is not first and changed.routing.default.book_shipment is True
