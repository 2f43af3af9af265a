"""Status-link tokens: random, shown once, stored only as a digest.

token = new_token()          # 32 URL-safe characters, 192 random bits
digest = token_digest(token) # what the database keeps
"""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 24
MAX_TOKEN_LENGTH = 64


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
