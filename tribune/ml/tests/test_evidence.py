"""``tribune.ml.evidence.explain``: only the words that clearly raised the triggering head are shown."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from tribune.ml.bundle import BundleScorer, load_bundle_scorer
from tribune.ml.evidence import (
    MODEL_SOURCE,
    Attributor,
    NgramExplainer,
    clear_contributors,
    explaining_heads,
    not_covered,
)
from tribune.ml.features import FeatureConfig, Featurizer
from tribune.ml.labels import Label
from tribune.ml.scorer import PACKAGED_BUNDLE
from tribune.ml.text import normalize
from tribune.ml.types import Evidence, ScoreInput

INSULTS = ("idiot", "غبی")
HEADS = ["personal_attack", "reject"]


@pytest.fixture(scope="module")
def packaged() -> BundleScorer:
    return load_bundle_scorer(PACKAGED_BUNDLE)


def _toy(offset: float = -3.0) -> NgramExplainer:
    """Two heads that know only the insults' n-grams (strongly) and nothing else."""
    featurizer = Featurizer(FeatureConfig(char_bits=16, word_bits=16))
    columns = np.unique(featurizer.raw_transform([normalize(w) for w in INSULTS]).indices)
    weights = sp.csr_matrix(
        (np.full(2 * len(columns), 4.0), (np.repeat(columns, 2), np.tile([0, 1], len(columns)))),
        shape=(featurizer.config.width, 2),
    )
    return NgramExplainer(Attributor(featurizer, weights, HEADS, slopes=[1.0, 1.0], offsets=[offset, offset]))


def test_an_insult_is_highlighted_and_its_neighbours_are_not() -> None:
    text = "You are an idiot, said the man in the pub last night"
    found = _toy().explain(text, [("personal_attack", "personal_attack")])
    assert [(e.text, e.label, e.source) for e in found] == [("idiot", Label.PERSONAL_ATTACK, MODEL_SOURCE)]
    assert found[0].weight is not None and found[0].weight >= 1.0


@pytest.mark.parametrize(
    ("text", "disguised"),
    [
        ("You are an іdiot, frankly", "іdiot"),  # Cyrillic i
        ("You are an 1d10t, frankly", "1d10t"),
        ("You are an ＩＤＩＯＴ, frankly", "ＩＤＩＯＴ"),
        ("You are an i.d.i.o.t, frankly", "i.d.i.o.t"),
        ("You are an IDIOOOOT!!! frankly", "IDIOOOOT"),
        ("أنت غبي ولا تفهم شيئا", "غبي"),  # Arabic yeh
        ("أنت غـبـي ولا تفهم شيئا", "غـبـي"),  # tatweel
        ("أنت غَبِيّ ولا تفهم", "غَبِيّ"),  # harakat
        ("تو\u200cیک غبی هستی", "غبی"),
    ],
)
def test_offsets_point_at_what_the_reader_wrote(text: str, disguised: str) -> None:
    found = _toy().explain(text, [("personal_attack", "reject")])
    assert found, text
    for item in found:
        assert text[item.start : item.end] == item.text
    assert [e.text for e in found] == [disguised]


def test_every_occurrence_of_a_word_is_shown_once() -> None:
    text = "idiot! You idiot"
    found = _toy().explain(text, [("personal_attack", "personal_attack")])
    assert [(e.start, e.end) for e in found] == [(0, 5), (11, 16)]


def test_a_head_that_does_not_lean_to_a_violation_explains_nothing() -> None:
    assert _toy(offset=-40.0).explain("You are an idiot", [("personal_attack", "personal_attack")]) == []


def test_an_unknown_head_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no n-gram head named 'threat'"):
        _toy().explain("You are an idiot", [("threat", "threat")])


def test_the_packaged_bundle_highlights_the_insult_not_the_council(packaged: BundleScorer) -> None:
    text = "This is a stupid decision by the council and they will regret it."
    found = packaged.model_evidence(
        text, [("personal_attack", "reject"), ("personal_attack", "personal_attack")]
    )
    assert found and {e.text for e in found} == {"stupid"}


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the clear account of the strike and of the launcher being found.",
        "The mayor said the budget will be published on Monday.",
        "The minister resigned last night after the vote.",
        "Women and men queued together at the polling station from early morning.",
    ],
)
def test_a_clean_news_sentence_yields_no_model_evidence(packaged: BundleScorer, text: str) -> None:
    every_head = [(head, head) for head in packaged.heads]
    assert packaged.model_evidence(text, every_head) == []
    assert not [
        e for e in packaged.judge([ScoreInput(text=text, lang="en")])[0].evidence if e.source == MODEL_SOURCE
    ]


def test_judged_evidence_points_into_the_original_and_repeats_no_rule(packaged: BundleScorer) -> None:
    for text in ("You are a st00pid 1diot", "Shut up, you clueless idiot", "This is a stupid decision"):
        evidence = packaged.judge([ScoreInput(text=text, lang="en")])[0].evidence
        assert evidence
        rules = [e for e in evidence if e.source != MODEL_SOURCE]
        for item in evidence:
            assert text[item.start : item.end] == item.text
        assert not_covered([e for e in evidence if e.source == MODEL_SOURCE], rules) == [
            e for e in evidence if e.source == MODEL_SOURCE
        ]


def test_clear_contributors_keeps_only_large_shares() -> None:
    assert clear_contributors([5.0, 0.6, 0.4, -2.0]) == [0]
    assert clear_contributors([2.0, 2.0, 2.0, 2.0]) == [0, 1, 2]  # at most three
    assert clear_contributors([1.2, 1.1, 1.0, 1.0, 1.0, 1.0]) == []  # no word carries a quarter
    assert clear_contributors([0.9, 0.1]) == []  # too small to matter alone
    assert clear_contributors([]) == []


def test_explaining_heads_names_the_head_that_set_each_score() -> None:
    heads = ["personal_attack", "threat", "abuse", "sexism", "racism", "reject", "off_topic", "promotion"]
    model = {
        "personal_attack": 0.95,
        "threat": 0.2,
        "abuse": 0.3,
        "sexism": 0.9,
        "reject": 0.8,
        "off_topic": 0.9,
    }
    scores = {"personal_attack": 0.95, "threat": 0.8, "abuse": 0.9, "off_topic": 0.9, "promotion": 0.97}
    rules = {"promotion": 0.97}
    wanted = explaining_heads(
        ["personal_attack", "threat", "abuse", "off_topic", "promotion"],
        model=model,
        rules=rules,
        scores=scores,
        heads=heads,
    )
    assert wanted == [
        ("personal_attack", "personal_attack"),  # its own head
        ("threat", "reject"),  # inherited from the overall head
        ("abuse", "sexism"),  # abuse/sexism: the target head set it
        ("sexism", "sexism"),
    ]  # off_topic is scored from the article; promotion was set by a rule


def test_model_evidence_under_a_rule_span_is_dropped() -> None:
    rule = Evidence(Label.PROFANITY, 12, 16, "crap", "lexicon")
    same = Evidence(Label.PROFANITY, 12, 16, "crap", MODEL_SOURCE, 3.0)
    other_label = Evidence(Label.PERSONAL_ATTACK, 12, 16, "crap", MODEL_SOURCE, 1.5)
    elsewhere = Evidence(Label.PROFANITY, 30, 37, "fucking", MODEL_SOURCE, 4.0)
    assert not_covered([same, other_label, elsewhere], [rule]) == [elsewhere]


def test_weight_is_in_the_json_only_when_known() -> None:
    assert "weight" not in Evidence(Label.THREAT, 0, 4, "kill", "lexicon").to_json()
    assert Evidence(Label.THREAT, 0, 4, "kill", MODEL_SOURCE, 2.5).to_json()["weight"] == 2.5
