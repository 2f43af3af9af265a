"""Template filters turning stored guideline, target and reason codes into translated labels.

{% load moderation_labels %}
{{ decision.guidelines|code_labels|join:", " }}   {# "Personal attack, Threat" in the page's language #}
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template

from tribune.dashboard.explanations import explain_decision
from tribune.dashboard.presenters import LABELS, REASONS
from tribune.moderation.enums import Outcome

register = template.Library()


@register.filter
def code_label(code: str) -> str:
    """The label of one guideline, abuse target or hold reason code; unknown codes unchanged."""
    label = LABELS.get(code) or REASONS.get(code)
    return str(label) if label is not None else code


@register.filter
def code_labels(codes: Iterable[str] | None) -> list[str]:
    """``code_label`` for each code."""
    return [code_label(str(code)) for code in codes or []]


@register.filter
def decision_reasons(decision: Any) -> list[str]:
    """Why a decision was taken, as sentences: the system's from its stored fields; a moderator's reasons only.

    A moderator's guidelines are their own judgement (shown as names elsewhere), so no score sentence is
    made up for them.
    """
    rejected = decision.outcome == Outcome.REJECTED
    if decision.moderator_id is None:
        return explain_decision(
            guidelines=decision.guidelines or [],
            reasons=decision.reasons or [],
            scores=decision.scores or {},
            rejected=rejected,
        )
    return explain_decision(guidelines=[], reasons=decision.reasons or [], scores={}, rejected=rejected)


@register.filter
def short_version(version: str | None) -> str:
    """A version string's last part, for a narrow column: ``tfidf-logreg.v1+rules.9128dd8e`` -> ``9128dd8e``."""
    text = str(version or "")
    for separator in ("+", "."):
        text = text.rsplit(separator, 1)[-1]
    return text
