"""Template filters turning stored guideline, target and reason codes into translated labels.

    {% load moderation_labels %}
    {{ decision.guidelines|code_labels|join:", " }}   {# "Personal attack, Threat" in the page's language #}
"""

from __future__ import annotations

from collections.abc import Iterable

from django import template

from tribune.dashboard.presenters import LABELS, REASONS

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
