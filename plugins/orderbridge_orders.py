"""The OrderBridge Airflow plugin: "Orders" in the Airflow UI's navigation, served by our FastAPI app.

The app is mounted by the API server at ``/orderbridge``; the nav entry shows it in the UI (an external
view with a ``url_route``, rendered inside Airflow's own page). The app checks every request itself.
"""

from __future__ import annotations

from typing import ClassVar

from airflow.plugins_manager import AirflowPlugin
from orderbridge_web.app import create_app

URL_PREFIX = "/orderbridge"


class OrderBridgePlugin(AirflowPlugin):
    name = "orderbridge"
    fastapi_apps: ClassVar[list] = [
        {"app": create_app(), "url_prefix": URL_PREFIX, "name": "OrderBridge Orders"}
    ]
    external_views: ClassVar[list] = [
        {
            "name": "Orders",
            "href": f"{URL_PREFIX}/orders",
            "destination": "nav",
            "url_route": "orders",
            "category": "browse",
        }
    ]
