"""Bulk decisions from the queue: selected or all on the page, skipped ones reported, JSON for the script."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from tests.factories import moderator_create
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services import comment_reject

pytestmark = pytest.mark.django_db


def test_queue_page_offers_checkboxes_select_all_and_bulk_buttons(mod_client: Client, pending: Any) -> None:
    first, second = pending(), pending()
    html = mod_client.get("/moderation/").content.decode()
    assert 'id="bulk-form"' in html and 'id="select-all"' in html
    for comment in (first, second):
        assert f'name="ids" value="{comment.pk}" form="bulk-form"' in html
        assert f'name="page_ids" value="{comment.pk}"' in html
    assert 'value="approve" class="approve">Approve selected' in html


def test_bulk_reject_selected_with_a_guideline(mod_client: Client, pending: Any, desk_moderator: Any) -> None:
    chosen, also, left = pending(), pending(), pending()
    response = mod_client.post(
        "/moderation/bulk/",
        {"action": "reject", "guideline": "promotion", "ids": [chosen.pk, also.pk], "next": "/moderation/"},
    )
    assert response.status_code == 302 and response["Location"] == "/moderation/"
    for comment in (chosen, also):
        decision = ModerationDecision.objects.get(comment=comment)
        assert decision.moderator == desk_moderator and decision.guidelines == ["promotion"]
    assert Comment.objects.get(pk=left.pk).status == CommentStatus.PENDING
    assert "Rejected 2 comments." in mod_client.get("/moderation/").content.decode()


def test_select_all_on_page_and_skipped_items_are_reported(mod_client: Client, pending: Any) -> None:
    first, taken = pending(), pending()
    other = moderator_create(username="other", password="other-pass-1")
    comment_reject(comment_id=taken.pk, moderator=other, guidelines=["threat"])
    response = mod_client.post(
        "/moderation/bulk/",
        {"action": "approve", "select_all": "1", "page_ids": [first.pk, taken.pk]},
        follow=True,
    )
    text = response.content.decode()
    assert "Approved 1 comment." in text and "Skipped 1:" in text and "other" in text
    assert Comment.objects.get(pk=first.pk).status == CommentStatus.APPROVED
    assert Comment.objects.get(pk=taken.pk).status == CommentStatus.REJECTED
    assert ModerationDecision.objects.filter(comment=taken).count() == 1


def test_bulk_json_and_refusals(mod_client: Client, pending: Any) -> None:
    comment = pending()
    json_headers = {"HTTP_ACCEPT": "application/json"}
    no_guideline = mod_client.post(
        "/moderation/bulk/", {"action": "reject", "ids": [comment.pk]}, **json_headers
    )
    assert no_guideline.status_code == 400 and "guideline" in no_guideline.json()["message"]
    nothing = mod_client.post("/moderation/bulk/", {"action": "approve"}, **json_headers)
    assert nothing.status_code == 400 and nothing.json()["code"] == "nothing_selected"
    garbage = mod_client.post("/moderation/bulk/", {"action": "approve", "ids": ["1; drop"]}, **json_headers)
    assert garbage.status_code == 400
    done = mod_client.post("/moderation/bulk/", {"action": "approve", "ids": [comment.pk]}, **json_headers)
    assert done.json() == {
        "ok": True,
        "decided": [comment.pk],
        "skipped": [],
        "message": "Approved 1 comment.",
    }
    assert not re.search("Skipped", done.json()["message"])


def test_bulk_needs_a_moderator(reader_client: Client, pending: Any) -> None:
    comment = pending()
    assert (
        reader_client.post("/moderation/bulk/", {"action": "approve", "ids": [comment.pk]}).status_code == 403
    )
    assert Comment.objects.get(pk=comment.pk).status == CommentStatus.PENDING
