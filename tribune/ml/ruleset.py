"""Which hand-written rules a judgement used: a short digest of the files in ``lexicons/``.

Word lists, templates, promotion phrases, stop-words and language markers change
decisions as much as model weights do, so a scorer's version names both
(``tfidf-logreg.v1+rules.1a2b3c4d``) and every audit row says which rules decided.

    >>> len(rules_digest())
    8
"""

from __future__ import annotations

import hashlib
from functools import cache

from tribune.ml.lexicon import LEXICON_DIR

__all__ = ["RULES_DIR", "rules_digest", "versioned"]

RULES_DIR = LEXICON_DIR


@cache
def rules_digest() -> str:
    """First 8 hex digits of the SHA-256 over every rule file's name and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(RULES_DIR.glob("*.json")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:8]


def versioned(name: str) -> str:
    """``name`` with the rules digest appended."""
    return f"{name}+rules.{rules_digest()}"
