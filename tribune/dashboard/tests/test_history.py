"""Decision history (system vs moderator) and one author's record."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tribune.comments.enums import CommentStatus
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_decisions(pending: Any, desk_moderator: Any) -> tuple[ModerationDecision, ModerationDecision]:
    system = ModerationDecision.objects.create(
        comment=pending("Auto text", status=CommentStatus.REJECTED),
        outcome=Outcome.REJECTED,
        decided_by=DecidedBy.SYSTEM,
        guidelines=["threat"],
        pipeline_version="pipeline.v1",
        model_version="tfidf-logreg.v1",
    )
    human = ModerationDecision.objects.create(
        comment=pending("Human text", status=CommentStatus.APPROVED),
        outcome=Outcome.APPROVED,
        decided_by=DecidedBy.MODERATOR,
        moderator=desk_moderator,
        note="<b>context</b> matters",
    )
    return system, human


def test_history_shows_who_what_and_versions(mod_client: Client, two_decisions: Any) -> None:
    html = mod_client.get("/moderation/decisions/").content.decode()

    assert "Tribune (system)" in html and "nura" in html
    assert "tfidf-logreg.v1" in html and "pipeline.v1" in html
    assert "&lt;b&gt;context&lt;/b&gt; matters" in html
    assert "2 decisions" in html


def test_history_filters_system_or_moderator(mod_client: Client, two_decisions: Any) -> None:
    system, human = two_decisions

    only_system = mod_client.get("/moderation/decisions/", {"decided_by": "system"}).context["page"]
    only_human = mod_client.get("/moderation/decisions/", {"decided_by": "moderator"}).context["page"]

    assert list(only_system) == [system]
    assert list(only_human) == [human]


def test_author_page_shows_summary_and_history(mod_client: Client, pending: Any) -> None:
    pending("First words", author_key="k-1", author_name="Azad", status=CommentStatus.APPROVED)
    pending("Second words", author_key="k-1", author_name="Azad", status=CommentStatus.REJECTED)
    pending("Third words", author_key="k-1", author_name="Azad")
    pending("Someone else", author_key="k-2")

    response = mod_client.get("/moderation/authors/k-1/")
    html = response.content.decode()

    assert response.context["summary"] == {"pending": 1, "approved": 1, "rejected": 1}
    assert "Comments by" in html and "Azad" in html
    assert "Second words" in html and "Someone else" not in html


def test_unknown_author_is_404(mod_client: Client, db: Any) -> None:
    assert mod_client.get("/moderation/authors/nobody/").status_code == 404


def test_history_alias_redirects_to_the_decisions_page(mod_client: Client, two_decisions: Any) -> None:
    response = mod_client.get("/moderation/history/?decided_by=system")
    assert response.status_code == 301
    assert response["Location"] == "/moderation/decisions/?decided_by=system"


def test_history_rows_explain_in_sentences_and_abbreviate_versions(
    mod_client: Client, two_decisions: Any
) -> None:
    html = mod_client.get("/moderation/decisions/").content.decode()
    assert 'title="pipeline.v1 · tfidf-logreg.v1">v1 · v1</abbr>' in html
    assert "classifier:" not in html
