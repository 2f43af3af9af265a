"""Keys that identify authors and near-identical comment texts."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def text_fingerprint(text: str) -> str:
    """Hash of the text with case, accents, spacing and punctuation removed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256(_NON_WORD.sub("", folded).encode("utf-8")).hexdigest()


def author_key(*, name: str, email: str = "") -> str:
    """Same author for the same e-mail; without one, the same display name."""
    identity = email.strip().casefold() or "name:" + " ".join(name.split()).casefold()
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()
