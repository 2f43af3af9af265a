"""Author actions and moderator notes through the dashboard pages."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tribune.moderation.models import AuthorAction, ModeratorNote

pytestmark = pytest.mark.django_db


def test_author_page_bans_and_lifts_with_a_trail(
    mod_client: Client, pending: Any, desk_moderator: Any
) -> None:
    comment = pending(author_key="k-troll", author_name="Troll")
    page = f"/moderation/authors/{comment.author_key}/"
    actions = f"{page}actions/"
    refused = mod_client.post(actions, {"kind": "ban", "reason": ""}, follow=True)
    assert not AuthorAction.objects.exists() and refused.status_code == 200
    mod_client.post(actions, {"kind": "ban", "reason": "Threats in three threads"})
    html = mod_client.get(page).content.decode()
    assert "Banned" in html and "Threats in three threads" in html and "nura" in html
    assert 'value="lift_ban"' in html and 'value="ban"' not in html
    queue = mod_client.get("/moderation/").content.decode()
    assert 'class="badge badge-ban"' in queue
    twice = mod_client.post(actions, {"kind": "ban", "reason": "again"}, follow=True)
    assert "already banned" in twice.content.decode()
    mod_client.post(actions, {"kind": "lift_ban", "reason": "Apologised"})
    assert list(AuthorAction.objects.order_by("id").values_list("kind", "moderator")) == [
        ("ban", desk_moderator.pk),
        ("lift_ban", desk_moderator.pk),
    ]


def test_notes_are_added_and_shown_in_queue_and_author_page(mod_client: Client, pending: Any) -> None:
    comment = pending(author_key="k-ava")
    response = mod_client.post(
        f"/moderation/comments/{comment.pk}/notes/", {"body": "Check the link domain", "next": "/moderation/"}
    )
    assert response.status_code == 302 and response["Location"] == f"/moderation/#comment-{comment.pk}"
    note = ModeratorNote.objects.get()
    assert note.body == "Check the link domain" and note.author.username == "nura"
    for url in ("/moderation/", f"/moderation/authors/{comment.author_key}/"):
        html = mod_client.get(url).content.decode()
        assert "Check the link domain" in html and "Moderator notes" in html
    empty = mod_client.post(f"/moderation/comments/{comment.pk}/notes/", {"body": ""})
    assert empty.status_code == 302 and ModeratorNote.objects.count() == 1


def test_reader_cannot_act_on_authors_or_notes(reader_client: Client, pending: Any) -> None:
    comment = pending(author_key="k-x")
    assert reader_client.post(f"/moderation/authors/{comment.author_key}/actions/", {}).status_code == 403
    assert reader_client.post(f"/moderation/comments/{comment.pk}/notes/", {"body": "x"}).status_code == 403
