"""The one comment knob the reader's pages need: the longest comment accepted.

It lives with comments (not moderation) so the reader's form and the API read it
without reaching up into the moderation app; ``tribune.moderation.conf`` takes its
default from here.
"""

from __future__ import annotations

from django.conf import settings

MAX_LENGTH_DEFAULT = 5000


def comment_max_length() -> int:
    """The longest comment accepted, in characters (``TRIBUNE_MODERATION["MAX_LENGTH"]``; no database read).

    The admin's ``ModerationConfig`` row does not override it, so request handlers
    that only need this limit skip the query ``tribune.moderation.conf.get_settings`` makes.
    """
    return int(getattr(settings, "TRIBUNE_MODERATION", {}).get("MAX_LENGTH", MAX_LENGTH_DEFAULT))
