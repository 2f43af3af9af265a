"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture
def article(db: Any) -> Any:
    from tests.factories import article_row

    body = "Several rockets struck the Ain al-Asad air base in Anbar province. The launcher was seized."
    lead = "Security forces seized the launcher truck."
    return article_row("rocket-strike-anbar", "Rockets hit air base in western Iraq", body, lead=lead)


@pytest.fixture
def fake_scorer(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Replace the process-wide scorer with a ``FakeScorer`` the test can program."""
    from tests.factories import FakeScorer
    from tribune.moderation.services import moderate

    scorer = FakeScorer(
        rules={
            "idiot": {"personal_attack": 0.97},
            "maybe rude": {"personal_attack": 0.6},
            "kill": {"threat": 0.99},
        }
    )
    monkeypatch.setattr(moderate, "get_scorer", lambda: scorer)
    yield scorer


@pytest.fixture
def moderator(db: Any) -> Any:
    from tests.factories import moderator_create

    return moderator_create(username="mod", password="mod-pass-123")


@pytest.fixture
def quiet_scorer(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A scorer that finds nothing, so end-to-end flows do not depend on the trained model."""
    from tests.factories import FakeScorer
    from tribune.moderation.services import moderate

    scorer = FakeScorer()
    monkeypatch.setattr(moderate, "get_scorer", lambda: scorer)
    return scorer


@pytest.fixture
def browser() -> Iterator[Any]:
    """Headless Debian chromium driven by Selenium; skips when chromium is not installed."""
    import shutil

    chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver_path):
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.implicitly_wait(3)
    yield driver
    driver.quit()


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    """Each test starts with an empty local cache (the door's flood counters live there)."""
    from django.conf import settings
    from django.core.cache import cache

    if settings.CACHES["default"]["BACKEND"].endswith("LocMemCache"):
        cache.clear()
    yield


@pytest.fixture
def dead_broker(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Point ``tribune.config.celery.app`` at a broker port where nothing listens (a fresh app, so
    no connection pool cached by an earlier test leaks in)."""
    from celery import Celery

    from tribune.config import celery as celery_module

    app = Celery("tribune-dead-broker", set_as_current=False)
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.broker_url = "redis://127.0.0.1:6399/1"  # in the scale branch's port range; nothing listens
    monkeypatch.setattr(celery_module, "app", app)
    return app


@pytest.fixture(autouse=True)
def _fresh_threshold_overrides() -> Iterator[None]:
    """Every test reads the overrides its own database holds, not a set an earlier test left cached."""
    from tribune.insights.thresholds import threshold_overrides_forget

    threshold_overrides_forget()
    yield
    threshold_overrides_forget()
