"""The whole product in a real browser: a reader posts, a moderator approves, the comment is public.

Drives Debian's chromium through Selenium against the live test server;
skips, saying why, when chromium is not installed.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENT = "Who controls the launch site now? The report should say whether the truck was traced."


def test_reader_posts_moderator_approves_reader_sees_it(
    browser: Any, live_server: Any, article: Any, moderator: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from tribune.comments.enums import CommentStatus
    from tribune.comments.models import Comment
    from tribune.moderation.models import ModerationConfig

    ModerationConfig.objects.create(auto_approve=False)  # humans approve every comment
    page = f"{live_server.url}/articles/{article.slug}/"

    # Reader: posts through the form and is told the comment awaits moderation.
    browser.get(page)
    browser.find_element(By.ID, "id_author_name").send_keys("Hêvî")
    browser.find_element(By.ID, "id_body").send_keys(COMMENT)
    browser.find_element(By.CSS_SELECTOR, "#comment-form button[type=submit]").click()
    # The status region is on the page before posting too: wait for the page the post redirects to.
    WebDriverWait(browser, 20).until(lambda d: "posted=1" in d.current_url)
    status = browser.find_element(By.ID, "comment-status")
    assert "awaits moderation" in status.text
    assert COMMENT not in browser.find_element(By.CLASS_NAME, "comment-list").text
    comment = Comment.objects.get()
    assert comment.status == CommentStatus.PENDING

    # Moderator: logs in with the login form and approves it from the queue.
    browser.get(f"{live_server.url}/accounts/login/?next=/moderation/")
    browser.find_element(By.NAME, "username").send_keys("mod")
    browser.find_element(By.NAME, "password").send_keys("mod-pass-123")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    item = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, f"comment-{comment.pk}"))
    shown = item.find_element(By.CLASS_NAME, "comment-body").text
    assert re.sub(r" ?\[evidence: [^\]]*\]", "", shown).split() == COMMENT.split()  # whole, unedited
    item.find_element(By.CSS_SELECTOR, "button[value=approve]").click()
    WebDriverWait(browser, 10).until(lambda d: not d.find_elements(By.ID, f"comment-{comment.pk}"))
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.APPROVED

    # Any reader: the comment is now published under the article.
    browser.delete_all_cookies()
    browser.get(page)
    published = browser.find_element(By.ID, f"comment-{comment.pk}")
    assert COMMENT in published.text and "Hêvî" in published.text
