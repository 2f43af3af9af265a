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

from tests.browser.inert import (
    assert_inert,
    log_in,
    post_through_api,
    post_through_form,
    shows_literally,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

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
            post_through_form(browser, page, name, body)
            WebDriverWait(browser, 10).until(lambda d: "posted=1" in d.current_url)
            assert_inert(browser, f"after posting form #{i}")
        else:
            assert post_through_api(base, article.slug, name, body) == 202
    comments = list(Comment.objects.order_by("pk"))
    print(f"posted {len(comments)} hostile comments (form: {len(pairs[::2])}, API: {len(pairs[1::2])})")
    assert [c.body for c in comments] == BODIES  # stored exactly as typed
    assert all(c.status == CommentStatus.PENDING for c in comments)
    assert "\u202e" not in "".join(c.author_name for c in comments)  # overrides dropped from names

    # 2. The moderator sees them in the queue, then approves each with the dashboard's buttons.
    log_in(browser, f"{base}/accounts/login/?next=/moderation/", "mod", "mod-pass-123")
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "queue"))
    assert_inert(browser, "moderator queue (pending)")
    shows_literally(browser, "moderator queue", [c.author_name for c in comments])
    for comment in comments:
        item = browser.find_element(By.ID, f"comment-{comment.pk}")
        item.find_element(By.CSS_SELECTOR, "button[value=approve]").click()
        WebDriverWait(browser, 10).until(lambda d, pk=comment.pk: not d.find_elements(By.ID, f"comment-{pk}"))
    assert_inert(browser, "moderator queue (after approving)")
    assert Comment.objects.filter(status=CommentStatus.APPROVED).count() == len(BODIES)

    # 3. Every moderator page that shows them.
    moderator_pages = [f"{base}/moderation/decisions/", page]
    moderator_pages += [
        f"{base}/moderation/authors/{key}/" for key in sorted({c.author_key for c in comments})
    ]
    for url in moderator_pages:
        browser.get(url)
        assert_inert(browser, f"moderator {url.removeprefix(base)}")
    browser.get(page)
    shows_literally(browser, "article as moderator", BODIES[:4] + [c.author_name for c in comments])

    # 4. A reader (no session) reads the article.
    browser.delete_all_cookies()
    browser.get(page)
    assert_inert(browser, "reader article page")
    shows_literally(browser, "reader article page", BODIES + [c.author_name for c in comments])

    # 5. The admin: lists, each comment's page, a decision, and a search that echoes a payload.
    log_in(browser, f"{base}/admin/login/?next=/admin/", "root", "root-pass-123")
    WebDriverWait(browser, 10).until(lambda d: "/admin/login" not in d.current_url)
    admin_pages = ["/admin/comments/comment/", "/admin/moderation/moderationdecision/"]
    admin_pages += [f"/admin/comments/comment/{c.pk}/change/" for c in comments]
    admin_pages += ["/admin/comments/comment/?q=%3Cscript%3Ewindow.__xss%3D21%3C%2Fscript%3E"]
    for url in admin_pages:
        browser.get(base + url)
        assert_inert(browser, f"admin {url}")
    browser.get(f"{base}/admin/comments/comment/{comments[0].pk}/change/")
    shows_literally(browser, "admin comment page", [BODIES[0]])

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
    assert_inert(browser, "API opened in the browser")


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
    post_through_form(browser, page, name, body, email="not-an-email")
    assert_inert(browser, "form re-rendered after an error")
    assert browser.find_element(By.CSS_SELECTOR, ".errors").is_displayed()
    assert browser.find_element(By.ID, "id_body").get_attribute("value") == body
    assert browser.find_element(By.ID, "id_author_name").get_attribute("value") == name
    assert not Comment.objects.exists()

    # Query parameters a page echoes back.
    log_in(browser, f"{base}/accounts/login/?next=/moderation/", "mod", "mod-pass-123")
    echoed = [
        f"/articles/{article.slug}/?page=%3Cscript%3Ewindow.__xss%3D34%3C%2Fscript%3E",
        "/moderation/?language=%22%3E%3Cscript%3Ewindow.__xss%3D35%3C%2Fscript%3E&guideline=%3Cimg%20src%3Dx%3E",
        "/moderation/decisions/?decided_by=%3Csvg%20onload%3Dwindow.__xss%3D36%3E",
        "/accounts/login/?next=%22%3E%3Cscript%3Ewindow.__xss%3D37%3C%2Fscript%3E",
        "/accounts/login/?next=javascript:window.__xss%3D38",
    ]
    for url in echoed:
        browser.get(base + url)
        assert_inert(browser, f"echoed {url}")

    # Control: markup that does get injected is caught (and CSP blocks its handler).
    browser.execute_script(
        "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__xss=99\">')"
    )
    with pytest.raises(AssertionError, match="injected|CSP"):
        assert_inert(browser, "control with an injected image")
