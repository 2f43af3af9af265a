"""The keyboard flow in a real browser: help, j/k, a, digits, x + a in bulk, r then a digit; no reload.

Drives Debian's chromium through Selenium; skips when it is not installed.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import browser_login
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.models import ModerationDecision

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_keyboard_decisions_remove_items_without_reload(
    browser: Any, live_server: Any, desk_moderator: Any, pending: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    risky = pending("You will regret this, <b>idiot</b>.", risk=0.9)
    calm = pending("Nice bridge.", risk=0.5)
    third, fourth = pending("Third.", risk=0.3), pending("Fourth.", risk=0.2)
    last = pending("Last one.", risk=0.1)
    browser_login(browser, live_server.url, desk_moderator)
    browser.get(live_server.url + "/moderation/")
    browser.execute_script("window.__sameDocument = true;")
    body = browser.find_element(By.TAG_NAME, "body")

    def active_id() -> str:
        return browser.switch_to.active_element.get_attribute("id")

    def gone(comment: Comment) -> None:
        WebDriverWait(browser, 5).until(lambda d: not d.find_elements(By.ID, f"comment-{comment.pk}"))

    body.send_keys("?")
    assert browser.execute_script("return document.getElementById('shortcuts-dialog').open;")
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    WebDriverWait(browser, 5).until(
        lambda d: not d.execute_script("return document.getElementById('shortcuts-dialog').open;")
    )

    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    assert active_id() == f"comment-{risky.pk}"
    browser.switch_to.active_element.send_keys("a")
    gone(risky)
    WebDriverWait(browser, 5).until(lambda d: "Approved" in d.find_element(By.ID, "announcer").text)
    assert active_id() == f"comment-{calm.pk}"  # the next item takes focus

    browser.switch_to.active_element.send_keys("3")
    gone(calm)
    assert active_id() == f"comment-{third.pk}"

    browser.switch_to.active_element.send_keys("x")
    browser.switch_to.active_element.send_keys("j")
    assert active_id() == f"comment-{fourth.pk}"
    browser.switch_to.active_element.send_keys("x")
    assert browser.find_element(By.ID, "selected-count").text == "2 selected"
    browser.switch_to.active_element.send_keys("a")  # approves the selection, in bulk
    gone(third)
    gone(fourth)
    assert active_id() == f"comment-{last.pk}"

    browser.switch_to.active_element.send_keys("r")
    assert "rejecting" in browser.find_element(By.ID, f"comment-{last.pk}").get_attribute("class")
    browser.switch_to.active_element.send_keys("2")
    gone(last)

    assert browser.execute_script("return window.__sameDocument === true;")
    statuses = dict(Comment.objects.values_list("pk", "status"))
    assert statuses == {
        risky.pk: CommentStatus.APPROVED,
        calm.pk: CommentStatus.REJECTED,
        third.pk: CommentStatus.APPROVED,
        fourth.pk: CommentStatus.APPROVED,
        last.pk: CommentStatus.REJECTED,
    }
    assert ModerationDecision.objects.get(comment=calm).guidelines == ["threat"]
    assert ModerationDecision.objects.get(comment=last).guidelines == ["vulgarity"]
    assert (
        ModerationDecision.objects.filter(comment__in=[third, fourth], moderator=desk_moderator).count() == 2
    )
    assert browser.find_element(By.ID, "pending-count").text == "0"
