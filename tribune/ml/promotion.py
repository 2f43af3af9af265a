"""Contact details and self-promotion: evidence and a score for the ``promotion`` guideline.

Our rule (documented for moderators): any URL, e-mail address, phone number or
messenger handle makes a comment *promotion-suspect*, so a human reviews it,
even a link to a reputable source, because the scorer cannot tell a source from
an advert. A contact detail *together with* a commercial or self-promotion
phrase ("subscribe to my channel", "earn money from home", "للتواصل واتساب")
is reject-grade, and so is one with a contact request ("dm me", "للتواصل").
A phrase on its own is review-grade ("subscribe" has innocent uses); a
platform named in passing ("I saw it on Instagram") is not flagged. A bare ``@handle`` is how readers reply to each other, so it counts only
next to a platform word or a contact request ("follow @me on instagram").

Evidence sources: ``contact-pattern`` for a concrete contact detail (URLs with
a scheme or ``www.``, bare domains such as ``example.com``, ``t.me/x``,
``wa.me/123``, ``bit.ly/y``, obfuscated ``example dot com``, e-mails including
``name at gmail dot com``, phone numbers with 9+ digits in ASCII, Arabic-Indic
or Persian digits, and handles next to other evidence); ``promotion-phrase``
for promotion phrases, platform names ("telegram", "واتساب") and contact
requests ("dm me", "للتواصل"). So a ``contact-pattern`` is always something a
reader could contact or visit.

Usage::

    >>> promotion_score(promotion_evidence("Subscribe to my channel t.me/deals"))
    0.95
    >>> promotion_score(promotion_evidence("Great reporting"))
    0.02
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from tribune.ml.labels import Label
from tribune.ml.text import align, normalize
from tribune.ml.types import Evidence

__all__ = ["CONTACT", "PHRASE", "promotion_evidence", "promotion_score"]

CONTACT = "contact-pattern"
PHRASE = "promotion-phrase"
CLEAN, PLATFORM_ONLY, PHRASE_ONLY, CONTACT_ONLY, SEVERAL, CONTACT_AND_PHRASE = 0.02, 0.3, 0.55, 0.6, 0.8, 0.95
_DATA = Path(__file__).parent / "lexicons" / "promotion.json"

_FOLD = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "01234567890123456789abcdefghijklmnopqrstuvwxyz",
)
_TLD = (
    r"(?:com|org|net|info|biz|io|me|co|ly|gl|gg|tv|xyz|site|online|shop|store|app|link|click|top|live|"
    r"ru|tr|iq|ir|sy|eg|sa|ae|de|uk|fr|nl|krd|cc|ws|to|su)"
)
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,!?;:)\]']"
    r"|(?<![\w@.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\." + _TLD + r"(?![\w-])(?:/[^\s<>\"]*[^\s<>\".,!?;:)\]'])?"
    r"|(?<![\w@.-])[a-z0-9-]{2,}\s*(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|\sdot\s|\s\.\s)\s*" + _TLD + r"(?![\w-])"
)
_EMAIL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[\w.+-]+\s*(?:\[at\]|\(at\)|\sat\s)\s*(?:gmail|yahoo|hotmail|outlook|icloud|mail|yandex|proton(?:mail)?)"
    r"\s*(?:\[dot\]|\(dot\)|\sdot\s|\.)\s*(?:com|net|org|ru)"
)
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\s.\-()/]{0,2}\d){7,15}(?![\w])")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{3,30}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_ANY_DIGITS = re.compile(r"\d{3}")


def _phrase_regex(phrases: list[str]) -> re.Pattern[str]:
    forms = sorted({normalize(p) for p in phrases if normalize(p)}, key=len, reverse=True)
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")(?!\w)"
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return (
        _phrase_regex(data["phrases"]),
        _phrase_regex(data["platforms"]),
        _phrase_regex(data["contact_requests"]),
    )


def _is_phone(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    if len(digits) < 9 and not (raw.startswith(("+", "00")) and len(digits) >= 8):
        return False
    if _THOUSANDS.fullmatch(raw.strip()):  # "2.124.821.694 views" is a count
        return False
    groups = re.findall(r"\d+", raw)
    return not all(len(g) == 4 and _YEAR.fullmatch(g) for g in groups)  # "2019 2020 2021" is years


def _contacts(text: str) -> list[tuple[int, int]]:
    folded = text.translate(_FOLD)  # one character for one, so offsets hold
    spans: list[tuple[int, int]] = []
    if "@" in folded or " at " in folded or "(at)" in folded or "[at]" in folded:
        spans += [m.span() for m in _EMAIL.finditer(folded)]
    if "." in folded or "dot" in folded:
        spans += [m.span() for m in _URL.finditer(folded) if not _inside(m.span(), spans)]
    if _ANY_DIGITS.search(folded):
        spans += [
            m.span()
            for m in _PHONE.finditer(folded)
            if _is_phone(m.group(0)) and not _inside(m.span(), spans)
        ]
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def promotion_evidence(text: str) -> list[Evidence]:
    """Contact details and promotion phrases in ``text``, with offsets into it."""
    found = [Evidence(Label.PROMOTION, a, b, text[a:b], CONTACT) for a, b in _contacts(text)]
    phrases, platforms, requests = _patterns()
    norm = normalize(text)
    named = [(m.span(), PHRASE) for m in phrases.finditer(norm)]
    named += [(m.span(), PHRASE) for m in platforms.finditer(norm)]
    named += [(m.span(), PHRASE) for m in requests.finditer(norm)]
    if named:
        aligned = align(text)
        for (a, b), source in named:
            start, end = aligned.original_span(a, b)
            if not _inside((start, end), [(e.start, e.end) for e in found]):
                found.append(Evidence(Label.PROMOTION, start, end, text[start:end], source))
    if found:
        for m in _HANDLE.finditer(text):
            if _near(m.span(), found) and not _inside(m.span(), [(e.start, e.end) for e in found]):
                found.append(Evidence(Label.PROMOTION, m.start(), m.end(), m.group(0), CONTACT))
    return sorted(found, key=lambda e: (e.start, e.end))


def _near(span: tuple[int, int], evidence: list[Evidence], reach: int = 40) -> bool:
    return any(e.start - reach <= span[1] and span[0] <= e.end + reach for e in evidence)


def _kind(item: Evidence) -> str:
    """``hard`` (URL, e-mail, phone, handle), ``platform``, ``request`` or ``phrase``."""
    if item.source == CONTACT:
        return "hard"
    _, platforms, requests = _patterns()
    norm = normalize(item.text)
    if platforms.fullmatch(norm):
        return "platform"
    return "request" if requests.fullmatch(norm) else "phrase"


def promotion_score(evidence: Sequence[Evidence]) -> float:
    """Probability of a promotion violation implied by ``promotion_evidence`` output.

    Nothing: 0.02. A platform named in passing ("I saw it on Instagram"): 0.3.
    A promotion phrase or a contact request alone: 0.55. A contact detail alone:
    0.6 (review). A contact detail with a platform, or several phrases/requests:
    0.8. A contact detail with a phrase or a request: 0.95 (reject).
    """
    kinds: dict[str, set[str]] = {}
    for item in evidence:
        if item.source in (CONTACT, PHRASE):
            kinds.setdefault(_kind(item), set()).add(item.text.casefold())
    hard, soft = kinds.get("hard", set()), kinds.get("phrase", set()) | kinds.get("request", set())
    if hard and soft:
        return CONTACT_AND_PHRASE
    if (hard and kinds.get("platform")) or len(hard) >= 2 or len(soft) >= 2:
        return SEVERAL
    if hard:
        return CONTACT_ONLY
    if soft:
        return PHRASE_ONLY
    return PLATFORM_ONLY if kinds.get("platform") else CLEAN
