"""Why the system held or rejected a comment, as translated sentences a moderator can check against it.

    explain(flags)                 # ["Personal attack scored 0.99: high enough for a person to decide, …"]
    triggering_evidence(flags)     # only the evidence spans of the guidelines that caused the decision

``flags`` is what the pipeline stored on the comment (or a decision's fields):
``guidelines`` (the ones behind a hold or rejection), ``reasons`` (the steps' reason
codes), ``scores``. Each sentence is built from those values only, so it is true of
that comment; internal notes are never shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

from tribune.moderation.enums import AbuseTarget, Guideline

# Evidence of an abuse target counts as evidence of "abuse".
_TARGETS = frozenset(str(code) for code in AbuseTarget.values)
# Relevance is a property of the whole comment: no word "is" off-topic, so none is highlighted.
_NO_WORD_EVIDENCE = frozenset({str(Guideline.OFF_TOPIC)})


def _label(code: str) -> str:
    labels = {**dict(Guideline.choices), **dict(AbuseTarget.choices)}
    return str(labels.get(code, code))


def _reason_sentence(code: str) -> str | None:
    """The sentence for a reason code that is not about a score (None for ``uncertain``, explained per guideline)."""
    sentences = {
        "length": _("The comment was empty or longer than the site allows."),
        "article_closed": _("The article was closed for comments when it arrived."),
        "rate_limit": _("The author or their address posted faster than the site allows."),
        "duplicate": _("The same text was posted by several authors: it may be a campaign."),
        "pre_moderation": _("Automatic approval is switched off: a person approves every comment."),
        "system_error": _(
            "A moderation step failed or took too long; Tribune never approves on an error, so a person decides."
        ),
        "author_banned": _("The author is banned."),
        "author_review": _("A moderator asked to review every comment by this author."),
        "appeal_granted": _("A second moderator granted the author's appeal."),
        "not_sure_clean": _(
            "No guideline score is high by itself, but the comment is not clearly clean enough for "
            "Tribune to publish it alone in its language, so a person decides."
        ),
    }
    return sentences.get(code)


def _score(scores: Mapping[str, Any], code: str) -> float | None:
    value = scores.get(code)
    return float(value) if isinstance(value, (int, float)) else None


def _guideline_sentence(
    code: str, scores: Mapping[str, Any], *, rejected: bool, likeliest_only: bool = False
) -> str:
    label, score = _label(code), _score(scores, code)
    rules = _score(scores, "promotion_rules")
    if code == str(Guideline.PROMOTION) and rules is not None and (score is None or rules >= score):
        if rejected:
            return _("It contains links or contact details together with a sales pitch (promotion).")
        return _(
            "It contains a link or contact details (a web address, e-mail, phone number or messenger name)."
        )
    if score is None:
        return _("%(guideline)s: flagged by a moderation rule.") % {"guideline": label}
    # Rounded and written as the score bars beside it are ("0,99" where the page writes numbers so).
    values = {"guideline": label, "score": floatformat(score, 2)}
    if likeliest_only:
        return _("The likeliest concern is %(guideline)s (scored %(score)s), though it is low.") % values
    if rejected:
        return (
            _("%(guideline)s scored %(score)s, at or above the level at which Tribune rejects by itself.")
            % values
        )
    return (
        _(
            "%(guideline)s scored %(score)s: high enough for a person to decide, "
            "not high enough for Tribune to reject it alone."
        )
        % values
    )


def explain(flags: Mapping[str, Any] | None, *, rejected: bool = False) -> list[str]:
    """Sentences saying why the system held (or, with ``rejected``, rejected) the comment."""
    flags = flags if isinstance(flags, Mapping) else {}
    reasons = [str(code) for code in flags.get("reasons") or []]
    guidelines = [str(code) for code in flags.get("guidelines") or []]
    scores = flags.get("scores") if isinstance(flags.get("scores"), Mapping) else {}
    sentences = [s for s in (_reason_sentence(code) for code in reasons) if s]
    campaign = "duplicate" in reasons
    likeliest_only = "not_sure_clean" in reasons and not rejected
    for code in guidelines:
        if campaign and code == str(Guideline.PROMOTION):
            continue  # the campaign sentence already says it
        sentences.append(_guideline_sentence(code, scores, rejected=rejected, likeliest_only=likeliest_only))
    if not sentences and "uncertain" in reasons:
        sentences.append(_("A guideline score needs a person's judgement."))
    return list(dict.fromkeys(sentences))


def explain_decision(
    *, guidelines: Sequence[str], reasons: Sequence[str], scores: Mapping[str, Any] | None, rejected: bool
) -> list[str]:
    """``explain`` for a system decision's audit row (a moderator's guidelines are their own judgement)."""
    return explain({"guidelines": guidelines, "reasons": reasons, "scores": scores or {}}, rejected=rejected)


def _counts_for(label: str, guidelines: set[str]) -> bool:
    if label in _NO_WORD_EVIDENCE:
        return False
    return label in guidelines or (label in _TARGETS and str(Guideline.ABUSE) in guidelines)


def triggering_evidence(flags: Mapping[str, Any] | None) -> list[Any]:
    """The evidence spans of the guidelines that triggered the hold or rejection (none if none did)."""
    flags = flags if isinstance(flags, Mapping) else {}
    guidelines = {str(code) for code in flags.get("guidelines") or []}
    evidence: Iterable[Any] = flags.get("evidence") or []
    return [
        e for e in evidence if isinstance(e, Mapping) and _counts_for(str(e.get("label", "")), guidelines)
    ]
