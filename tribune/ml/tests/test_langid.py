"""Behaviour of ``tribune.ml.langid`` on short comments written for this test (not from any corpus)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from tribune.ml.langid import detect_language, script_of

SAMPLES: dict[str, list[str]] = {
    "en": [
        "Great reporting, thank you.",
        "This is a terrible decision by the council.",
        "I disagree with the author on this point.",
        "Thanks for covering the flood in the north.",
        "The minister should resign after this scandal.",
        "Very informative article about the elections.",
        "Why did nobody ask the mayor about the budget?",
        "My thoughts are with the families of the victims.",
        "Finally some honest journalism.",
        "The numbers in the second paragraph look wrong.",
        "Prices keep going up and wages do not.",
        "Who will pay for the new bridge?",
        "Well written and balanced piece.",
        "I hope the talks succeed this time.",
        "Please fix the typo in the headline.",
        "Terrible news, so sad.",
    ],
    "ckb": [
        "ئەم ڕاپۆرتە زۆر باش بوو",
        "سوپاس بۆ ئەم هەواڵە",
        "من لەگەڵ نووسەر هاوڕا نیم",
        "حکومەت دەبێت وەڵام بداتەوە",
        "خەڵکی هەولێر ماندوو بوون",
        "ئەم بابەتە زۆر گرنگە",
        "خوا ڕەحمەتیان بکات",
        "کەی کارەبا چاک دەبێتەوە؟",
        "هەڵبژاردن ساختە بوو",
        "دەستتان خۆش بێت",
        "ئێمە پێویستمان بە ئاوە",
        "نرخی نان زۆر گران بووە",
        "بۆچی کەس باسی ئەمە ناکات؟",
        "ئەم وتارە ڕاست نییە",
        "مووچەی فەرمانبەران دواکەوتووە",
        "هیوادارم ئاشتی بێت",
    ],
    "kmr": [
        "Ev nûçe gelek baş e",
        "Spas ji bo vê gotarê",
        "Ez bi nivîskar re ne razî me",
        "Hikûmet divê bersiv bide",
        "Xelkê Amedê westiyayî ne",
        "Xwedê rehma xwe li wan bike",
        "Çima kes behsa vê nake?",
        "Bihayê nan pir giran bûye",
        "Em hêvî dikin ku aştî çêbibe",
        "Ev gotar ne rast e",
        "Dest xweş, nûçeyek baş",
        "Hilbijartin bi hîle bû",
        "Zarokên me dibistan tune ne",
        "Kurd jî mafê xwe dixwazin",
        "Ez vê nûçeyê parve dikim",
        "Av û elektrîk kengê tê?",
    ],
    "tr": [
        "Bu haber çok güzel olmuş",
        "Yazara katılmıyorum",
        "Hükümet bu konuda açıklama yapmalı",
        "Allah rahmet eylesin",
        "Ekmek fiyatları yine arttı",
        "Neden kimse bundan bahsetmiyor?",
        "Çok bilgilendirici bir yazı, teşekkürler",
        "Seçim sonuçları şaşırtıcı değil",
        "Bakan istifa etmeli",
        "Kaleminize sağlık",
        "Bu rakamlar doğru değil",
        "Umarım barış gelir",
        "Köprüyü kim ödeyecek?",
        "Haberi paylaştığınız için sağ olun",
        "Gerçekten üzücü bir olay",
        "Başlıkta yazım hatası var",
    ],
    "fa": [
        "این گزارش خیلی خوب بود",
        "ممنون از این خبر",
        "من با نویسنده موافق نیستم",
        "دولت باید پاسخ بدهد",
        "قیمت نان دوباره گران شد",
        "چرا هیچ کس درباره این حرف نمی‌زند؟",
        "خدا رحمتشان کند",
        "انتخابات تقلبی بود",
        "امیدوارم صلح برقرار شود",
        "این مقاله درست نیست",
        "مقاله بسیار مفیدی بود، سپاس",
        "وزیر باید استعفا بدهد",
        "مردم از گرانی خسته شده‌اند",
        "حقوق کارمندان عقب افتاده است",
        "دست شما درد نکند",
        "تیتر این خبر اشتباه دارد",
    ],
    "ar": [
        "تقرير رائع، شكرا لكم",
        "لا أتفق مع الكاتب في هذا",
        "على الحكومة أن ترد فورا",
        "رحمهم الله جميعا",
        "أسعار الخبز ارتفعت مرة أخرى",
        "لماذا لا يتحدث أحد عن هذا؟",
        "مقال مفيد جدا",
        "الانتخابات كانت مزورة",
        "أتمنى أن يعم السلام",
        "هذه المعلومات غير صحيحة",
        "يجب على الوزير أن يستقيل",
        "الناس تعبوا من الغلاء",
        "رواتب الموظفين متأخرة منذ شهرين",
        "بارك الله فيكم",
        "خبر محزن جدا",
        "يوجد خطأ في العنوان",
    ],
}


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("language detection tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def accuracy() -> tuple[float, list[tuple[str, str, str]]]:
    wrong = []
    total = 0
    for lang, sentences in SAMPLES.items():
        for sentence in sentences:
            total += 1
            got = detect_language(sentence)
            if got != lang:
                wrong.append((lang, got, sentence))
    return 1 - len(wrong) / total, wrong


def test_fixture_has_fifteen_per_language() -> None:
    assert all(len(s) >= 15 for s in SAMPLES.values())


def test_accuracy_on_own_samples(no_network: None) -> None:
    acc, wrong = accuracy()
    assert acc >= 0.90, wrong


@pytest.mark.parametrize("lang", list(SAMPLES))
def test_each_language_mostly_right(lang: str) -> None:
    right = sum(detect_language(s) == lang for s in SAMPLES[lang])
    assert right / len(SAMPLES[lang]) >= 0.8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Great reporting", "en"),
        ("Thanks for this", "en"),
        ("Allah rahmet eylesin", "tr"),
        ("زۆر سوپاس", "ckb"),
        ("Gelek spas", "kmr"),
        ("این است", "fa"),
    ],
)
def test_very_short_comments(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_too_short_is_undetermined_or_hint() -> None:
    assert detect_language("ok") == "und"
    assert detect_language("👍👍") == "und"
    assert detect_language("", hint="ckb") == "ckb"
    assert detect_language("ok", hint="tr") == "tr"


def test_hint_from_another_script_is_ignored() -> None:
    assert detect_language("ئەم ڕاپۆرتە زۆر باش بوو", hint="en") == "ckb"


def test_urls_and_numbers_do_not_decide() -> None:
    assert detect_language("Bu haber çok güzel https://example.com 2024") == "tr"


def test_other_languages_pass_through() -> None:
    assert detect_language("Das ist ein sehr guter Artikel über die Wahlen") == "de"
    assert detect_language("Это очень хорошая статья") == "ru"


def test_script_of() -> None:
    assert script_of("سلام") == "arabic"
    assert script_of("hello") == "latin"
    assert script_of("123") == "none"
