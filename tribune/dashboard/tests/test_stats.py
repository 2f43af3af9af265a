"""The figures above every dashboard page: each correct by the definition printed beside it."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tribune.comments.enums import CommentStatus
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision


def test_comments_waiting_for_a_person_pull_the_automation_rate_down(
    mod_client: Client, pending: Any
) -> None:
    for _ in range(16):
        ModerationDecision.objects.create(
            comment=pending(status=CommentStatus.APPROVED),
            outcome=Outcome.APPROVED,
            decided_by=DecidedBy.SYSTEM,
        )
    for _ in range(7):
        ModerationDecision.objects.create(
            comment=pending(), outcome=Outcome.HELD, decided_by=DecidedBy.SYSTEM
        )

    response = mod_client.get("/moderation/")
    stats, html = response.context["stats"], response.content.decode()

    assert stats.pending == 7 and stats.automation_percent == 70  # 16 of 23, not "100%"
    assert "<dt>Automation rate</dt><dd>70%</dd>" in html
    assert "decided without a person (16 of 23)" in html
    assert "7 more handed to a person" in html
    assert "waiting for a person now, from any day" in html


def test_nothing_judged_today_shows_no_rate(mod_client: Client) -> None:
    html = mod_client.get("/moderation/").content.decode()
    assert "<dt>Automation rate</dt><dd>–</dd>" in html
