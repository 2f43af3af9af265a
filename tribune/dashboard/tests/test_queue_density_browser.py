"""At 1280×800 a moderator sees at least five queue cards per screen, in English and in Sorani (RTL).

Drives Debian's chromium through Selenium; skips when it is not installed.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings

from tests.factories import browser_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

COMMENTS = (
    "Anyone who believes this report is a complete idiot.",
    "ئەمە گەمژەترین هەواڵە کە خوێندوومەتەوە، نووسەرەکەی گەوجە.",
    "Does anyone know a good recipe for lemon cake? Mine always sinks in the middle.",
    "Bu akşamki Galatasaray Fenerbahçe maçını sizce kim kazanır?",
    "من يعرف مطعما جيدا للمشاوي في الكرادة؟",
    "Ma kesek dizane bihayê zêr îro çiqas e?",
    "کسی می‌داند بازی پرسپولیس و استقلال کی است؟",
)
FLAGS = {
    "guidelines": ["off_topic"],
    "reasons": ["uncertain"],
    "scores": {"off_topic": 0.62, "personal_attack": 0.31, "abuse": 0.12, "reject": 0.62},
}
# Cards that fit one screen, counted from the top of the first one: the bottom of each is measured from
# there (page geometry, so it does not depend on how far the page can scroll).
VISIBLE = """
const height = window.innerHeight;
const cards = [...document.querySelectorAll('.queue-item')].map((c) => c.getBoundingClientRect());
return [height, cards.filter((box) => box.bottom - cards[0].top <= height).length];
"""


def _viewport(browser: Any, width: int, height: int) -> None:
    """Size the window so that the page itself (not the window) is ``width`` × ``height``."""
    import time

    for _ in range(5):
        inner = browser.execute_script("return [window.innerWidth, window.innerHeight];")
        if inner == [width, height]:
            return
        outer = browser.get_window_size()
        browser.set_window_size(outer["width"] + width - inner[0], outer["height"] + height - inner[1])
        time.sleep(0.2)


@pytest.mark.parametrize("language", ["en", "ckb"])
def test_five_cards_fit_a_1280_by_800_screen(
    browser: Any, live_server: Any, desk_moderator: Any, pending: Any, language: str
) -> None:
    for n, body in enumerate(COMMENTS):
        pending(body, risk=0.9 - n / 20, flags=FLAGS)
    browser_login(browser, live_server.url, desk_moderator)
    browser.add_cookie({"name": settings.LANGUAGE_COOKIE_NAME, "value": language})
    _viewport(browser, 1280, 800)
    browser.get(live_server.url + "/moderation/")

    height, visible = browser.execute_script(VISIBLE)

    assert height == 800
    heights = browser.execute_script(
        "return [...document.querySelectorAll('.queue-item')].map((c) => Math.round(c.getBoundingClientRect().height));"
    )
    lang = browser.execute_script("return document.documentElement.lang;")
    assert visible >= 5, (
        f"{visible} cards fit a 1280×800 screen in {language} (page {lang}, heights {heights})"
    )
