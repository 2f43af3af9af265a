"""The system's decision on a new comment.

    decision = comment_moderate(comment_id=42)

Idempotent: a comment the pipeline already ran on, or that a moderator already
decided, is left alone, so a retried or duplicated task does no harm. The
status change and its audit row are written in one transaction: a crash
leaves the comment pending and unmoderated, never half-decided, and
``comment_moderate_unfinished`` picks it up again after a restart.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction
from django.utils import timezone

from tribune.comments.enums import CommentStatus
from tribune.comments.models import Comment
from tribune.ml import GUIDELINES, Scorer, get_scorer
from tribune.moderation.conf import ModerationSettings, get_settings
from tribune.moderation.enums import DecidedBy, Outcome
from tribune.moderation.models import ModerationDecision
from tribune.moderation.outcomes import outcome_for
from tribune.moderation.pipeline.registry import build_steps
from tribune.moderation.pipeline.runner import SYSTEM_ERROR, PipelineResult, run
from tribune.moderation.pipeline.types import Action, Context, Standing, Step, Verdict
from tribune.moderation.services.audit import decision_record
from tribune.moderation.services.context import comment_input, pipeline_context

logger = logging.getLogger("tribune.moderation")
SETUP_FAILED = Verdict(Action.HOLD, reasons=(SYSTEM_ERROR,), note="moderation could not start")


def _outcome(result: PipelineResult, conf: ModerationSettings) -> tuple[Outcome, list[str]]:
    outcome, extra = outcome_for(result.action, auto_approve=conf.auto_approve)
    return outcome, [*result.reasons, *extra]


def _risk(result: PipelineResult) -> float:
    if SYSTEM_ERROR in result.reasons:
        return 1.0  # unknown risk: show it to a human first
    return max((result.scores.get(str(g), 0.0) for g in GUIDELINES), default=0.0)


def _overridden(result: PipelineResult, context: Context) -> bool:
    """Whether the classifier decided under thresholds people set on the tuning screen."""
    return "classifier" in result.step_actions and bool(context.threshold_overrides.thresholds)


def _pipeline_version(result: PipelineResult, context: Context, conf: ModerationSettings) -> str:
    """``pipeline.v1``, or ``pipeline.v1+thresholds.17`` under override set 17 (``ThresholdChange`` id)."""
    if _overridden(result, context):
        return f"{conf.pipeline_version}+thresholds.{context.threshold_overrides.version}"
    return conf.pipeline_version


def _flags(result: PipelineResult, reasons: list[str], context: Context) -> dict[str, Any]:
    overrides = context.threshold_overrides
    thresholds = (
        {
            "version": overrides.version,
            "overrides": {
                k: {"reject": t.reject, "review": t.review} for k, t in overrides.thresholds.items()
            },
        }
        if _overridden(result, context)
        else None
    )
    return {
        "guidelines": result.guidelines,
        "reasons": reasons,
        "scores": result.scores,
        "evidence": list(result.evidence),
        "notes": result.notes,
        "steps": result.step_actions,
        "timings_ms": result.timings_ms,
        "article_language": context.article_language,
        **({"thresholds": thresholds} if thresholds else {}),
    }


def setup(conf: ModerationSettings, scorer: Scorer | None) -> tuple[Scorer | None, list[Step]]:
    """The scorer and steps of a run; ``(None, [])`` when they cannot be had (the run then fails closed)."""
    try:
        return scorer or get_scorer(), build_steps(conf.steps)
    except Exception:  # a missing model or a bad step list: fail closed, to a human
        logger.exception("moderation could not start")
        return None, []


def evaluate(
    comment: Comment,
    conf: ModerationSettings,
    scorer: Scorer | None,
    steps: list[Step],
    standing: Standing | None = None,
) -> tuple[PipelineResult, Context]:
    """Run the pipeline on ``comment`` (reads only; writes nothing); ``standing`` if already read."""
    context = pipeline_context(comment=comment, conf=conf, scorer=scorer, standing=standing)  # type: ignore[arg-type]
    result = run(steps, comment_input(comment), context, timeout=conf.step_timeout)
    if not steps:
        result.merge("setup", SETUP_FAILED)
    return result, context


def record(
    locked: Comment,
    result: PipelineResult,
    context: Context,
    conf: ModerationSettings,
    scorer: Scorer | None,
) -> ModerationDecision | None:
    """Store the run's decision on ``locked`` and its audit row; None if it was decided meanwhile.

    Call inside a transaction (see ``decide``).
    """
    decision = decide(locked, result, context, conf, scorer)
    if decision is not None:
        decision.save()
    return decision


def decide(
    locked: Comment,
    result: PipelineResult,
    context: Context,
    conf: ModerationSettings,
    scorer: Scorer | None,
) -> ModerationDecision | None:
    """Write the run's decision on ``locked``; its audit row, not yet saved, or None if decided meanwhile.

    Call inside a transaction and save the row in it. The UPDATE is conditional
    on the comment still being pending and unmoderated, so two writers can never
    both decide it.
    """
    outcome, reasons = _outcome(result, conf)
    judgement = context._judgement
    fields = {
        "flags": _flags(result, reasons, context),
        "risk": _risk(result),
        "guideline_tags": "," + ",".join(result.guidelines) + "," if result.guidelines else "",
        "language": judgement.language if judgement else locked.language,
        "moderated_at": timezone.now(),
    }
    # The one audit writer: the status (unless held) and the flags move in one conditional UPDATE.
    return decision_record(
        comment=locked,
        outcome=outcome,
        decided_by=DecidedBy.SYSTEM,
        unmoderated=True,
        fields=fields,
        guidelines=result.guidelines,
        reasons=reasons,
        note="; ".join(result.notes),
        scores=result.scores,
        evidence=list(result.evidence),
        pipeline_version=_pipeline_version(result, context, conf),
        model_version=judgement.model_version if judgement else getattr(scorer, "version", ""),
        save=False,
    )


def comment_moderate(*, comment_id: int, scorer: Scorer | None = None) -> ModerationDecision | None:
    """Run the pipeline on a pending comment and record the system's decision.

    comment_id (int): the stored comment.
    scorer (Scorer | None): defaults to the process-wide ``tribune.ml`` scorer.
    Returns the decision row, or None when there was nothing to do.
    """
    comment = Comment.objects.select_related("article").filter(pk=comment_id).first()
    if comment is None or comment.status != CommentStatus.PENDING or comment.moderated_at is not None:
        return None
    conf = get_settings()
    scorer, steps = setup(conf, scorer)
    result, context = evaluate(comment, conf, scorer, steps)
    with transaction.atomic():
        locked = Comment.objects.select_for_update().get(pk=comment_id)
        if locked.status != CommentStatus.PENDING or locked.moderated_at is not None:
            return None
        return record(locked, result, context, conf, scorer)


def comment_moderate_unfinished(*, scorer: Scorer | None = None, limit: int = 1000) -> int:
    """Moderate pending comments the pipeline never finished (after a crash or restart)."""
    ids = list(
        Comment.objects.filter(status=CommentStatus.PENDING, moderated_at__isnull=True)
        .order_by("submitted_at")
        .values_list("pk", flat=True)[:limit]
    )
    done = 0
    for comment_id in ids:
        if comment_moderate(comment_id=comment_id, scorer=scorer) is not None:
            done += 1
    return done
