"""One comment at a time: review opens the riskiest, skip moves on, deciding opens the next."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment

pytestmark = pytest.mark.django_db


def test_review_opens_riskiest_then_skip_then_decide_and_next(mod_client: Client, pending: Any) -> None:
    high, middle, low = pending(risk=0.9), pending(risk=0.5), pending(risk=0.1)
    first = mod_client.get("/moderation/review/")
    assert first.status_code == 302 and first["Location"] == f"/moderation/comments/{high.pk}/"
    page = mod_client.get(first["Location"]).content.decode()
    assert 'name="next" value="/moderation/review/"' in page
    assert f'href="/moderation/review/?skip={high.pk}"' in page

    skipped = mod_client.get(f"/moderation/review/?skip={high.pk}")
    assert skipped["Location"] == f"/moderation/comments/{middle.pk}/?skip={high.pk}"
    skipped_page = mod_client.get(skipped["Location"]).content.decode()
    assert f'name="next" value="/moderation/review/?skip={high.pk}"' in skipped_page

    decided = mod_client.post(
        f"/moderation/comments/{middle.pk}/decide/",
        {"decision": "approve", "next": f"/moderation/review/?skip={high.pk}"},
    )
    assert decided["Location"] == f"/moderation/review/?skip={high.pk}"
    assert mod_client.get(decided["Location"])["Location"] == f"/moderation/comments/{low.pk}/?skip={high.pk}"
    assert Comment.objects.get(pk=middle.pk).status == CommentStatus.APPROVED


def test_review_with_nothing_left_goes_back_to_the_queue(mod_client: Client) -> None:
    response = mod_client.get("/moderation/review/", follow=True)
    assert response.redirect_chain[-1][0] == "/moderation/"
    assert "Nothing left to review" in response.content.decode()


def test_decided_comment_page_shows_history_without_decision_buttons(
    mod_client: Client, pending: Any
) -> None:
    comment = pending()
    mod_client.post(f"/moderation/comments/{comment.pk}/decide/", {"decision": "threat"})
    html = mod_client.get(f"/moderation/comments/{comment.pk}/").content.decode()
    assert "Decisions on this comment" in html and "nura" in html
    assert 'class="decide"' not in html
    assert mod_client.get("/moderation/comments/999999/").status_code == 404


def test_queue_decision_without_script_scrolls_to_the_following_comment(
    mod_client: Client, pending: Any
) -> None:
    first, second = pending(risk=0.9), pending(risk=0.1)
    html = mod_client.get("/moderation/").content.decode()
    assert f'name="after" value="{second.pk}"' in html
    response = mod_client.post(
        f"/moderation/comments/{first.pk}/decide/",
        {"decision": "approve", "next": "/moderation/", "after": second.pk},
    )
    assert response["Location"] == f"/moderation/#comment-{second.pk}"
