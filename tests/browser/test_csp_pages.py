"""Every kind of page works under the Content-Security-Policy: nothing of ours is blocked.

Opens the reader pages, the login forms, the dashboard, the admin and the API
docs (Swagger UI) in Debian chromium with a listener for CSP violations
installed before any page script runs, and checks each page still does its job.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WATCH_CSP = (
    "window.__csp = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile));"
)


def test_pages_run_under_the_policy_without_violations(
    browser: Any, live_server: Any, article: Any, moderator: Any
) -> None:
    from django.contrib.auth import get_user_model
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tests.factories import comment_row

    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_CSP})
    flags = {"scores": {"threat": 0.42, "abuse": 0.3}, "guidelines": ["threat"]}
    comment_row(
        article=article, body="Pending, so the queue has an item with score bars.", risk=0.42, flags=flags
    )
    get_user_model().objects.create_superuser(username="root", password="root-pass-123")
    base = live_server.url

    def violations(label: str) -> None:
        found = browser.execute_script("return window.__csp || [];")
        print(f"  {label}: {len(found)} CSP violations")
        assert found == [], f"{label}: {found}"

    browser.get(f"{base}/api/docs")
    WebDriverWait(browser, 15).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock"))
    violations("/api/docs (Swagger UI rendered its operations)")

    for url in ("/", "/accounts/login/", f"/articles/{article.slug}/"):
        browser.get(base + url)
        violations(url)
    counter = browser.find_element(By.ID, "body-left").text
    browser.find_element(By.ID, "id_body").send_keys("abc")
    assert int(browser.find_element(By.ID, "body-left").text) == int(counter) - 3  # our script ran

    browser.get(f"{base}/accounts/login/?next=/moderation/")
    browser.find_element(By.NAME, "username").send_keys("mod")
    browser.find_element(By.NAME, "password").send_keys("mod-pass-123")
    browser.find_element(By.CSS_SELECTOR, "form [type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".queue-item"))
    violations("/moderation/ (queue)")
    # The bar's width comes from the stylesheet (data-percent), not from a style attribute.
    fill = browser.find_element(By.CSS_SELECTOR, ".scores .fill[data-percent='42']")
    bar = fill.find_element(By.XPATH, "..")
    assert 0.40 < fill.size["width"] / bar.size["width"] < 0.44
    browser.get(f"{base}/moderation/decisions/")
    violations("/moderation/decisions/")

    browser.get(f"{base}/admin/login/?next=/admin/")
    browser.find_element(By.NAME, "username").send_keys("root")
    browser.find_element(By.NAME, "password").send_keys("root-pass-123")
    browser.find_element(By.CSS_SELECTOR, "form [type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "/admin/login" not in d.current_url)
    for url in ("/admin/", "/admin/comments/comment/", "/admin/articles/article/add/"):
        browser.get(base + url)
        violations(url)
