"""The one read of editors' threshold overrides."""

from __future__ import annotations

import pytest

from tribune.ml.policy import Threshold
from tribune.moderation import overrides
from tribune.moderation.pipeline.types import ThresholdOverrides


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Restore whatever reader the insights app registered."""
    monkeypatch.setattr(overrides, "_reader", overrides._reader)
    return overrides.overrides_reader_set


def test_the_registered_reader_is_read(reader) -> None:  # type: ignore[no-untyped-def]
    saved = ThresholdOverrides({"threat": Threshold(0.8, 0.4)}, version=5)
    reader(lambda: saved)
    assert overrides.threshold_overrides() is saved and overrides.overrides_source() == "overrides"


def test_a_failing_reader_fails_closed(reader) -> None:  # type: ignore[no-untyped-def]
    def broken() -> ThresholdOverrides:
        raise RuntimeError("database gone")

    reader(broken)
    assert overrides.threshold_overrides().failed


def test_without_a_reader_the_models_cut_offs_apply(reader) -> None:  # type: ignore[no-untyped-def]
    reader(None)
    assert overrides.threshold_overrides() == ThresholdOverrides()
    assert overrides.overrides_source() == "model only"


def test_the_insights_app_registers_its_store() -> None:
    from tribune.insights.thresholds import threshold_overrides_source

    assert overrides._reader is threshold_overrides_source
