"""The shared encoder pieces: empty texts, truncation, and loading once."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from tribune.ml.encoders import LoadOnce, LockedEncoder


class _Lengths(LockedEncoder):
    """Encodes a text as (its length, 1): enough to see what reached the model."""

    dimension = 2
    max_chars = 5

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []

    def _embed(self, texts: list[str]) -> list[list[float]]:
        self.calls.append(texts)
        return [[float(len(t)), 1.0] for t in texts]


def test_empty_texts_get_zero_vectors_without_reaching_the_model() -> None:
    encoder = _Lengths()
    out = encoder.encode(["abc", "  ", "", "de"])
    assert out.dtype == np.float32
    assert out.tolist() == [[3.0, 1.0], [0.0, 0.0], [0.0, 0.0], [2.0, 1.0]]
    assert encoder.calls == [["abc", "de"]]


def test_long_texts_are_cut_before_the_model() -> None:
    encoder = _Lengths()
    encoder.encode(["abcdefghij"])
    assert encoder.calls == [["abcde"]]


def test_all_empty_never_calls_the_model() -> None:
    encoder = _Lengths()
    assert encoder.encode(["", " "]).shape == (2, 2)
    assert encoder.calls == []


def test_load_once_builds_one_instance() -> None:
    built: list[object] = []

    def factory() -> object:
        built.append(object())
        return built[-1]

    once: LoadOnce[object] = LoadOnce(factory, name="fake", errors=(ImportError,), fallback="none")
    assert once.get() is once.get()
    assert len(built) == 1


def test_load_once_gives_none_and_logs_once_when_the_package_is_missing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def missing() -> object:
        raise ImportError("no module named fake")

    once: LoadOnce[object] = LoadOnce(missing, name="fake", errors=(ImportError,), fallback="n-grams only")
    with caplog.at_level(logging.WARNING, logger="tribune.ml.encoders"):
        assert once.get() is None
        assert once.get() is None
    messages = [r.getMessage() for r in caplog.records if r.name == "tribune.ml.encoders"]
    assert messages == ["encoder fake unavailable (no module named fake): n-grams only"]


def test_load_once_lets_other_errors_through() -> None:
    def broken() -> object:
        raise ValueError("corrupt weights")

    once: LoadOnce[object] = LoadOnce(broken, name="fake", errors=(ImportError,), fallback="none")
    with pytest.raises(ValueError, match="corrupt weights"):
        once.get()
