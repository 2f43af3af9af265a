"""Word-level folding: steps 5 to 10 of ``tribune.ml.text`` as regular-expression substitutions.

Contacts become placeholders, leetspeak and look-alike letters are folded
inside words, spaced-out letters are joined, long repeats shortened, numbers
replaced and whitespace collapsed. ``STEPS`` is the ordered list that both
``normalize`` (plain ``re.sub``) and ``align`` (a substitution that keeps the
offset map) run.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["EMAIL_TOKEN", "HANDLE_TOKEN", "NUMBER_TOKEN", "STEPS", "URL_TOKEN", "Step"]

URL_TOKEN = " xurlx "
EMAIL_TOKEN = " xemailx "
HANDLE_TOKEN = " xuserx "
NUMBER_TOKEN = " xnumx "

_HOMOGLYPHS = str.maketrans(
    "аеёорсухкмтнвіјѕԁԛԝһӏαβειкνορτυχγηω",
    "aeeopcyxkmthbijsdqwhlabeikvoptuxynw",
)
_CONFUSABLE = "аеёорсухкмтнвіјѕԁԛԝһӏαβειкνορτυχγηω"
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
_INNER_LEET = {"!": "i", "|": "l"}

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


Step = tuple[re.Pattern[str], Callable[[re.Match[str]], str], Callable[[str], bool]]
"""A word-level fold: its pattern, its ``re.sub`` replacement and a cheap "can it match" test."""


def _always(text: str) -> bool:
    return True


def _checker(pattern: str) -> Callable[[str], bool]:
    search = re.compile(pattern).search
    return lambda text: search(text) is not None


STEPS: tuple[Step, ...] = (
    (_CONTACT_TOKEN, _contact_token, _checker(r"[.@]\S")),
    # Leetspeak first: "sh1т" must become one word of letters before look-alikes are folded.
    (_LEET_WORD, _leet, _checker(r"[0-9@$|]|!\w")),
    (_CONFUSED_WORD, _homoglyph, _checker("[\u0370-\u04ff]")),
    (_SPACED, _spaced, _checker(r"(?<![^\W_])[a-z][ .*_-][a-z][ .*_-][a-z](?![^\W_])")),
    (_REPEAT, _repeat, _always),
    (_NUMBER, _number, _checker(r"\d")),
    (_SPACES, _space, lambda t: "  " in t or t[:1].isspace() or t[-1:].isspace()),
)
"""Steps 5 to 10 in order, each ``(pattern, replacement, needed)``: ``needed(text)`` is a cheap test
that lets ``normalize`` skip a step that cannot match."""
