"""The queue page: riskiest first, filters, safe rendering of text and evidence, stats header."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from tribune.articles.models import Article
from tribune.comments.enums import CommentStatus
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision

pytestmark = pytest.mark.django_db


def item_ids(response: Any) -> list[int]:
    return [
        int(n) for n in re.findall(r'<li class="queue-item" id="comment-(\d+)"', response.content.decode())
    ]


def test_queue_lists_pending_riskiest_first(mod_client: Client, pending: Any) -> None:
    low, high, middle = pending(risk=0.1), pending(risk=0.95), pending(risk=0.5)
    pending(status=CommentStatus.APPROVED, risk=1.0)

    response = mod_client.get("/moderation/")

    assert item_ids(response) == [high.pk, middle.pk, low.pk]


def test_queue_filters_by_article_language_and_guideline(mod_client: Client, pending: Any) -> None:
    other = Article.objects.create(slug="market", title="Market prices", body="Prices rose.")
    threat = pending("Burn it.", guideline_tags=",threat,")
    arabic = pending("مقال جيد", language="ar")
    elsewhere = pending(article=other)

    assert item_ids(mod_client.get("/moderation/", {"guideline": "threat"})) == [threat.pk]
    assert item_ids(mod_client.get("/moderation/", {"language": "ar"})) == [arabic.pk]
    assert item_ids(mod_client.get("/moderation/", {"article": other.pk})) == [elsewhere.pk]
    # An unknown filter value is reported and ignored rather than failing.
    assert len(item_ids(mod_client.get("/moderation/", {"guideline": "weather"}))) == 3


def test_queue_paginates_by_25(mod_client: Client, pending: Any) -> None:
    for i in range(30):
        pending(f"Comment number {i}", risk=i / 100)

    first, second = mod_client.get("/moderation/"), mod_client.get("/moderation/", {"page": 2})

    assert len(item_ids(first)) == 25
    assert len(item_ids(second)) == 5
    assert b"page=2" in first.content


def test_comment_text_is_escaped_and_evidence_highlighted(mod_client: Client, pending: Any) -> None:
    body = "<script>alert(1)</script> you idiot & co"
    start = body.index("idiot")
    pending(
        body,
        risk=0.8,
        flags={
            "scores": {"personal_attack": 0.81, "threat": 0.02, "reject": 0.81},
            "guidelines": ["personal_attack"],
            "reasons": ["uncertain"],
            "notes": ["classifier: may break personal_attack (language en)"],
            "evidence": [
                {
                    "label": "personal_attack",
                    "start": start,
                    "end": start + 5,
                    "text": "idiot",
                    "source": "lexicon",
                },
                {"label": "threat", "start": 500, "end": 510, "text": "nowhere", "source": "model"},
            ],
        },
    )

    html = mod_client.get("/moderation/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; you " in html
    assert re.search(r'<mark class="evidence" data-label="personal_attack"[^>]*>idiot<', html)
    assert " &amp; co</blockquote>" in html
    assert 'class="comment-body" dir="auto"' in html
    assert "Personal attack" in html and "0.81" in html
    # Why it waits, as a sentence true of this comment; the pipeline's internal note is never shown.
    assert "Personal attack scored 0.81: high enough for a person to decide" in html
    assert "classifier: may break personal_attack" not in html
    assert "Threat</span>" not in html  # 0.02 is below the floor, and "reject" is never a bar


def test_queue_links_to_article_and_author_and_shows_shortcuts(mod_client: Client, pending: Any) -> None:
    comment = pending()

    html = mod_client.get("/moderation/").content.decode()

    assert f'href="/articles/{comment.article.slug}/"' in html
    assert f'href="/moderation/authors/{comment.author_key}/"' in html
    assert "Keyboard shortcuts" in html
    assert 'aria-live="polite"' in html
    assert 'data-shortcut="7"' in html and "Reject: Not relevant" in html
    assert "dashboard/queue.js" in html


def test_stats_header_counts_today(mod_client: Client, pending: Any, desk_moderator: Any) -> None:
    for _ in range(3):
        ModerationDecision.objects.create(
            comment=pending(status=CommentStatus.APPROVED),
            outcome=Outcome.APPROVED,
            decided_by=DecidedBy.SYSTEM,
        )
    ModerationDecision.objects.create(
        comment=pending(status=CommentStatus.REJECTED),
        outcome=Outcome.REJECTED,
        decided_by=DecidedBy.MODERATOR,
        moderator=desk_moderator,
    )
    ModerationDecision.objects.create(comment=pending(), outcome=Outcome.HELD, decided_by=DecidedBy.SYSTEM)
    ModerationDecision.objects.create(
        comment=pending(status=CommentStatus.APPROVED),
        outcome=Outcome.APPROVED,
        decided_by=DecidedBy.SYSTEM,
        created_at=timezone.now() - timedelta(days=2),
    )

    stats = mod_client.get("/moderation/").context["stats"]
    html = mod_client.get("/moderation/").content.decode()

    assert (stats.pending, stats.by_system, stats.by_moderators) == (1, 3, 1)
    # Of the 4 comments Tribune judged today it decided 3 alone; the one it held counts against it.
    assert (stats.held_by_system, stats.moderated_by_system) == (1, 4)
    assert stats.automation_rate == pytest.approx(0.75)
    assert "<dt>Automation rate</dt><dd>75%</dd>" in html
    assert "decided without a person (3 of 4)" in html
