"""Multilingual word lists and phrase patterns: evidence for the guidelines.

Each site language has ``lexicons/<lang>.json`` with these sections:

* ``words``: label -> terms that break a guideline on their own (``fuck``,
  ``orospu``). A label is a guideline (``profanity``, ``vulgarity``,
  ``personal_attack``) or ``slur:<target>`` (identity abuse, e.g.
  ``slur:homophobia``). A trailing ``*`` makes a stem (``öldür*``); a term may
  be several words. Masked spellings (``f*ck``, ``sh**``) match by shape.
* ``mild``: terms that only warrant review (``damn``, ``crap``).
* ``second_person``: pronouns (and the vocative ``يا``) that make an insult
  template a direct attack on the reader being answered ("you are an idiot").
* ``names``: listed words that are also given names or surnames (``Dick``);
  written capitalised next to another capitalised word ("Dick Cheney",
  "Philip K. Dick") they are read as a name, not as evidence.
* ``allow``: ordinary words that folding would otherwise turn into a listed
  term (``Shiite`` squeezes to ``shite``); they are never evidence.
* ``slots`` and ``patterns``: phrase templates for what one word cannot show,
  threats and dehumanisation above all. ``{slot}`` is any entry of a slot,
  ``{slot}?`` an optional one, ``~`` up to three words of anything, ``^`` the
  start of a sentence, ``*`` a stem. ``abuse`` patterns use ``{group}``, which is expanded once per target
  with ``group:<target>``, so a match says whom the abuse is aimed at.

Terms and templates are normalised with ``tribune.ml.text.normalize`` when
compiled, and comments are matched on their normalised form; evidence spans are
then mapped back onto the text as posted. English lists always run (people
swear in English in every language); for another language we run its own list,
or every list of the comment's script when the language is unknown.

Usage::

    >>> [(str(e.label), e.text) for e in find_evidence("Someone should shoot the editor", "en")]
    [('threat', 'Someone should shoot the editor')]
    >>> lexicon_scores(find_evidence("Kurds are subhuman", "en"))["racism"] > 0.9
    True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tribune.ml.labels import ABUSE_TARGETS, LANGUAGES, Label
from tribune.ml.langid import detect_language, script_of
from tribune.ml.text import align, normalize
from tribune.ml.types import Evidence

__all__ = ["MILD_WEIGHT", "PATTERN_WEIGHT", "STRONG_WEIGHT", "compile_all", "find_evidence", "lexicon_scores"]

LEXICON_DIR = Path(__file__).parent / "lexicons"
SOURCE = "lexicon"
PATTERN_SOURCE = "lexicon-pattern"
STRONG_WEIGHT = {"threat": 0.93, "abuse": 0.92, "profanity": 0.9, "vulgarity": 0.9, "personal_attack": 0.88}
MILD_WEIGHT = 0.6
PATTERN_WEIGHT = {"threat": 0.995, "abuse": 0.995, "personal_attack": 0.999}
"""Decisive templates say more than any one word: these reach every reject cut.

A threat, dehumanising a group, or an insult addressed to "you". Their precision
was measured on the pooled validation and test splits (docs/models.md, "Lexicon
patterns"). An insult template about a third person ("stupid journalist") is
evidence like a listed word (``STRONG_WEIGHT``): harsh words about public figures
go to a human, not straight out."""
_SCRIPTS = {"en": "latin", "kmr": "latin", "tr": "latin", "ckb": "arabic", "fa": "arabic", "ar": "arabic"}
_TOKEN = re.compile(r"[^\W\d_]+(?:(?:['’]|\*+)[^\W\d_]+)*\**")
_DOUBLE = re.compile(r"(.)\1")
_PROCLITICS = frozenset("و")
_SLOT = re.compile(r"^([^{}\s]*)\{([\w:]+)\}$")
_SEP = r"[\s\"«»]+"
_GAP = r"(?:\S+\s+){0,3}?"
_START = r"(?:^|(?<=[.!?] )|(?<=[.!?]))"
_TARGETS = tuple(str(t) for t in ABUSE_TARGETS)
_MILD_TERMS: set[str] = set()


def _common_words() -> frozenset[str]:
    """Function words of every language (``stopwords.json``): too frequent to anchor a template."""
    data = json.loads((LEXICON_DIR / "stopwords.json").read_text(encoding="utf-8"))
    return frozenset(normalize(w) for words in data["stop"].values() for w in words)


_COMMON = _common_words()


@dataclass(frozen=True)
class _Rule:
    """One template: it runs only when the comment has one of its anchor words (or prefixes)."""

    label: str
    regex: re.Pattern[str]
    anchors: frozenset[str] | None
    prefixes: tuple[str, ...] = ()

    def wanted(self, words: set[str]) -> bool:
        if self.anchors is None:
            return True
        if not self.anchors.isdisjoint(words):
            return True
        return any(w.startswith(self.prefixes) for w in words) if self.prefixes else False


@dataclass
class _Lexicon:
    """One language's compiled lists."""

    exact: dict[str, tuple[str, ...]] = field(default_factory=dict)
    squeezed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stems: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    mild: set[str] = field(default_factory=set)
    allow: set[str] = field(default_factory=set)
    second_person: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    patterns: list[_Rule] = field(default_factory=list)
    max_phrase: int = 1
    phrase_starts: set[str] = field(default_factory=set)
    by_anchor: dict[str, list[int]] = field(default_factory=dict)
    unanchored: list[int] = field(default_factory=list)

    def index_rules(self) -> None:
        """Map anchor words to the rules they can trigger."""
        for i, rule in enumerate(self.patterns):
            if rule.anchors is None or rule.prefixes:
                self.unanchored.append(i)
                continue
            for word in rule.anchors:
                self.by_anchor.setdefault(word, []).append(i)

    def rules_for(self, words: set[str]) -> list[_Rule]:
        chosen = {i for word in words for i in self.by_anchor.get(word, ())}
        chosen.update(i for i in self.unanchored if self.patterns[i].wanted(words))
        return [self.patterns[i] for i in sorted(chosen)]


def _squeeze(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def _term_regex(term: str, slots: dict[str, list[str]], depth: int = 0) -> str:
    """Regex for one template or term (already in normalised spelling)."""
    parts: list[str] = []
    glue_next = False
    for raw in term.split():
        optional = raw.endswith("?") and "{" in raw
        token = raw.rstrip("?") if optional else raw
        if token == "~":
            piece, glued = _GAP, True
        elif token == "^":
            piece, glued = _START, True
        elif _SLOT.match(token):
            prefix, name = _SLOT.match(token).groups()  # type: ignore[union-attr]
            if depth > 3:
                raise ValueError(f"slot nesting too deep at {token}")
            alts = sorted({_term_regex(e, slots, depth + 1) for e in slots[name]}, key=len, reverse=True)
            if prefix:  # Arabic "ل" + "العرب" is written "للعرب"
                alts = [re.sub(r"^ال", "ا?ل", alt) for alt in alts]
            piece = re.escape(normalize(prefix)) + "(?:" + "|".join(alts) + ")"
            glued = False
            if optional:
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


def _entry_anchor(entry: str, slots: dict[str, list[str]]) -> str | None:
    """The least common word an entry cannot match without (``None``: only common words)."""
    best: str | None = None
    for raw in entry.split():
        if raw.startswith(("{", "~", "^")):
            continue
        stem = raw.endswith("*")
        for word in _TOKEN.findall(normalize(raw.rstrip("*"))):
            if word not in _COMMON and (best is None or len(word) > len(best.rstrip("*"))):
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
        anchors = {_entry_anchor(e, slots) for e in entries}
        if None not in anchors:
            choices.append({a for a in anchors if a})
    if not choices:
        return None, ()
    best = min(choices, key=len)
    return frozenset(a for a in best if not a.endswith("*")), tuple(a[:-1] for a in best if a.endswith("*"))


def _rule(label: str, template: str, slots: dict[str, list[str]]) -> _Rule:
    regex = re.compile(rf"(?<!\w)(?:{_term_regex(template, slots)})(?!\w)")
    anchors, prefixes = _anchors(template, slots)
    return _Rule(label, regex, anchors, prefixes)


def _norm_term(term: str) -> str:
    stem = term.endswith("*")
    words = [normalize(w) for w in term.rstrip("*").split()]
    return " ".join(w for w in words if w) + ("*" if stem else "")


def _add(index: dict[str, tuple[str, ...]], key: str, label: str) -> None:
    if label not in index.get(key, ()):
        index[key] = (*index.get(key, ()), label)


@cache
def _lexicon(lang: str) -> _Lexicon:
    path = LEXICON_DIR / f"{lang}.json"
    lex = _Lexicon()
    if not path.exists():
        return lex
    data = json.loads(path.read_text(encoding="utf-8"))
    for label, terms in data.get("words", {}).items():
        for term in terms:
            key = _norm_term(term)
            tokens = tuple(key.split())
            if len(tokens) > 1:
                lex.phrases[tokens] = (*lex.phrases.get(tokens, ()), label)
                lex.max_phrase = max(lex.max_phrase, len(tokens))
                lex.phrase_starts.add(tokens[0])
            elif key.endswith("*"):
                _add(lex.stems, key[:-1], label)
            else:
                _add(lex.exact, key, label)
                _add(lex.squeezed, _squeeze(key), label)
    lex.mild = {_norm_term(t) for t in data.get("mild", [])}
    lex.allow = {_norm_term(t) for t in data.get("allow", [])}
    lex.second_person = frozenset(_norm_term(t) for t in data.get("second_person", []))
    lex.names = frozenset(_norm_term(t) for t in data.get("names", []))
    _MILD_TERMS.update(lex.mild)  # evidence only ever comes from compiled lexicons
    for term in lex.mild:
        _add(lex.exact, term, "profanity")
    slots: dict[str, list[str]] = {name: list(entries) for name, entries in data.get("slots", {}).items()}
    for label, templates in data.get("patterns", {}).items():
        if label != "abuse":
            lex.patterns.extend(_rule(label, t, slots) for t in templates)
            continue
        for target in _TARGETS:
            group = slots.get(f"group:{target}")
            if group and lang == "ar":  # the conjunction "و" is written joined to the next word
                group = group + [f"و{g}" for g in group if " " not in g]
            if group:
                lex.patterns.extend(_rule(f"abuse:{target}", t, {**slots, "group": group}) for t in templates)
    lex.index_rules()
    return lex


_NAME_WORD = re.compile(r"[^\W\d_]+")


def _written_as_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is capitalised and so is a neighbouring word that is not a function word."""
    if not text[start:end].istitle():
        return False
    before = _NAME_WORD.findall(text[max(0, start - 40) : start])
    after = _NAME_WORD.match(text[end:].lstrip(" .,"))
    neighbours = [before[-1] if before else "", after.group(0) if after else ""]
    return any(w.istitle() and normalize(w) not in _COMMON for w in neighbours)


def _template_source(label: str, matched: str, lex: _Lexicon) -> str:
    """Insult templates decide only when addressed to "you"; threat and abuse templates always do."""
    if label != "personal_attack":
        return PATTERN_SOURCE
    return PATTERN_SOURCE if lex.second_person.intersection(_TOKEN.findall(matched)) else SOURCE


def compile_all() -> None:
    """Compile every language's lists now (about 0.1 s each) instead of on a comment's first use."""
    for code in LANGUAGES:
        _lexicon(code)


def _languages_for(text: str, lang: str | None) -> list[str]:
    chosen = lang if lang in LANGUAGES else detect_language(text)
    if chosen in LANGUAGES:
        return sorted({chosen, "en"})
    script = script_of(text)
    return [code for code in LANGUAGES if _SCRIPTS[code] == script] or ["en"]


def _masked_labels(token: str, lex: _Lexicon) -> tuple[str, ...]:
    shape = re.compile("".join(r"\w" if ch == "*" else re.escape(ch) for ch in token) + "$")
    for word, labels in lex.exact.items():
        if len(word) == len(token) and word not in lex.mild and shape.match(word):
            return labels
    return ()


def _word_hits(tokens: list[tuple[int, int, str]], lex: _Lexicon) -> Iterable[tuple[int, int, str]]:
    words = [t[2] for t in tokens]
    exact, stems = lex.exact, lex.stems
    for i, (start, end, word) in enumerate(tokens):
        if word in lex.phrase_starts:
            for n in range(min(lex.max_phrase, len(tokens) - i), 1, -1):
                labels = lex.phrases.get(tuple(words[i : i + n]))
                if labels:
                    yield from ((start, tokens[i + n - 1][1], label) for label in labels)
        if word in lex.allow:
            continue
        labels = exact.get(word, ())
        if labels:
            yield from ((start, end, label) for label in labels)
            continue
        bare = word.rstrip("*")
        if bare != word:
            labels = exact.get(bare, ())
        if (
            not labels and len(bare) > 3 and bare[0] in _PROCLITICS
        ):  # Arabic-script "و" (and) is written joined
            labels = exact.get(bare[1:], ())
        if not labels and _DOUBLE.search(bare):
            labels = lex.squeezed.get(_squeeze(bare), ())
        if not labels and "*" in word and len(word) >= 3:
            labels = _masked_labels(word, lex)
        if not labels and stems:
            for cut in range(len(bare), 2, -1):
                labels = stems.get(bare[:cut], ())
                if labels:
                    break
        yield from ((start, end, label) for label in labels)


def _evidence_for(label: str, start: int, end: int, text: str, source: str) -> list[Evidence]:
    if label.startswith(("slur:", "abuse:")):
        target = Label(label.split(":", 1)[1])
        return [Evidence(Label.ABUSE, start, end, text, source), Evidence(target, start, end, text, source)]
    return [Evidence(Label(label), start, end, text, source)]


def find_evidence(text: str, lang: str | None = None) -> list[Evidence]:
    """Spans of ``text`` (as posted) that a word list or pattern flags, in text order.

    text (str): the comment as posted.
    lang (str | None): its language; detected when None or not a site language.
    """
    norm = normalize(text)
    if not norm:
        return []
    hits: set[tuple[int, int, str, str]] = set()
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(norm)]
    present = {t[2] for t in tokens}
    names: set[str] = set()
    for code in _languages_for(text, lang):
        lex = _lexicon(code)
        names.update(lex.names)
        hits.update((start, end, label, SOURCE) for start, end, label in _word_hits(tokens, lex))
        for rule in lex.rules_for(present):
            hits.update(
                (m.start(), m.end(), rule.label, _template_source(rule.label, m.group(0), lex))
                for m in rule.regex.finditer(norm)
                if m.end() > m.start()
            )
    if not hits:
        return []
    aligned = align(text)
    evidence: dict[tuple[Label, int, int], Evidence] = {}
    for start, end, label, source in sorted(hits, key=lambda h: (h[0], h[1], h[2], h[3] != PATTERN_SOURCE)):
        a, b = aligned.original_span(start, end)
        if source == SOURCE and norm[start:end] in names and _written_as_name(text, a, b):
            continue
        for item in _evidence_for(label, a, b, text[a:b], source):
            evidence.setdefault((item.label, a, b), item)
    return _outermost(sorted(evidence.values(), key=lambda e: (e.start, -e.end, str(e.label))))


def _outermost(evidence: list[Evidence]) -> list[Evidence]:
    """Drop spans inside a longer span of the same label ("te bikujim" in "ez ê te bikujim")."""
    kept: list[Evidence] = []
    for item in evidence:
        if not any(k.label == item.label and k.start <= item.start and item.end <= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda e: (e.start, e.end, str(e.label)))


def _is_mild(item: Evidence) -> bool:
    return item.label == Label.PROFANITY and normalize(item.text) in _MILD_TERMS


def _weight(item: Evidence, label: str) -> float:
    if item.source == PATTERN_SOURCE:
        return PATTERN_WEIGHT.get(label, PATTERN_WEIGHT["abuse"])
    if _is_mild(item):
        return MILD_WEIGHT
    return STRONG_WEIGHT.get(label, STRONG_WEIGHT["abuse"])


def lexicon_scores(evidence: Sequence[Evidence]) -> dict[str, float]:
    """Probabilities per label implied by lexicon evidence (labels without evidence are absent).

    One strong hit gives the label's ``STRONG_WEIGHT``; a mild term (``damn``)
    gives ``MILD_WEIGHT``; a decisive template gives ``PATTERN_WEIGHT``;
    each further hit closes a third of the remaining gap.
    """
    scores: dict[str, float] = {}
    for item in evidence:
        if item.source not in (SOURCE, PATTERN_SOURCE):
            continue
        label = str(item.label)
        base = _weight(item, label)
        current = scores.get(label)
        scores[label] = base if current is None else max(current, base) + (1 - max(current, base)) / 3
    return {label: min(score, max(PATTERN_WEIGHT.values())) for label, score in scores.items()}
