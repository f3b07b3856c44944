"""``orderbridge kuaidi100-callback``: Kuaidi100's push receiver on its own, without Airflow.

The same receiver the Orders plugin hosts at ``/orderbridge/kuaidi100/callback``; run this one where the
Airflow API server is not reachable from the internet (put it behind the public URL given to Kuaidi100 as
``callback_url``). It refuses to start without the salt (``extra.callback_secret`` of the kuaidi100
connection), since it could not verify a single push.
"""

from __future__ import annotations

import click


@click.command("kuaidi100-callback")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8127, show_default=True, type=int, help="Port to listen on.")
@click.option("--conn-id", default=None, help="The kuaidi100 connection (default: kuaidi100_default).")
def kuaidi100_callback(host: str, port: int, conn_id: str | None) -> None:
    """Receive Kuaidi100's tracking pushes into the ledger (POST /kuaidi100/callback)."""
    from connectors.sandbox_kit.runner import serve
    from orderbridge.ledger import Ledger
    from orderbridge.settings import Settings
    from orderbridge.sync.push_receiver import PushReceiver, callback_salt, receiver_app

    salt = callback_salt(conn_id)  # fail now, with one clear line, rather than on every push
    ledger = Ledger(Settings.from_env().db_url)
    click.echo(f"kuaidi100 push receiver on http://{host}:{port}/kuaidi100/callback", err=True)
    serve(receiver_app(PushReceiver(lambda: ledger, lambda: salt)), host, port)
