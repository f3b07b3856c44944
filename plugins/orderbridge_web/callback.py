"""Kuaidi100's push receiver, hosted by the plugin's app at ``/orderbridge/kuaidi100/callback``."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response

from connectors.kuaidi100.callback import CALLBACK_PATH
from orderbridge.sync.push_receiver import PushReceiver


def add_push_receiver(app: FastAPI, get_runtime) -> PushReceiver:
    receiver = PushReceiver(lambda: get_runtime().ledger)

    @app.post(CALLBACK_PATH)
    async def kuaidi100_callback(request: Request) -> Response:
        """Kuaidi100's tracking push (form ``param`` + ``sign``), recorded as a status event on the
        delivery that ships under the waybill.

        This route deliberately does NOT require an Airflow login: Kuaidi100's servers cannot sign in to
        Airflow. It is authenticated by Kuaidi100's signature instead, ``sign = upper(md5(param + salt))``
        with the salt we gave at subscription (``extra.callback_secret`` of the kuaidi100 connection): a
        push without a valid sign is refused with 400 and changes nothing, and with no salt configured
        every push is refused (503). It reads no order and answers only Kuaidi100's fixed acknowledgement.
        """
        return await receiver.respond(request)

    return receiver
