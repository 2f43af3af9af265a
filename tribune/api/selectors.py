"""Reads of API tokens."""

from __future__ import annotations

from tribune.api.models import ApiToken
from tribune.api.services import token_digest


def api_token_get(*, plain: str) -> ApiToken | None:
    """The token matching ``plain`` whose user is active, or None."""
    if not plain:
        return None
    return (
        ApiToken.objects.select_related("user").filter(key=token_digest(plain), user__is_active=True).first()
    )
