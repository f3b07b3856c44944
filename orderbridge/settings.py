"""Where OrderBridge keeps its state, resolved once from the environment.

Everything lives under one data directory (``ORDERBRIDGE_HOME``, default ``<project>/data``) so the
embedded default needs no configuration; ``ORDERBRIDGE_DB_URL`` points the ledger at PostgreSQL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    home: Path
    db_url: str
    mappings_dir: Path

    @property
    def store_dir(self) -> Path:
        """Content-addressed copies of every received file."""
        return self.home / "store"

    @property
    def inbox_dir(self) -> Path:
        """The watched folder: drop purchase orders here."""
        return self.home / "inbox"

    @property
    def processed_dir(self) -> Path:
        return self.home / "processed"

    @property
    def rejected_dir(self) -> Path:
        return self.home / "rejected"

    @property
    def sandbox_dir(self) -> Path:
        return self.home / "sandbox"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        home = Path(env.get("ORDERBRIDGE_HOME") or PROJECT_ROOT / "data").resolve()
        db_url = env.get("ORDERBRIDGE_DB_URL") or f"sqlite:///{home / 'ledger.sqlite'}"
        mappings = Path(env.get("ORDERBRIDGE_MAPPINGS") or PROJECT_ROOT / "mappings").resolve()
        return cls(home=home, db_url=db_url, mappings_dir=mappings)


def redact_url(url: str) -> str:
    """A database URL fit for logs: the password replaced by ***."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
