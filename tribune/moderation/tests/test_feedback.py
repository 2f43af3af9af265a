from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from tribune.comments.services import comment_submit
from tribune.moderation.feedback import feedback_rows
from tribune.moderation.services import comment_approve, comment_reject

pytestmark = pytest.mark.django_db


def test_only_human_decisions_become_training_rows(article, moderator, tmp_path) -> None:
    kept = comment_submit(article=article, author_name="A", body="Useful context on the launcher")
    dropped = comment_submit(article=article, author_name="B", body="You clown")
    comment_approve(comment_id=kept.pk, moderator=moderator)
    comment_reject(comment_id=dropped.pk, moderator=moderator, guidelines=["personal_attack"])
    rows = list(feedback_rows())
    assert [(r["text"], r["decision"], r["guidelines"]) for r in rows] == [
        ("Useful context on the launcher", "approve", []),
        ("You clown", "reject", ["personal_attack"]),
    ]
    assert "air base" in rows[0]["article"] and rows[0]["lang"] == "en"
    assert next(iter(feedback_rows(since_id=rows[0]["decision_id"])))["text"] == "You clown"

    out = tmp_path / "feedback.jsonl"
    call_command("export_decisions", str(out))
    assert [json.loads(line)["comment_id"] for line in out.read_text().splitlines()] == [kept.pk, dropped.pk]


def test_human_decisions_record_the_model_version_they_saw(article, moderator) -> None:
    from tests.factories import FakeScorer
    from tribune.moderation.services import comment_moderate

    held = comment_submit(article=article, author_name="C", body="Maybe rude, maybe not")
    comment_moderate(comment_id=held.pk, scorer=FakeScorer(rules={"rude": {"personal_attack": 0.6}}, version="m.v7"))
    unscored = comment_submit(article=article, author_name="D", body="Nobody scored this one")
    human = comment_reject(comment_id=held.pk, moderator=moderator, guidelines=["personal_attack"])
    assert human.model_version == "m.v7"  # the version whose scores the moderator was shown
    assert comment_approve(comment_id=unscored.pk, moderator=moderator).model_version == ""
    assert [r["model_version"] for r in feedback_rows()] == ["m.v7", ""]
