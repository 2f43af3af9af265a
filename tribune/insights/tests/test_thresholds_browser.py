"""The tuning screen in a real browser: sliders appear and stay in step with the number inputs.

Drives Debian's chromium through Selenium; skips when it is not installed.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission

from tests.factories import FakeScorer, browser_login, moderator_create
from tribune.insights import thresholds as thresholds_module

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sliders_follow_and_drive_the_number_inputs(
    browser: Any, live_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    monkeypatch.setattr(thresholds_module, "get_scorer", lambda: FakeScorer())
    user = moderator_create(username="tuner", password="tuner-pass-123")
    user.user_permissions.add(Permission.objects.get(codename="tune_thresholds"))
    browser_login(browser, live_server.url, user)
    browser.get(live_server.url + "/moderation/insights/thresholds/?guideline=threat")

    slider = browser.find_element(By.CSS_SELECTOR, 'input.slider[data-for="id_reject"]')
    number = browser.find_element(By.ID, "id_reject")
    assert slider.is_displayed()
    assert float(slider.get_attribute("value")) == pytest.approx(float(number.get_attribute("value")))

    browser.execute_script(
        "arguments[0].value = '0.75'; arguments[0].dispatchEvent(new Event('input'));", slider
    )
    assert number.get_attribute("value") == "0.75"
    number.clear()
    number.send_keys("0.6")
    assert float(slider.get_attribute("value")) == pytest.approx(0.6)

    browser.find_element(By.CSS_SELECTOR, "form.tune button[type=submit]").click()
    WebDriverWait(browser, 5).until(lambda d: d.find_elements(By.ID, "effect-heading"))
    assert "reject=0.6" in browser.current_url
