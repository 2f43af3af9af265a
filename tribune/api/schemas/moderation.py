"""Shapes of the moderators' queue, approve/reject and decision-history endpoints."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ninja import Field, Schema

NOTE_MAX_LENGTH = 2000


class ArticleRefOut(Schema):
    slug: str
    title: str


class EvidenceOut(Schema):
    """A span of the comment body (character offsets) that drove a guideline's score."""

    label: str = ""
    start: int = 0
    end: int = 0
    text: str = ""
    source: str = ""


class QueueItemOut(Schema):
    """A pending comment with what the pipeline found."""

    id: int
    article: ArticleRefOut
    author_name: str
    author_key: str
    body: str
    language: str
    submitted_at: datetime
    risk: float
    scores: dict[str, float]
    guidelines: list[str]
    reasons: list[str]
    notes: list[str]
    evidence: list[EvidenceOut]

    @staticmethod
    def resolve_scores(obj: Any) -> dict[str, float]:
        raw = (obj.flags or {}).get("scores") or {}
        return {str(k): float(v) for k, v in raw.items() if isinstance(v, (int, float))}

    @staticmethod
    def resolve_guidelines(obj: Any) -> list[str]:
        return [str(g) for g in (obj.flags or {}).get("guidelines") or []]

    @staticmethod
    def resolve_reasons(obj: Any) -> list[str]:
        return [str(r) for r in (obj.flags or {}).get("reasons") or []]

    @staticmethod
    def resolve_notes(obj: Any) -> list[str]:
        return [str(n) for n in (obj.flags or {}).get("notes") or []]

    @staticmethod
    def resolve_evidence(obj: Any) -> list[dict[str, Any]]:
        return [e for e in (obj.flags or {}).get("evidence") or [] if isinstance(e, dict)]


class QueuePageOut(Schema):
    count: int
    page: int
    page_size: int
    items: list[QueueItemOut]


class LanguageCountOut(Schema):
    """Pending comments in one site language; ``mine`` when the caller reads it."""

    code: str
    name: str
    count: int
    mine: bool


class ApproveIn(Schema):
    note: str = Field("", max_length=NOTE_MAX_LENGTH)


class RejectIn(Schema):
    """guidelines (list[str]): at least one guideline code; abuse may name its target."""

    guidelines: list[str]
    abuse_target: str = ""
    note: str = Field("", max_length=NOTE_MAX_LENGTH)


class DecisionOut(Schema):
    """One audit row: who decided what about which comment, and with which model."""

    id: int
    comment_id: int
    outcome: str
    decided_by: str
    moderator: str | None
    guidelines: list[str]
    abuse_target: str
    reasons: list[str]
    note: str
    scores: dict[str, float]
    pipeline_version: str
    model_version: str
    created_at: datetime

    @staticmethod
    def resolve_moderator(obj: Any) -> str | None:
        return obj.moderator.get_username() if obj.moderator_id else None


class DecisionPageOut(Schema):
    count: int
    page: int
    page_size: int
    items: list[DecisionOut]
