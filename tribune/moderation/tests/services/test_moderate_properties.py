"""Property tests: any text through submit and the pipeline ends decided or held, never lost or crashed.

A text is either refused at the door with a clear code (nothing stored) or
stored exactly as cleaned, then gets exactly one system decision whose outcome
matches its status. With a scorer that fails, nothing is ever approved.
Real packaged model; bounded for CI.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import FakeScorer
from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.comments.services import comment_submit
from tribune.comments.validation import clean_text
from tribune.core.errors import ApplicationError
from tribune.ml.tests.strategies import comment_texts
from tribune.moderation.services import moderate

pytestmark = pytest.mark.django_db

STATUS_OF = {
    "approved": CommentStatus.APPROVED,
    "rejected": CommentStatus.REJECTED,
    "held": CommentStatus.PENDING,
}
DOOR_CODES = {"comment_empty", "comment_too_long", "name_empty", "name_too_long"}
BOUNDED = settings(
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
names = st.one_of(st.just("Ava"), st.text(max_size=90))


def _submit_and_check(article: Any, capture: Any, body: str, name: str) -> Comment | None:
    before = Comment.objects.count()
    try:
        with capture(execute=True):
            comment = comment_submit(article=article, author_name=name, body=body, ip_address="192.0.2.8")
    except ApplicationError as refused:
        assert refused.code in DOOR_CODES and refused.message
        assert Comment.objects.count() == before  # refused whole, nothing stored
        return None
    comment.refresh_from_db()
    assert comment.body == clean_text(body)  # stored whole, as cleaned
    decisions = list(comment.decisions.all())
    assert len(decisions) == 1 and decisions[0].decided_by == "system"
    assert comment.status == STATUS_OF[decisions[0].outcome]
    assert comment.moderated_at is not None
    return comment


@settings(BOUNDED, max_examples=40)
@given(body=comment_texts, name=names)
def test_any_text_is_refused_at_the_door_or_stored_and_decided(
    article: Any, django_capture_on_commit_callbacks: Any, body: str, name: str
) -> None:
    _submit_and_check(article, django_capture_on_commit_callbacks, body, name)


@settings(BOUNDED, max_examples=25)
@given(body=comment_texts)
def test_with_a_failing_model_nothing_is_ever_approved(
    article: Any, django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch, body: str
) -> None:
    monkeypatch.setattr(moderate, "get_scorer", lambda: FakeScorer(fail=True))

    comment = _submit_and_check(article, django_capture_on_commit_callbacks, body, "Ava")

    assert comment is None or comment.status != CommentStatus.APPROVED
