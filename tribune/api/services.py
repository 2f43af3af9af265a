"""Writes of API tokens: create one, and note its use.

token, plain = api_token_create(user=user, name="ci")
"""

from __future__ import annotations

import hashlib
import secrets
from typing import TYPE_CHECKING

from django.utils import timezone

from tribune.api.models import ApiToken

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# Tokens are stamped so that a leaked one is recognisable in logs and secret scanners.
TOKEN_PREFIX = "trb_"


def token_digest(plain: str) -> str:
    """The stored form of a token: its hex SHA-256 digest."""
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()


def api_token_create(*, user: User, name: str = "") -> tuple[ApiToken, str]:
    """Make a token for ``user``; returns the row and the plain token, shown only now."""
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, key=token_digest(plain), name=name.strip()[:100])
    return token, plain


def api_token_touch(*, token: ApiToken) -> None:
    """Record that ``token`` was just used (one UPDATE, no model save)."""
    now = timezone.now()
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    token.last_used_at = now
