"""Community guidelines shown next to the comment form, in the page's language.

The English text is the message id; every other language comes from the
message catalogs (``tribune/locale``), like the rest of the interface, so the
guidelines switch language with the switcher. ``RULES`` lists the rejection
reasons in the order readers see them; their names are the same guideline
labels moderators pick in the dashboard (``tribune.core.guidelines.Guideline``).

    guidelines = community_guidelines()   # in the active language
    guidelines.rules[0]                   # ("Profanity", "Swearing or obscene language.")
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from tribune.core.guidelines import Guideline

HEADING = _("Community guidelines")
INTRO = _(
    "Every comment is read by a moderator before it appears. A comment is either approved or "
    "rejected as a whole; we never edit what you write."
)
WELCOME = (
    _("Comments that are relevant to the article."),
    _("Constructive criticism, including criticism of us and our reporting."),
    _("Disagreement expressed with respect for other readers."),
)
REJECT_HEADING = _("We reject comments that contain:")
RULES: tuple[tuple[Guideline, str], ...] = (
    (Guideline.PROFANITY, _("Swearing or obscene language.")),
    (Guideline.THREAT, _("Threats of violence or harm against anyone.")),
    (
        Guideline.PERSONAL_ATTACK,
        _("Insults aimed at the author, other commenters or anyone else, instead of at their arguments."),
    ),
    (Guideline.VULGARITY, _("Crude or sexually explicit content.")),
    (Guideline.ABUSE, _("Sexism, racism, homophobia, xenophobia or religious hatred.")),
    (Guideline.PROMOTION, _("Commercial or personal promotion, including links and contact details.")),
    (Guideline.OFF_TOPIC, _("Content that is not relevant to the article.")),
)


@dataclass(frozen=True)
class CommunityGuidelines:
    """The guidelines as plain strings in one language.

    rules (list[tuple[str, str]]): (guideline name, explanation), in display order.
    """

    heading: str
    intro: str
    welcome: list[str]
    reject_heading: str
    rules: list[tuple[str, str]]


def community_guidelines() -> CommunityGuidelines:
    """The guidelines in the active language (English where a catalog lacks a string)."""
    return CommunityGuidelines(
        heading=str(HEADING),
        intro=str(INTRO),
        welcome=[str(line) for line in WELCOME],
        reject_heading=str(REJECT_HEADING),
        rules=[(str(code.label), str(text)) for code, text in RULES],
    )
