"""The single source of guideline and score names.

Every other module (the site, the CLI, training) refers to these members; the
string values are the keys of the fixed ``tribune score`` JSON contract.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """A score key. Guidelines, abuse targets and the overall ``reject`` score."""

    PROFANITY = "profanity"
    """Swearing and curse words."""
    VULGARITY = "vulgarity"
    """Sexual or crude language."""
    THREAT = "threat"
    """Wishing or promising harm to someone."""
    PERSONAL_ATTACK = "personal_attack"
    """Insulting a person (author, journalist, other commenter, public figure)."""
    ABUSE = "abuse"
    """Hatred of a group; the target is one of ``ABUSE_TARGETS``."""
    SEXISM = "sexism"
    RACISM = "racism"
    HOMOPHOBIA = "homophobia"
    XENOPHOBIA = "xenophobia"
    RELIGION = "religion"
    """Religious hatred."""
    PROMOTION = "promotion"
    """Commercial or personal promotion: links, contact details, offers."""
    OFF_TOPIC = "off_topic"
    """Not relevant to the article."""
    REJECT = "reject"
    """Probability that the comment breaks at least one guideline."""


class Decision(StrEnum):
    """What the scorer recommends for a comment."""

    APPROVE = "approve"
    REJECT = "reject"
    REVIEW = "review"
    """Uncertain: a human moderator decides."""


GUIDELINES: tuple[Label, ...] = (
    Label.PROFANITY,
    Label.VULGARITY,
    Label.THREAT,
    Label.PERSONAL_ATTACK,
    Label.ABUSE,
    Label.PROMOTION,
    Label.OFF_TOPIC,
)
"""Guidelines a comment can break, in the order a moderator reads them."""

ABUSE_TARGETS: tuple[Label, ...] = (
    Label.SEXISM,
    Label.RACISM,
    Label.HOMOPHOBIA,
    Label.XENOPHOBIA,
    Label.RELIGION,
)
"""Targets of ``abuse``; each has its own score."""

SCORE_KEYS: tuple[Label, ...] = (
    Label.PROFANITY,
    Label.VULGARITY,
    Label.THREAT,
    Label.PERSONAL_ATTACK,
    Label.ABUSE,
    *ABUSE_TARGETS,
    Label.PROMOTION,
    Label.OFF_TOPIC,
    Label.REJECT,
)
"""Every key of a score dictionary, in contract order."""

LANGUAGES: tuple[str, ...] = ("en", "ckb", "kmr", "ar", "tr", "fa")
UNLABELLED: tuple[str, ...] = ("ckb", "kmr")
"""Site languages without labelled training or validation data (Sorani and Kurmanji Kurdish)."""
"""Site languages (ISO 639 codes); Sorani is ``ckb`` and Kurmanji ``kmr``."""
