"""Fixtures of the browser tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.inert import WATCH_CSP


@pytest.fixture
def watched(browser: Any) -> Any:
    """The browser, with a CSP-violation listener installed before any page script runs."""
    browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_CSP})
    browser.implicitly_wait(0)  # absence is checked often here; explicit waits do the waiting
    return browser
