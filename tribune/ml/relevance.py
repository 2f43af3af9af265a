"""Off-topic score: how likely a comment is *not* about its article.

Lexical, language-aware and cheap (tens of microseconds per comment): both
texts are normalised (``tribune.ml.text``), function words are dropped
(``lexicons/stopwords.json``), and the comment's remaining words are compared
with the article's by prefix stems (five letters: covers Turkish, Kurdish,
Persian and Arabic suffixes; Arabic ``ال``/``و`` prefixes are stripped) and by
character 5-grams (catches compounds and spelling variants).

Calibration, by design rather than from data (we have no article texts for the
public comment sets; the fixture in ``tests/test_relevance.py`` is our own):

* short generic reactions ("Great reporting", "Terrible news", "Allah rahmet
  eylesin") have at most two specific words and score <= 0.11;
* a comment sharing words with the article scores low whatever its length;
* a long comment that shares nothing scores up to 0.88: lexical evidence alone
  sends a comment to review but never auto-rejects it (the policy's default
  reject cut is 0.9);
* no article, or a comment and article in different scripts (a Sorani comment
  on an English article): we cannot tell, 0.1 or 0.15.

English comments that lexical overlap would send to review (lexical score >=
``EMBED_FROM``) are re-scored with sentence embeddings: the multilingual USE
encoder of the meaning stage (``tribune.ml.sentence``), whose vector of the
comment the scorer has usually computed already (``vector``), so relevance
costs almost nothing more. ``blend`` maps the lexical score and the
comment/article cosine to a probability, with weights fitted on a C3 proxy
(``tribune.ml.training.relevance_eval``; figures in ``docs/models.md``), capped
at ``CEILING`` as well, and the lower of the two scores is kept: the embedding
clears paraphrases but never raises a score (raising short opinions on a low
cosine flagged them: "Kurds deserve equal rights" under a bridge story went
from 0.45 to 0.68). Comments with clear word overlap and generic reactions keep
their lexical score. Article embeddings are cached (LRU of ``ARTICLE_CACHE``
digests). Without the encoder, or for other languages (the blend was fitted on
English only), the lexical score stands (logged once). The English MiniLM
(``tribune.ml.embeddings``) did this before; on the same proxy it ranked no
better and cost 29 ms per embedded comment, so ``relevance_eval`` keeps it
only for comparison.

Weakness: without the encoder, paraphrase and opinion without shared vocabulary
("Prices keep going up" under an article on inflation that never says "prices")
look off-topic; with it, an off-topic comment that shares words by chance still
scores low (the encoder does not see it).

Usage::

    >>> article = "The city council approved a new bridge over the river."
    >>> off_topic_score("Great reporting", article, "en") < 0.2
    True
    >>> off_topic_score("Who will pay for the new bridge? The council never says.", article, "en") < 0.3
    True
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from tribune.ml.langid import script_of
from tribune.ml.sentence import get_sentence_encoder
from tribune.ml.text import normalize, words

__all__ = ["blend", "lexical_off_topic", "off_topic_score", "relevance_features", "semantic_similarity"]

UNKNOWN = 0.1
CROSS_SCRIPT = 0.15
CEILING = 0.88
_STEM = 5
_GRAM = 5
_DATA = Path(__file__).parent / "lexicons" / "stopwords.json"
_PLACEHOLDERS = frozenset({"xurlx", "xemailx", "xuserx", "xnumx"})
EMBEDDING_LANGUAGES = frozenset({"en"})
"""Languages whose comments are re-scored with embeddings (the blend was fitted on English C3)."""
EMBED_FROM = 0.5
"""Lexical score (the review cut) from which an English comment is re-scored with embeddings."""
BLEND = (1.915, 0.508, -6.674)
"""Intercept, weight of the lexical logit and weight of the cosine similarity (see ``blend``)."""
ARTICLE_CACHE = 256


def _load() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    stop = {normalize(w) for lang in data["stop"].values() for w in lang}
    reactions = {normalize(w) for lang in data["reactions"].values() for w in lang}
    return frozenset(stop | _PLACEHOLDERS), frozenset(reactions)


_STOP, _REACTIONS = _load()


def _stem(word: str) -> str:
    if len(word) > 4 and word.startswith(("ال", "وال")):
        word = word[2:] if word.startswith("ال") else word[3:]
    return word[:_STEM]


def _grams(word: str) -> set[str]:
    padded = f"<{word}>"
    return {padded[i : i + _GRAM] for i in range(len(padded) - _GRAM + 1)} if len(word) >= _GRAM else set()


def _content(text: str) -> list[str]:
    return [w for w in words(normalize(text)) if w not in _STOP and len(w) > 1]


@dataclass(frozen=True)
class _Profile:
    stems: frozenset[str]
    grams: frozenset[str]
    script: str


@lru_cache(maxsize=512)
def _article_profile(article: str) -> _Profile:
    content = _content(article)
    grams: set[str] = set()
    for word in set(content):
        grams |= _grams(word)
    return _Profile(frozenset(_stem(w) for w in content), frozenset(grams), script_of(article))


@dataclass(frozen=True)
class RelevanceFeatures:
    """What ``off_topic_score`` looks at.

    specific (int): distinct comment words that are neither function words nor generic reactions.
    word_overlap (float): share of those whose stem occurs in the article.
    gram_overlap (float): share of their character 5-grams found in the article.
    """

    specific: int
    word_overlap: float
    gram_overlap: float


def relevance_features(comment: str, article: str) -> RelevanceFeatures:
    """Overlap features between a comment and its article (see ``RelevanceFeatures``)."""
    profile = _article_profile(article)
    specific = sorted({w for w in _content(comment) if w not in _REACTIONS})
    if not specific:
        return RelevanceFeatures(0, 0.0, 0.0)
    word_overlap = sum(_stem(w) in profile.stems for w in specific) / len(specific)
    grams = set().union(*(_grams(w) for w in specific))
    gram_overlap = len(grams & profile.grams) / len(grams) if grams else 0.0
    return RelevanceFeatures(len(specific), word_overlap, gram_overlap)


_vectors: OrderedDict[bytes, np.ndarray] = OrderedDict()
_vectors_lock = threading.Lock()


def _article_vector(article: str) -> np.ndarray | None:
    """The article's embedding, kept in an LRU keyed by a digest of its text (articles are scored many times)."""
    encoder = get_sentence_encoder()
    if encoder is None:
        return None
    key = hashlib.blake2b(article.encode("utf-8"), digest_size=16).digest()
    with _vectors_lock:
        if key in _vectors:
            _vectors.move_to_end(key)
            return _vectors[key]
    vector = encoder.encode_long(article)
    with _vectors_lock:
        _vectors[key] = vector
        while len(_vectors) > ARTICLE_CACHE:
            _vectors.popitem(last=False)
    return vector


def semantic_similarity(comment: str, article: str, vector: np.ndarray | None = None) -> float | None:
    """Cosine similarity of the comment's and the article's embeddings; ``None`` without an encoder.

    vector: the comment's unit vector when the caller has it (the meaning stage's); encoded here otherwise.
    """
    article_vector = _article_vector(article)
    if article_vector is None:
        return None
    if vector is None:
        encoder = get_sentence_encoder()
        if encoder is None:
            return None
        vector = encoder.encode([comment])[0]
    return float(vector @ article_vector)


def blend(lexical: float, cosine: float) -> float:
    """Off-topic probability from the lexical score and the embedding cosine (logistic, fitted on C3 proxies).

    Capped at ``CEILING`` like the lexical score: relevance sends a comment to review, never rejects it.
    """
    a, b, c = BLEND
    p = min(max(lexical, 1e-4), 1 - 1e-4)
    z = a + b * math.log(p / (1 - p)) + c * cosine
    return round(min(CEILING, 1.0 / (1.0 + math.exp(-z))), 4)


def lexical_off_topic(comment: str, article: str) -> tuple[float, RelevanceFeatures | None]:
    """The lexical score and its features (``None`` when the article is unknown or in another script)."""
    if not article.strip():
        return UNKNOWN, None
    comment_script = script_of(comment)
    article_script = _article_profile(article).script
    if (
        comment_script in ("arabic", "latin")
        and article_script in ("arabic", "latin")
        and comment_script != article_script
    ):
        return CROSS_SCRIPT, None
    feats = relevance_features(comment, article)
    if feats.specific <= 2:
        return 0.05 + 0.03 * feats.specific, feats
    # A word or two in common happens by chance (0.1 dead zone); real overlap pulls the score down fast.
    relevance = max(0.0, max(feats.word_overlap, 0.7 * feats.gram_overlap) - 0.1)
    z = -1.6 + 1.0 * math.log(feats.specific) - 10.0 * relevance
    return round(min(CEILING, 1.0 / (1.0 + math.exp(-z))), 4), feats


def off_topic_score(
    comment: str, article: str, lang: str | None = None, vector: np.ndarray | None = None
) -> float:
    """Probability that ``comment`` is not relevant to ``article`` (see the module docstring).

    comment (str): the comment as posted.
    article (str): the article's title, lead and body; empty when unknown.
    lang (str | None): the comment's language; English comments may be rescored by embeddings.
    vector (np.ndarray | None): the comment's sentence vector, when the caller already has it.
    """
    lexical, feats = lexical_off_topic(comment, article)
    if lang not in EMBEDDING_LANGUAGES or feats is None or feats.specific <= 2 or lexical < EMBED_FROM:
        return lexical
    cosine = semantic_similarity(comment, article, vector)
    # Embeddings only clear comments: raising short comments on their evidence flagged opinions (see docs/models.md).
    return lexical if cosine is None else min(lexical, blend(lexical, cosine))
