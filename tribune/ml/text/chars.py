"""Character-level folding: steps 1 to 4 of ``tribune.ml.text`` (NFKC, invisibles, Arabic script, case).

Everything here maps one character (or one base character with its combining
marks) to a short string, independently of its neighbours, so ``fold_chars``
can run on a whole text and ``fold_char`` on one character while the offset
map is built (``tribune.ml.text.offsets``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["CLUSTER", "fold_char", "fold_chars", "nfkc_cluster"]


def _invisible_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in list(range(0x10000)) + list(range(0xE0000, 0xE0080)):
        cat = unicodedata.category(chr(cp))
        if cat == "Cc":
            table[cp] = " " if chr(cp) in "\t\n\r\x0b\x0c\x85" else None
        elif cat == "Cf":
            table[cp] = None
    for cp in (0x2028, 0x2029):  # line / paragraph separators
        table[cp] = " "
    return table


def _arabic_table() -> dict[int, str | None]:
    folds = {
        "ي": "ی", "ى": "ی", "ې": "ی", "ۍ": "ی",
        "ك": "ک", "ڪ": "ک",
        "ھ": "ه", "ۀ": "ه", "ۂ": "ه", "ہ": "ه", "ة": "ه",
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ؤ": "و",
        "،": ",", "؛": ";", "؟": "?", "٪": "%",
        "İ": "i",
    }  # fmt: skip
    table: dict[int, str | None] = {ord(k): v for k, v in folds.items()}
    table[0x0640] = None  # tatweel
    for cp in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)]:
        if cp != 0x06E5 and cp != 0x06E6:  # small waw/yeh are letters in some orthographies
            table[cp] = None
    for i in range(10):
        table[0x0660 + i] = str(i)
        table[0x06F0 + i] = str(i)
    return table


_PRE_TABLE = {**_invisible_table(), **_arabic_table()}
_ASCII_TABLE = {k: v for k, v in _PRE_TABLE.items() if k < 128}

_COMBINING = "".join(chr(cp) for cp in range(0x10000) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me"))
CLUSTER = re.compile("[^" + re.escape(_COMBINING) + "][" + re.escape(_COMBINING) + "]*", re.DOTALL)
"""One base character and the combining marks that follow it (NFKC works on these)."""

_CHAR_FOLDS: dict[str, str] = {}
"""``fold_chars`` of single characters already seen (``fold_char``'s cache)."""
_MAX_FOLDS = 20_000


def nfkc_cluster(match: re.Match[str]) -> str:
    """NFKC of one ``CLUSTER`` match (a ``re.sub`` callback)."""
    return unicodedata.normalize("NFKC", match.group(0))


def fold_chars(text: str) -> str:
    """Invisibles removed, Arabic-script variants and digits folded, text casefolded (Turkish i too)."""
    if not text.isascii():
        text = text.translate(_PRE_TABLE)
    else:
        text = text.translate(_ASCII_TABLE)
    text = text.casefold()
    return text.replace("ı", "i").replace("\u0307", "") if not text.isascii() else text


def fold_char(ch: str) -> str:
    """``fold_chars`` of one character, cached (the offset map folds character by character)."""
    out = _CHAR_FOLDS.get(ch)
    if out is None:
        out = fold_chars(ch)
        if len(_CHAR_FOLDS) < _MAX_FOLDS:
            _CHAR_FOLDS[ch] = out
    return out
