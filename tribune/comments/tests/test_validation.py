"""Shape checks at the door: names lose bidi controls; over-long names and bodies get clear errors."""

from __future__ import annotations

import pytest

from tribune.comments.validation import MAX_NAME_LENGTH, validate_comment
from tribune.core.errors import ApplicationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("\u202eevil", "evil"),  # right-to-left override: would show as "live"
        ("Ava\u202a\u202b\u202c\u202d", "Ava"),
        ("\u2067Hêvî\u2069", "Hêvî"),
        ("ليلى", "ليلى"),  # right-to-left names themselves are kept
        ("Ava\u200fB", "Ava\u200fB"),  # a right-to-left mark is ordinary text
    ],
)
def test_names_lose_bidi_embeddings_overrides_and_isolates(typed: str, stored: str) -> None:
    assert validate_comment(body="Fine.", author_name=typed, max_length=100)[1] == stored


def test_the_body_keeps_what_was_typed_including_bidi_controls() -> None:
    body = "exe.\u202egnp looks like png"

    assert validate_comment(body=body, author_name="Ava", max_length=100)[0] == body


def test_a_name_of_bidi_controls_only_is_empty() -> None:
    with pytest.raises(ApplicationError) as refused:
        validate_comment(body="Fine.", author_name="\u202e\u202e", max_length=100)

    assert refused.value.code == "name_empty"


def test_over_long_name_and_body_are_refused_with_their_limits() -> None:
    with pytest.raises(ApplicationError) as name:
        validate_comment(body="Fine.", author_name="n" * (MAX_NAME_LENGTH + 1), max_length=100)
    with pytest.raises(ApplicationError) as body:
        validate_comment(body="b" * 101, author_name="Ava", max_length=100)

    assert name.value.code == "name_too_long" and str(MAX_NAME_LENGTH) in name.value.message
    assert body.value.code == "comment_too_long" and body.value.status == 413
    assert "100 characters (101)" in body.value.message
