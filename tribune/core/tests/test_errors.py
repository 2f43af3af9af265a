"""``text_checked``: the one rule for free text moderators and readers type (strip, required, at most n)."""

from __future__ import annotations

import pytest

from tribune.core.errors import ApplicationError, text_checked

LONG = "Keep it under %(n)d characters."


def test_text_is_stripped_and_kept() -> None:
    kept = text_checked("  Tone.  ", field="reason", max_length=5, too_long=LONG, required="Say why.")
    assert kept == "Tone."
    assert text_checked("   ", field="note", max_length=5, too_long=LONG) == ""


def test_empty_required_text_is_refused_with_its_field_code() -> None:
    with pytest.raises(ApplicationError) as refused:
        text_checked(" \n ", field="reason", max_length=5, too_long=LONG, required="Say why.")
    error = refused.value
    assert (error.code, error.message, error.status) == ("reason_required", "Say why.", 400)


def test_long_text_is_refused_naming_the_limit() -> None:
    assert text_checked("abcde", field="note", max_length=5, too_long=LONG) == "abcde"
    with pytest.raises(ApplicationError) as refused:
        text_checked("abcdef", field="note", max_length=5, too_long=LONG)
    assert (refused.value.code, refused.value.message) == ("note_too_long", "Keep it under 5 characters.")
