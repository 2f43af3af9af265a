"""Bundle save/load, validation errors and the bundle scorer's judgements."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tribune.ml.bundle import BundleError, BundleScorer, load_bundle_scorer
from tribune.ml.labels import SCORE_KEYS, Decision, Label
from tribune.ml.policy import DecisionPolicy
from tribune.ml.ruleset import rules_digest
from tribune.ml.scorer import PACKAGED_BUNDLE, Scorer
from tribune.ml.training import train
from tribune.ml.types import Judgement, ScoreInput

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"


@pytest.fixture(scope="module")
def tiny_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    assert train.main(["--data", str(FIXTURE_DATA), "--out", str(out), "--quick", "--bits", "14"]) == 0
    return out


def test_tiny_bundle_loads_and_judges(tiny_bundle: Path) -> None:
    scorer = load_bundle_scorer(tiny_bundle)
    assert isinstance(scorer, Scorer)
    # A trained bundle names its own version: registry name, day, digest of weights and thresholds.
    assert re.fullmatch(rf"tfidf-logreg\.v1\.\d{{8}}-[0-9a-f]{{8}}\+rules\.{rules_digest()}", scorer.version)
    items = [
        ScoreInput(text="Thank you for the careful reporting", lang="en"),
        ScoreInput(text="You are a stupid idiot and a liar", lang="en"),
        ScoreInput(text="", lang="en"),
    ]
    judgements = scorer.judge(items)
    assert len(judgements) == 3
    for judgement in judgements:
        assert isinstance(judgement, Judgement)
        assert set(judgement.scores) == {str(k) for k in SCORE_KEYS}
    assert judgements[1].score(Label.REJECT) > judgements[0].score(Label.REJECT)
    assert scorer.judge([]) == []


def test_model_evidence_points_into_the_original(tiny_bundle: Path) -> None:
    scorer = load_bundle_scorer(tiny_bundle)
    text = "You are a STUPID idiot"
    found = scorer.model_evidence(text, [("personal_attack", "reject")])
    assert found
    for item in found:
        assert text[item.start : item.end] == item.text and item.source == "model"


def test_rule_evidence_rejects_with_a_permissive_model(tiny_bundle: Path) -> None:
    scorer = load_bundle_scorer(tiny_bundle)
    strict = BundleScorer(
        {**scorer.manifest, "policy": DecisionPolicy.default().to_json()},
        _arrays(tiny_bundle),
    )
    judgement = strict.judge([ScoreInput(text="Someone should shoot the editor", lang="en")])[0]
    decision, guidelines = strict.policy.decide(judgement.scores, language=judgement.language)
    assert decision == Decision.REJECT and "threat" in guidelines
    assert any(e.source == "lexicon-pattern" for e in judgement.evidence)


def _arrays(path: Path) -> dict[str, np.ndarray]:
    with np.load(path / "weights.npz") as data:
        return {key: data[key] for key in data.files}


def test_missing_file_is_a_clear_error(tiny_bundle: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_bundle, broken)
    (broken / "weights.npz").unlink()
    with pytest.raises(BundleError, match="weights.npz is missing"):
        load_bundle_scorer(broken)


def test_missing_head_is_a_clear_error(tiny_bundle: Path, tmp_path: Path) -> None:
    broken = tmp_path / "nohead"
    shutil.copytree(tiny_bundle, broken)
    manifest = json.loads((broken / "manifest.json").read_text())
    del manifest["heads"]["threat"]
    (broken / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BundleError, match="threat"):
        load_bundle_scorer(broken)


@pytest.mark.skipif(not (PACKAGED_BUNDLE / "manifest.json").is_file(), reason="no packaged bundle")
def test_packaged_bundle_is_small_and_passes_clean_comments() -> None:
    size = sum(p.stat().st_size for p in PACKAGED_BUNDLE.iterdir())
    assert size < 8_000_000
    scorer = load_bundle_scorer(PACKAGED_BUNDLE)
    thanks, critical, rude = scorer.judge(
        [
            ScoreInput(text="Thanks for the clear reporting", lang="en"),
            ScoreInput(text="I disagree with the minister; the budget ignores rural schools.", lang="en"),
            ScoreInput(text="You are a f*cking idiot, shut up", lang="en"),
        ]
    )
    def decided(judgement: Any) -> Decision:  # judgements carry scores only; the policy decides
        return scorer.policy.decide(judgement.scores, language=judgement.language)[0]

    assert decided(thanks) == Decision.APPROVE
    # Safety first: the approve cut holds what the strictest English validation set needs held,
    # and polite criticism can sit above it; it must never be auto-rejected.
    assert decided(critical) != Decision.REJECT
    assert decided(rude) == Decision.REJECT


def test_combine_blames_the_overall_head_on_the_likeliest_guideline() -> None:
    from tribune.ml.combine import combine_scores

    model = {"reject": 0.95, "personal_attack": 0.3, "profanity": 0.1, "promotion": 0.9}
    scores = combine_scores(model, {"threat": 0.93}, promo=0.02, relevance=0.1, lang="tr")
    assert scores["threat"] == pytest.approx(0.95)  # lexicon made threat the top guideline
    assert scores["personal_attack"] == pytest.approx(0.95 * 0.3 / 0.93)
    assert scores["promotion"] == pytest.approx(0.02)  # the promotion head counts for English only
    assert scores["off_topic"] == pytest.approx(0.1)
    assert scores["reject"] == pytest.approx(0.95)
    assert set(scores) == {str(k) for k in SCORE_KEYS}


class _RecordingEncoder:
    """Stands in for e5: records what it is asked to encode; its vectors raise nothing."""

    def __init__(self, dimension: int) -> None:
        self.dimension = dimension
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.zeros((len(texts), self.dimension), dtype=np.float32)


def test_kurdish_stage_encodes_only_comments_the_policy_could_publish(monkeypatch: pytest.MonkeyPatch) -> None:
    from tribune.ml.scorer import get_scorer

    scorer = get_scorer()
    assert isinstance(scorer, BundleScorer) and scorer.kurdish is not None
    recorder = _RecordingEncoder(len(scorer.kurdish.weight))
    monkeypatch.setattr(scorer.kurdish, "encoder", recorder)
    threat, thanks = "Em ê te bikujin, tu kurê kûçik î", "Newroz li hemû gelê me pîroz be"
    judged = scorer.judge([ScoreInput(text=threat, lang="kmr"), ScoreInput(text=thanks, lang="kmr")])
    assert judged[0].scores["reject"] >= scorer.policy.approve_cut("kmr")  # held whatever e5 says
    assert recorder.seen == [thanks]


def test_kurdish_stage_result_reaches_the_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    from tribune.ml.scorer import get_scorer

    scorer = get_scorer()
    assert isinstance(scorer, BundleScorer) and scorer.kurdish is not None
    thanks = ScoreInput(text="Newroz li hemû gelê me pîroz be", lang="kmr")
    monkeypatch.setattr(scorer.kurdish, "encoder", _RecordingEncoder(len(scorer.kurdish.weight)))
    monkeypatch.setattr(scorer.kurdish, "probability", lambda vectors: np.full(len(vectors), 0.7))
    (raised,) = scorer.judge([thanks])
    assert raised.scores["reject"] == pytest.approx(0.7)
    assert scorer.policy.decide(raised.scores, language="kmr")[0] != Decision.APPROVE
