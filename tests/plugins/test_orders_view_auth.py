"""The Orders view refuses anyone Airflow does not vouch for: anonymous, forged, cross-site, or read-only
callers who try to act. Driven over HTTP against a real Airflow API server with the plugin loaded."""

from __future__ import annotations

import httpx
import pytest


def bearer(api_server, user: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_server.token(user)}"}


ANY_PAGE = [
    "/orderbridge/orders",
    "/orderbridge/orders/1",
    "/orderbridge/orders/1/document",
    "/orderbridge/",
    "/orderbridge/orders/999",
    "/orderbridge/orders?needs_review=1",
]


@pytest.mark.parametrize("path", ANY_PAGE)
def test_an_anonymous_request_gets_nothing(api_server, path):
    response = httpx.get(api_server.url + path)
    assert response.status_code == 401
    assert response.json() == {"detail": "Not authenticated"}
    assert "HD-" not in response.text and "%PDF" not in response.text


def test_an_anonymous_action_changes_nothing(api_server, order_ids, view_ledger):
    response = httpx.post(
        f"{api_server.url}/orderbridge/orders/{order_ids['review']}/approve",
        headers={"Origin": api_server.url},
    )
    assert response.status_code == 401
    assert view_ledger.get_order(order_ids["review"]).state == "review"


def test_a_forged_token_is_refused(api_server):
    forged = "eyJhbGciOiJIUzUxMiJ9.e30.x"
    response = httpx.get(f"{api_server.url}/orderbridge/orders", cookies={"_token": forged})
    assert response.status_code == 403 and "HD-" not in response.text


def test_a_viewer_may_look_but_not_act(api_server, order_ids, view_ledger):
    headers = bearer(api_server, "watcher")
    listing = httpx.get(f"{api_server.url}/orderbridge/orders", headers=headers)
    assert listing.status_code == 200 and "HD-SENT-2" in listing.text
    refused = httpx.post(
        f"{api_server.url}/orderbridge/orders/{order_ids['dead']}/retry",
        headers={**headers, "Origin": api_server.url},
    )
    assert refused.status_code == 403
    assert view_ledger.get_order(order_ids["dead"]).state == "dead_letter"


def test_a_cross_site_post_is_refused_even_with_a_valid_session(api_server, order_ids, view_ledger):
    token = api_server.token("reviewer")
    for headers in ({"Origin": "http://evil.example"}, {}):
        response = httpx.post(
            f"{api_server.url}/orderbridge/orders/{order_ids['dead']}/retry",
            cookies={"_token": token},
            headers=headers,
        )
        assert response.status_code == 403
    assert view_ledger.get_order(order_ids["dead"]).state == "dead_letter"


def test_a_reviewer_retries_a_dead_letter_order(api_server, order_ids, view_ledger):
    response = httpx.post(
        f"{api_server.url}/orderbridge/orders/{order_ids['dead']}/retry",
        headers={**bearer(api_server, "reviewer"), "Origin": api_server.url},
    )
    assert response.status_code == 200 and "The order is ready" in response.text
    assert view_ledger.get_order(order_ids["dead"]).state == "ready"
    retried = view_ledger.events(order_id=order_ids["dead"], kind="review.retry")
    assert retried[0].data == {"user": "reviewer", "from": "dead_letter"}


def test_the_document_is_served_to_a_signed_in_user(api_server, order_ids):
    response = httpx.get(
        f"{api_server.url}/orderbridge/orders/{order_ids['review']}/document",
        headers=bearer(api_server, "watcher"),
    )
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert response.headers["content-type"] == "application/pdf"


def test_the_plugin_puts_orders_in_the_airflow_navigation(api_server):
    plugins = httpx.get(f"{api_server.url}/api/v2/plugins", headers=bearer(api_server, "watcher")).json()
    ours = next(p for p in plugins["plugins"] if p["name"] == "orderbridge")
    assert ours["external_views"][0]["href"] == "/orderbridge/orders"
    assert ours["fastapi_apps"][0]["url_prefix"] == "/orderbridge"
