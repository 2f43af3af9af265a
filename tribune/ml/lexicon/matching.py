"""Find lexicon evidence in a comment: listed words, then templates, mapped back onto the text as posted.

A template match is decisive (``PATTERN_SOURCE``) for threats and abuse, and for
insults only when addressed to "you" (a ``second_person`` word inside the
match); a veiled-threat template is hold evidence (``HOLD_SOURCE``); anything
else is word evidence (``SOURCE``).

    >>> [(str(e.label), e.source) for e in find_evidence("We know where you live", "en")]
    [('threat', 'lexicon-hold')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tribune.ml.labels import Label
from tribune.ml.lexicon.loading import Lexicon, languages_for, load_lexicon, squeeze
from tribune.ml.lexicon.templates import COMMON, TOKEN, Rule
from tribune.ml.lexicon.weights import HOLD_SOURCE, PATTERN_SOURCE, SOURCE
from tribune.ml.text import align, normalize
from tribune.ml.types import Evidence

__all__ = ["TemplateMatch", "find_evidence", "template_matches"]

_DOUBLE = re.compile(r"(.)\1")
_PROCLITICS = frozenset("و")
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _written_as_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is capitalised and so is a neighbouring word that is not a function word."""
    if not text[start:end].istitle():
        return False
    before = _NAME_WORD.findall(text[max(0, start - 40) : start])
    after = _NAME_WORD.match(text[end:].lstrip(" .,"))
    neighbours = [before[-1] if before else "", after.group(0) if after else ""]
    return any(w.istitle() and normalize(w) not in COMMON for w in neighbours)


_QUOTES = ('"', "'", "«", "“", "‘", "„")
_SENTENCE_END = re.compile(r"[.!?:;\n]")


def _reported(norm: str, start: int, reporting: frozenset[str]) -> bool:
    """A reporting word ("said", "گوتی", "dedi") is in the sentence that holds ``start``.

    Before or after the quote: Turkish and Persian put the verb of saying last. A span that opens a
    quotation ("'Kill them all', a cardinal is said to have ordered") counts as reported too.
    """
    if norm[:start].rstrip().endswith(_QUOTES):
        return True
    cut = max((m.end() for m in _SENTENCE_END.finditer(norm, 0, start)), default=0)
    end = _SENTENCE_END.search(norm, start)
    return not reporting.isdisjoint(TOKEN.findall(norm[cut : end.start() if end else len(norm)]))


def _template_source(rule: Rule, matched: str, lex: Lexicon, reported: bool = False) -> str:
    """Insult templates decide only when addressed to "you"; threat and abuse templates always do.

    A veiled threat, or an explicit one quoted in reported speech ("police said he shouted 'I will
    kill you'"), is hold evidence: a human reads it, nothing rejects it on its own.
    """
    if rule.hold or (rule.label == "threat" and reported):
        return HOLD_SOURCE
    if rule.label != "personal_attack":
        return PATTERN_SOURCE
    return PATTERN_SOURCE if lex.second_person.intersection(TOKEN.findall(matched)) else SOURCE


def _masked_labels(token: str, lex: Lexicon) -> tuple[str, ...]:
    shape = re.compile("".join(r"\w" if ch == "*" else re.escape(ch) for ch in token) + "$")
    for word, labels in lex.exact.items():
        if len(word) == len(token) and word not in lex.mild and shape.match(word):
            return labels
    return ()


def _single_word_labels(word: str, lex: Lexicon) -> tuple[str, ...]:
    """Labels of one word: exact, then without "و", squeezed, masked, and by stem."""
    labels = lex.exact.get(word, ())
    if labels:
        return labels
    bare = word.rstrip("*")
    if bare != word:
        labels = lex.exact.get(bare, ())
    if not labels and len(bare) > 3 and bare[0] in _PROCLITICS:  # Arabic-script "و" (and) is written joined
        labels = lex.exact.get(bare[1:], ())
    if not labels and _DOUBLE.search(bare):
        labels = lex.squeezed.get(squeeze(bare), ())
    if not labels and "*" in word and len(word) >= 3:
        labels = _masked_labels(word, lex)
    if not labels and lex.stems:
        for cut in range(len(bare), 2, -1):
            labels = lex.stems.get(bare[:cut], ())
            if labels:
                break
    return labels


def _word_hits(tokens: list[tuple[int, int, str]], lex: Lexicon) -> Iterable[tuple[int, int, str]]:
    words = [t[2] for t in tokens]
    for i, (start, end, word) in enumerate(tokens):
        if word in lex.phrase_starts:
            for n in range(min(lex.max_phrase, len(tokens) - i), 1, -1):
                labels = lex.phrases.get(tuple(words[i : i + n]))
                if labels:
                    yield from ((start, tokens[i + n - 1][1], label) for label in labels)
        if word in lex.allow:
            continue
        yield from ((start, end, label) for label in _single_word_labels(word, lex))


def _evidence_for(label: str, start: int, end: int, text: str, source: str) -> list[Evidence]:
    if label.startswith(("slur:", "abuse:")):
        target = Label(label.split(":", 1)[1])
        return [Evidence(Label.ABUSE, start, end, text, source), Evidence(target, start, end, text, source)]
    return [Evidence(Label(label), start, end, text, source)]


_RANK = {PATTERN_SOURCE: 0, HOLD_SOURCE: 1, SOURCE: 2}


@dataclass(frozen=True)
class TemplateMatch:
    """One template match on a normalised comment: the rule, the span (normalised offsets) and its source."""

    rule: Rule
    language: str
    start: int
    end: int
    source: str


def _view(norm: str, lex: Lexicon) -> str:
    """The text as ``lex`` reads it: folded by its ``fold`` table (same length, so spans carry over)."""
    return norm.translate(lex.fold) if lex.fold else norm


def template_matches(norm: str, codes: Sequence[str]) -> list[TemplateMatch]:
    """Every template of the ``codes`` lexicons that matches the normalised text ``norm``."""
    views = {code: _view(norm, load_lexicon(code)) for code in codes}
    found: list[TemplateMatch] = []
    for code in codes:
        lex, text = load_lexicon(code), views[code]
        for rule in lex.rules_for(set(TOKEN.findall(text))):
            for m in rule.regex.finditer(text):
                if m.end() > m.start():
                    reported = any(_reported(views[c], m.start(), load_lexicon(c).reporting) for c in codes)
                    source = _template_source(rule, m.group(0), lex, reported)
                    found.append(TemplateMatch(rule, code, m.start(), m.end(), source))
    return found


def find_evidence(text: str, lang: str | None = None) -> list[Evidence]:
    """Spans of ``text`` (as posted) that a word list or template flags, in text order.

    text (str): the comment as posted.
    lang (str | None): its language; detected when None or not a site language.
    """
    norm = normalize(text)
    if not norm:
        return []
    tokens = [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(norm)]
    codes = languages_for(text, lang)
    names: set[str] = set()
    hits: set[tuple[int, int, str, str]] = set()
    for code in codes:
        lex = load_lexicon(code)
        names.update(lex.names)
        view = tokens if not lex.fold else [(a, b, w.translate(lex.fold)) for a, b, w in tokens]
        hits.update((start, end, label, SOURCE) for start, end, label in _word_hits(view, lex))
    hits.update((t.start, t.end, t.rule.label, t.source) for t in template_matches(norm, codes))
    if not hits:
        return []
    aligned = align(text)
    evidence: dict[tuple[Label, int, int], Evidence] = {}
    for start, end, label, source in sorted(hits, key=lambda h: (h[0], h[1], h[2], _RANK[h[3]])):
        a, b = aligned.original_span(start, end)
        if source == SOURCE and norm[start:end] in names and _written_as_name(text, a, b):
            continue
        for item in _evidence_for(label, a, b, text[a:b], source):
            evidence.setdefault((item.label, a, b), item)
    return _outermost(sorted(evidence.values(), key=lambda e: (e.start, -e.end, str(e.label))))


def _outermost(evidence: list[Evidence]) -> list[Evidence]:
    """Drop spans inside a longer span of the same label ("te bikujim" in "ez ê te bikujim").

    A hold span only swallows hold spans: a word or decisive template inside it stays.
    """
    kept: list[Evidence] = []
    for item in evidence:
        if not any(
            k.label == item.label
            and k.start <= item.start
            and item.end <= k.end
            and (k.source != HOLD_SOURCE or item.source == HOLD_SOURCE)
            for k in kept
        ):
            kept.append(item)
    return sorted(kept, key=lambda e: (e.start, e.end, str(e.label)))
