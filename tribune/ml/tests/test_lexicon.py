"""Behaviour of ``tribune.ml.lexicon``: what fires, what must not, and where the evidence points."""

from __future__ import annotations

import pytest

from tribune.ml.labels import Label
from tribune.ml.lexicon import PATTERN_WEIGHT, STRONG_WEIGHT, find_evidence, lexicon_scores


def labels(text: str, lang: str | None = "en") -> set[str]:
    return {str(e.label) for e in find_evidence(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Someone should shoot the editor", "en", {"threat"}),
        ("I will find you", "en", {"threat"}),
        ("I know where you live", "en", {"threat"}),
        ("The journalist deserves to die", "en", {"threat"}),
        ("he should be hanged", "en", {"threat"}),
        ("Kurds are subhuman", "en", {"abuse", "racism"}),
        ("Refugees are parasites and should be deported", "en", {"abuse", "xenophobia"}),
        ("Jews are vermin", "en", {"abuse", "religion"}),
        ("Women belong in the kitchen", "en", {"abuse", "sexism"}),
        ("Gay people are an abomination", "en", {"abuse", "homophobia"}),
        ("Muslims are vermin and should be expelled", "en", {"abuse", "religion"}),
        ("Exterminate all Yazidis", "en", {"abuse", "religion"}),
        ("You are an idiot", "en", {"personal_attack"}),
        ("the author is a clown", "en", {"personal_attack"}),
        ("stupid journalist", "en", {"personal_attack"}),
        ("This is bullshit", "en", {"profanity"}),
        ("What a f*cking mess", "en", {"profanity"}),
        ("sh1t article", "en", {"profanity"}),
        ("f u c k this", "en", {"profanity"}),
        ("fuuuuck", "en", {"profanity"}),
        ("suck my dick", "en", {"vulgarity"}),
        ("Seni öldüreceğim", "tr", {"threat"}),
        ("Kürtler hayvandır", "tr", {"abuse", "racism"}),
        ("Suriyeliler sınır dışı edilmeli", "tr", {"abuse", "xenophobia"}),
        ("sen tam bir aptalsın", "tr", {"personal_attack"}),
        ("siktir git", "tr", {"profanity"}),
        ("Ez ê te bikujim", "kmr", {"threat"}),
        ("Ereb heywan in", "kmr", {"abuse", "racism"}),
        ("tu ehmeq î", "kmr", {"personal_attack"}),
        ("دەتکوژم", "ckb", {"threat"}),
        ("عەرەبەکان ئاژەڵن", "ckb", {"abuse", "racism"}),
        ("تۆ گەمژەیت", "ckb", {"personal_attack"}),
        ("سأقتلك", "ar", {"threat"}),
        ("يجب قتل الصحفي", "ar", {"threat"}),
        ("الأكراد حيوانات", "ar", {"abuse", "racism"}),
        ("الموت لليهود", "ar", {"abuse", "religion"}),
        ("انت غبي", "ar", {"personal_attack"}),
        ("می‌کشمت", "fa", {"threat"}),
        ("خبرنگار را باید کشت", "fa", {"threat"}),
        ("افغانی‌ها باید بروند", "fa", {"abuse", "xenophobia"}),
        ("تو احمقی", "fa", {"personal_attack"}),
    ],
)
def test_fires(text: str, lang: str, expected: set[str]) -> None:
    assert expected <= labels(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("This government's policy is stupid and will fail", "en"),
        ("The editor got this story badly wrong", "en"),
        ("Kurds deserve equal rights", "en"),
        ("The article about the attack on the base was detailed", "en"),
        ("I'd kill for a coffee", "en"),
        ("He was shot dead in the attack, police said", "en"),
        ("The army killed them yesterday", "en"),
        ("Muslims condemned the attack", "en"),
        ("Refugees are sick and hungry after weeks on the road", "en"),
        ("Women are the backbone of this country", "en"),
        ("The black market is growing", "en"),
        ("We should shoot a documentary about this", "en"),
        ("Great reporting, thank you", "en"),
        ("Gazeteci dün öldürüldü", "tr"),
        ("Sık sık buraya geliyorum", "tr"),
        ("Hükümetin politikası aptalca", "tr"),
        ("Kürtler eşit hakları hak ediyor", "tr"),
        ("Kurd jî mafê xwe dixwazin", "kmr"),
        ("لا يجب قتل المدنيين", "ar"),
        ("باید این خبرنگار را تشویق کرد", "fa"),
        ("What they posted was disgusting, women deserve better from future dentists", "en"),
        ("کورد مافی یەکسانیان هەیە", "ckb"),
        ("قتل ثلاثة أشخاص في الهجوم", "ar"),
        ("الأكراد يستحقون حقوقا متساوية", "ar"),
        ("چرا هیچ کس درباره این حرف نمی‌زند؟", "fa"),
        ("زن در پست وزیر منصوب شد", "fa"),
        ("او فکر کرد که خبر درست است", "fa"),
    ],
)
def test_does_not_fire(text: str, lang: str) -> None:
    assert find_evidence(text, lang) == []


def test_evidence_points_into_the_original_text() -> None:
    text = "Honestly, what a f.u.c.k-ing IDIOT"
    evidence = find_evidence(text, "en")
    assert evidence
    for item in evidence:
        assert text[item.start : item.end] == item.text
        assert item.source == "lexicon"
    assert {"f.u.c.k", "IDIOT"} <= {e.text for e in evidence}


def test_evidence_survives_invisible_characters() -> None:
    text = "you are an i\u200bd\u200bi\u200bo\u200bt"
    spans = [e for e in find_evidence(text, "en") if e.label == Label.PERSONAL_ATTACK]
    assert spans and all(text[e.start : e.end] == e.text for e in spans)


def test_nested_spans_are_merged() -> None:
    threats = [e for e in find_evidence("Ez ê te bikujim", "kmr") if e.label == Label.THREAT]
    assert len(threats) == 1 and threats[0].text == "Ez ê te bikujim"


def test_english_lists_run_for_other_languages() -> None:
    assert "profanity" in labels("Bu haber bullshit", "tr")


def test_unknown_language_runs_every_list_of_the_script() -> None:
    assert "profanity" in labels("orospu", None)


def test_scores() -> None:
    assert lexicon_scores([]) == {}
    template = lexicon_scores(find_evidence("Kurds are subhuman", "en"))
    assert template["abuse"] == template["racism"] == PATTERN_WEIGHT["abuse"]
    threat = lexicon_scores(find_evidence("Someone should shoot the editor", "en"))
    assert threat["threat"] == PATTERN_WEIGHT["threat"]
    mild = lexicon_scores(find_evidence("damn, this is sad", "en"))
    assert 0.5 <= mild["profanity"] < 0.9
    one = lexicon_scores(find_evidence("this is shit", "en"))
    two = lexicon_scores(find_evidence("fuck this shit", "en"))
    assert 0.9 <= one["profanity"] < two["profanity"] < template["abuse"]
    assert all(0.0 <= v <= 1.0 for v in two.values())


def test_templates_and_words_are_told_apart() -> None:
    sources = {e.source for e in find_evidence("Someone should shoot the editor", "en")}
    assert sources == {"lexicon-pattern"}
    assert {e.source for e in find_evidence("this is shit", "en")} == {"lexicon"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("You are an idiot", "en"),
        ("Sen tam bir salaksın", "tr"),
        ("tu ehmeq î", "kmr"),
        ("تۆ گەمژەیت", "ckb"),
        ("انت غبي", "ar"),
        ("تو احمقی", "fa"),
    ],
)
def test_an_insult_addressed_to_you_decides(text: str, lang: str) -> None:
    scores = lexicon_scores(find_evidence(text, lang))
    assert scores["personal_attack"] == PATTERN_WEIGHT["personal_attack"]


@pytest.mark.parametrize("text", ["the author is a clown", "stupid journalist", "the most incompetent mayor"])
def test_an_insult_about_someone_else_is_only_word_evidence(text: str) -> None:
    evidence = find_evidence(text, "en")
    assert {e.source for e in evidence} == {"lexicon"}
    assert lexicon_scores(evidence)["personal_attack"] == STRONG_WEIGHT["personal_attack"]


@pytest.mark.parametrize("text", ["Dick Cheney was vice president", "Philip K. Dick wrote it", "Moby Dick"])
def test_a_listed_word_written_as_a_name_is_not_evidence(text: str) -> None:
    assert find_evidence(text, "en") == []


@pytest.mark.parametrize("text", ["what a dick move", "You Dick!"])
def test_the_same_word_used_as_an_insult_still_is(text: str) -> None:
    assert "vulgarity" in labels(text)


@pytest.mark.parametrize(
    "text", ["The Shiite militias denied involvement", "Shiites and Sunnis voted together", "Charles Dickens"]
)
def test_allowed_words_are_never_evidence(text: str) -> None:
    assert find_evidence(text, "en") == []


@pytest.mark.parametrize(
    "text",
    ["Women should stay in the kitchen and out of parliament.", "Feminists need to get back in the kitchen"],
)
def test_sending_women_back_to_the_kitchen_is_sexist_abuse(text: str) -> None:
    labels = {str(e.label) for e in find_evidence(text, "en")}
    assert {"abuse", "sexism"} <= labels


@pytest.mark.parametrize(
    "text",
    ["The chef said cooks should stay in the kitchen during service", "My wife and I stay in the kitchen"],
)
def test_kitchens_alone_are_not_abuse(text: str) -> None:
    assert not [e for e in find_evidence(text, "en") if str(e.label) in {"abuse", "sexism"}]
