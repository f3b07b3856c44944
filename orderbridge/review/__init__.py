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
from orderbridge.review.queries import OrderFilter, order_detail, order_list

__all__ = [
    "OrderFilter",
    "ReviewError",
    "approve",
    "correct",
    "editable_fields",
    "get_path",
    "order_detail",
    "order_list",
    "reject",
    "retry",
]
