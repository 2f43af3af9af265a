"""Phrase templates compiled to regular expressions, each with the words that must occur for it to match.

Template syntax (in ``lexicons/<lang>.json``, normalised spelling): ``{slot}`` is
any entry of a slot, ``{slot}?`` an optional one, ``~`` up to three words of
anything, ``^`` the start of a sentence, ``word*`` a stem; a prefix glued to a
slot (``ل{group}``) is written joined to it. Words are joined by spaces or
quotes only, never by commas.

    >>> rule = compile_rule("threat", "i will {harm} you", {"harm": ["kill", "hurt"]})
    >>> bool(rule.regex.search("i will hurt you")), sorted(rule.anchors or ())
    (True, ['hurt', 'kill'])
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from tribune.ml.text import normalize

__all__ = ["COMMON", "LEXICON_DIR", "TOKEN", "Rule", "compile_rule"]

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons"
TOKEN = re.compile(r"[^\W\d_]+(?:(?:['’]|\*+)[^\W\d_]+)*\**")
"""A word of a normalised comment (apostrophes and masking asterisks stay inside it)."""
_SLOT = re.compile(r"^([^{}\s]*)\{([\w:]+)\}$")
_SEP = r"[\s\"«»]+"
_GAP = r"(?:\S+\s+){0,3}?"
_START = r"(?:^|(?<=[.!?] )|(?<=[.!?]))"


def _common_words() -> frozenset[str]:
    """Function words of every language (``stopwords.json``): too frequent to anchor a template."""
    data = json.loads((LEXICON_DIR / "stopwords.json").read_text(encoding="utf-8"))
    return frozenset(normalize(w) for words in data["stop"].values() for w in words)


COMMON = _common_words()


@dataclass(frozen=True)
class Rule:
    """One template: it runs only when the comment has one of its anchor words (or prefixes).

    label (str): what a match is evidence of (``threat``, ``abuse:racism``, ...).
    regex (re.Pattern): the compiled template, matched on normalised text.
    anchors (frozenset | None): words one of which must occur; None when only function words are required.
    prefixes (tuple): stems one of which must start a word of the comment instead.
    hold (bool): a hold-level template (veiled threat): it sends to a human but never decides alone.
    template (str): the template as written in the JSON file (for reports).
    """

    label: str
    regex: re.Pattern[str]
    anchors: frozenset[str] | None
    prefixes: tuple[str, ...] = ()
    hold: bool = False
    template: str = ""

    def wanted(self, words: set[str]) -> bool:
        if self.anchors is None:
            return True
        if not self.anchors.isdisjoint(words):
            return True
        return any(w.startswith(self.prefixes) for w in words) if self.prefixes else False


def _term_regex(term: str, slots: dict[str, list[str]], depth: int = 0) -> str:
    """Regex for one template or term (already in normalised spelling)."""
    parts: list[str] = []
    glue_next = False
    raws = term.split()
    for i, raw in enumerate(raws):
        optional = raw.endswith("?") and "{" in raw
        token = raw.rstrip("?") if optional else raw
        slot = _SLOT.match(token)
        if token == "~":
            piece, glued = _GAP, True
        elif token == "^":
            piece, glued = _START, True
        elif slot:
            prefix, name = slot.groups()
            if depth > 3:
                raise ValueError(f"slot nesting too deep at {token}")
            if name not in slots:
                raise ValueError(f"template {term!r} uses unknown slot {{{name}}}")
            alts = sorted({_term_regex(e, slots, depth + 1) for e in slots[name]}, key=len, reverse=True)
            if prefix:  # Arabic "ل" + "العرب" is written "للعرب"
                alts = [re.sub(r"^ال", "ا?ل", alt) for alt in alts]
            piece = re.escape(normalize(prefix)) + "(?:" + "|".join(alts) + ")"
            glued = False
            if optional and i == len(raws) - 1 and parts:  # a last optional slot hangs after a separator
                piece, glue_next = "(?:" + _SEP + piece + ")?", True
            elif optional:
                piece, glued = "(?:" + piece + _SEP + ")?", True
        else:
            stem = token.endswith("*")
            word = normalize(token.rstrip("*")).replace(" ", "")
            piece, glued = re.escape(word) + (r"\w*" if stem else ""), False
        if parts and not glue_next:
            parts.append(_SEP)
        parts.append(piece)
        glue_next = glued
    return "".join(parts)


def _entry_anchor(entry: str) -> str | None:
    """The least common word an entry cannot match without (``None``: only common words)."""
    best: str | None = None
    for raw in entry.split():
        if raw.startswith(("{", "~", "^")):
            continue
        stem = raw.endswith("*")
        for word in TOKEN.findall(normalize(raw.rstrip("*"))):
            if word not in COMMON and (best is None or len(word) > len(best.rstrip("*"))):
                best = word + ("*" if stem else "")
    return best


def _anchors(template: str, slots: dict[str, list[str]]) -> tuple[frozenset[str] | None, tuple[str, ...]]:
    """Words one of which must occur for ``template`` to match; the most selective required token."""
    choices: list[set[str]] = []
    for raw in template.split():
        if raw in ("~", "^") or raw.endswith("?"):
            continue
        slot = _SLOT.match(raw)
        if slot and slot.group(1):
            continue
        entries = slots[slot.group(2)] if slot else [raw]
        anchors = {_entry_anchor(e) for e in entries}
        if None not in anchors:
            choices.append({a for a in anchors if a})
    if not choices:
        return None, ()
    best = min(choices, key=len)
    return frozenset(a for a in best if not a.endswith("*")), tuple(a[:-1] for a in best if a.endswith("*"))


def compile_rule(label: str, template: str, slots: dict[str, list[str]], *, hold: bool = False) -> Rule:
    """Compile ``template`` (see the module docstring) into a ``Rule`` for ``label``."""
    regex = re.compile(rf"(?<!\w)(?:{_term_regex(template, slots)})(?!\w)")
    anchors, prefixes = _anchors(template, slots)
    return Rule(label, regex, anchors, prefixes, hold, template)
