"""The trained model bundle: its on-disk format, its validation and the scorer built from it.

A bundle is a folder with two files, both written by ``save_bundle``:

* ``manifest.json``: format version, registry name (``tfidf-logreg.v1``), creation
  date, feature config, per-head intercept and Platt parameters, the
  ``DecisionPolicy`` thresholds, metrics and the SHA-256 of every training file;
* ``weights.npz``: per head, the kept feature columns (int32) and weights (float16).

Nothing is pickled: the featurizer is rebuilt from its config, so loading does
not depend on the scikit-learn version that trained it. ``load_bundle_scorer``
checks everything it needs and raises ``BundleError`` naming what is missing.

If the manifest has a ``sentence`` section, the meaning stage
(``tribune.ml.meaning``) refines the head probabilities of the comments the
n-gram heads are unsure of, in one encoder batch. If it has a ``crosslingual``
section, the Kurdish stage (``tribune.ml.kurdish_stage``) raises the ``reject``
probability of the Kurdish comments the policy would otherwise approve; the
scores of those comments are then computed again.

``BundleScorer.judge`` vectorises a batch once, then per comment runs langid,
the lexicon, promotion rules and article relevance, and merges them with the
model through ``tribune.ml.combine``. The bundle's policy (``BundleScorer.policy``) is
applied by the caller, not here. The guidelines behind the decision whose score the
model (not a rule) set get "model" evidence from ``tribune.ml.evidence``: the words
that clearly raised the head behind the score, mapped back onto the original text,
except where a rule already marks them.

Usage::

    scorer = load_bundle_scorer(Path("tribune/ml/models/bundle"))
    scorer.judge([ScoreInput(text="Thanks for the clear reporting", lang="en")])
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from tribune.ml.combine import combine_scores
from tribune.ml.evidence import Attributor, NgramExplainer, explaining_heads, not_covered
from tribune.ml.features import Featurizer
from tribune.ml.kurdish_stage import KurdishStage
from tribune.ml.labels import LANGUAGES, SCORE_KEYS, Label
from tribune.ml.langid import detect_language
from tribune.ml.lexicon import compile_all, find_evidence, lexicon_scores
from tribune.ml.meaning import MeaningStage
from tribune.ml.policy import DecisionPolicy
from tribune.ml.promotion import promotion_evidence, promotion_score
from tribune.ml.relevance import off_topic_score
from tribune.ml.ruleset import versioned
from tribune.ml.store import bundle_version
from tribune.ml.text import normalize
from tribune.ml.types import Evidence, Judgement, ScoreInput

__all__ = ["BundleError", "BundleScorer", "load_bundle_scorer", "save_bundle"]

FORMAT = 1
MANIFEST = "manifest.json"
WEIGHTS = "weights.npz"
REQUIRED = ("format", "name", "created", "features", "heads", "policy", "training_data")


class BundleError(ValueError):
    """The bundle folder is missing a file, a key or a head."""


def save_bundle(path: Path, manifest: Mapping[str, Any], arrays: Mapping[str, np.ndarray]) -> None:
    """Write ``manifest.json`` and ``weights.npz`` (``<head>.index`` / ``<head>.weight`` arrays)."""
    path.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path / WEIGHTS, **dict(arrays))  # type: ignore[arg-type]
    (path / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def _read_manifest(path: Path) -> dict[str, Any]:
    for name in (MANIFEST, WEIGHTS):
        if not (path / name).is_file():
            raise BundleError(f"model bundle {path} is incomplete: {name} is missing")
    manifest: dict[str, Any] = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    missing = [key for key in REQUIRED if key not in manifest]
    if missing:
        raise BundleError(f"model bundle {path}: manifest lacks {missing}")
    if manifest["format"] != FORMAT:
        raise BundleError(f"model bundle {path}: format {manifest['format']} is not {FORMAT}")
    heads = {str(k) for k in SCORE_KEYS}
    absent = sorted(heads - set(manifest["heads"]))
    if absent:
        raise BundleError(f"model bundle {path}: no head for {absent}")
    return manifest


def load_bundle_scorer(path: Path) -> BundleScorer:
    """Validate the bundle at ``path`` and build its scorer (raises ``BundleError``)."""
    manifest = _read_manifest(path)
    with np.load(path / WEIGHTS) as data:
        arrays = {key: data[key] for key in data.files}
    compile_all()  # so no comment waits for a word list to compile
    scorer = BundleScorer(manifest, arrays)
    for stage in (scorer.meaning, scorer.kurdish):
        if stage is not None:
            stage.warm_up()  # load the encoders now, not on the first comment that needs one
    return scorer


class BundleScorer:
    """Scores batches with the bundle's heads plus the rule modules; see the module docstring.

    manifest (Mapping[str, Any]): the parsed ``manifest.json``.
    arrays (Mapping[str, np.ndarray]): the contents of ``weights.npz``.
    """

    def __init__(self, manifest: Mapping[str, Any], arrays: Mapping[str, np.ndarray]) -> None:
        self.manifest = manifest
        self.version = versioned(bundle_version(dict(manifest)))
        self.featurizer = Featurizer.from_config(manifest["features"])
        self.policy = DecisionPolicy.from_json(manifest["policy"])
        self.heads: list[str] = list(manifest["heads"])
        width = self.featurizer.config.width
        rows, cols, vals = [], [], []
        for j, head in enumerate(self.heads):
            try:
                index, weight = arrays[f"{head}.index"], arrays[f"{head}.weight"]
            except KeyError as exc:
                raise BundleError(f"weights.npz lacks arrays for head {head!r}") from exc
            if len(index) and int(index.max()) >= width:
                raise BundleError(f"head {head!r} has columns beyond the feature width {width}")
            rows.append(index.astype(np.int64))
            cols.append(np.full(len(index), j, dtype=np.int64))
            vals.append(weight.astype(np.float32))
        self.weights = sp.csr_matrix(
            (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
            shape=(width, len(self.heads)),
        )
        params = manifest["heads"]
        self._intercept = np.array([params[h]["intercept"] for h in self.heads], dtype=np.float64)
        self._a = np.array([params[h]["platt_a"] for h in self.heads], dtype=np.float64)
        self._b = np.array([params[h]["platt_b"] for h in self.heads], dtype=np.float64)
        offsets = self._a * self._intercept + self._b
        self.explainer = NgramExplainer(
            Attributor(self.featurizer, self.weights, self.heads, slopes=self._a, offsets=offsets)
        )
        self.meaning = MeaningStage.from_bundle(manifest, arrays)
        self.kurdish = KurdishStage.from_bundle(manifest, arrays)

    def features(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The texts' n-gram feature rows (what the heads and the evidence read)."""
        return self.featurizer.transform_normalized([normalize(t) for t in texts])

    def probabilities(self, texts: Sequence[str], X: sp.csr_matrix | None = None) -> np.ndarray:
        """Calibrated head probabilities, shape ``(len(texts), len(self.heads))`` (``X``: their features)."""
        if X is None:
            X = self.features(texts)
        z = np.asarray((X @ self.weights).todense(), dtype=np.float64) + self._intercept
        return 1.0 / (1.0 + np.exp(-np.clip(self._a * z + self._b, -30, 30)))

    def cascade_probabilities(
        self, texts: Sequence[str], langs: Sequence[str]
    ) -> tuple[np.ndarray, np.ndarray]:
        """Head probabilities after both stages, and which rows the meaning stage refined.

        For evaluation: the Kurdish stage runs on every Kurdish row here, where ``judge`` runs it only
        on the rows it can change (see the module docstring).
        """
        probs = self.probabilities(texts)
        if self.kurdish is not None:
            probs = self.kurdish.raise_reject(texts, langs, probs, self.heads)
        if self.meaning is None:
            return probs, np.zeros(len(texts), dtype=bool)
        return self.meaning.refine(texts, langs, probs, self.heads)

    def judge(self, items: Sequence[ScoreInput]) -> list[Judgement]:
        if not items:
            return []
        langs = [item.lang or detect_language(item.text) for item in items]
        texts = [item.text for item in items]
        X = self.features(texts)
        probs = self.probabilities(texts, X)
        vectors: list[np.ndarray | None] = [None] * len(items)
        if self.meaning is not None:
            probs, vectors = self.meaning.refine_with_vectors(texts, langs, probs, self.heads)
        drafts = [
            self._draft(item, row, lang, vector)
            for item, row, lang, vector in zip(items, probs, langs, vectors, strict=True)
        ]
        if self.kurdish is not None:
            approvable = [self._approvable(d) for d in drafts]
            raised = self.kurdish.raise_reject(texts, langs, probs, self.heads, only=approvable)
            for k in np.flatnonzero((raised != probs).any(axis=1)).tolist():
                drafts[k] = self._draft(items[k], raised[k], langs[k], vectors[k])
        asks = [
            (i, item.text, d.wanted)
            for i, (item, d) in enumerate(zip(items, drafts, strict=True))
            if d.wanted
        ]
        found = self.explainer.explain_batch(
            [(text, wanted) for _, text, wanted in asks], X[[i for i, _, _ in asks]]
        )
        for (i, _, _), extra in zip(asks, found, strict=True):
            drafts[i].evidence.extend(not_covered(extra, drafts[i].evidence))
        return [d.finish(self.version) for d in drafts]

    def _approvable(self, draft: _Draft) -> bool:
        """Whether the comment's ``reject`` score is under its language's approve cut (or there is none)."""
        cut = self.policy.approve_cut(draft.language)
        return cut is None or draft.scores[str(Label.REJECT)] < cut

    def _draft(self, item: ScoreInput, row: np.ndarray, lang: str, vector: np.ndarray | None) -> _Draft:
        """Scores, rule evidence and what to explain for one comment (``vector``: its sentence vector, if any)."""
        model = dict(zip(self.heads, (float(p) for p in row), strict=True))
        abuse = find_evidence(item.text, lang if lang in LANGUAGES else None)
        promo = promotion_evidence(item.text)
        lexicon, promo_score = lexicon_scores(abuse), promotion_score(promo)
        scores = combine_scores(
            model,
            lexicon,
            promo=promo_score,
            relevance=off_topic_score(item.text, item.article, lang, vector),
            lang=lang,
        )
        # Only to choose what to explain: the decision itself is taken by the caller.
        _decision, guidelines = self.policy.decide(scores, language=lang)
        draft = _Draft(scores, lang, [*abuse, *promo])
        rules = {**lexicon, "promotion": promo_score}
        # Only the guidelines behind the decision: words are shown for the score that triggered it.
        draft.wanted = explaining_heads(guidelines, model=model, rules=rules, scores=scores, heads=self.heads)
        return draft

    def model_evidence(self, text: str, wanted: Sequence[tuple[str, str]]) -> list[Evidence]:
        """Model evidence for each ``(label, head)`` in ``wanted``: the words that clearly raised ``head``
        (``tribune.ml.evidence.NgramExplainer.explain``; ``judge`` explains a whole batch at once)."""
        return self.explainer.explain(text, wanted)


@dataclass
class _Draft:
    """A judgement before model evidence is added (``wanted``: (label, head) pairs to explain)."""

    scores: dict[str, float]
    language: str
    evidence: list[Evidence]
    wanted: list[tuple[str, str]] = field(default_factory=list)

    def finish(self, version: str) -> Judgement:
        return Judgement(
            scores=self.scores,
            language=self.language,
            evidence=tuple(sorted(self.evidence, key=lambda e: (e.start, e.end, str(e.label)))),
            model_version=version,
        )
