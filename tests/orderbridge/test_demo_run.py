"""``make demo``, the README's first command: on a fresh home, the sample POs go through Airflow into each
sandbox system the demo routes them to, statuses come back, and the summary says so file by file.

Runs the real command in a subprocess with an environment of its own (no test-session Airflow settings),
as a new user would; about two minutes, so there is one run, and the second-run idempotency is covered by
the intake and push tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from orderbridge.demo import DEMO_ROUTES, demo_mappings
from orderbridge.routing import Routing
from orderbridge.settings import PROJECT_ROOT, Settings

pytestmark = [pytest.mark.airflow, pytest.mark.timeout(900)]

ORDERBRIDGE = str(Path(sys.executable).parent / "orderbridge")


def test_the_demo_copy_of_the_mappings_routes_every_sample_customer_and_leaves_the_project_alone(
    tmp_path: Path,
) -> None:
    before = (PROJECT_ROOT / "mappings" / "routing.yaml").read_bytes()
    settings = Settings.from_env({"ORDERBRIDGE_HOME": str(tmp_path)})

    copy = demo_mappings(settings)

    routing = Routing.load(copy, customers={"C0001", "C0002", "C0003"})  # the checks `orderbridge lint` makes
    assert routing.route_for("C0002").targets == ("sap",)
    assert routing.route_for("C0002").courier == "sf_express"
    assert routing.route_for("C0003").targets == ("u8",)
    assert yaml.safe_load((copy / "routing.yaml").read_text())["rules"] == DEMO_ROUTES
    assert (PROJECT_ROOT / "mappings" / "routing.yaml").read_bytes() == before


def test_make_demo_takes_the_samples_into_every_sandbox_system_and_reports_their_status(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "ORDERBRIDGE_"))}
    env["ORDERBRIDGE_HOME"] = str(tmp_path / "home")

    done = subprocess.run([ORDERBRIDGE, "demo"], env=env, capture_output=True, text=True, timeout=840)

    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line[:1].isalnum() and "  " in line}
    assert "kingdee XSDD" in rows["hdprecision-PO-HD20261118-01.pdf"]
    assert "sap 00000" in rows["acme-PO-4500012345.pdf"] and "sf_express SF" in rows["acme-PO-4500012345.pdf"]
    assert "(delivered)" in rows["acme-PO-4500012345.pdf"]  # SAP's delivery status, read back by status sync
    assert "u8 " in rows["xinhui-PO-XH-2026-0457.pdf"] and "(approved)" in rows["xinhui-PO-XH-2026-0457.pdf"]
    for name, reason in {
        "broken-scan.pdf": "corrupt-pdf",
        "empty.pdf": "empty-file",
        "notes.docx": "unsupported-type",
        "secured-PO.pdf": "encrypted-pdf",
        "terms-and-conditions.pdf": "no-purchase-order",
    }.items():
        assert "rejected" in rows[name] and reason in rows[name]
    assert "kingdee 1, sf_express 1, sap 1, u8 2" in done.stdout
