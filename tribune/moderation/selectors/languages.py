"""Which languages a moderator reads, which the queue shows, and the queue's language bar.

Shared by the dashboard and the API (both sit above moderation).

    queue_languages(user=request.user, choice="")     # their languages ([] -> nothing set: all)
    queue_languages(user=request.user, choice="all")  # None: every language
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from tribune.core.errors import ApplicationError
from tribune.core.languages import site_languages
from tribune.moderation.models import ModeratorProfile

ALL_LANGUAGES = "all"
MINE = "mine"
UNKNOWN_LANGUAGE = _("Unknown language {code!r}; use one of {choices}, or {mine!r} or {all!r}.")


def moderator_languages(*, user: Any) -> list[str]:
    """The languages ``user`` reads, in site order; empty when they set none."""
    profile = ModeratorProfile.objects.filter(user_id=getattr(user, "pk", None)).first()
    if profile is None:
        return []
    known = site_languages()
    return [code for code in known if code in profile.languages]


def queue_languages(*, user: Any, choice: str | None, mine: Sequence[str] | None = None) -> list[str] | None:
    """The languages the queue keeps for ``choice``; ``None`` keeps every language.

    choice: a site language code (that one), ``"all"`` (every language), or empty /
    ``"mine"`` (the moderator's languages, or every language when they set none).
    mine: the moderator's languages when the caller has read them already.
    """
    if choice == ALL_LANGUAGES:
        return None
    if choice and choice != MINE:
        return [choice]
    return list(mine if mine is not None else moderator_languages(user=user)) or None


def language_filter_parse(value: str | None, *, user: Any) -> list[str] | None:
    """Read the API's ``language`` filter: ``"ar"``, ``"ar,fa"``, ``"mine"`` or ``"all"``/empty.

    Returns the languages to keep, or ``None`` for every language; raises
    ``ApplicationError`` (400) naming an unknown code.
    """
    codes = [code.strip() for code in (value or "").split(",") if code.strip()]
    if not codes or codes == [ALL_LANGUAGES]:
        return None
    if codes == [MINE]:
        return queue_languages(user=user, choice=MINE)
    known = site_languages()
    for code in codes:
        if code not in known:
            choices = ", ".join(known)
            message = UNKNOWN_LANGUAGE.format(code=code, choices=choices, mine=MINE, all=ALL_LANGUAGES)
            raise ApplicationError("unknown_language", message)
    return list(dict.fromkeys(codes))


@dataclass(frozen=True)
class LanguageCount:
    """One language's line in the queue's language bar."""

    code: str
    name: str
    count: int
    mine: bool
    shown: bool


def language_counts(
    counts: Mapping[str, int], *, mine: Iterable[str], showing: Iterable[str] | None
) -> list[LanguageCount]:
    """Every site language with its pending count, in site order (languages with none included).

    showing: the languages the queue keeps now, or ``None`` for all of them.
    """
    mine_set, shown_set = set(mine), None if showing is None else set(showing)
    return [
        LanguageCount(
            code=code,
            name=str(name),
            count=counts.get(code, 0),
            mine=code in mine_set,
            shown=shown_set is None or code in shown_set,
        )
        for code, name in settings.LANGUAGES
    ]
