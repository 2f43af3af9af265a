"""What the browser security tests check on a page: nothing ran, nothing injected, text shown literally.

assert_inert(browser, "queue")      # no payload ran, no element injected, no CSP violation
shows_literally(browser, "queue", [body])
"""

from __future__ import annotations

import json
import urllib.request
from typing import Any

TITLE_MARK = "XSS"
BIDI_CONTROLS = {c: None for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
# What a payload would leave in the DOM had it been parsed as markup.
INJECTED = """
Array.from(document.querySelectorAll('*')).filter(e =>
  Array.from(e.attributes).some(a => a.name.startsWith('on'))
  || (e.tagName === 'SCRIPT' && !e.src && e.textContent.includes('__xss'))
  || (e.tagName === 'A' && /^\\s*javascript:/i.test(e.getAttribute('href') || ''))
  || e.tagName === 'IFRAME' || (e.tagName === 'IMG' && e.getAttribute('src') === 'x')
).map(e => e.outerHTML.slice(0, 200))
"""
WATCH_CSP = (
    "window.__csp = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def assert_inert(browser: Any, label: str) -> None:
    """Nothing ran, nothing was injected, nothing was blocked by CSP on the current page."""
    state = browser.execute_script(
        "return {xss: window.__xss === undefined ? null : window.__xss, title: document.title,"
        f" injected: {INJECTED}, csp: window.__csp || []}};"
    )
    print(
        f"  {label}: xss={state['xss']} injected={len(state['injected'])} csp_violations={len(state['csp'])}"
    )
    assert state["xss"] is None, f"{label}: a payload ran ({state['xss']})"
    assert TITLE_MARK not in state["title"], f"{label}: the title was changed"
    assert state["injected"] == [], f"{label}: elements were injected: {state['injected']}"
    assert state["csp"] == [], f"{label}: CSP blocked something: {state['csp']}"


def visible_text(browser: Any) -> str:
    from selenium.webdriver.common.by import By

    return " ".join(browser.find_element(By.TAG_NAME, "body").text.translate(BIDI_CONTROLS).split())


def shows_literally(browser: Any, label: str, texts: list[str]) -> None:
    shown = visible_text(browser)
    for text in texts:
        # Bidi controls are invisible; compare what a reader sees.
        visible = " ".join(text.translate(BIDI_CONTROLS).split())
        assert visible in shown, f"{label}: {text!r} is not shown literally"


def post_through_form(browser: Any, page: str, name: str, body: str, email: str = "") -> None:
    from selenium.webdriver.common.by import By

    browser.get(page)
    browser.find_element(By.ID, "id_author_name").send_keys(name)
    if email:
        browser.find_element(By.ID, "id_author_email").send_keys(email)
    browser.find_element(By.ID, "id_body").send_keys(body)
    browser.find_element(By.CSS_SELECTOR, "#comment-form button[type=submit]").click()


def post_through_api(base: str, slug: str, name: str, body: str) -> int:
    data = json.dumps({"author_name": name, "body": body}).encode("utf-8")
    request = urllib.request.Request(
        f"{base}/api/articles/{slug}/comments", data=data, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status)


def log_in(browser: Any, url: str, username: str, password: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(url)
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form [type=submit]").click()
    # Wait until the login answered (the browser left the login page), or the next page may race it.
    WebDriverWait(browser, 20).until(lambda b: "/login/" not in b.current_url)
