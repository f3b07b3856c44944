"""``python -m orderbridge.ledger {upgrade,current,heads,revision MESSAGE}``: the ledger's migrations by hand.

Acts on ``ORDERBRIDGE_DB_URL`` or the default SQLite file; ``revision`` autogenerates a new migration
from the difference between ``schema.py`` and that database.
"""

from __future__ import annotations

import argparse

from alembic import command

from orderbridge.ledger.db import make_engine
from orderbridge.ledger.migrate import alembic_config, current_revision, head_revision, upgrade


def main(argv: list[str] | None = None) -> None:
    from orderbridge.settings import Settings

    parser = argparse.ArgumentParser(prog="python -m orderbridge.ledger")
    parser.add_argument("action", choices=["upgrade", "current", "heads", "revision"])
    parser.add_argument("message", nargs="?", help="for revision: what the new migration does")
    args = parser.parse_args(argv)
    if args.action == "heads":
        print(head_revision())
        return
    engine = make_engine(Settings.from_env().db_url)
    try:
        if args.action == "upgrade":
            upgrade(engine)
        elif args.action == "current":
            print(current_revision(engine))
        else:
            if not args.message:
                parser.error("revision needs a MESSAGE")
            with engine.begin() as connection:
                command.revision(alembic_config(connection), message=args.message, autogenerate=True)
    finally:
        engine.dispose()


if __name__ == "__main__":
    main()
