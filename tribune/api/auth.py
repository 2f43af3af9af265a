"""Who may call the moderator endpoints: a bearer token or a Django session.

    @router.get("/queue", auth=MODERATOR_AUTH)
    def queue(request):
        moderator = require_moderator(request)

Authentication failing answers 401; an authenticated user without
``moderation.can_moderate`` gets 403 while authenticating, before the body is
read (``require_moderator`` checks again inside each endpoint). Session
callers must send the CSRF token on unsafe methods (ninja's ``SessionAuth``
checks it); token callers are exempt because a browser never adds the header.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja.errors import AuthorizationError
from ninja.security import HttpBearer, SessionAuth

from tribune.api.selectors import api_token_get
from tribune.api.services import api_token_touch

MODERATE_PERMISSION = "moderation.can_moderate"
NOT_A_MODERATOR = _("You need the moderation.can_moderate permission.")


class BearerTokenAuth(HttpBearer):
    """``Authorization: Bearer <token>`` against the hashed ``ApiToken`` rows."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        api_token = api_token_get(plain=token)
        if api_token is None:
            return None
        api_token_touch(token=api_token)
        request.user = api_token.user
        return api_token.user


def _moderator_only(user: Any) -> Any:
    """Pass a moderator (or None, "not authenticated") through; 403 for anyone else.

    Checked during authentication, so a non-moderator is refused before the
    request body is even parsed (a reader never learns what a valid body is).
    """
    if user is not None and (not user.is_active or not user.has_perm(MODERATE_PERMISSION)):
        raise AuthorizationError(message=str(NOT_A_MODERATOR))
    return user


class ModeratorBearerAuth(BearerTokenAuth):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        return _moderator_only(super().authenticate(request, token))


class ModeratorSessionAuth(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        return _moderator_only(super().authenticate(request, key))


# The bearer token is tried first: a tool holding one never needs a CSRF token.
MODERATOR_AUTH = [ModeratorBearerAuth(), ModeratorSessionAuth()]


def require_moderator(request: HttpRequest) -> Any:
    """The authenticated user, if they may moderate; otherwise 403."""
    user = getattr(request, "auth", None)
    if user is None or not user.is_active or not user.has_perm(MODERATE_PERMISSION):
        raise AuthorizationError(message=str(NOT_A_MODERATOR))
    return user
