"""What the commenter is told: plain guideline words in the article's language, never internals."""

from __future__ import annotations

import pytest

from tribune.appeals.presenters import comment_status_view, rules_for
from tribune.comments.enums import CommentStatus
from tribune.moderation.models import ModerationDecision
from tribune.moderation.services.authors import author_act

pytestmark = pytest.mark.django_db


def test_rules_come_from_the_guidelines_text_in_the_articles_language() -> None:
    english = rules_for(["threat", "nonsense"], "en")
    assert [(r.code, r.name) for r in english] == [("threat", "Threat")]
    assert english[0].explanation == "Threats of violence or harm against anyone."
    turkish = rules_for(["threat"], "tr")[0]
    assert turkish.code == "threat" and turkish.explanation != english[0].explanation


def test_rejection_view_names_guidelines_and_rule_reasons(linked) -> None:
    comment, _ = linked()
    comment.status = CommentStatus.REJECTED
    comment.save()
    ModerationDecision.objects.create(
        comment=comment,
        outcome="rejected",
        decided_by="system",
        guidelines=["personal_attack"],
        reasons=["duplicate"],
        scores={"personal_attack": 0.97},
        evidence=[{"text": "idiot", "label": "personal_attack"}],
    )
    view = comment_status_view(comment)
    assert view.status == "rejected" and view.can_appeal
    assert [r.code for r in view.broken] == ["personal_attack"]
    assert view.reasons == ["It repeated a comment that was already posted."]


def test_pending_view_and_warnings(linked, moderator) -> None:
    comment, _ = linked()
    author_act(author_key=comment.author_key, kind="warn", reason="Mind your tone", moderator=moderator)
    view = comment_status_view(comment)
    assert view.status == "pending" and not view.can_appeal and not view.broken
    assert view.warnings == ["Mind your tone"]
