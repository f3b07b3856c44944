"""The Orders view in a real headless Chromium against a real Airflow API server: what an anonymous visitor
sees (nothing), the list with its counts and filters, a review from correction to approval, a remembered
correction with the issues that remain (approval refused until they are fixed), and the "Orders" entry in
Airflow's own React UI. Screenshots are kept in tests/artifacts/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.wait import WebDriverWait

SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1400,1100",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(5)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def shot(driver, name: str) -> None:
    driver.save_screenshot(str(SHOTS / name))


def sign_in(driver, api_server, user: str) -> None:
    """The ``_token`` cookie, as Airflow's login page leaves it, from Airflow's own token endpoint."""
    driver.get(f"{api_server.url}/api/v2/monitor/health")
    driver.delete_all_cookies()
    driver.add_cookie({"name": "_token", "value": api_server.token(user), "path": "/"})


def click_and_wait(driver, locator: tuple[str, str]) -> None:
    """Click a button that submits a form, and wait until the next page has replaced this one.

    The old page is marked by a window property rather than held by an element handle: while Chromium swaps
    documents, asking about an old handle can fail with an inspector error instead of "stale", and a script
    run mid-navigation can fail too, so both are retried until the new, fully loaded page answers."""
    driver.execute_script("window.orderbridgeOldPage = true")
    driver.find_element(*locator).click()
    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return window.orderbridgeOldPage === undefined && document.readyState === 'complete'"
        )
    )


def po_numbers_listed(driver) -> list[str]:
    """The PO-number column of the orders table, read in one script: no element handle can go stale."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#orders tr')).slice(1)"
        ".map(row => row.cells[1].innerText.trim())"
    )


def body(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def test_an_anonymous_browser_sees_no_order(browser, api_server):
    browser.delete_all_cookies()
    browser.get(f"{api_server.url}/orderbridge/orders")
    shot(browser, "orders-anonymous.png")
    assert "Not authenticated" in body(browser)
    assert "HD-" not in browser.page_source


def test_the_list_counts_orders_per_state_and_filters_those_needing_review(browser, api_server):
    sign_in(browser, api_server, "watcher")
    browser.get(f"{api_server.url}/orderbridge/orders")
    shot(browser, "orders-list.png")
    counts = browser.find_element(By.ID, "counts").text
    assert "review 2" in counts and "delivered 1" in counts and "all (4)" in counts
    assert {"HD-REVIEW-1", "HD-SENT-2", "HD-DEAD-3", "HD-XREF-4"} <= set(body(browser).split())

    browser.find_element(By.NAME, "needs_review").click()
    click_and_wait(browser, (By.CSS_SELECTOR, "#filters button"))
    shot(browser, "orders-needs-review.png")
    assert sorted(po_numbers_listed(browser)) == ["HD-REVIEW-1", "HD-SENT-2", "HD-XREF-4"]

    browser.get(f"{api_server.url}/orderbridge/orders?customer=C0002")
    assert po_numbers_listed(browser) == ["HD-DEAD-3"]


def test_a_delivered_order_shows_its_payload_answers_and_findings(browser, api_server, order_ids):
    sign_in(browser, api_server, "watcher")
    browser.get(f"{api_server.url}/orderbridge/orders/{order_ids['delivered']}")
    shot(browser, "order-delivered.png")
    text = body(browser)
    assert "kingdee: XSDD000007" in text and "F_ORB_CustPONo" in browser.page_source  # the rendered payload
    assert "Finding: [not_approved]" in text
    assert "status.changed" in browser.find_element(By.ID, "timeline").text


def test_a_reviewer_corrects_a_field_and_approves_the_order(browser, api_server, order_ids, view_ledger):
    sign_in(browser, api_server, "reviewer")
    order_url = f"{api_server.url}/orderbridge/orders/{order_ids['review']}"
    browser.get(order_url)
    assert browser.find_element(By.ID, "order-state").text == "review"
    page_image = browser.find_element(By.CSS_SELECTOR, "img.page")
    assert page_image.get_attribute("src").endswith("/pages/1.png")
    assert browser.execute_script("return arguments[0].naturalWidth", page_image) > 500  # the page rendered
    shot(browser, "order-review.png")

    quantity = browser.find_element(By.NAME, "f:lines.0.quantity")
    quantity.clear()
    quantity.send_keys("many")
    click_and_wait(browser, (By.ID, "save"))
    assert "not valid" in browser.find_element(By.ID, "flash").text
    shot(browser, "order-invalid-correction.png")
    assert view_ledger.get_order(order_ids["review"]).canonical["lines"][0]["sku"] is None

    browser.get(order_url)
    browser.find_element(By.NAME, "f:lines.0.sku").send_keys("M1001")
    click_and_wait(browser, (By.ID, "save"))
    assert browser.find_element(By.NAME, "f:lines.0.sku").get_attribute("value") == "M1001"
    assert "review.corrected" in browser.find_element(By.ID, "timeline").text

    click_and_wait(browser, (By.ID, "approve"))
    assert browser.find_element(By.ID, "order-state").text == "ready"
    assert "po_process" in browser.find_element(By.ID, "note").text  # no DAG here: it waits for the next run
    shot(browser, "order-approved.png")
    order = view_ledger.get_order(order_ids["review"])
    assert order.state == "ready" and order.canonical["lines"][0]["sku"] == "M1001"
    assert order.canonical["provenance"]["lines.0.sku"]["method"] == "review"
    approvals = view_ledger.events(order_id=order.id, kind="review.approved")
    assert [e.data["user"] for e in approvals] == ["reviewer"]


def issues_shown(driver) -> str:
    return driver.find_element(By.ID, "issues").text


def test_a_remembered_correction_shows_what_remains_and_approval_waits_for_the_last_fix(
    browser, api_server, order_ids, view_ledger, orderbridge_home
):
    sign_in(browser, api_server, "reviewer")
    browser.get(f"{api_server.url}/orderbridge/orders/{order_ids['xref']}")
    assert "sku-unresolved" in issues_shown(browser) and "line-amount-mismatch" in issues_shown(browser)

    browser.find_element(By.NAME, "f:lines.0.sku").send_keys("M1001")
    browser.find_element(By.ID, "remember").click()
    click_and_wait(browser, (By.ID, "save"))
    note = browser.find_element(By.ID, "note").text
    assert "remembered part numbers: HD-BLT-0830-N -> M1001" in note and "blocking issue(s) remain" in note
    assert "sku-unresolved" not in issues_shown(browser) and "line-amount-mismatch" in issues_shown(browser)
    shot(browser, "order-review-remaining-issues.png")

    click_and_wait(browser, (By.ID, "approve"))
    assert browser.find_element(By.ID, "flash").text.startswith("cannot approve: ")
    assert "line-amount-mismatch" in browser.find_element(By.ID, "flash").text
    assert browser.find_element(By.ID, "order-state").text == "review"
    shot(browser, "order-approve-refused.png")

    amount = browser.find_element(By.NAME, "f:lines.1.amount")
    amount.clear()
    amount.send_keys("600.00")
    click_and_wait(browser, (By.ID, "save"))
    assert "no blocking issue remains" in browser.find_element(By.ID, "note").text
    click_and_wait(browser, (By.ID, "approve"))
    assert browser.find_element(By.ID, "order-state").text == "ready"

    saved = (orderbridge_home[0] / "mappings" / "masterdata" / "cross_references.yaml").read_text("utf-8")
    assert "HD-BLT-0830-N: M1001" in saved
    (remembered,) = view_ledger.events(order_id=order_ids["xref"], kind="masterdata.cross_reference")
    assert remembered.data["user"] == "reviewer" and remembered.data["customer"] == "C0001"


BROWSE_BUTTON = "//button[.//*[normalize-space()='Browse'] or normalize-space()='Browse']"


def test_airflow_s_own_navigation_shows_the_orders_entry(browser, api_server):
    """Airflow's React UI lists the plugin's external view under Browse; it opens our page inside Airflow."""
    sign_in(browser, api_server, "watcher")
    browser.get(f"{api_server.url}/")
    WebDriverWait(browser, 60).until(lambda d: "Browse" in d.find_element(By.TAG_NAME, "body").text)
    browser.find_element(By.XPATH, BROWSE_BUTTON).click()
    entry = WebDriverWait(browser, 30).until(
        lambda d: next(
            (
                e
                for e in d.find_elements(By.XPATH, "//*[normalize-space(text())='Orders']")
                if e.is_displayed()
            ),
            None,
        )
    )
    shot(browser, "airflow-ui-nav-orders.png")
    entry.click()
    frame = WebDriverWait(browser, 60).until(lambda d: d.find_element(By.TAG_NAME, "iframe"))
    assert frame.get_attribute("src").endswith("/orderbridge/orders")
    browser.switch_to.frame(frame)
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.ID, "counts"))
    browser.switch_to.default_content()
    shot(browser, "airflow-ui-orders-page.png")
