"""The catalogs' punctuation check, and the label that printed "؟:"."""

from __future__ import annotations

import pytest
from django.utils import translation

from tribune.appeals.forms import AppealForm
from tribune.core.punctuation import punctuation_problems


@pytest.mark.parametrize(
    ("language", "msgid", "translated", "expected"),
    [
        ("ar", "Why?", "لماذا؟:", "two end marks"),
        ("tr", "Note:", "Not", "ends with 'no mark'"),
        ("fa", "Published.", "منتشر شد؟", "ends with '?'"),
        ("ar", "Why?", "لماذا?", "Latin '?' after Arabic script"),
        ("ckb", "Yes, no", "بەڵێ, نەخێر", "Latin ','"),
        ("kmr", "Saved.", "Hat tomarkirin .", "space before '.'"),
        ("en", "Wait..", "Wait..", "two end marks"),
    ],
)
def test_problems_are_named(language: str, msgid: str, translated: str, expected: str) -> None:
    assert any(expected in p for p in punctuation_problems(language, msgid, translated))


@pytest.mark.parametrize(
    ("language", "msgid", "translated"),
    [
        ("ar", "Why should this comment be published?", "لماذا ينبغي نشر هذا التعليق؟"),
        ("tr", "by", "yazan:"),  # a colon before the value that follows
        ("en", "Loading...", "Loading..."),
        ("fa", "%(n)s comments", "%(n)s نظر"),
        ("ckb", "Open <kbd>o</kbd>", "کردنەوە <kbd>o</kbd>"),
    ],
)
def test_good_punctuation_passes(language: str, msgid: str, translated: str) -> None:
    assert punctuation_problems(language, msgid, translated) == []


@pytest.mark.parametrize("language", ["en", "ckb", "kmr", "ar", "tr", "fa"])
def test_the_appeal_label_has_no_colon_after_its_question_mark(language: str) -> None:
    with translation.override(language):
        label = AppealForm()["explanation"].label_tag()
    assert "?:" not in label and "؟:" not in label
