"""The insights pages through the client: access, rendering, filters, preview, confirmed save."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from tests.factories import FakeScorer, moderator_create
from tribune.insights import thresholds as thresholds_module
from tribune.insights.models import ThresholdChange, ThresholdOverride

pytestmark = pytest.mark.django_db
OVERVIEW = "/moderation/insights/"
TUNE = "/moderation/insights/thresholds/"
NOV = {"start": "2026-11-10", "end": "2026-11-12"}


@pytest.fixture(autouse=True)
def _model(monkeypatch: pytest.MonkeyPatch) -> None:
    # The tuning screen reads the model's own cut-offs; a fake keeps the test off the real bundle.
    monkeypatch.setattr(thresholds_module, "get_scorer", lambda: FakeScorer())


@pytest.fixture
def mod_client(db: Any) -> Client:
    client = Client()
    client.force_login(moderator_create(username="mo", password="mo-pass-123"))
    return client


@pytest.fixture
def tuner(db: Any) -> Any:
    user = moderator_create(username="tu", password="tu-pass-123")
    user.user_permissions.add(Permission.objects.get(codename="tune_thresholds"))
    return type(user).objects.get(pk=user.pk)


@pytest.fixture
def tune_client(tuner: Any) -> Client:
    client = Client()
    client.force_login(tuner)
    return client


@pytest.mark.parametrize("url", [OVERVIEW, TUNE])
def test_anonymous_visitors_are_sent_to_login(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_people_without_the_permissions_are_refused(
    client: Client, mod_client: Client, django_user_model: Any
) -> None:
    client.force_login(django_user_model.objects.create_user(username="reader", password="x"))

    assert client.get(OVERVIEW).status_code == 403
    assert mod_client.get(OVERVIEW).status_code == 200
    assert mod_client.get(TUNE).status_code == 403  # tuning needs its own permission
    assert mod_client.post(TUNE, {"guideline": "threat"}).status_code == 403


def test_nav_links_follow_the_permissions(mod_client: Client, tune_client: Client) -> None:
    assert b'href="/moderation/insights/"' in mod_client.get("/moderation/").content
    assert b'href="/moderation/insights/thresholds/"' not in mod_client.get("/moderation/").content
    assert b'href="/moderation/insights/thresholds/"' in tune_client.get("/moderation/").content


def test_overview_draws_every_chart_with_its_table(mod_client: Client, history: Any) -> None:
    response = mod_client.get(OVERVIEW, NOV)
    html = response.content.decode()

    assert response.status_code == 200
    for chart in (
        "outcomes",
        "deciders",
        "rejections-guideline",
        "rejections-language",
        "waits",
        "agreement",
    ):
        assert f'id="chart-{chart}"' in html
    assert html.count('role="img"') == 6
    assert html.count("<table") >= 6
    assert "2 comments decided automatically and 4 by moderators" in html
    assert "Moderators overturned 1 of 3 automatic decisions." in html
    assert "<script" not in html and "style=" not in html


def test_overview_filters_by_article(mod_client: Client, history: Any) -> None:
    only_b = {**NOV, "article": history["articles"]["b"].pk}

    html = mod_client.get(OVERVIEW, only_b).content.decode()

    assert "2 comments posted over 3 days" in html


def test_a_backwards_range_is_explained_and_the_default_shown(mod_client: Client) -> None:
    response = mod_client.get(OVERVIEW, {"start": "2026-11-12", "end": "2026-11-10"})

    assert response.status_code == 200
    assert "The range must start on or before the day it ends." in response.content.decode()


def test_rtl_pages_mirror_the_page(mod_client: Client, history: Any) -> None:
    html = mod_client.get(OVERVIEW, NOV, HTTP_ACCEPT_LANGUAGE="ar").content.decode()

    assert 'dir="rtl"' in html


def test_tuning_screen_lists_every_guideline(tune_client: Client, history: Any) -> None:
    html = tune_client.get(TUNE).content.decode()

    assert "Thresholds in force" in html
    assert html.count('href="?guideline=') == 7
    assert "No thresholds were changed yet" in html


def test_choosing_a_guideline_starts_from_the_thresholds_in_force(tune_client: Client, history: Any) -> None:
    html = tune_client.get(TUNE, {"guideline": "personal_attack"}).content.decode()

    assert 'name="reject" value="0.9"' in html
    assert "Expected effect for Personal attack" in html


def test_preview_shows_the_effect_and_saves_nothing(tune_client: Client, history: Any) -> None:
    response = tune_client.get(TUNE, {"guideline": "personal_attack", "reject": "0.7", "review": "0.5"})
    html = response.content.decode()

    assert response.status_code == 200
    assert 'id="chart-workload"' in html
    # c4 (0.8) moves from review to automatic rejection; nothing else changes.
    assert "Of the last 8 scored comments, 1 would end up somewhere else." in html
    assert "Moderators would have 1 fewer comment to review." in html
    assert not ThresholdOverride.objects.exists()


def test_an_invalid_proposal_is_explained(tune_client: Client) -> None:
    html = tune_client.get(TUNE, {"guideline": "threat", "reject": "0.4", "review": "0.6"}).content.decode()

    assert "The review threshold cannot be above the reject threshold." in html
    assert "Expected effect" not in html


def test_saving_needs_the_confirmation(tune_client: Client) -> None:
    data = {"action": "save", "guideline": "threat", "reject": "0.8", "review": "0.4", "sample": "500"}

    refused = tune_client.post(TUNE, data)

    assert refused.status_code == 400
    assert not ThresholdOverride.objects.exists() and not ThresholdChange.objects.exists()

    saved = tune_client.post(TUNE, {**data, "confirm": "on", "note": "too many threats published"})

    assert saved.status_code == 302 and saved["Location"] == f"{TUNE}?guideline=threat"
    row = ThresholdOverride.objects.get()
    assert (row.guideline, row.reject, row.review) == ("threat", 0.8, 0.4)
    change = ThresholdChange.objects.get()
    assert change.note == "too many threats published" and change.changed_by.username == "tu"
    page = tune_client.get(saved["Location"]).content.decode()
    assert "Saved: Threat now rejects at 0.800" in page
    assert "overridden by tu" in page
    assert (
        "Or go back to the model&#x27;s thresholds" in page or "Or go back to the model's thresholds" in page
    )


def test_reset_goes_back_to_the_model(tune_client: Client, tuner: Any) -> None:
    thresholds_module.threshold_override_save(
        guideline="abuse",
        reject=0.7,
        review=0.3,
        user=tuner,
        model=thresholds_module.model_policy().threshold("abuse"),
    )

    response = tune_client.post(TUNE, {"action": "reset", "guideline": "abuse", "confirm": "on"})

    assert response.status_code == 302
    assert not ThresholdOverride.objects.exists()
    assert ThresholdChange.objects.count() == 2
