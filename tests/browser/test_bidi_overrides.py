"""Right-to-left override characters in a name or a comment stay inside it (a real browser).

An override written straight into the table (older rows, imports, other entry points)
must not reorder the byline or the moderator's pages around it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.inert import assert_inert, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
    assert_inert(browser, "reader page with overrides")

    log_in(browser, f"{base}/accounts/login/?next=/moderation/decisions/", "mod", "mod-pass-123")
    browser.get(f"{base}/moderation/authors/{spoofed.author_key}/")
    for meta in browser.find_elements(By.CSS_SELECTOR, ".history-item .meta time"):
        assert _left_to_right(browser, meta)
    heading = browser.find_element(By.TAG_NAME, "h1")
    assert heading.find_element(By.CSS_SELECTOR, "[dir=auto], bdi")  # the name is isolated in the heading
    assert_inert(browser, "author page with overrides")
