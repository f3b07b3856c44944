"""The steps one order goes through: intake, process (read, extract, resolve, validate), push.

Each step takes ids, reads what it needs from the ledger and writes its outcome back, so any step can be
re-run on its own (by Airflow or by the CLI) without the others.
"""
