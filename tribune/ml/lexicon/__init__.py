"""Multilingual word lists and phrase templates: evidence for the guidelines.

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
* ``slots`` and ``patterns``: phrase templates for what one word cannot show
  (syntax in ``templates``). ``patterns.threat``, ``.personal_attack`` and
  ``.abuse`` decide; ``patterns.threat_hold`` holds veiled threats for a human.
  ``abuse`` patterns use ``{group}``, which is expanded once per target with
  ``group:<target>``, so a match says whom the abuse is aimed at.

Terms and templates are normalised with ``tribune.ml.text.normalize`` when
compiled, and comments are matched on their normalised form; evidence spans are
then mapped back onto the text as posted. English lists always run (people
swear in English in every language); for another language we run its own list,
or every list of the comment's script when the language is unknown.

The package by job: ``templates`` (template syntax to regex), ``loading`` (a
language's JSON to indexed lists), ``matching`` (a comment to evidence spans),
``weights`` (evidence to scores; the threat hold and reject weights).

Usage::

    >>> [(str(e.label), e.text) for e in find_evidence("Someone should shoot the editor", "en")]
    [('threat', 'Someone should shoot the editor')]
    >>> lexicon_scores(find_evidence("Kurds are subhuman", "en"))["racism"] > 0.9
    True
"""

from __future__ import annotations

from tribune.ml.lexicon.loading import compile_all
from tribune.ml.lexicon.matching import find_evidence
from tribune.ml.lexicon.templates import LEXICON_DIR
from tribune.ml.lexicon.weights import (
    HOLD_CEILING,
    HOLD_SOURCE,
    MILD_WEIGHT,
    PATTERN_SOURCE,
    PATTERN_WEIGHT,
    SOURCE,
    STRONG_WEIGHT,
    THREAT_HOLD_WEIGHT,
    THREAT_REJECT_WEIGHT,
    lexicon_scores,
)

__all__ = [
    "HOLD_CEILING",
    "HOLD_SOURCE",
    "LEXICON_DIR",
    "MILD_WEIGHT",
    "PATTERN_SOURCE",
    "PATTERN_WEIGHT",
    "SOURCE",
    "STRONG_WEIGHT",
    "THREAT_HOLD_WEIGHT",
    "THREAT_REJECT_WEIGHT",
    "compile_all",
    "find_evidence",
    "lexicon_scores",
]
