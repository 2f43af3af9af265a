"""Author actions and moderator notes are readable in the admin, never added or edited there."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories import comment_row
from tribune.moderation.services.authors import author_act
from tribune.moderation.services.notes import note_add

pytestmark = pytest.mark.django_db


def test_trails_are_read_only_in_the_admin(article, moderator, django_user_model) -> None:
    comment = comment_row(article=article)
    action = author_act(author_key=comment.author_key, kind="warn", reason="Tone", moderator=moderator)
    note = note_add(comment_id=comment.pk, moderator=moderator, body="Watch this one")
    admin = django_user_model.objects.create_superuser(username="root", password="root-pass-1")
    client = Client()
    client.force_login(admin)
    for model, row in (("authoraction", action), ("moderatornote", note)):
        base = f"/admin/moderation/{model}/"
        assert client.get(base).status_code == 200
        assert client.get(f"{base}add/").status_code == 403
        assert client.get(f"{base}{row.pk}/change/").status_code == 200
        assert client.post(f"{base}{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert "Watch this one" in client.get("/admin/moderation/moderatornote/").content.decode()
