"""Alembic migration environment of the ledger (run through ``orderbridge.ledger.migrate``)."""
