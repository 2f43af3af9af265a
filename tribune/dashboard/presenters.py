"""Turn a pending comment's stored findings into what the queue page shows.

    item = queue_item(comment)
    item.segments   # body split into plain and highlighted pieces (escaped by the template)
    item.scores     # the guideline scores that matter, highest first, as bars

The pipeline's ``flags`` are JSON written by several steps; everything here
tolerates missing keys and offsets that do not fit the body, because a bad
span must never hide the comment or break the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tribune.comments.models import Comment
from tribune.dashboard.explanations import explain, triggering_evidence
from tribune.moderation.enums import AbuseTarget, Guideline, HoldReason

LABELS: dict[str, str] = {**dict(Guideline.choices), **dict(AbuseTarget.choices)}
REASONS: dict[str, str] = dict(HoldReason.choices)
# Scores below this say nothing a moderator needs; "reject" repeats the maximum.
SCORE_FLOOR = 0.05
MAX_SCORES = 5


@dataclass(frozen=True)
class Segment:
    """A run of the comment body; ``label`` is set when evidence covers it."""

    text: str
    label: str = ""
    source: str = ""

    @property
    def label_display(self) -> str:
        return LABELS.get(self.label, self.label)


@dataclass(frozen=True)
class ScoreBar:
    code: str
    label: str
    value: float

    @property
    def percent(self) -> int:
        return round(self.value * 100)


@dataclass(frozen=True)
class QueueItem:
    """One pending comment as the queue renders it.

    guideline_codes (list[str]): the guidelines behind the hold, riskiest first (``guidelines`` are their names).
    reasons (list[str]): why it was held, as translated sentences true of this comment.
    moderator_notes (list[ModeratorNote]): what moderators wrote about the comment, oldest first.
    standing (AuthorStanding | None): moderators' actions in force on the author.
    following_id (int | None): the next comment on the page, where focus goes after a decision.
    """

    comment: Comment
    segments: list[Segment]
    scores: list[ScoreBar]
    guidelines: list[str]
    reasons: list[str]
    guideline_codes: list[str] = field(default_factory=list)
    moderator_notes: list[Any] = field(default_factory=list)
    standing: Any = None
    following_id: int | None = None


def _spans(body: str, evidence: Iterable[Any]) -> list[tuple[int, int, str, str]]:
    """Evidence spans that fit ``body``, sorted, with overlaps dropped (the earlier span wins)."""
    spans = []
    for item in evidence:
        if not isinstance(item, Mapping):
            continue
        start, end = item.get("start"), item.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(body):
            continue
        text = item.get("text")
        if isinstance(text, str) and text and body[start:end] != text:
            continue  # offsets into some other version of the text: do not guess
        spans.append((start, end, str(item.get("label", "")), str(item.get("source", ""))))
    spans.sort()
    kept: list[tuple[int, int, str, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def highlight_segments(body: str, evidence: Iterable[Any]) -> list[Segment]:
    """Split ``body`` into segments, marking the evidence spans; joined they give ``body`` back."""
    segments: list[Segment] = []
    cursor = 0
    for start, end, label, source in _spans(body, evidence):
        if start > cursor:
            segments.append(Segment(body[cursor:start]))
        segments.append(Segment(body[start:end], label=label, source=source))
        cursor = end
    if cursor < len(body) or not segments:
        segments.append(Segment(body[cursor:]))
    return segments


def top_scores(scores: Mapping[str, Any], *, limit: int = MAX_SCORES) -> list[ScoreBar]:
    """The highest guideline and target scores worth showing."""
    bars = [
        ScoreBar(code=code, label=LABELS[code], value=float(value))
        for code, value in scores.items()
        if code in LABELS and isinstance(value, (int, float)) and value >= SCORE_FLOOR
    ]
    bars.sort(key=lambda bar: -bar.value)
    return bars[:limit]


def queue_item(comment: Comment, *, standing: Any = None, following_id: int | None = None) -> QueueItem:
    """``comment`` as the queue shows it; its ``moderator_notes`` should be prefetched."""
    flags = comment.flags if isinstance(comment.flags, dict) else {}
    return QueueItem(
        comment=comment,
        segments=highlight_segments(comment.body, triggering_evidence(flags)),
        scores=top_scores(flags.get("scores") or {}),
        guidelines=[LABELS.get(str(code), str(code)) for code in flags.get("guidelines") or []],
        reasons=explain(flags),
        guideline_codes=[str(code) for code in flags.get("guidelines") or []],
        moderator_notes=list(comment.moderator_notes.all()),
        standing=standing,
        following_id=following_id,
    )
