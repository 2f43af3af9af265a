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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Aligned", "align", "normalize", "normalize_with_offsets", "words"]

URL_TOKEN = " xurlx "
EMAIL_TOKEN = " xemailx "
HANDLE_TOKEN = " xuserx "
NUMBER_TOKEN = " xnumx "


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

_HOMOGLYPHS = str.maketrans(
    "аеёорсухкмтнвіјѕԁԛԝһӏαβειкνορτυχγηω",
    "aeeopcyxkmthbijsdqwhlabeikvoptuxynw",
)
_CONFUSABLE = "аеёорсухкмтнвіјѕԁԛԝһӏαβειкνορτυχγηω"
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
_INNER_LEET = {"!": "i", "|": "l"}

_COMBINING = "".join(chr(cp) for cp in range(0x10000) if unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me"))
_CLUSTER = re.compile("[^" + re.escape(_COMBINING) + "][" + re.escape(_COMBINING) + "]*", re.DOTALL)

_TLD = r"(?:com|org|net|info|biz|io|me|co|ly|gl|gg|tv|xyz|site|online|shop|store|app|ru|tr|iq|ir|sy|eg|sa|ae|de|uk|fr|nl|krd)"
_CONTACT = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s]*[^\s.,!?;:)\]\"']|\b[\w-]+(?:\.[\w-]+)*\."
    + _TLD
    + r"\b(?:/[^\s]*[^\s.,!?;:)\]\"'])?)"
    r"|(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)"
    r"|(?P<handle>(?<![\w@])@[\w.]*\w{3,})"
)
_CONTACT_TOKEN = re.compile(r"[^\s.@]*[.@][^\s]+")
# A run of letters (digits end it too: "2aѕ", "іd1ot") holding a Latin letter and a look-alike.
_CONFUSED_WORD = re.compile(
    r"(?<![^\W\d_])(?=[^\W\d_]*[a-z])(?=[^\W\d_]*[" + _CONFUSABLE + r"])[^\W\d_]+(?![^\W\d_])"
)
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$!|]*[0-9@$!|])[\w@$!|]*[\w@$]")
_SPACED = re.compile(r"(?<![^\W_])[a-z]([ .*_-])[a-z](?:\1[a-z])+(?![^\W_])")
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")
_SPACES = re.compile(r"\s{2,}|^\s+|\s+$")


def _contact_token(match: re.Match[str]) -> str:
    return _CONTACT.sub(_contact, match.group(0))


def _contact(match: re.Match[str]) -> str:
    if match.group("url"):
        return URL_TOKEN
    return EMAIL_TOKEN if match.group("email") else HANDLE_TOKEN


def _homoglyph(match: re.Match[str]) -> str:
    return match.group(0).translate(_HOMOGLYPHS)


def _leet(match: re.Match[str]) -> str:
    word = match.group(0)
    letters = sum(ch.isalpha() for ch in word)
    if letters < 2 or letters == len(word):
        return word
    out = []
    last = len(word) - 1
    for i, ch in enumerate(word):
        if ch.isdigit():
            if ch not in _LEET:
                return word  # "covid19", "g20": a real number, not leetspeak
            out.append(_LEET[ch])
        elif ch in "@$":
            out.append(_LEET[ch])
        elif ch in _INNER_LEET:
            inner = 0 < i < last and word[i - 1].isalpha() and word[i + 1].isalpha()
            out.append(_INNER_LEET[ch] if inner else ch)
        else:
            out.append(ch)
    return "".join(out)


def _spaced(match: re.Match[str]) -> str:
    return match.group(0)[::2]


def _repeat(match: re.Match[str]) -> str:
    return match.group(1) * 2


def _number(match: re.Match[str]) -> str:
    return NUMBER_TOKEN


def _space(match: re.Match[str]) -> str:
    return " " if 0 < match.start() and match.end() < len(match.string) else ""


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


_CHAR_FOLDS: dict[str, str] = {}
"""``_chars`` of single characters already seen (it works character by character)."""
_MAX_FOLDS = 20_000


def _chars(text: str) -> str:
    if not text.isascii():
        text = text.translate(_PRE_TABLE)
    else:
        text = text.translate(_ASCII_TABLE)
    text = text.casefold()
    return text.replace("ı", "i").replace("\u0307", "") if not text.isascii() else text


_Sub = tuple[re.Pattern[str], Callable[[re.Match[str]], str], Callable[[str], bool]]


def _always(text: str) -> bool:
    return True


def _checker(pattern: str) -> Callable[[str], bool]:
    search = re.compile(pattern).search
    return lambda text: search(text) is not None


_REGEX_STEPS: tuple[_Sub, ...] = (
    (_CONTACT_TOKEN, _contact_token, _checker(r"[.@]\S")),
    # Leetspeak first: "sh1т" must become one word of letters before look-alikes are folded.
    (_LEET_WORD, _leet, _checker(r"[0-9@$|]|!\w")),
    (_CONFUSED_WORD, _homoglyph, _checker("[\u0370-\u04ff]")),
    (_SPACED, _spaced, _checker(r"(?<![^\W_])[a-z][ .*_-][a-z][ .*_-][a-z](?![^\W_])")),
    (_REPEAT, _repeat, _always),
    (_NUMBER, _number, _checker(r"\d")),
    (_SPACES, _space, lambda t: "  " in t or t[:1].isspace() or t[-1:].isspace()),
)


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """The model form of ``text`` (see the module docstring for what is folded).

    Cached: one comment is normalised by the model, the word lists, the promotion
    rules and relevance alike.
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = _CLUSTER.sub(_nfkc, text)
    text = _chars(text)
    for pattern, repl, needed in _REGEX_STEPS:
        if needed(text):
            text = pattern.sub(repl, text)
    return text


@dataclass(frozen=True)
class Aligned:
    """A normalised text and where each of its characters came from.

    original (str): the text as posted.
    text (str): ``normalize(original)``.
    starts, ends (list[int]): ``text[i]`` came from ``original[starts[i]:ends[i]]``.
    """

    original: str
    text: str
    starts: list[int]
    ends: list[int]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` behind ``text[start:end]`` (``end > start``)."""
        if not self.text or end <= start:
            return (0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return (self.starts[start], self.ends[end - 1])


def _map_sub(
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str],
    text: str,
    starts: list[int],
    ends: list[int],
) -> tuple[str, list[int], list[int]]:
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for match in pattern.finditer(text):
        a, b = match.span()
        pieces.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        out = repl(match)
        pieces.append(out)
        if len(out) == b - a:
            new_starts.extend(starts[a:b])
            new_ends.extend(ends[a:b])
        elif out:
            lo = starts[a] if a < len(starts) else (ends[-1] if ends else 0)
            hi = ends[b - 1] if b > a else lo
            new_starts.extend([lo] * len(out))
            new_ends.extend([hi] * len(out))
        pos = b
    pieces.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(pieces), new_starts, new_ends


@lru_cache(maxsize=1024)
def align(text: str) -> Aligned:
    """``normalize(text)`` with a character map back to ``text`` (slower; for evidence; cached)."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    clusters = (
        ((m.start(), m.end(), m.group(0)) for m in _CLUSTER.finditer(text))
        if not unicodedata.is_normalized("NFKC", text)
        else ((i, i + 1, ch) for i, ch in enumerate(text))
    )
    composing = not unicodedata.is_normalized("NFKC", text)
    for a, b, cluster in clusters:
        composed = unicodedata.normalize("NFKC", cluster) if composing else cluster
        for ch in composed:
            out = _CHAR_FOLDS.get(ch)
            if out is None:
                out = _chars(ch)
                if len(_CHAR_FOLDS) < _MAX_FOLDS:
                    _CHAR_FOLDS[ch] = out
            pieces.append(out)
            starts.extend([a] * len(out))
            ends.extend([b] * len(out))
    norm = "".join(pieces)
    for pattern, repl, needed in _REGEX_STEPS:
        if needed(norm):
            norm, starts, ends = _map_sub(pattern, repl, norm, starts, ends)
    return Aligned(original=text, text=norm, starts=starts, ends=ends)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalize(text)`` and, for each of its characters, its start offset in ``text``."""
    aligned = align(text)
    return aligned.text, aligned.starts


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|x(?:url|email|user|num)x")


def words(normalized: str) -> list[str]:
    """Word tokens of an already normalised text (placeholders are kept as words)."""
    return _WORD.findall(normalized)
