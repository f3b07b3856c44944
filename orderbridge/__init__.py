"""OrderBridge domain core: canonical purchase order, ledger, pipeline steps and CLI.

Importable without Airflow: the DAG files in ``dags/`` are thin wrappers around this package.
"""

__version__ = "0.1.0"
