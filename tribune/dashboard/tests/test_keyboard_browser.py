"""The keyboard flow in a real browser: j focuses, a approves, 3 rejects, no reload, announced.

Drives Debian's chromium through Selenium; skips when it is not installed.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.models import ModerationDecision

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_keyboard_decisions_remove_items_without_reload(
    browser: Any, live_server: Any, desk_moderator: Any, pending: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    risky = pending("You will regret this, <b>idiot</b>.", risk=0.9)
    calm = pending("Nice bridge.", risk=0.1)
    session = Client()
    session.force_login(desk_moderator)
    browser.get(live_server.url + "/accounts/login/")
    browser.add_cookie(
        {"name": settings.SESSION_COOKIE_NAME, "value": session.cookies[settings.SESSION_COOKIE_NAME].value}
    )
    browser.get(live_server.url + "/moderation/")
    browser.execute_script("window.__sameDocument = true;")
    body = browser.find_element(By.TAG_NAME, "body")

    body.send_keys("j")
    assert browser.switch_to.active_element.get_attribute("id") == f"comment-{risky.pk}"
    browser.switch_to.active_element.send_keys("a")
    WebDriverWait(browser, 5).until(lambda d: not d.find_elements(By.ID, f"comment-{risky.pk}"))
    WebDriverWait(browser, 5).until(lambda d: "Approved" in d.find_element(By.ID, "announcer").text)
    assert browser.switch_to.active_element.get_attribute("id") == f"comment-{calm.pk}"

    browser.switch_to.active_element.send_keys("3")
    WebDriverWait(browser, 5).until(lambda d: not d.find_elements(By.ID, f"comment-{calm.pk}"))

    assert browser.execute_script("return window.__sameDocument === true;")
    assert Comment.objects.get(pk=risky.pk).status == CommentStatus.APPROVED
    assert Comment.objects.get(pk=calm.pk).status == CommentStatus.REJECTED
    assert ModerationDecision.objects.get(comment=calm).guidelines == ["threat"]
    assert browser.find_element(By.ID, "pending-count").text == "0"
