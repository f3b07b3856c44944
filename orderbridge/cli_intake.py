"""``orderbridge intake imap|sftp --conn-id ID``: one poll of a mailbox or SFTP drop folder, now.

The same functions the ``po_intake`` DAG runs; the report (new document ids, what was rejected and why,
what is still waiting) is printed as JSON. A transient failure (network) exits with status 75 so a
wrapper script may retry; a configuration problem exits with status 2 and one clear line.
"""

from __future__ import annotations

import json
import sys

import click

EX_TEMPFAIL = 75


@click.group()
def intake() -> None:
    """Poll one e-mail or SFTP inbox now (what the po_intake DAG does on its schedule)."""


@intake.command("imap")
@click.option("--conn-id", required=True, help="Airflow Connection id of the order mailbox (imap).")
def intake_imap(conn_id: str) -> None:
    """Take in the mail that arrived since the last poll, then move it to Processed / Rejected."""
    from connectors.imap import poll_imap

    _run(lambda rt: poll_imap(rt, conn_id).as_dict())


@intake.command("sftp")
@click.option("--conn-id", required=True, help="Airflow Connection id of the SFTP drop folder (sftp/ssh).")
def intake_sftp(conn_id: str) -> None:
    """Take in the settled files of the drop folder, then move them to archive/ or rejected/."""
    from connectors.sftp import poll_sftp

    _run(lambda rt: poll_sftp(rt, conn_id).as_dict())


def _run(poll) -> None:
    from orderbridge.errors import ConfigError, ConnectorError, ErrorKind
    from orderbridge.pipeline.runtime import Runtime

    try:
        report = poll(Runtime.from_env())
    except ConnectorError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EX_TEMPFAIL if exc.kind is ErrorKind.TRANSIENT else 2)
    except ConfigError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(json.dumps(report, ensure_ascii=False))
