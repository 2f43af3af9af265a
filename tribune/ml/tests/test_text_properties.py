"""Property tests: normalisation and alignment never crash, and every span maps back inside the original.

Bounded for CI (derandomised; a few hundred examples in a few seconds).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from tribune.ml.tests.strategies import comment_texts
from tribune.ml.text import align, normalize, words

BOUNDED = settings(max_examples=200, deadline=None, derandomize=True, database=None)


@BOUNDED
@given(comment_texts)
def test_align_agrees_with_normalize_and_maps_every_character_inside_the_original(text: str) -> None:
    aligned = align(text)

    assert aligned.text == normalize(text)
    assert len(aligned.starts) == len(aligned.ends) == len(aligned.text)
    for start, end in zip(aligned.starts, aligned.ends, strict=True):
        assert 0 <= start <= end <= len(text)


@BOUNDED
@given(comment_texts)
def test_any_span_of_the_normalised_text_maps_to_a_span_of_the_original(text: str) -> None:
    aligned = align(text)
    size = len(aligned.text)

    for start in range(0, size, max(1, size // 7)):
        for end in (start + 1, min(size, start + 5), size):
            lo, hi = aligned.original_span(start, end)
            assert 0 <= lo <= hi <= len(text)
            assert (lo, hi) == (0, 0) or hi > lo  # a non-empty span never maps to nothing


@BOUNDED
@given(comment_texts)
def test_words_never_crash_on_normalised_text(text: str) -> None:
    assert all(isinstance(word, str) and word for word in words(normalize(text)))


@pytest.mark.parametrize(
    ("disguised", "folded"),
    [
        ("\u0456d1ot", "idiot"),  # Cyrillic i plus a leet digit: found by the property search
        ("sh1\u0442", "shit"),  # leet digit splits the word from its look-alike letter
        ("2A\u0405", "xnumx as"),  # a number glued to a look-alike word
        ("1d\u0456ot", "idiot"),
    ],
)
def test_look_alikes_mixed_with_leetspeak_are_folded_in_one_pass(disguised: str, folded: str) -> None:
    assert normalize(disguised) == folded
    assert normalize(folded) == folded
