"""Every request to the Orders view is checked against Airflow's auth manager; nothing is served otherwise.

Reading needs the custom view "Orders" (``is_authorized_custom_view``, GET); changing an order needs the
right to run ``po_process`` (``is_authorized_dag`` PUT on its runs), since that is what an approval or a
retry sets off. The JWT is Airflow's own (``_token`` cookie set by the UI, or a Bearer header); a form
POST must also come from this origin, so another site cannot post with the user's cookie.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from airflow.api_fastapi.app import get_auth_manager
from airflow.api_fastapi.auth.managers.models.resource_details import DagAccessEntity, DagDetails
from airflow.api_fastapi.core_api.security import get_user
from fastapi import Depends, HTTPException, Request, status

RESOURCE = "Orders"
PIPELINE_DAG = "po_process"


def require_reader(user=Depends(get_user)):  # noqa: B008 - FastAPI's dependency idiom
    """The caller, when Airflow knows them and lets them see the Orders view (else 401 / 403)."""
    if not get_auth_manager().is_authorized_custom_view(method="GET", resource_name=RESOURCE, user=user):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Forbidden")
    return user


def require_editor(request: Request, user=Depends(require_reader)):  # noqa: B008
    """The caller, when they may act on orders and the request comes from this site."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin or urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-site request refused")
    allowed = get_auth_manager().is_authorized_dag(
        method="PUT", access_entity=DagAccessEntity.RUN, details=DagDetails(id=PIPELINE_DAG), user=user
    )
    if not allowed:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Forbidden: you may look at orders, not change them")
    return user


def user_name(user) -> str:
    return user.get_name() if hasattr(user, "get_name") else str(user)
