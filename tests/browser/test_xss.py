"""Hostile comment text is inert everywhere it is shown, in a real browser (Debian chromium).

Payloads (script tags, event handlers, ``javascript:`` links, SVG onload, a
``</textarea>`` breakout, attribute breakouts, template syntax, right-to-left
overrides) are posted as comment bodies and author names through the real form
and through the JSON API, approved by a moderator in the dashboard, then every
page that shows them is opened: the article as a reader and as a moderator, the
queue, the decision history, each author's page, the admin's comment and
decision lists and pages, and the API. Each payload would set ``window.__xss``
or the page title if it ran; the test asserts that never happens, that no
element was injected, that no Content-Security-Policy violation fired (CSP is
the second line; escaping must hold by itself), and that the text is shown
literally.
"""

from __future__ import annotations

import json
import urllib.request
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE_MARK = "XSS"
# Bodies: each would set window.__xss (or the title) if the browser ran it.
BODIES = [
    "<script>window.__xss=1;document.title='XSS'</script>",
    "<img src=x onerror=\"window.__xss=2;document.title='XSS'\">",
    '<a href="javascript:window.__xss=3">read more</a>',
    '<svg onload="window.__xss=4"><circle r=5></svg>',
    "</textarea><script>window.__xss=5</script>",
    '"\'><script>window.__xss=6</script><p title="',
    '<iframe srcdoc="<script>parent.__xss=7</script>"></iframe>',
    "{{ request.META }} {% debug %} {{ settings.SECRET_KEY }}",
    "<body onload=window.__xss=8><details open ontoggle=window.__xss=9>",
    "exe.\u202egnp.txt \u202eright-to-left override\u202c then plain text",
]
# Names (at most 80 characters) are payloads too.
NAMES = [
    "<script>window.__xss=11</script>",
    "<img src=x onerror=window.__xss=12>",
    '"><svg onload=window.__xss=13>',
    "{{ user.password }}",
    "\u202eevil.exe",
]
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


def _inert(browser: Any, label: str) -> None:
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


def _visible_text(browser: Any) -> str:
    from selenium.webdriver.common.by import By

    return " ".join(browser.find_element(By.TAG_NAME, "body").text.translate(BIDI_CONTROLS).split())


def _shows_literally(browser: Any, label: str, texts: list[str]) -> None:
    shown = _visible_text(browser)
    for text in texts:
        # Bidi controls are invisible; compare what a reader sees.
        visible = " ".join(text.translate(BIDI_CONTROLS).split())
        assert visible in shown, f"{label}: {text!r} is not shown literally"


def _post_through_form(browser: Any, page: str, name: str, body: str, email: str = "") -> None:
    from selenium.webdriver.common.by import By

    browser.get(page)
    browser.find_element(By.ID, "id_author_name").send_keys(name)
    if email:
        browser.find_element(By.ID, "id_author_email").send_keys(email)
    browser.find_element(By.ID, "id_body").send_keys(body)
    browser.find_element(By.CSS_SELECTOR, "#comment-form button[type=submit]").click()


def _post_through_api(base: str, slug: str, name: str, body: str) -> int:
    data = json.dumps({"author_name": name, "body": body}).encode("utf-8")
    request = urllib.request.Request(
        f"{base}/api/articles/{slug}/comments", data=data, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return int(response.status)


def _log_in(browser: Any, url: str, username: str, password: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(url)
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(password)
    browser.find_element(By.CSS_SELECTOR, "form [type=submit]").click()
    # Wait until the login answered (the browser left the login page), or the next page may race it.
    WebDriverWait(browser, 20).until(lambda b: "/login/" not in b.current_url)


@pytest.fixture
def watched(browser: Any) -> Any:
    """The browser, with a CSP-violation listener installed before any page script runs."""
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_CSP})
    browser.implicitly_wait(0)  # absence is checked often here; explicit waits do the waiting
    return browser


def test_payloads_in_bodies_and_names_never_run_anywhere(
    watched: Any, live_server: Any, article: Any, moderator: Any, quiet_scorer: Any
) -> None:
    from django.contrib.auth import get_user_model
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tribune.comments.enums import CommentStatus
    from tribune.comments.models import Comment
    from tribune.moderation.models import ModerationConfig

    browser, base = watched, live_server.url
    ModerationConfig.objects.create(auto_approve=False)  # a moderator approves each one
    get_user_model().objects.create_superuser(username="root", password="root-pass-123")
    page = f"{base}/articles/{article.slug}/"

    # 1. Readers post: half through the form in the browser, half through the API.
    pairs = [(NAMES[i % len(NAMES)] + f" #{i}", body) for i, body in enumerate(BODIES)]
    for i, (name, body) in enumerate(pairs):
        if i % 2 == 0:
            _post_through_form(browser, page, name, body)
            WebDriverWait(browser, 10).until(lambda d: "posted=1" in d.current_url)
            _inert(browser, f"after posting form #{i}")
        else:
            assert _post_through_api(base, article.slug, name, body) == 202
    comments = list(Comment.objects.order_by("pk"))
    print(f"posted {len(comments)} hostile comments (form: {len(pairs[::2])}, API: {len(pairs[1::2])})")
    assert [c.body for c in comments] == BODIES  # stored exactly as typed
    assert all(c.status == CommentStatus.PENDING for c in comments)
    assert "\u202e" not in "".join(c.author_name for c in comments)  # overrides dropped from names

    # 2. The moderator sees them in the queue, then approves each with the dashboard's buttons.
    _log_in(browser, f"{base}/accounts/login/?next=/moderation/", "mod", "mod-pass-123")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "queue"))
    _inert(browser, "moderator queue (pending)")
    _shows_literally(browser, "moderator queue", [c.author_name for c in comments])
    for comment in comments:
        item = browser.find_element(By.ID, f"comment-{comment.pk}")
        item.find_element(By.CSS_SELECTOR, "button[value=approve]").click()
        WebDriverWait(browser, 10).until(lambda d, pk=comment.pk: not d.find_elements(By.ID, f"comment-{pk}"))
    _inert(browser, "moderator queue (after approving)")
    assert Comment.objects.filter(status=CommentStatus.APPROVED).count() == len(BODIES)

    # 3. Every moderator page that shows them.
    moderator_pages = [f"{base}/moderation/decisions/", page]
    moderator_pages += [
        f"{base}/moderation/authors/{key}/" for key in sorted({c.author_key for c in comments})
    ]
    for url in moderator_pages:
        browser.get(url)
        _inert(browser, f"moderator {url.removeprefix(base)}")
    browser.get(page)
    _shows_literally(browser, "article as moderator", BODIES[:4] + [c.author_name for c in comments])

    # 4. A reader (no session) reads the article.
    browser.delete_all_cookies()
    browser.get(page)
    _inert(browser, "reader article page")
    _shows_literally(browser, "reader article page", BODIES + [c.author_name for c in comments])

    # 5. The admin: lists, each comment's page, a decision, and a search that echoes a payload.
    _log_in(browser, f"{base}/admin/login/?next=/admin/", "root", "root-pass-123")
    WebDriverWait(browser, 10).until(lambda d: "/admin/login" not in d.current_url)
    admin_pages = ["/admin/comments/comment/", "/admin/moderation/moderationdecision/"]
    admin_pages += [f"/admin/comments/comment/{c.pk}/change/" for c in comments]
    admin_pages += ["/admin/comments/comment/?q=%3Cscript%3Ewindow.__xss%3D21%3C%2Fscript%3E"]
    for url in admin_pages:
        browser.get(base + url)
        _inert(browser, f"admin {url}")
    browser.get(f"{base}/admin/comments/comment/{comments[0].pk}/change/")
    _shows_literally(browser, "admin comment page", [BODIES[0]])

    # 6. The API gives the text back as JSON text, not HTML, and says so.
    with urllib.request.urlopen(
        f"{base}/api/articles/{article.slug}/comments?page_size=50", timeout=10
    ) as api:
        content_type, nosniff = api.headers["Content-Type"], api.headers["X-Content-Type-Options"]
        items = json.loads(api.read())["items"]
    print(f"  API: {content_type}, nosniff={nosniff}, {len(items)} items")
    assert content_type == "application/json; charset=utf-8" and nosniff == "nosniff"
    assert sorted(i["body"] for i in items) == sorted(BODIES)  # raw text: no entities, no markup removed
    browser.get(f"{base}/api/articles/{article.slug}/comments")
    _inert(browser, "API opened in the browser")


def test_form_errors_and_reflected_parameters_do_not_break_out(
    watched: Any, live_server: Any, article: Any, moderator: Any
) -> None:
    from selenium.webdriver.common.by import By

    from tribune.comments.models import Comment

    browser, base = watched, live_server.url
    page = f"{base}/articles/{article.slug}/"
    body = "</textarea><script>window.__xss=31</script><img src=x onerror=window.__xss=32>"
    name = '"><script>window.__xss=33</script>'

    # A refused post re-renders the form with what was typed: inside <textarea> and value="".
    _post_through_form(browser, page, name, body, email="not-an-email")
    _inert(browser, "form re-rendered after an error")
    assert browser.find_element(By.CSS_SELECTOR, ".errors").is_displayed()
    assert browser.find_element(By.ID, "id_body").get_attribute("value") == body
    assert browser.find_element(By.ID, "id_author_name").get_attribute("value") == name
    assert not Comment.objects.exists()

    # Query parameters a page echoes back.
    _log_in(browser, f"{base}/accounts/login/?next=/moderation/", "mod", "mod-pass-123")
    echoed = [
        f"/articles/{article.slug}/?page=%3Cscript%3Ewindow.__xss%3D34%3C%2Fscript%3E",
        "/moderation/?language=%22%3E%3Cscript%3Ewindow.__xss%3D35%3C%2Fscript%3E&guideline=%3Cimg%20src%3Dx%3E",
        "/moderation/decisions/?decided_by=%3Csvg%20onload%3Dwindow.__xss%3D36%3E",
        "/accounts/login/?next=%22%3E%3Cscript%3Ewindow.__xss%3D37%3C%2Fscript%3E",
        "/accounts/login/?next=javascript:window.__xss%3D38",
    ]
    for url in echoed:
        browser.get(base + url)
        _inert(browser, f"echoed {url}")

    # Control: markup that does get injected is caught (and CSP blocks its handler).
    browser.execute_script(
        "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__xss=99\">')"
    )
    with pytest.raises(AssertionError, match="injected|CSP"):
        _inert(browser, "control with an injected image")


CHAR_ORDER = """
const el = arguments[0];
const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
const nodes = [];
for (let n = walker.nextNode(); n; n = walker.nextNode()) { if (n.textContent.trim()) nodes.push(n); }
function box(node, i) { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
  return r.getBoundingClientRect(); }
const first = nodes[0], last = nodes[nodes.length - 1];
const a = box(first, first.textContent.search(/\\S/));
const b = box(last, last.textContent.length - 1 - [...last.textContent].reverse().join('').search(/\\S/));
return [a.left, b.left, a.top, b.top];
"""


def _left_to_right(browser: Any, element: Any) -> bool:
    """Whether the element's first visible character is drawn left of its last (same line)."""
    first_left, last_left, first_top, last_top = browser.execute_script(CHAR_ORDER, element)
    assert abs(first_top - last_top) < 4, "the text wrapped; the check needs one line"
    return bool(first_left < last_left)


def test_right_to_left_overrides_stay_inside_their_name_or_comment(
    watched: Any, live_server: Any, article: Any, moderator: Any
) -> None:
    from selenium.webdriver.common.by import By

    from tests.factories import comment_row
    from tribune.comments.enums import CommentStatus

    browser, base = watched, live_server.url
    # Written straight to the table: older rows, imports or other entry points may carry overrides.
    spoofed = comment_row(
        article=article,
        author_name="\u202eevil",
        body="\u202eThis comment starts with a right-to-left override",
        status=CommentStatus.APPROVED,
    )
    comment_row(
        article=article,
        author_name="Plain Reader",
        body="An ordinary comment.",
        status=CommentStatus.APPROVED,
    )

    # Control: the same markup without isolation is reordered, so the check can tell.
    browser.get(f"{base}/articles/{article.slug}/")
    control = browser.execute_script(
        "const p = document.createElement('p'); p.id = 'control';"
        "p.innerHTML = '<span>\\u202eevil</span> · <time>2026-11-25 10:00</time>';"
        "document.body.prepend(p); return p.querySelector('time');"
    )
    assert not _left_to_right(browser, control), "the control should be reordered"
    browser.execute_script("document.getElementById('control').remove()")

    for byline in browser.find_elements(By.CSS_SELECTOR, ".comment .who time"):
        print(f"  reader byline time {byline.text!r}: left-to-right")
        assert _left_to_right(browser, byline), "a name's override reordered the byline"
    _inert(browser, "reader page with overrides")

    _log_in(browser, f"{base}/accounts/login/?next=/moderation/decisions/", "mod", "mod-pass-123")
    browser.get(f"{base}/moderation/authors/{spoofed.author_key}/")
    for meta in browser.find_elements(By.CSS_SELECTOR, ".history-item .meta time"):
        assert _left_to_right(browser, meta)
    heading = browser.find_element(By.TAG_NAME, "h1")
    assert heading.find_element(By.CSS_SELECTOR, "[dir=auto], bdi")  # the name is isolated in the heading
    _inert(browser, "author page with overrides")
