"""Writes of the dashboard: a moderator's languages.

moderator_languages_set(user=request.user, languages=["ar", "ckb"])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from tribune.core.errors import ApplicationError
from tribune.core.languages import site_languages
from tribune.moderation.models import ModeratorProfile

UNKNOWN_LANGUAGE = _("Unknown language {code!r}; use one of {choices}.")


@transaction.atomic
def moderator_languages_set(*, user: Any, languages: Sequence[str]) -> ModeratorProfile:
    """Store the languages ``user`` reads (site order, no repeats).

    Raises ``ApplicationError`` (nothing stored) on a code that is not a site language.
    """
    known = site_languages()
    for code in languages:
        if code not in known:
            raise ApplicationError(
                "unknown_language", UNKNOWN_LANGUAGE.format(code=code, choices=", ".join(known))
            )
    chosen = [code for code in known if code in set(languages)]
    profile, _created = ModeratorProfile.objects.select_for_update().get_or_create(user=user)
    profile.languages = chosen
    profile.save(update_fields=["languages", "updated_at"])
    return profile
