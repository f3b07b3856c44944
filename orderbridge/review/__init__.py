"""The review queue and the Orders view's reads: people correct, approve, reject and retry orders here.

``actions`` change orders (each leaves a ``review.*`` event naming the person); ``queries`` build what the
Orders view and ``orderbridge review list`` show. Both are free of Airflow and of the web framework.
"""

from orderbridge.review.actions import (
    ReviewError,
    approve,
    correct,
    editable_fields,
    get_path,
    reject,
    retry,
)
from orderbridge.review.corrections import Correction, approve_checked, correct_order
from orderbridge.review.queries import OrderFilter, order_detail, order_list
from orderbridge.review.recheck import blocking, recheck

__all__ = [
    "Correction",
    "OrderFilter",
    "ReviewError",
    "approve",
    "approve_checked",
    "blocking",
    "correct",
    "correct_order",
    "editable_fields",
    "get_path",
    "order_detail",
    "order_list",
    "recheck",
    "reject",
    "retry",
]
