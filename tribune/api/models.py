"""Bearer tokens for integrators and moderator tools that cannot use a session.

Only the SHA-256 digest of a token is stored: a leaked database does not leak
usable tokens, and the plain token is shown once, when it is created.

    token, plain = api_token_create(user=moderator, name="desk laptop")
    # clients send:  Authorization: Bearer <plain>
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class ApiToken(models.Model):
    """A named API token belonging to one user.

    user (User): whose permissions the token carries.
    key (str): hex SHA-256 digest of the token (never the token itself).
    name (str): a label so the owner can tell tokens apart.
    last_used_at (datetime | None): when a request last authenticated with it.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    key = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name or 'token'} ({self.user})"
