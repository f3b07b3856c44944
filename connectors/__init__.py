"""Outside systems: one sub-package per system, each with its client and its sandbox side by side.

Every outbound connector implements ``connectors.base.OrderConnector`` and reads its credentials with
``connectors.credentials.get_connection`` (an Airflow Connection, or the same thing from the environment).
"""
