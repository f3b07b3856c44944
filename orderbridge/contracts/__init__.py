"""The canonical purchase order's JSON contract, vendored from ``shared/contracts/`` so that a clone
anywhere (outside the workspace that holds ``shared/``) has it; ``tests/orderbridge`` checks the copy
against the shared file wherever that stands beside the repository."""

from __future__ import annotations

from pathlib import Path

PURCHASE_ORDER_SCHEMA = Path(__file__).with_name("purchase-order.schema.json")
