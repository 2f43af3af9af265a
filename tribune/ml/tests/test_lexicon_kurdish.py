"""Sorani and Kurmanji lists: inflected forms and spelling variants fire, news vocabulary does not."""

from __future__ import annotations

import pytest

from tribune.ml.lexicon import PATTERN_WEIGHT, find_evidence, lexicon_scores


def labels(text: str, lang: str) -> set[str]:
    return {str(e.label) for e in find_evidence(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("قەحپەزادەکان", "ckb", {"profanity"}),
        ("كیرم لەم یاسایە", "ckb", {"vulgarity"}),  # Arabic kaf, folded to ک
        ("گەوادی", "ckb", {"profanity"}),  # inflected from a curated base word
        ("تۆ گەمژەترین کەسیت", "ckb", {"personal_attack"}),  # superlative
        ("Tu ehmeqtirîn kes î", "kmr", {"personal_attack"}),
        ("Pîço", "kmr", {"profanity"}),
        ("ئێوە هەمووتان بێمێشکن", "ckb", {"personal_attack"}),
        ("ئەی ئەحمەق", "ckb", {"personal_attack"}),
        ("فارسەکان مارن", "ckb", {"abuse", "racism"}),
        ("ئێزیدییەکان شەیتانپەرستن", "ckb", {"abuse", "religion"}),
        ("ئافرەتان عەقڵیان کەمە", "ckb", {"abuse", "sexism"}),
        ("پەنابەرە سوورییەکان دەبێت دەربکرێن", "ckb", {"abuse", "xenophobia"}),
        ("Pîçno", "kmr", {"profanity"}),
        ("Qehpeyên ha", "kmr", {"profanity"}),
        ("Bêşerefo, çima?", "kmr", {"personal_attack"}),
        ("Tu ji heywanan kêmtir î", "kmr", {"personal_attack"}),
        ("Faris mar in", "kmr", {"abuse", "racism"}),
        ("Êzidî şeytanperest in", "kmr", {"abuse", "religion"}),
        ("Penaberên sûrî divê bên derxistin", "kmr", {"abuse", "xenophobia"}),
        ("ئەم بەرپرسانە دەبێت بکوژرێن", "ckb", {"threat"}),  # "these officials": ئەم as well as ئەو
        ("ئەو وەزیرانە شایەنی مردنن", "ckb", {"threat"}),
    ],
)
def test_kurdish_forms_fire(text: str, lang: str, expected: set[str]) -> None:
    assert labels(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("تۆ گەمژەیت", "ckb"),
        ("ئەی بێشەرەف", "ckb"),
        ("Bêşerefo", "kmr"),
        ("Tu wek kerekî diaxivî", "kmr"),
    ],
)
def test_an_insult_addressed_to_you_in_kurdish_decides(text: str, lang: str) -> None:
    assert lexicon_scores(find_evidence(text, lang))["personal_attack"] == PATTERN_WEIGHT["personal_attack"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # ordinary and news words from the uncurated Sorani list, dropped on purpose
        ("نەخۆشخانەکان دەرمانیان نییە", "ckb"),
        ("چەکی قورس لە دەستی میلیشیاکاندایە", "ckb"),
        ("سێ پێشمەرگە بریندار بوون", "ckb"),
        ("داعش گوندەکەی داگیر کرد", "ckb"),
        ("کوشتنی ژنان دەبێت کۆتایی پێبێت", "ckb"),
        ("دەستدرێژی سێکسی لە قوتابخانەکان زیادی کردووە", "ckb"),
        ("شەرەفی پیشەیی ڕۆژنامەگەری", "ckb"),
        ("کوردەکان تیرۆریست نین", "ckb"),
        ("پەنابەران ئاوی پیس دەخۆنەوە", "ckb"),
        ("ئەم بڕیارە گەمژانەیە", "ckb"),
        ("ئەی برای بەڕێز، سوپاس", "ckb"),
        ("ڕەحمەت لە گیانی شەهیدانی پێشمەرگە", "ckb"),
        ("Ev biryar bêaqilane ye", "kmr"),
        ("Nezanî û xizanî pirsgirêkên herî mezin in", "kmr"),  # "ignorance": no -î on insults
        ("نرخی کەرە و پەنیر بەرز بووەوە", "ckb"),  # "butter", not "you donkey"
        ("Dînê îslamê li herêmê belav bû", "kmr"),  # "of religion", not "crazy"
        ("Jin û zarok di ava qirêj de dijîn", "kmr"),
        ("Rehma Xwedê li giyanê şehîdên pêşmerge be", "kmr"),
        ("Tu rast dibêjî, lê delîlên te kêm in", "kmr"),
        ("Wezîrê darayiyê divê bê lêpirsîn", "kmr"),
        ("ئەم بەرپرسانە دەبێت لێپرسینەوەیان لەگەڵ بکرێت", "ckb"),  # "must be held to account"
    ],
)
def test_kurdish_news_and_criticism_do_not_fire(text: str, lang: str) -> None:
    assert find_evidence(text, lang) == []


@pytest.mark.parametrize(
    ("standard", "keyboard"),
    [
        ("تۆ گەمژەیت", "تو گه\u200cمژه\u200cیت"),  # ە typed as ه + ZWNJ, ۆ as و
        ("تۆ گەمژەیت", "تو گهمژهیت"),
        ("دەزانین لە کوێ دەژیت", "دهزانین له کوی دهژیت"),  # ێ typed as ی
        ("قوزی دایکت", "قوزي دايكت"),  # Arabic yeh and kaf
        ("زۆڵەکان", "زولهكان"),  # ڵ typed as ل
    ],
)
def test_sorani_typed_on_other_keyboards_matches_like_the_standard_spelling(
    standard: str, keyboard: str
) -> None:
    assert labels(keyboard, "ckb") == labels(standard, "ckb") != set()
    for item in find_evidence(keyboard, "ckb"):
        assert keyboard[item.start : item.end] == item.text
