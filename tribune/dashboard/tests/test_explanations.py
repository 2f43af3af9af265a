"""Reasons shown to moderators: sentences built from the comment's own values, in the page's language."""

from __future__ import annotations

from django.utils import translation

from tribune.dashboard.explanations import explain, triggering_evidence


def test_a_held_score_is_explained_with_its_value_never_as_uncertain() -> None:
    flags = {"guidelines": ["personal_attack"], "reasons": ["uncertain"], "scores": {"personal_attack": 0.99}}
    [sentence] = explain(flags)
    assert sentence.startswith("Personal attack scored 0.99: high enough for a person to decide")
    assert "uncertain" not in sentence


def test_a_system_rejection_says_it_reached_the_reject_level() -> None:
    flags = {"guidelines": ["threat"], "reasons": [], "scores": {"threat": 0.97}}
    assert explain(flags, rejected=True) == [
        "Threat scored 0.97, at or above the level at which Tribune rejects by itself."
    ]


def test_rule_reasons_and_promotion_rules_get_their_own_sentences() -> None:
    flags = {"guidelines": ["promotion"], "reasons": ["rate_limit"], "scores": {"promotion_rules": 0.7}}
    assert explain(flags) == [
        "The author or their address posted faster than the site allows.",
        "It contains a link or contact details (a web address, e-mail, phone number or messenger name).",
    ]
    campaign = {"guidelines": ["promotion"], "reasons": ["duplicate"], "scores": {}}
    assert explain(campaign) == ["The same text was posted by several authors: it may be a campaign."]


def test_sentences_are_translated_with_the_page() -> None:
    flags = {"guidelines": ["personal_attack"], "reasons": ["uncertain"], "scores": {"personal_attack": 0.88}}
    with translation.override("ckb"):
        [sentence] = explain(flags)
    assert "0.88" in sentence and "personal" not in sentence.lower() and "scored" not in sentence


def test_only_the_triggering_guidelines_evidence_is_kept() -> None:
    evidence = [
        {"label": "personal_attack", "start": 0, "end": 5, "text": "idiot"},
        {"label": "threat", "start": 6, "end": 10, "text": "last"},
        {"label": "off_topic", "start": 11, "end": 16, "text": "night"},
        {"label": "sexism", "start": 17, "end": 22, "text": "women"},
    ]
    held = {"guidelines": ["personal_attack", "off_topic"], "evidence": evidence}
    assert [e["text"] for e in triggering_evidence(held)] == ["idiot"]  # off-topic has no word evidence
    abuse = {"guidelines": ["abuse"], "evidence": evidence}
    assert [e["text"] for e in triggering_evidence(abuse)] == ["women"]  # a target counts for abuse
    assert triggering_evidence({"guidelines": [], "evidence": evidence}) == []


def test_the_score_is_written_as_the_page_writes_numbers() -> None:
    flags = {"guidelines": ["threat"], "reasons": ["uncertain"], "scores": {"threat": 0.93}}
    with translation.override("ar"):
        [sentence] = explain(flags)
    assert "0,93" in sentence  # as the score bar beside it shows it


def test_the_score_is_rounded_as_the_bars_round_it() -> None:
    flags = {"guidelines": ["off_topic"], "reasons": ["uncertain"], "scores": {"off_topic": 0.615}}
    [sentence] = explain(flags)
    assert "0.62" in sentence  # the bar's floatformat rounds half up; "%.2f" would print 0.61


def test_a_hold_by_the_approve_cut_names_the_likeliest_concern_as_low() -> None:
    flags = {"guidelines": ["profanity"], "reasons": ["not_sure_clean"], "scores": {"profanity": 0.13}}
    sentences = explain(flags)
    assert sentences[0].startswith("No guideline score is high by itself")
    assert sentences[1] == "The likeliest concern is Profanity (scored 0.13), though it is low."
    assert not any("high enough for a person" in s for s in sentences)
