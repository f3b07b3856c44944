"""The Orders view: a FastAPI app the OrderBridge plugin mounts in the Airflow API server.

Airflow does not authenticate a plugin's app, so ``auth`` checks every request against Airflow's auth
manager (``_token`` cookie or ``Authorization: Bearer``) before any route runs. The pages are server-side
Jinja2; the domain work is in ``orderbridge.review`` and ``orderbridge.sync``.
"""
