"""Hot reload: a mapping change takes effect on the next run without a restart; a change that fails lint is
not loaded, the last good version stays in force (also for a fresh worker process), and the refusal is
logged and recorded once in the ledger as ``mapping.rejected``."""

from __future__ import annotations

import logging
import shutil

import pytest

from orderbridge.mapping import in_force
from orderbridge.mapping.in_force import SNAPSHOTS, mappings_in_force
from orderbridge.settings import PROJECT_ROOT
from orderbridge.yamlconfig import MappingError

NEW_MATERIAL = "  - {sku: M2001, name: 新物料 M2001, unit: PCS}\n"


@pytest.fixture
def folders(tmp_path):
    source = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", source, ignore=shutil.ignore_patterns("schemas"))
    return source, tmp_path / "home"


@pytest.fixture(autouse=True)
def fresh_process_cache():
    in_force._CACHE.clear()
    yield
    in_force._CACHE.clear()


def new_worker():
    """What a new Airflow task process sees: nothing cached in memory, only the data home on disk."""
    in_force._CACHE.clear()


def append(path, text):
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def rejected_events(ledger):
    return ledger.events(kind="mapping.rejected")


def test_the_first_run_loads_the_folder_and_keeps_a_snapshot(folders):
    source, home = folders
    in_use = mappings_in_force(source, home)
    assert "M1001" in in_use.masterdata.materials and "kingdee" in in_use.targets
    assert in_use.rejected == []
    assert in_use.dir.parent == home.resolve() / SNAPSHOTS
    assert (in_use.dir / "masterdata" / "materials.yaml").is_file()


def test_an_unchanged_folder_is_not_reloaded(folders):
    source, home = folders
    assert mappings_in_force(source, home) is mappings_in_force(source, home)


def test_a_good_change_takes_effect_on_the_next_run_without_a_restart(folders):
    source, home = folders
    assert "M2001" not in mappings_in_force(source, home).masterdata.materials
    append(source / "masterdata" / "materials.yaml", NEW_MATERIAL)
    assert "M2001" in mappings_in_force(source, home).masterdata.materials


def test_a_broken_change_keeps_the_last_good_version_logs_and_records_it_once(folders, sqlite_ledger, caplog):
    source, home = folders
    good = mappings_in_force(source, home, ledger=sqlite_ledger)
    append(source / "masterdata" / "materials.yaml", "  - {sku: M2001, nmae: typo}\n")

    with caplog.at_level(logging.ERROR, logger="orderbridge.mapping.in_force"):
        in_use = mappings_in_force(source, home, ledger=sqlite_ledger)

    assert in_use.fingerprint == good.fingerprint  # the previous version is still the one in force
    assert set(in_use.masterdata.materials) == set(good.masterdata.materials)
    assert any("unknown key 'nmae' (did you mean 'name'?)" in p for p in in_use.rejected)
    assert any("unknown key 'nmae'" in r.getMessage() for r in caplog.records)  # -> the Airflow task log
    assert any("were NOT loaded" in r.getMessage() for r in caplog.records)
    (event,) = rejected_events(sqlite_ledger)
    assert event.data["in_force"] == good.fingerprint
    assert any("materials.yaml:" in e and "nmae" in e for e in event.data["errors"])

    mappings_in_force(source, home, ledger=sqlite_ledger)  # the next run: same broken file
    new_worker()
    again = mappings_in_force(source, home, ledger=sqlite_ledger)  # a fresh process falls back as well
    assert again.fingerprint == good.fingerprint and again.rejected
    assert len(rejected_events(sqlite_ledger)) == 1  # one event per refused version, not per run


def test_fixing_the_file_puts_the_new_version_in_force(folders, sqlite_ledger):
    source, home = folders
    mappings_in_force(source, home, ledger=sqlite_ledger)
    materials = source / "masterdata" / "materials.yaml"
    original = materials.read_text(encoding="utf-8")
    append(materials, "  - {sku: M2001, nmae: typo}\n")
    assert mappings_in_force(source, home, ledger=sqlite_ledger).rejected
    materials.write_text(original + NEW_MATERIAL, encoding="utf-8")
    fixed = mappings_in_force(source, home, ledger=sqlite_ledger)
    assert fixed.rejected == [] and "M2001" in fixed.masterdata.materials


def test_a_broken_folder_with_no_good_version_to_fall_back_on_is_a_config_error(folders):
    source, home = folders
    (source / "routing.yaml").write_text("format_version: 2\ndefault_targets: [kingde]\n", encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        mappings_in_force(source, home)
    assert any("unknown target 'kingde' (did you mean 'kingdee'?)" in p for p in caught.value.problems)


def test_the_runtime_uses_the_mappings_in_force(folders, tmp_path):
    from orderbridge.pipeline.runtime import Runtime
    from orderbridge.settings import Settings

    source, home = folders
    settings = Settings(home=home, db_url=f"sqlite:///{tmp_path / 'ledger.sqlite'}", mappings_dir=source)
    rt = Runtime(settings)
    rt.ledger.migrate()
    assert rt.target_mapping("kingdee").form_id == "SAL_SaleOrder"
    assert rt.targets_for("C0001") == ["kingdee"]
    kingdee = source / "targets" / "kingdee.yaml"
    kingdee.write_text(
        kingdee.read_text(encoding="utf-8").replace("form_id: SAL_SaleOrder", "form_id: SAL_Order2")
    )
    assert Runtime(settings).target_mapping("kingdee").form_id == "SAL_Order2"  # next run, same process
    kingdee.write_text(kingdee.read_text(encoding="utf-8").replace("transform: strip", "transform: strp"))
    assert Runtime(settings).target_mapping("kingdee").form_id == "SAL_Order2"  # broken: last good stays
    (event,) = rt.ledger.events(kind="mapping.rejected")
    assert "stays in force" in event.message
