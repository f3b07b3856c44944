"""``orderbridge``: the command-line tool (set-up, extraction, the ledger's view, sandboxes, the demo)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from orderbridge.errors import ConfigError
from orderbridge.settings import Settings


@click.group()
def cli() -> None:
    """OrderBridge: purchase orders from inboxes into ERPs and couriers."""


def main() -> None:
    """Console entry point: a configuration error ends in one clear line, not a traceback."""
    try:
        cli()
    except ConfigError as exc:
        _fail(str(exc))


@cli.command()
@click.option("--no-airflow", is_flag=True, help="Only the data folders and the ledger.")
def init(no_airflow: bool) -> None:
    """Create the data folders, migrate the ledger and the Airflow metadata DB (idempotent)."""
    from orderbridge.bootstrap import initialise

    initialise(Settings.from_env(), airflow=not no_airflow, echo=lambda m: click.echo(m, err=True))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def orders(as_json: bool) -> None:
    """List the ledger's orders with their state and, per target, the external number."""
    from orderbridge.views import order_rows, orders_table

    rows = order_rows(_ledger())
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else orders_table(rows))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def documents(as_json: bool) -> None:
    """List received documents: state, reject reason, the PO they became."""
    from orderbridge.views import document_rows, documents_table

    rows = document_rows(_ledger())
    click.echo(json.dumps(rows, ensure_ascii=False, indent=2) if as_json else documents_table(rows))


@cli.command()
def run() -> None:
    """Run the pipeline once without Airflow: intake, process, push (what the DAGs do)."""
    from orderbridge.pipeline.runner import run_once

    summary = run_once(_runtime())
    click.echo(json.dumps(summary, ensure_ascii=False))


@cli.command()
@click.option(
    "--lease-seconds",
    type=float,
    default=None,
    help="Untouched this long counts as stuck (default: ORDERBRIDGE_SWEEP_LEASE_SECONDS or 1800).",
)
@click.option(
    "--max-requeues",
    type=int,
    default=None,
    help="Put back at most this often (default: ORDERBRIDGE_SWEEP_MAX_REQUEUES or 3).",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def sweep(lease_seconds: float | None, max_requeues: int | None, as_json: bool) -> None:
    """Put back work a dead worker left half done (what the po_sweep DAG does every five minutes)."""
    from orderbridge.pipeline.sweeper import sweep as sweep_stuck_work

    report = sweep_stuck_work(_runtime(), lease_seconds=lease_seconds, max_requeues=max_requeues)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    for action in report.actions:
        click.echo(f"{action.kind} {action.record_id}: {action.action}: {action.detail}")
    click.echo(f"{len(report.actions)} stuck, {report.put_back} put back")


def _sandbox_options(name: str, *, port: int, keeps: str):
    """The options every sandbox command shares: where it listens and the SQLite file of its state."""

    def decorate(command):
        command = click.option(
            "--state",
            "state_path",
            type=click.Path(path_type=Path, dir_okay=False),
            help=f"{keeps} (default: <data>/sandbox/{name}.sqlite).",
        )(command)
        command = click.option("--port", default=port, show_default=True, type=int)(command)
        return click.option("--host", default="127.0.0.1", show_default=True)(command)

    return decorate


def _sandbox_state(name: str, state_path: Path | None) -> Path:
    state = state_path or Settings.from_env().sandbox_dir / f"{name}.sqlite"
    state.parent.mkdir(parents=True, exist_ok=True)
    return state


@cli.group()
def sandbox() -> None:
    """Protocol-true local copies of the outside systems (for dry runs, the demo and the tests)."""


@sandbox.command("kingdee")
@_sandbox_options("kingdee", port=8123, keeps="SQLite file keeping the sandbox's orders")
def sandbox_kingdee(host: str, port: int, state_path: Path | None) -> None:
    """Serve the Kingdee K/3 Cloud WebAPI sandbox (acctId sandbox, user administrator, password sandbox)."""
    from connectors.kingdee.sandbox import serve

    serve(host, port, _sandbox_state("kingdee", state_path))


@sandbox.command("sap")
@_sandbox_options("sap", port=8124, keeps="SQLite file keeping the sandbox's orders")
@click.option("--user", "username", default="SANDBOX", show_default=True, help="Basic-auth user.")
@click.option("--password", default="sandbox", show_default=True, help="Basic-auth password.")
def sandbox_sap(host: str, port: int, state_path: Path | None, username: str, password: str) -> None:
    """Serve the SAP SOAP sandbox (service ZSD_SALESORDER, client 100; WSDL at the endpoint with ?wsdl)."""
    from connectors.sap.sandbox import serve

    state = _sandbox_state("sap", state_path)
    serve(host, port, state, username=username, password=password)


@sandbox.command("u8")
@_sandbox_options("u8", port=8127, keeps="SQLite file keeping the sandbox's orders")
@click.option("--from-account", default="sandbox", show_default=True)
@click.option("--app-key", default="sandbox-key", show_default=True)
@click.option("--app-secret", default="sandbox-secret", show_default=True)
@click.option("--to-account", default="sandbox", show_default=True)
def sandbox_u8(
    host: str,
    port: int,
    state_path: Path | None,
    from_account: str,
    app_key: str,
    app_secret: str,
    to_account: str,
) -> None:
    """Serve the Yonyou U8 OpenAPI sandbox (token, tradeid, saleorder add/get, saleorderlist batch_get)."""
    from connectors.u8.sandbox import serve

    state = _sandbox_state("u8", state_path)
    serve(
        host,
        port,
        state,
        from_account=from_account,
        app_key=app_key,
        app_secret=app_secret,
        to_account=to_account,
    )


@sandbox.command("sf_express")
@_sandbox_options("sf_express", port=8125, keeps="SQLite file keeping the shipments")
@click.option("--partner-id", default="SANDBOX", show_default=True, help="partnerID (顾客编码) accepted.")
@click.option("--check-word", default="sandbox-checkword", show_default=True, help="checkWord for msgDigest.")
@click.option(
    "--route-step-seconds",
    default=60.0,
    show_default=True,
    type=float,
    help="Each shipment moves one route event on per this many seconds (0: only on /sandbox/routes/advance).",
)
def sandbox_sf_express(
    host: str, port: int, state_path: Path | None, partner_id: str, check_word: str, route_step_seconds: float
) -> None:
    """Serve the SF Express open-platform sandbox (POST /std/service, msgDigest signed)."""
    from connectors.sf_express.sandbox import serve

    state = _sandbox_state("sf_express", state_path)
    serve(
        host, port, state, partner_id=partner_id, check_word=check_word, route_step_seconds=route_step_seconds
    )


@sandbox.command("kuaidi100")
@_sandbox_options("kuaidi100", port=8126, keeps="SQLite file of waybills and subscriptions")
@click.option("--customer", default="SANDBOX", show_default=True, help="customer id accepted.")
@click.option("--key", default="sandbox-key", show_default=True, help="Authorisation key for signs.")
@click.option(
    "--step-seconds",
    default=60.0,
    show_default=True,
    type=float,
    help="Each waybill moves one state on per this many seconds, pushing to callbacks (0: only on "
    "/sandbox/advance).",
)
def sandbox_kuaidi100(
    host: str, port: int, state_path: Path | None, customer: str, key: str, step_seconds: float
) -> None:
    """Serve the Kuaidi100 sandbox (query, subscription, pushes to callback URLs)."""
    from connectors.kuaidi100.sandbox import serve

    state = _sandbox_state("kuaidi100", state_path)
    serve(host, port, state, customer=customer, key=key, step_seconds=step_seconds)


@cli.command()
def demo() -> None:
    """Sample POs through the whole path into the Kingdee sandbox, via Airflow; ends with a summary."""
    from orderbridge.demo import run_demo

    sys.exit(run_demo(Settings.from_env(), echo=click.echo))


def _runtime():
    from orderbridge.pipeline.runtime import Runtime

    return Runtime.from_env()


def _ledger():
    from orderbridge.ledger import Ledger

    return Ledger(Settings.from_env().db_url)


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


# Commands of other areas live in their own modules (orderbridge/cli_<area>.py) and are registered here,
# one line each, so this file stays the index of what the tool can do.
cli.add_command(__import__("orderbridge.cli_extract").cli_extract.extract)  # issue 3: extraction
cli.add_command(__import__("orderbridge.cli_mappings").cli_mappings.lint)  # issue 7: mapping files
cli.add_command(__import__("orderbridge.cli_mappings").cli_mappings.preview)
cli.add_command(__import__("orderbridge.cli_mappings").cli_mappings.masterdata)
cli.add_command(__import__("orderbridge.cli_mappings").cli_mappings.mapping_status)
cli.add_command(__import__("orderbridge.cli_sync").cli_sync.sync)  # issue 6: status sync, review
cli.add_command(__import__("orderbridge.cli_sync").cli_sync.review)
cli.add_command(__import__("orderbridge.cli_intake").cli_intake.intake)  # issue 4: IMAP / SFTP intake
cli.add_command(__import__("orderbridge.cli_tracking").cli_tracking.kuaidi100_callback)  # issue 6


if __name__ == "__main__":  # pragma: no cover
    main()
