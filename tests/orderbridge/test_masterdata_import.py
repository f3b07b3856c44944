"""Master data from ERP exports (CSV, XLSX) and straight from the ERP (Kingdee and U8 sandboxes): merged by
key into mappings/masterdata, linted before it replaces anything."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from openpyxl import Workbook

from connectors.base import ConnectionInfo
from orderbridge.cli import cli
from orderbridge.errors import ConfigError
from orderbridge.mapping.lint import lint_tree
from orderbridge.masterdata import MasterData
from orderbridge.masterdata.pull import pull_into
from orderbridge.masterdata.tables import read_rows
from orderbridge.masterdata.update import apply_rows
from orderbridge.retry import RetryPolicy
from orderbridge.settings import PROJECT_ROOT
from orderbridge.yamlconfig import MappingError

FAST = RetryPolicy(max_attempts=2, initial_wait=0.01, multiplier=2, max_wait=0.02)


@pytest.fixture
def mappings(tmp_path, monkeypatch):
    folder = tmp_path / "mappings"
    shutil.copytree(PROJECT_ROOT / "mappings", folder, ignore=shutil.ignore_patterns("schemas"))
    monkeypatch.setenv("ORDERBRIDGE_MAPPINGS", str(folder))
    return folder


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def data_of(mappings, name):
    return yaml.safe_load((mappings / "masterdata" / f"{name}.yaml").read_text(encoding="utf-8"))


class TestReadingExports:
    def test_csv_with_chinese_headers_and_a_bom(self, tmp_path):
        path = tmp_path / "materials.csv"
        path.write_text(
            "\ufeff物料编码,物料名称,基本单位,备注\nM2001,六角螺母 M8,PCS,x\n\n", encoding="utf-8"
        )
        assert read_rows(path, "materials") == [{"sku": "M2001", "name": "六角螺母 M8", "unit": "PCS"}]

    def test_xlsx_with_erp_field_names_and_semicolons(self, tmp_path):
        path = write_xlsx(
            tmp_path / "c.xlsx", [["FNumber", "FName", "Email Domain"], ["C0009", "Globex", "globex.cn"]]
        )
        assert read_rows(path, "customers") == [
            {"code": "C0009", "name": "Globex", "email_domains": "globex.cn"}
        ]

    def test_a_missing_column_names_the_headers_accepted(self, tmp_path):
        path = tmp_path / "m.csv"
        path.write_text("code;title\nM1;Bolt\n", encoding="utf-8")
        with pytest.raises(ConfigError, match=r"no column for name \(headers accepted: name: name, fname"):
            read_rows(path, "materials")


class TestImport:
    def test_new_materials_are_added_and_known_ones_updated_keeping_other_fields(self, mappings, tmp_path):
        path = write_xlsx(
            tmp_path / "m.xlsx",
            [["sku", "name", "pack size"], ["M1001", "螺栓 M8x30", 100], ["M2001", "六角螺母 M8", None]],
        )
        summary = apply_rows(mappings, "materials", read_rows(path, "materials"), source="m.xlsx")
        assert (summary.added, summary.updated, summary.removed) == (1, 1, 0)
        materials = {m["sku"]: m for m in data_of(mappings, "materials")["materials"]}
        assert materials["M1001"] == {
            "sku": "M1001",
            "name": "螺栓 M8x30",
            "name_en": "Stainless steel hex bolt M8x30",
            "unit": "PCS",
            "pack_size": 100,
        }
        assert materials["M2001"] == {"sku": "M2001", "name": "六角螺母 M8"}
        assert MasterData.load(mappings).materials["M1001"].pack_size == 100
        assert lint_tree(mappings).errors == []

    def test_the_cross_reference_of_part_numbers(self, mappings, tmp_path):
        path = tmp_path / "xref.csv"
        path.write_text(
            "customer,part number,sku\nC0002,ACM-99001,M1003\nC0002,ACM-55120,M1004\n", encoding="utf-8"
        )
        summary = apply_rows(mappings, "part-numbers", read_rows(path, "part-numbers"), source="xref.csv")
        assert (summary.added, summary.updated) == (1, 0)
        assert MasterData.load(mappings).customers["C0002"].part_numbers["ACM-99001"] == "M1003"

    def test_an_import_that_would_not_lint_writes_nothing(self, mappings, tmp_path):
        before = (mappings / "masterdata" / "customers.yaml").read_text(encoding="utf-8")
        path = tmp_path / "xref.csv"
        path.write_text("customer,part number,sku\nC0002,ACM-99001,M9999\n", encoding="utf-8")
        with pytest.raises(MappingError) as caught:
            apply_rows(mappings, "part-numbers", read_rows(path, "part-numbers"), source="xref.csv")
        (problem,) = caught.value.problems
        assert problem.startswith(f"{mappings / 'masterdata' / 'customers.yaml'}:")
        assert "sku 'M9999' is not in materials.yaml" in problem
        assert (mappings / "masterdata" / "customers.yaml").read_text(encoding="utf-8") == before

    def test_replace_drops_what_the_export_no_longer_has(self, mappings, tmp_path):
        path = tmp_path / "units.csv"
        path.write_text("code,name,aliases\nPCS,piece,件;个;EA\nKG,kilogram,千克\n", encoding="utf-8")
        apply_rows(mappings, "units", read_rows(path, "units"), source="units.csv")
        assert data_of(mappings, "units")["units"][0] == {
            "code": "PCS",
            "name": "piece",
            "aliases": ["件", "个", "EA"],
        }
        path.write_text("code,name\nPCS,piece\n", encoding="utf-8")
        summary = apply_rows(mappings, "units", read_rows(path, "units"), source="units.csv", replace=True)
        assert summary.removed == 1 and [u["code"] for u in data_of(mappings, "units")["units"]] == ["PCS"]

    def test_the_command_line(self, mappings, tmp_path):
        path = tmp_path / "prices.csv"
        path.write_text("sku,price,currency\nM1001,0.85,CNY\n", encoding="utf-8")
        result = CliRunner().invoke(cli, ["masterdata", "import", str(path), "--kind", "prices"])
        assert result.exit_code == 0, result.output
        assert (
            result.stdout.strip()
            == f"{mappings / 'masterdata' / 'prices.yaml'}: 1 added, 0 updated, 0 removed"
        )
        assert data_of(mappings, "prices")["prices"] == [{"sku": "M1001", "price": "0.85", "currency": "CNY"}]
        path.write_text("sku,price,currency\nM7777,1,CNY\n", encoding="utf-8")
        result = CliRunner().invoke(cli, ["masterdata", "import", str(path), "--kind", "prices"])
        assert result.exit_code == 1 and "unknown material 'M7777'" in result.stdout
        assert "nothing was written" in result.stderr


class TestPull:
    def test_from_the_kingdee_sandbox_through_execute_bill_query(self, mappings, tmp_path):
        from connectors.kingdee import KingdeeConnector
        from connectors.kingdee.sandbox import start_in_thread

        sandbox = start_in_thread(tmp_path / "kd.sqlite")
        connector = KingdeeConnector(
            ConnectionInfo(
                conn_id="kd",
                conn_type="kingdee",
                host=sandbox.url,
                login="administrator",
                password="sandbox",
                extra={"acct_id": "sandbox", "lcid": 2052, "auth": "password"},
            ),
            policy=FAST,
        )
        try:
            (mappings / "masterdata" / "materials.yaml").write_text(
                "format_version: 1\nmaterials:\n  - {sku: M1001, name: old name, unit: PCS}\n",
                encoding="utf-8",
            )
            (mappings / "masterdata" / "customers.yaml").write_text(
                "format_version: 1\ncustomers:\n  - {code: C0001, name: x, part_numbers: {HD-1: M1001}}\n",
                encoding="utf-8",
            )
            materials, customers = pull_into(mappings, "kingdee", connector)
        finally:
            connector.close()
            sandbox.stop()
        assert (materials.added, materials.updated) == (5, 1)
        assert (customers.added, customers.updated) == (2, 1)
        data = MasterData.load(mappings)
        assert sorted(data.materials) == ["M1001", "M1002", "M1003", "M1004", "M1005", "M1006"]
        assert (
            data.materials["M1001"].name == "不锈钢六角螺栓 M8x30" and data.materials["M1001"].unit == "PCS"
        )
        assert data.customers["C0001"].name == "华东精密制造有限公司"
        assert data.customers["C0001"].part_numbers == {"HD-1": "M1001"}  # what the ERP does not know is kept

    def test_from_the_u8_sandbox_lists(self, mappings, tmp_path):
        from connectors.u8 import U8Connector
        from connectors.u8.sandbox import start_in_thread

        sandbox = start_in_thread(tmp_path / "u8.sqlite")
        connector = U8Connector(
            ConnectionInfo(
                conn_id="u8",
                conn_type="u8",
                host=sandbox.url,
                login="sandbox",
                password="sandbox-secret",
                extra={"app_key": "sandbox-key", "to_account": "sandbox"},
            ),
            policy=FAST,
        )
        try:
            summaries = pull_into(mappings, "u8", connector)
        finally:
            connector.close()
            sandbox.stop()
        assert [(s.added, s.updated) for s in summaries] == [(0, 0), (0, 0)]  # the same as what we ship
        assert lint_tree(mappings).errors == []


def test_the_pull_dag_never_runs_by_surprise(monkeypatch):
    """It rewrites files IT edits: paused when first seen, and no schedule unless one is configured."""
    import importlib
    import sys

    monkeypatch.syspath_prepend(str(PROJECT_ROOT / "dags"))
    monkeypatch.delenv("ORDERBRIDGE_MASTERDATA_PULL_SCHEDULE", raising=False)
    # dag_support reads the environment when imported: leave no module behind for the DAG tests to reuse
    names = ("masterdata_pull", "dag_support")
    loaded_before = {name: sys.modules.pop(name) for name in names if name in sys.modules}
    try:
        dag = importlib.import_module("masterdata_pull").masterdata_pull()
        assert dag.is_paused_upon_creation is True
        assert dag.schedule is None
        assert [t.task_id for t in dag.tasks] == ["pull"]
    finally:
        for name in names:
            sys.modules.pop(name, None)
        sys.modules.update(loaded_before)
