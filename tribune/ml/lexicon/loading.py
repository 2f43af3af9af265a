"""Read one language's ``lexicons/<lang>.json`` into indexed word lists and compiled templates.

Terms are normalised with ``tribune.ml.text.normalize`` (so ``ك``/``ک``,
``ي``/``ی`` and ``ة``/``ه`` meet), single words are indexed exactly, squeezed
(``fuuck`` -> ``fuck``) and as stems (``word*``), several-word terms as phrases.
``inflect`` (Kurdish) adds suffixed forms of curated base words; ``fold`` (Sorani) maps letters
that keyboards often replace (``ە``/``ه``, ``ڕ``/``ر``, ...) to one, in the lists and in the text the
language's lists read, so both spellings match. Template sections: ``threat``, ``personal_attack`` and ``abuse`` decide;
``threat_hold`` (veiled threats) holds. ``abuse`` templates are expanded once
per target with the ``group:<target>`` slot as ``{group}``.

    >>> lex = load_lexicon("kmr")
    >>> "ehmeq" in lex.exact, any(r.hold for r in lex.patterns)
    (True, True)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tribune.ml.labels import ABUSE_TARGETS, LANGUAGES
from tribune.ml.langid import detect_language, script_of
from tribune.ml.lexicon.templates import LEXICON_DIR, Rule, compile_rule
from tribune.ml.lexicon.weights import MILD_TERMS
from tribune.ml.text import normalize

__all__ = ["HOLD_SECTION", "Lexicon", "compile_all", "languages_for", "load_lexicon", "squeeze"]

HOLD_SECTION = "threat_hold"
"""Template section for veiled threats: evidence of ``threat`` at the hold weight."""
_DECISIVE = ("threat", "personal_attack", "abuse")
_SCRIPTS = {"en": "latin", "kmr": "latin", "tr": "latin", "ckb": "arabic", "fa": "arabic", "ar": "arabic"}
_TARGETS = tuple(str(t) for t in ABUSE_TARGETS)


@dataclass
class Lexicon:
    """One language's compiled lists."""

    exact: dict[str, tuple[str, ...]] = field(default_factory=dict)
    squeezed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    stems: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    mild: set[str] = field(default_factory=set)
    allow: set[str] = field(default_factory=set)
    second_person: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    fold: dict[int, str] | None = None
    patterns: list[Rule] = field(default_factory=list)
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

    def rules_for(self, words: set[str]) -> list[Rule]:
        """The templates worth running on a comment with these (normalised) words."""
        chosen = {i for word in words for i in self.by_anchor.get(word, ())}
        chosen.update(i for i in self.unanchored if self.patterns[i].wanted(words))
        return [self.patterns[i] for i in sorted(chosen)]


def squeeze(word: str) -> str:
    """``word`` with every run of a repeated letter cut to one."""
    return re.sub(r"(.)\1+", r"\1", word)


def _norm_term(term: str) -> str:
    stem = term.endswith("*")
    words = [normalize(w) for w in term.rstrip("*").split()]
    return " ".join(w for w in words if w) + ("*" if stem else "")


def _add(index: dict[str, tuple[str, ...]], key: str, label: str) -> None:
    if label not in index.get(key, ()):
        index[key] = (*index.get(key, ()), label)


def _index_words(lex: Lexicon, words: dict[str, list[str]]) -> None:
    for label, terms in words.items():
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
                _add(lex.squeezed, squeeze(key), label)


def _folded(value: Any, table: dict[int, str]) -> Any:
    """``value`` (parsed JSON) with every string folded by ``table`` (normalised later, as unfolded terms are)."""
    if isinstance(value, str):
        return value.translate(table)
    if isinstance(value, list):
        return [_folded(v, table) for v in value]
    if isinstance(value, dict):
        return {k: _folded(v, table) for k, v in value.items()}
    return value


def _inflect(lex: Lexicon, spec: dict[str, Any]) -> None:
    """Add the listed inflected forms of curated base words (Kurdish suffixes, clitics and vocatives).

    ``spec``: ``{"vowels": "...", "after_consonant": [...], "after_vowel": [...], "words": {label: [...]}}``;
    a base word ending in one of ``vowels`` takes the ``after_vowel`` suffixes. Forms already listed, and
    ``allow`` words, are left alone, so a list can always override what inflection would add.
    """
    vowels = str(spec.get("vowels", ""))
    for label, bases in spec.get("words", {}).items():
        for base in bases:
            word = normalize(base)
            ending = spec["after_vowel"] if word and word[-1] in vowels else spec["after_consonant"]
            for suffix in ending:
                form = word + normalize(suffix)
                if form not in lex.exact and form not in lex.allow:
                    _add(lex.exact, form, label)
                    _add(lex.squeezed, squeeze(form), label)


def _compile_patterns(lang: str, data: dict[str, list[str]], slots: dict[str, list[str]]) -> list[Rule]:
    unknown = set(data) - {*_DECISIVE, HOLD_SECTION}
    if unknown:
        raise ValueError(f"lexicons/{lang}.json: unknown pattern sections {sorted(unknown)}")
    rules: list[Rule] = []
    for label, templates in data.items():
        if label == HOLD_SECTION:
            rules.extend(compile_rule("threat", t, slots, hold=True) for t in templates)
            continue
        if label != "abuse":
            rules.extend(compile_rule(label, t, slots) for t in templates)
            continue
        for target in _TARGETS:
            group = slots.get(f"group:{target}")
            if group and lang == "ar":  # the conjunction "و" is written joined to the next word
                group = group + [f"و{g}" for g in group if " " not in g]
            if group:
                rules.extend(compile_rule(f"abuse:{target}", t, {**slots, "group": group}) for t in templates)
    return rules


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The compiled lists of ``lang`` (empty when it has no file); compiled once per process."""
    path = LEXICON_DIR / f"{lang}.json"
    lex = Lexicon()
    if not path.exists():
        return lex
    data = json.loads(path.read_text(encoding="utf-8"))
    if "fold" in data:
        lex.fold = str.maketrans(data.pop("fold"))
        data = _folded(data, lex.fold)
    _index_words(lex, data.get("words", {}))
    lex.mild = {_norm_term(t) for t in data.get("mild", [])}
    lex.allow = {_norm_term(t) for t in data.get("allow", [])}
    lex.second_person = frozenset(_norm_term(t) for t in data.get("second_person", []))
    lex.names = frozenset(_norm_term(t) for t in data.get("names", []))
    if "inflect" in data:
        _inflect(lex, data["inflect"])
    lex.reporting = frozenset(_norm_term(t) for t in data.get("reporting", []))
    MILD_TERMS.update(lex.mild)  # evidence only ever comes from compiled lexicons
    for term in lex.mild:
        _add(lex.exact, term, "profanity")
    slots: dict[str, list[str]] = {name: list(entries) for name, entries in data.get("slots", {}).items()}
    lex.patterns = _compile_patterns(lang, data.get("patterns", {}), slots)
    lex.index_rules()
    return lex


def compile_all() -> None:
    """Compile every language's lists now (about 0.1 s each) instead of on a comment's first use."""
    for code in LANGUAGES:
        load_lexicon(code)


def languages_for(text: str, lang: str | None) -> list[str]:
    """Lists to run: the comment's language and English, or every list of its script when unknown."""
    chosen = lang if lang in LANGUAGES else detect_language(text)
    if chosen in LANGUAGES:
        return sorted({chosen, "en"})
    script = script_of(text)
    return [code for code in LANGUAGES if _SCRIPTS[code] == script] or ["en"]
