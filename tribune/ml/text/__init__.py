"""Text normalisation shared by training and inference.

Models and word lists see the *normalised* form of a comment; moderators see the
original. ``normalize`` is the fast path used for features; ``align`` returns the
same string plus, for every normalised character, the span of the original it
came from, so evidence found on normalised text is reported on the original.

What is folded (in this order):

1. Unicode NFKC (per base character + its combining marks): full-width letters,
   ligatures, mathematical bold letters and Arabic presentation forms become
   plain letters.
2. Zero-width, bidi and control characters are removed (ZWNJ too: Persian
   ``می‌خواهم`` and ``میخواهم`` become one form); line breaks become spaces.
3. Arabic script: yeh variants ي ى ې ۍ -> ی, kaf ك ڪ -> ک, heh ھ ۀ ۂ ہ and
   taa marbuta ة -> ه, alef أ إ آ ٱ -> ا, ؤ -> و, tatweel and harakat removed,
   Arabic-Indic and Persian digits -> ASCII. The Kurdish letters ە ۆ ێ ڵ ڕ ڤ and
   ئ are *kept*, as are Persian پ چ ژ گ (they carry language and meaning).
4. ``casefold``; Turkish ı and İ fold to i (so ``IŞIK`` and ``ışık`` meet).
5. URLs, e-mails and @handles become `` xurlx ``, `` xemailx ``, `` xuserx ``.
6. Cyrillic/Greek look-alikes become Latin, only inside words that also hold
   a Latin letter (``ѕhit`` -> ``shit``; Russian words are left alone).
7. Leetspeak inside words (``sh1t`` -> ``shit``, ``@ss`` -> ``ass``, ``$hit``).
8. Three or more single Latin letters separated by the same one space, dot,
   asterisk, dash or underscore are joined (``f u c k`` -> ``fuck``).
9. A letter repeated three or more times is kept twice (``fuuuck`` -> ``fuuck``).
10. Remaining numbers become `` xnumx ``; whitespace is collapsed and stripped.

Usage::

    >>> normalize("Check ＷＷＷ.example.com, SH1T!!")
    'check xurlx , shit!!'
    >>> aligned = align("f.u.c.k you")
    >>> aligned.text, aligned.original_span(0, 4)
    ('fuck you', (0, 7))

The package holds one job per module: ``chars`` (steps 1 to 4, per character),
``patterns`` (steps 5 to 10, per word), ``folding`` (``normalize``),
``offsets`` (``align``, ``Aligned``, ``normalize_with_offsets``) and
``tokens`` (``words``).
"""

from __future__ import annotations

from tribune.ml.text.folding import normalize
from tribune.ml.text.offsets import Aligned, align, normalize_with_offsets
from tribune.ml.text.patterns import EMAIL_TOKEN, HANDLE_TOKEN, NUMBER_TOKEN, URL_TOKEN
from tribune.ml.text.tokens import words

__all__ = [
    "EMAIL_TOKEN",
    "HANDLE_TOKEN",
    "NUMBER_TOKEN",
    "URL_TOKEN",
    "Aligned",
    "align",
    "normalize",
    "normalize_with_offsets",
    "words",
]
