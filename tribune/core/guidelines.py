"""Guideline and abuse-target choices for the site, derived from ``tribune.ml.labels``.

``tribune.ml.labels`` is the one source of the codes and their order; this
module only gives each code its translated name, so every app (the reader's
guidelines, the dashboard, insights, moderation) shows the same words::

    Guideline.THREAT.value, Guideline.THREAT.label   # "threat", "Threat" (translated)
"""

from __future__ import annotations

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from tribune.ml.labels import ABUSE_TARGETS, GUIDELINES, Label

NAMES: dict[Label, Promise] = {
    Label.PROFANITY: _("Profanity"),
    Label.VULGARITY: _("Vulgarity"),
    Label.THREAT: _("Threat"),
    Label.PERSONAL_ATTACK: _("Personal attack"),
    Label.ABUSE: _("Abuse"),
    Label.PROMOTION: _("Promotion"),
    Label.OFF_TOPIC: _("Not relevant"),
    Label.SEXISM: _("Sexism"),
    Label.RACISM: _("Racism"),
    Label.HOMOPHOBIA: _("Homophobia"),
    Label.XENOPHOBIA: _("Xenophobia"),
    Label.RELIGION: _("Religious hatred"),
}
"""The translated name of every guideline and abuse target."""


def _choices(name: str, labels: tuple[Label, ...], doc: str) -> type[models.TextChoices]:
    missing = [str(label) for label in labels if label not in NAMES]
    if missing:
        raise RuntimeError(f"no display name for {missing}")
    members = [(label.name, (str(label), NAMES[label])) for label in labels]
    choices = models.TextChoices(name, members)  # type: ignore[arg-type]
    choices.__doc__ = doc
    choices.__module__ = __name__
    return choices


Guideline = _choices(
    "Guideline", GUIDELINES, "The community guidelines a rejection can cite (``tribune.ml.labels.GUIDELINES``)."
)
AbuseTarget = _choices("AbuseTarget", ABUSE_TARGETS, "Whom an abuse is aimed at (``tribune.ml.labels.ABUSE_TARGETS``).")
