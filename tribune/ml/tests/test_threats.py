"""Threat templates in every site language: explicit threats reject, veiled ones go to a human, news does neither."""

from __future__ import annotations

import pytest

from tribune.ml.baseline import BaselineScorer
from tribune.ml.labels import Decision
from tribune.ml.lexicon import (
    HOLD_CEILING,
    HOLD_SOURCE,
    PATTERN_SOURCE,
    THREAT_HOLD_WEIGHT,
    THREAT_REJECT_WEIGHT,
    find_evidence,
    lexicon_scores,
)
from tribune.ml.policy import DecisionPolicy, Threshold
from tribune.ml.types import ScoreInput

VEILED = [
    ("People like the editor should be taught a lesson they won't forget", "en"),
    ("Someone should pay a visit to this journalist's house", "en"),
    ("We know where you live", "en"),
    ("Better watch your back", "en"),
    ("You will regret writing this", "en"),
    ("Your days are numbered", "en"),
    ("We know where your kids go to school", "en"),
    ("This is your last warning", "en"),
    ("He needs a punch in the face", "en"),
    ("سنلقنه درسا لن ينساه", "ar"),
    ("نعرف عنوانك جيدا", "ar"),
    ("راقب ظهرك", "ar"),
    ("ستندم على ما كتبت", "ar"),
    ("Nerede oturduğunu biliyoruz", "tr"),
    ("Pişman olacaksın", "tr"),
    ("Ona unutamayacağı bir ders vermek lazım", "tr"),
    ("Günlerin sayılı", "tr"),
    ("میدونیم کجا زندگی میکنی", "fa"),
    ("مواظب پشتت باش", "fa"),
    ("پشیمونت میکنم", "fa"),
    ("دەزانین لە کوێ دەژیت", "ckb"),
    ("ئاگات لە پشتی خۆت بێت", "ckb"),
    ("ڕۆژەکانت ژمێردراون", "ckb"),
    ("کەسێک دەبێت سەردانی ماڵی ئەم نووسەرە بکات", "ckb"),
    ("پەشیمانت دەکەینەوە", "ckb"),
    ("Em dizanin tu li ku dijî", "kmr"),
    ("Hay ji pişta xwe hebe", "kmr"),
    ("Em ê te poşman bikin", "kmr"),
    ("Dora te jî tê", "kmr"),
    ("Divê yek here serdana mala vî nivîskarî", "kmr"),
]
EXPLICIT = [
    ("Someone should shoot the editor", "en"),
    ("I will kill you", "en"),
    ("Round them up and hang them", "en"),
    ("سأقتلك", "ar"),
    ("Seni öldüreceğim", "tr"),
    ("Bu haberi yazan muhabiri bulup gebertmek lazım", "tr"),
    ("Bu gazeteciyi öldürmek gerek", "tr"),
    ("می‌کشمت", "fa"),
    ("دەتکوژم", "ckb"),
    ("سەرنووسەر دەبێت بکوژرێت", "ckb"),
    ("وەزیرەکان هەموویان دەبێت لەسێدارە بدرێن", "ckb"),
    ("هەموو بەرپرسەکان بکوژن", "ckb"),
    ("ئۆفیسەکەتان دەسووتێنین", "ckb"),
    ("Ez ê te bikujim", "kmr"),
    ("Divê hemû parlamenter bên kuştin", "kmr"),
    ("Rayedaran bikujin", "kmr"),
    ("Em ê mala te bişewitînin", "kmr"),
]
NEWS = [
    ("Police said the attacker threatened to kill the journalist", "en"),
    ('Police said he shouted "I will kill you" before fleeing', "en"),
    ("The dictator's days are numbered, the opposition says", "en"),
    ("Voters will teach the ruling party a lesson at the polls", "en"),
    ("The minister paid a visit to the flooded villages", "en"),
    ("The boxer took a punch in the face in the third round", "en"),
    ("The gunman vowed to kill them all, police said", "en"),
    ("'Kill them all... God will know his own' is what the legate is said to have ordered", "en"),
    ("قال الشاهد إن المهاجم صرخ سأقتلك", "ar"),
    ("'Seni öldüreceğim' diye bağırdığı iddia edildi", "tr"),
    ("Polis, saldırganın muhabiri öldürmek istediğini açıkladı", "tr"),
    ("Yolsuzluğu bitirmek lazım", "tr"),
    ("پۆلیس ڕایگەیاند کە بکوژەکە گیرا", "ckb"),
    ("هێرشی درۆنەکە سێ پێشمەرگەی شەهید کرد", "ckb"),
    ("تۆمەتبارەکە گوتوویەتی دەتکوژم", "ckb"),
    ("ئەم ئەزموونە وانەیەکی گەورە بوو بۆ هەموومان", "ckb"),
    ("نابێت بەرپرسان بکوژرێن", "ckb"),
    ("چەکدارەکان دەیانەوێت بەرپرسان بکوژن", "ckb"),
    ("Çekdaran xwest berpirsan bikujin", "kmr"),
    ("Ji bo ku berpirsan bikujin hatin", "kmr"),
    ("Çekdaran gef li rojnamevan xwaribûn ku wî bikujin", "kmr"),
    ("Serokê DAIŞê di operasyonekê de hat kuştin", "kmr"),
    ("Şehîd namirin", "kmr"),
]


def _threat(text: str, lang: str) -> tuple[set[str], float | None]:
    evidence = [e for e in find_evidence(text, lang) if str(e.label) == "threat"]
    return {e.source for e in evidence}, lexicon_scores(evidence).get("threat")


@pytest.mark.parametrize(("text", "lang"), VEILED)
def test_a_veiled_threat_is_hold_evidence(text: str, lang: str) -> None:
    sources, score = _threat(text, lang)
    assert sources == {HOLD_SOURCE}
    assert score == THREAT_HOLD_WEIGHT == HOLD_CEILING < THREAT_REJECT_WEIGHT


@pytest.mark.parametrize(("text", "lang"), EXPLICIT)
def test_an_explicit_threat_decides(text: str, lang: str) -> None:
    sources, score = _threat(text, lang)
    assert PATTERN_SOURCE in sources
    assert score is not None and score >= THREAT_REJECT_WEIGHT


@pytest.mark.parametrize(("text", "lang"), NEWS)
def test_news_about_violence_never_rejects(text: str, lang: str) -> None:
    sources, score = _threat(text, lang)
    assert PATTERN_SOURCE not in sources
    assert score is None or score < THREAT_REJECT_WEIGHT


def test_hold_evidence_alone_never_reaches_the_reject_weight() -> None:
    text = "We know where you live. Watch your back. Your days are numbered. You will regret this. Final warning."
    evidence = find_evidence(text, "en")
    assert len(evidence) >= 5
    assert lexicon_scores(evidence)["threat"] == HOLD_CEILING


@pytest.mark.parametrize(
    "policy",
    [DecisionPolicy.default(), DecisionPolicy({"threat": Threshold(reject=0.995, review=0.8957)})],
    ids=["default", "shipped-cuts"],
)
def test_the_rules_scorer_holds_veiled_and_rejects_explicit(policy: DecisionPolicy) -> None:
    scorer = BaselineScorer(policy)
    veiled = scorer.judge([ScoreInput(text=t, lang=lang) for t, lang in VEILED])
    explicit = scorer.judge([ScoreInput(text=t, lang=lang) for t, lang in EXPLICIT])
    # Judgements carry scores only; the policy the site applies decides.
    assert {policy.decide(j.scores, language=j.language)[0] for j in veiled} == {Decision.REVIEW}
    assert {policy.decide(j.scores, language=j.language)[0] for j in explicit} == {Decision.REJECT}
