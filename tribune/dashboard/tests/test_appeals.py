"""The appeals queue: shown to moderators, decided only by someone other than the rejecter."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.factories import moderator_create
from tribune.appeals.services import appeal_file
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.submit import status_link_issue
from tribune.moderation.services import comment_reject

pytestmark = pytest.mark.django_db


@pytest.fixture
def appealed(pending: Any, desk_moderator: Any) -> Any:
    comment = pending("Ministers are clowns.")
    token = status_link_issue(comment=comment)
    comment_reject(comment_id=comment.pk, moderator=desk_moderator, guidelines=["personal_attack"])
    return appeal_file(token=token, explanation="It is satire about a policy.")


def test_rejecter_sees_the_appeal_but_cannot_decide_it(mod_client: Client, appealed: Any) -> None:
    html = mod_client.get("/moderation/appeals/").content.decode()
    assert '<span class="badge" id="appeals-pending">1</span>' in html  # the count in the nav
    assert "It is satire about a policy." in html and "Ministers are clowns." in html
    assert "another moderator must decide" in html and "Grant: publish" not in html
    refused = mod_client.post(
        f"/moderation/appeals/{appealed.pk}/decide/", {"decision": "grant"}, follow=True
    )
    assert "another moderator must decide" in refused.content.decode()
    assert Comment.objects.get(pk=appealed.comment_id).status == CommentStatus.REJECTED


def test_other_moderator_grants_from_the_queue(appealed: Any) -> None:
    client = Client()
    client.force_login(moderator_create(username="second", password="second-pass-1"))
    assert "Grant: publish" in client.get("/moderation/appeals/").content.decode()
    done = client.post(
        f"/moderation/appeals/{appealed.pk}/decide/", {"decision": "grant", "note": "ok"}, follow=True
    )
    assert "Appeal granted" in done.content.decode()
    assert Comment.objects.get(pk=appealed.comment_id).status == CommentStatus.APPROVED
    assert "It is satire" not in client.get("/moderation/appeals/").content.decode()
    assert "It is satire" in client.get("/moderation/appeals/?status=granted").content.decode()


def test_other_moderator_upholds(appealed: Any) -> None:
    client = Client()
    client.force_login(moderator_create(username="second", password="second-pass-1"))
    client.post(f"/moderation/appeals/{appealed.pk}/decide/", {"decision": "uphold"})
    appealed.refresh_from_db()
    assert appealed.status == "upheld"
    assert Comment.objects.get(pk=appealed.comment_id).status == CommentStatus.REJECTED


def test_appeals_need_a_moderator(reader_client: Client, client: Client) -> None:
    assert reader_client.get("/moderation/appeals/").status_code == 403
    assert client.get("/moderation/appeals/").status_code == 302
