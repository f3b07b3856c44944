"""Read-only views for people: the rows behind ``orderbridge orders`` and ``orderbridge documents``."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from orderbridge.ledger.base import LedgerBase
from orderbridge.ledger.records import DeliverySummary, DocumentSummary, OrderSummary
from orderbridge.ledger.schema import DeliveryRow, DocumentRow, OrderRow
from orderbridge.ledger.states import DeliveryState, DocumentSource, DocumentState, OrderState


class SummariesMixin(LedgerBase):
    def order_summaries(self, *, limit: int | None = None) -> list[OrderSummary]:
        """Newest order first, each with its document's name and one line per target."""
        orders = (
            select(OrderRow, DocumentRow.original_name)
            .join(DocumentRow, OrderRow.document_id == DocumentRow.id)
            .order_by(OrderRow.id.desc())
            .limit(limit)
        )
        with self._reading() as session:
            rows = session.execute(orders).all()
            order_ids = [order.id for order, _ in rows]
            per_order: dict[int, list[DeliverySummary]] = defaultdict(list)
            deliveries = (
                select(DeliveryRow).where(DeliveryRow.order_id.in_(order_ids)).order_by(DeliveryRow.target)
            )
            for d in session.scalars(deliveries):
                per_order[d.order_id].append(
                    DeliverySummary(
                        d.target, DeliveryState(d.state), d.external_id, d.attempts, d.last_error, d.id
                    )
                )
        return [
            OrderSummary(
                order_id=order.id,
                document_id=order.document_id,
                customer_key=order.customer_key,
                customer_code=order.customer_code,
                po_number=order.po_number,
                state=OrderState(order.state),
                original_name=original_name,
                created_at=order.created_at,
                updated_at=order.updated_at,
                deliveries=tuple(per_order[order.id]),
            )
            for order, original_name in rows
        ]

    def document_summaries(self, *, limit: int | None = None) -> list[DocumentSummary]:
        """Newest document first, with the PO numbers of the orders made from it (if any)."""
        documents = select(DocumentRow).order_by(DocumentRow.id.desc()).limit(limit)
        with self._reading() as session:
            rows = list(session.scalars(documents))
            po_numbers: dict[int, list[str]] = defaultdict(list)
            customers: dict[int, str] = {}
            orders = (
                select(OrderRow.document_id, OrderRow.po_number, OrderRow.customer_code)
                .where(OrderRow.document_id.in_([row.id for row in rows]))
                .order_by(OrderRow.id)
            )
            for document_id, po_number, customer_code in session.execute(orders):
                po_numbers[document_id].append(po_number)
                if customer_code:
                    customers.setdefault(document_id, customer_code)
        return [
            DocumentSummary(
                document_id=row.id,
                original_name=row.original_name,
                source=DocumentSource(row.source),
                state=DocumentState(row.state),
                reject_reason=row.reject_reason,
                received_at=row.received_at,
                po_numbers=tuple(po_numbers[row.id]),
                sender=row.sender,
                customer_code=row.customer_code or customers.get(row.id),
            )
            for row in rows
        ]
