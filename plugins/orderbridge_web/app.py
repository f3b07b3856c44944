"""Routes of the Orders view. Each one is thin: read or act through ``orderbridge.review``, render a page."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Form, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from orderbridge.ledger import RecordNotFound
from orderbridge.review import (
    OrderFilter,
    ReviewError,
    approve_checked,
    correct_order,
    order_detail,
    order_list,
    reject,
    retry,
)
from orderbridge_web.auth import require_editor, require_reader, user_name
from orderbridge_web.callback import add_push_receiver
from orderbridge_web.pipeline import start_pipeline
from orderbridge_web.preview import page_count, page_png

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xls": "application/vnd.ms-excel",
    ".csv": "text/csv",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}
TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(["html"])
)
TEMPLATES.filters["pretty"] = lambda value: json.dumps(value, ensure_ascii=False, indent=2, default=str)


@cache
def runtime():
    from orderbridge.pipeline.runtime import Runtime

    return Runtime.from_env()


def render_payload(target: str, canonical: dict[str, Any]) -> dict[str, Any]:
    from orderbridge.model import PurchaseOrder

    order = PurchaseOrder.model_validate({k: v for k, v in canonical.items() if k != "issues"})
    return runtime().target_mapping(target).render(order)


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    base = request.scope.get("root_path", "")
    html = TEMPLATES.get_template(name).render(base=base, **context)
    return HTMLResponse(html, status_code=status_code)


def create_app(get_runtime=runtime) -> FastAPI:
    """The app: every Orders route requires a reader (see ``auth``), every action an editor; the one
    exception is Kuaidi100's push receiver (``callback.py``), which Kuaidi100's signature authenticates."""
    outer = FastAPI(title="OrderBridge Orders", docs_url=None, redoc_url=None, openapi_url=None)
    add_push_receiver(outer, get_runtime)
    app = APIRouter(dependencies=[Depends(require_reader)])

    @app.get("/")
    def home(request: Request) -> RedirectResponse:
        return RedirectResponse(f"{request.scope.get('root_path', '')}/orders", status_code=303)

    @app.get("/orders")
    def orders(
        request: Request,
        state: str = "",
        customer: str = "",
        target: str = "",
        age: str = "",
        needs_review: str = "",
        user=Depends(require_reader),  # noqa: B008
    ) -> HTMLResponse:
        flt = OrderFilter(
            state=state or None,
            customer=customer or None,
            target=target or None,
            min_age_hours=float(age) if age.replace(".", "", 1).isdigit() else None,
            needs_review=bool(needs_review),
        )
        listing = order_list(get_runtime().ledger, flt)
        return page(request, "orders.html", user=user_name(user), flt=flt, **listing)

    def detail(
        request: Request, order_id: int, user, message: str = "", status_code: int = 200, note: str = ""
    ):
        try:
            found = order_detail(get_runtime().ledger, order_id, render_payload=render_payload)
        except RecordNotFound:
            raise HTTPException(404, f"no order {order_id}") from None
        doc = found["document"]
        pages = page_count(doc.stored_path, doc.original_name)
        return page(
            request,
            "order.html",
            status_code,
            user=user_name(user),
            message=message,
            note=note,
            pages=pages,
            **found,
        )

    @app.get("/orders/{order_id}")
    def one_order(request: Request, order_id: int, user=Depends(require_reader)) -> HTMLResponse:  # noqa: B008
        return detail(request, order_id, user)

    @app.get("/orders/{order_id}/document")
    def document(order_id: int) -> FileResponse:
        ledger = get_runtime().ledger
        try:
            doc = ledger.get_document(ledger.get_order(order_id).document_id)
        except RecordNotFound:
            raise HTTPException(404, f"no order {order_id}") from None
        return FileResponse(
            doc.stored_path,
            media_type=doc.media_type or _media_type(doc.original_name),
            content_disposition_type="inline",
            filename=doc.original_name,
        )

    @app.get("/orders/{order_id}/pages/{number}.png")
    def page_image(order_id: int, number: int) -> Response:
        ledger = get_runtime().ledger
        try:
            doc = ledger.get_document(ledger.get_order(order_id).document_id)
            image, media_type = page_png(doc.stored_path, doc.original_name, number)
        except (RecordNotFound, IndexError):
            raise HTTPException(404, f"no page {number} of order {order_id}") from None
        return Response(image, media_type=media_type)

    async def act(request: Request, order_id: int, user, action) -> Any:
        try:
            action(get_runtime().ledger, order_id, user_name(user))
        except RecordNotFound:
            raise HTTPException(404, f"no order {order_id}") from None
        except ReviewError as exc:
            return detail(request, order_id, user, message=str(exc), status_code=409)
        if get_runtime().ledger.get_order(order_id).state == "ready":
            note = start_pipeline(user_name(user))
            return detail(request, order_id, user, note=note)
        return RedirectResponse(f"{request.scope.get('root_path', '')}/orders/{order_id}", status_code=303)

    @app.post("/orders/{order_id}/correct")
    async def correct_fields(request: Request, order_id: int, user=Depends(require_editor)):  # noqa: B008
        """Save, remember cross-references when ticked, re-validate; the page then shows what remains."""
        form = await request.form()
        changes = {key[2:]: str(value) for key, value in form.items() if key.startswith("f:")}
        rt = get_runtime()
        try:
            done = correct_order(
                rt.ledger,
                order_id,
                changes,
                user=user_name(user),
                mappings=rt.mappings,
                remember=form.get("remember") == "1",
            )
        except RecordNotFound:
            raise HTTPException(404, f"no order {order_id}") from None
        except ReviewError as exc:
            return detail(request, order_id, user, message=str(exc), status_code=409)
        return detail(request, order_id, user, note=done.summary() if done.changes else "nothing changed")

    @app.post("/orders/{order_id}/approve")
    async def approve_order(request: Request, order_id: int, user=Depends(require_editor)):  # noqa: B008
        """Re-validates first: refused with the list while any blocking issue remains."""
        mappings = get_runtime().mappings
        return await act(
            request,
            order_id,
            user,
            lambda lg, oid, who: approve_checked(lg, oid, user=who, mappings=mappings),
        )

    @app.post("/orders/{order_id}/reject")
    async def reject_order(
        request: Request,
        order_id: int,
        reason: str = Form(""),
        user=Depends(require_editor),  # noqa: B008
    ):
        return await act(
            request, order_id, user, lambda lg, oid, who: reject(lg, oid, user=who, reason=reason)
        )

    @app.post("/orders/{order_id}/retry")
    async def retry_order(request: Request, order_id: int, user=Depends(require_editor)):  # noqa: B008
        return await act(request, order_id, user, lambda lg, oid, who: retry(lg, oid, user=who))

    outer.include_router(app)
    return outer


def _media_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return MEDIA_TYPES.get(suffix, "application/octet-stream")
