"""Dates read naturally in every site language: no English month names or English order outside English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.utils import translation
from django.utils.formats import date_format

WHEN = datetime(2026, 12, 1, 21, 29, tzinfo=UTC)
ENGLISH = ("Dec", "December", "p.m.", "PM")


@pytest.mark.parametrize("language", ["ckb", "kmr", "ar", "tr", "fa"])
@pytest.mark.parametrize("name", ["DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT", "MONTH_DAY_FORMAT"])
def test_no_english_in_dates(language: str, name: str) -> None:
    with translation.override(language):
        text = date_format(WHEN, name)
    assert not any(word in text for word in ENGLISH), text
    assert "2026-12-01" not in text


def test_arabic_date_and_time_in_arabic_order() -> None:
    with translation.override("ar"):
        assert date_format(WHEN, "DATETIME_FORMAT") == "1 ديسمبر 2026، 9:29 م"
