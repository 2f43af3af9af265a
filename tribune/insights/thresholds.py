"""Threshold overrides: the cached set the pipeline applies, and the one service that changes it.

    current = threshold_overrides_current()          # ThresholdOverrides, cached
    threshold_override_save(guideline="threat", reject=0.9, review=0.6, user=editor,
                            model=Threshold(0.995, 0.896))

Every process keeps the set for ``TRIBUNE_THRESHOLD_CACHE_SECONDS`` (default
10) and reads it again after that, so a change saved by one web process
reaches every worker within that time; the saving process forgets its copy at
once. Each save appends a ``ThresholdChange`` whose id becomes the set's
``version``, recorded on every decision made under it.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tribune.core.errors import ApplicationError
from tribune.insights.models import ThresholdChange, ThresholdOverride
from tribune.ml import get_scorer
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.moderation.decision import policy_in_force as decision_policy_in_force
from tribune.moderation.enums import Guideline
from tribune.moderation.pipeline.types import ThresholdOverrides

DEFAULT_CACHE_SECONDS = 10.0
UNKNOWN_GUIDELINE = _("Unknown guideline {code!r}.")
BAD_THRESHOLDS = _("Need 0 ≤ review ≤ reject ≤ 1; got review {review} and reject {reject}.")
NOTHING_TO_RESET = _("{code} already uses the model's thresholds.")

_lock = threading.Lock()
_cached: tuple[float, ThresholdOverrides] | None = None


def _ttl() -> float:
    return float(getattr(settings, "TRIBUNE_THRESHOLD_CACHE_SECONDS", DEFAULT_CACHE_SECONDS))


def threshold_overrides_load() -> ThresholdOverrides:
    """Read the override set from the database (no cache)."""
    with transaction.atomic():  # one snapshot: the rows and the version agree
        rows = list(ThresholdOverride.objects.values_list("guideline", "reject", "review"))
        version = ThresholdChange.objects.aggregate(v=Max("id"))["v"] or 0
    return ThresholdOverrides(
        thresholds={code: Threshold(reject=reject, review=review) for code, reject, review in rows},
        version=version,
    )


def threshold_overrides_current() -> ThresholdOverrides:
    """The override set, read at most once per ``TRIBUNE_THRESHOLD_CACHE_SECONDS`` per process."""
    global _cached
    now = time.monotonic()
    with _lock:
        if _cached is not None and now - _cached[0] < _ttl():
            return _cached[1]
    loaded = threshold_overrides_load()
    with _lock:
        _cached = (now, loaded)
    return loaded


def threshold_overrides_source() -> ThresholdOverrides:
    """What ``tribune.moderation.overrides`` reads (looked up by name, so tests can replace it)."""
    return threshold_overrides_current()


def threshold_overrides_forget() -> None:
    """Drop this process's cached set, so the next read goes to the database."""
    global _cached
    with _lock:
        _cached = None


def model_policy() -> DecisionPolicy:
    """The scorer's own cut-offs (the bundle manifest's), before any override."""
    return get_scorer().policy


def policy_in_force(*, fresh: bool = False) -> DecisionPolicy:
    """The model's cut-offs with the saved overrides applied: what the classifier decides by.

    fresh (bool): read the overrides from the database now (the tuning screen), not the cached set.
    """
    overrides = threshold_overrides_load() if fresh else threshold_overrides_current()
    return decision_policy_in_force(model_policy(), overrides)


def _check(code: str, reject: float, review: float) -> None:
    if code not in Guideline.values:
        raise ApplicationError("unknown_guideline", str(UNKNOWN_GUIDELINE).format(code=code))
    if not 0.0 <= review <= reject <= 1.0:
        raise ApplicationError("bad_thresholds", str(BAD_THRESHOLDS).format(review=review, reject=reject))


def _record(
    *, code: str, row: ThresholdOverride | None, new: Threshold | None, model: Threshold, user: Any, note: str
) -> ThresholdChange:
    change = ThresholdChange.objects.create(
        guideline=code,
        old_reject=row.reject if row else None,
        old_review=row.review if row else None,
        new_reject=new.reject if new else None,
        new_review=new.review if new else None,
        model_reject=model.reject,
        model_review=model.review,
        changed_by=user,
        note=note.strip(),
    )
    threshold_overrides_forget()
    transaction.on_commit(threshold_overrides_forget)
    return change


@transaction.atomic
def threshold_override_save(
    *, guideline: str, reject: float, review: float, user: Any, model: Threshold, note: str = ""
) -> ThresholdChange:
    """Put ``reject``/``review`` in force for ``guideline`` and audit who changed what.

    model (Threshold): the model's own cut-offs at the time, kept in the audit row.
    Raises ``ApplicationError`` for an unknown guideline or cut-offs out of order.
    """
    _check(guideline, reject, review)
    row = ThresholdOverride.objects.select_for_update().filter(guideline=guideline).first()
    new = Threshold(reject=reject, review=review)
    change = _record(code=guideline, row=row, new=new, model=model, user=user, note=note)
    ThresholdOverride.objects.update_or_create(
        guideline=guideline,
        defaults={"reject": reject, "review": review, "updated_by": user, "updated_at": timezone.now()},
    )
    return change


@transaction.atomic
def threshold_override_reset(
    *, guideline: str, user: Any, model: Threshold, note: str = ""
) -> ThresholdChange:
    """Go back to the model's own cut-offs for ``guideline`` (audited like a save)."""
    if guideline not in Guideline.values:
        raise ApplicationError("unknown_guideline", str(UNKNOWN_GUIDELINE).format(code=guideline))
    row = ThresholdOverride.objects.select_for_update().filter(guideline=guideline).first()
    if row is None:
        raise ApplicationError("nothing_to_reset", str(NOTHING_TO_RESET).format(code=guideline), status=409)
    change = _record(code=guideline, row=row, new=None, model=model, user=user, note=note)
    row.delete()
    return change
