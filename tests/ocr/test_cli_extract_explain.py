"""``orderbridge extract``: JSON on stdout; ``--explain`` on stderr; ``--template`` and ``--sender``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from orderbridge.cli import cli
from orderbridge.samples import hdprecision, nordwind


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    (folder / "hd.pdf").write_bytes(hdprecision.render())
    (folder / "nw.pdf").write_bytes(nordwind.render())
    return folder


def test_explain_keeps_stdout_pure_json_and_says_where_each_field_came_from(files: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(files / "hd.pdf"), "--explain"])
    assert result.exit_code == 0, result.output
    order = json.loads(result.stdout)
    assert order["po_number"] == "HD20261118-01"
    report = result.stderr.splitlines()
    assert report[0] == "read by: text-layer, 1 page(s); no customer template; confidence 1.00"
    po_line = next(line for line in report if line.strip().startswith("po_number"))
    assert "page 1 box" in po_line and "the value follows its label in the same cell" in po_line
    lines_line = next(line for line in report if line.strip().startswith("lines "))
    assert "score 0.98" in lines_line  # raised: every line and the total add up
    assert report[-1].strip() == "no arithmetic warnings"


def test_without_explain_stderr_is_silent(files: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(files / "hd.pdf")])
    assert result.exit_code == 0 and result.stderr == ""


def test_the_template_is_named_in_the_explanation(files: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(files / "nw.pdf"), "--template", "nordwind", "--explain"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["po_number"] == "BE-2026-7781"
    assert "template nordwind" in result.stderr.splitlines()[0]
    assert "a constant in the customer template" in result.stderr


def test_an_unknown_template_is_a_one_line_error(files: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(files / "hd.pdf"), "--template", "no-such-customer"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: no customer template 'no-such-customer' (known: ")


def test_the_sender_option_reaches_template_recognition(files: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(files / "nw.pdf"), "--sender", "einkauf@nordwind-antriebe.de"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["currency"] == "EUR"
