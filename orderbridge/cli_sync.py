"""``orderbridge sync`` and ``orderbridge review ...``: status sync and the review queue from a terminal.

The same functions as the ``status_sync`` DAG and the Orders view; a person acting here is named by
``--user`` (default: the login name) in the order's timeline.
"""

from __future__ import annotations

import getpass
import json
import sys

import click


def _runtime():
    from orderbridge.pipeline.runtime import Runtime

    return Runtime.from_env()


@click.command("sync")
@click.option("--target", "targets", multiple=True, help="Only these targets (default: all with orders).")
@click.option("--no-alerts", is_flag=True, help="Record findings but send nothing.")
def sync(targets: tuple[str, ...], no_alerts: bool) -> None:
    """Pull statuses from the targets, reconcile, and send new findings (what the status_sync DAG does)."""
    from orderbridge.alerts import send_new_findings
    from orderbridge.sync.run import sync_config, sync_one, targets_to_sync

    rt = _runtime()
    cfg = sync_config(rt)
    reports = [sync_one(rt, target, cfg) for target in (targets or targets_to_sync(rt))]
    alerts = None if no_alerts else send_new_findings(rt.ledger, cfg)
    click.echo(json.dumps({"targets": reports, "alerts": alerts}, ensure_ascii=False, indent=2))


@click.group("review")
def review() -> None:
    """The review queue: orders waiting for a person, and what a person decides about them."""


@review.command("list")
@click.option("--all", "everything", is_flag=True, help="Every order, not only those needing review.")
@click.option("--state", default=None, help="Only orders in this state.")
def review_list(everything: bool, state: str | None) -> None:
    """Orders in review or with open findings (JSON lines)."""
    from orderbridge.review import OrderFilter, order_list

    flt = OrderFilter(state=state, needs_review=not everything, limit=10_000)
    listing = order_list(_runtime().ledger, flt)
    for row in listing["rows"]:
        click.echo(json.dumps(row, ensure_ascii=False))


def _act(action, order_id: int, **kwargs) -> None:
    from orderbridge.ledger import RecordNotFound
    from orderbridge.review import ReviewError

    try:
        action(_runtime().ledger, order_id, **kwargs)
    except (ReviewError, RecordNotFound) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"order {order_id}: {_runtime().ledger.get_order(order_id).state}")


USER = click.option("--user", default=getpass.getuser, show_default="login name", help="Who decides.")


@review.command("approve")
@click.argument("order_id", type=int)
@USER
def review_approve(order_id: int, user: str) -> None:
    """Send an order in review on to the targets, after checking it again (refused while issues remain)."""
    from orderbridge.review import approve_checked

    _act(approve_checked, order_id, user=user, mappings=_runtime().mappings)


@review.command("reject")
@click.argument("order_id", type=int)
@click.option("--reason", required=True)
@USER
def review_reject(order_id: int, reason: str, user: str) -> None:
    """Park an order in review for good (dead letter), with the reason."""
    from orderbridge.review import reject

    _act(reject, order_id, user=user, reason=reason)


@review.command("retry")
@click.argument("order_id", type=int)
@USER
def review_retry(order_id: int, user: str) -> None:
    """Send a failed or dead-lettered order again (the target is asked first)."""
    from orderbridge.review import retry

    _act(retry, order_id, user=user)


@review.command("correct")
@click.argument("order_id", type=int)
@click.argument("changes", nargs=-1, required=True)
@click.option(
    "--remember",
    is_flag=True,
    help="Save corrected part numbers and units as the customer's cross-references.",
)
@USER
def review_correct(order_id: int, changes: tuple[str, ...], remember: bool, user: str) -> None:
    """Set fields, then check the order again: ``orderbridge review correct 7 lines.0.sku=M1001``."""
    from orderbridge.ledger import RecordNotFound
    from orderbridge.review import ReviewError, correct_order

    pairs = dict(change.split("=", 1) for change in changes if "=" in change)
    if len(pairs) != len(changes):
        click.echo("error: each change is FIELD=VALUE", err=True)
        sys.exit(2)
    rt = _runtime()
    try:
        done = correct_order(rt.ledger, order_id, pairs, user=user, mappings=rt.mappings, remember=remember)
    except (ReviewError, RecordNotFound) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"order {order_id}: {done.summary()}")
    for issue in done.blocking:
        click.echo(f"  {issue['code']}: {issue['message']}")
