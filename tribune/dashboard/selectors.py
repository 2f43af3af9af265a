"""Reads of the dashboard: which languages a moderator reads, and which the queue shows.

    queue_languages(user=request.user, choice="")     # their languages ([] -> nothing set: all)
    queue_languages(user=request.user, choice="all")  # None: every language
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext_lazy as _

from tribune.core.errors import ApplicationError
from tribune.core.languages import site_languages
from tribune.dashboard.models import ModeratorProfile

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
