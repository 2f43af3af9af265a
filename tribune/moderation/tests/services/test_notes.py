"""Moderators' notes: appended with author and time, refused when empty or unknown."""

from __future__ import annotations

import pytest

from tests.factories import comment_row
from tribune.core.errors import ApplicationError
from tribune.moderation.models import ModeratorNote
from tribune.moderation.services.notes import note_add

pytestmark = pytest.mark.django_db


def test_notes_append_in_order_with_author_and_time(article, moderator) -> None:
    comment = comment_row(article=article)
    first = note_add(comment_id=comment.pk, moderator=moderator, body="  Looks like a campaign. ")
    second = note_add(comment_id=comment.pk, moderator=moderator, body="Same text as yesterday.")
    assert first.body == "Looks like a campaign." and first.author == moderator and first.created_at
    assert list(comment.moderator_notes.all()) == [first, second]
    first.body = "edited"
    with pytest.raises(ValueError):
        first.save()


def test_empty_long_or_orphan_notes_are_refused(article, moderator, django_user_model) -> None:
    comment = comment_row(article=article)
    for body, code in (("  ", "note_required"), ("x" * 2001, "note_too_long")):
        with pytest.raises(ApplicationError) as refused:
            note_add(comment_id=comment.pk, moderator=moderator, body=body)
        assert refused.value.code == code
    with pytest.raises(ApplicationError) as missing:
        note_add(comment_id=comment.pk + 999, moderator=moderator, body="hi")
    assert missing.value.status == 404
    reader = django_user_model.objects.create_user(username="reader", password="pw-reader-1")
    with pytest.raises(ApplicationError) as forbidden:
        note_add(comment_id=comment.pk, moderator=reader, body="hi")
    assert forbidden.value.status == 403
    assert not ModeratorNote.objects.exists()
