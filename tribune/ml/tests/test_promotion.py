"""Behaviour of ``tribune.ml.promotion``: contact details, promotion phrases and the score ladder."""

from __future__ import annotations

import pytest

from tribune.ml.labels import Label
from tribune.ml.promotion import CONTACT, PHRASE, promotion_evidence, promotion_score


def contacts(text: str) -> list[str]:
    return [e.text for e in promotion_evidence(text) if e.source == CONTACT]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("read https://www.bbc.com/news/world-123.", "https://www.bbc.com/news/world-123"),
        ("visit www.example.org now", "www.example.org"),
        ("go to Example.COM", "Example.COM"),
        ("join t.me/cheapdeals", "t.me/cheapdeals"),
        ("wa.me/9647501234567", "wa.me/9647501234567"),
        ("bit.ly/3abcd", "bit.ly/3abcd"),
        ("see example dot com", "example dot com"),
        ("write to ali.k@gmail.com", "ali.k@gmail.com"),
        ("ali.k at gmail dot com", "ali.k at gmail dot com"),
        ("Call +964 750 123 4567", "+964 750 123 4567"),
        ("call 0532-123-45-67", "0532-123-45-67"),
        ("٠٧٥٠١٢٣٤٥٦٧ واتساب", "٠٧٥٠١٢٣٤٥٦٧"),
        ("۰۹۱۲۱۲۳۴۵۶۷ تماس بگیرید", "۰۹۱۲۱۲۳۴۵۶۷"),
    ],
)
def test_contact_details_found_with_original_offsets(text: str, expected: str) -> None:
    found = promotion_evidence(text)
    assert expected in contacts(text)
    for item in found:
        assert item.label == Label.PROMOTION
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "text",
    [
        "Great reporting",
        "Prices rose in 2019 2020 2021",
        "The budget is 1,500,000,000 dinars",
        "It rose 3.5% in 2023",
        "Call 911 now",
        "He said on 12.03.2024 that",
        "@ahmed you are right",
        "I subscribe to this view",
        "ئەم ڕاپۆرتە زۆر باش بوو",
    ],
)
def test_clean_comments_score_low(text: str) -> None:
    assert promotion_score(promotion_evidence(text)) < 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to my channel t.me/deals",
        "Earn money from home, whatsapp 0532 123 45 67",
        "للتواصل واتساب ٠٧٧٠١٢٣٤٥٦٧",
        "کانال من در تلگرام @myshop",
        "Kanalıma abone olun: youtube.com/c/x",
        "email me at ali.k at gmail dot com for discount",
    ],
)
def test_contact_with_promotion_is_reject_grade(text: str) -> None:
    assert promotion_score(promotion_evidence(text)) >= 0.9


def test_any_link_is_review_grade() -> None:
    score = promotion_score(promotion_evidence("Source: https://www.reuters.com/world/some-story"))
    assert 0.5 <= score < 0.9


def test_phrase_alone_is_review_grade() -> None:
    found = promotion_evidence("Buy now, huge discount!")
    assert {e.source for e in found} == {PHRASE}
    assert 0.5 <= promotion_score(found) < 0.9


def test_platform_in_passing_is_not_flagged() -> None:
    assert promotion_score(promotion_evidence("I saw this video on Instagram")) < 0.5


def test_handle_counts_only_near_promotion() -> None:
    assert contacts("@sara_k good point") == []
    assert "@bestdeals" in contacts("follow @bestdeals on instagram")


def test_platform_words_and_requests_are_phrases_not_contacts() -> None:
    found = promotion_evidence("dm me on telegram")
    assert found and {e.source for e in found} == {PHRASE}
