"""Shapes of the commenter-status and appeal endpoints (no scores, evidence or moderator names)."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema

from tribune.appeals.services import DECISION_NOTE_MAX_LENGTH, EXPLANATION_MAX_LENGTH


class RuleOut(Schema):
    """A broken guideline in the article's language: stable ``code``, ``name`` and ``explanation``."""

    code: str
    name: str
    explanation: str


class AppealOut(Schema):
    status: str
    explanation: str
    created_at: datetime
    decided_at: datetime | None


class CommentFeedbackOut(Schema):
    """Where the poster's comment stands.

    status (str): pending, approved or rejected.
    guidelines (list[RuleOut]): the guidelines a rejected comment breaks.
    reasons (list[str]): rule-based reasons for a rejection, as sentences.
    can_appeal (bool): true while a rejected comment may still be appealed (once).
    warnings (list[str]): moderators' warnings to this commenter, in their words.
    """

    id: int
    status: str
    language: str
    guidelines: list[RuleOut]
    reasons: list[str]
    can_appeal: bool
    appeal: AppealOut | None
    warnings: list[str]


class AppealIn(Schema):
    explanation: str = Field(..., max_length=EXPLANATION_MAX_LENGTH)


class AppealDecisionIn(Schema):
    note: str = Field("", max_length=DECISION_NOTE_MAX_LENGTH)


class ModeratorAppealOut(Schema):
    """An appeal as moderators see it."""

    id: int
    comment_id: int
    comment_body: str
    article_slug: str
    explanation: str
    status: str
    rejected_by: str | None
    decided_by: str | None
    created_at: datetime
    decided_at: datetime | None
    decision_note: str


class ModeratorAppealPageOut(Schema):
    count: int
    page: int
    page_size: int
    items: list[ModeratorAppealOut]
