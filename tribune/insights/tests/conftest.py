"""Fixtures for the insights tests: a fresh threshold cache around every test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tribune.insights.thresholds import threshold_overrides_forget


@pytest.fixture(autouse=True)
def _fresh_threshold_cache() -> Iterator[None]:
    # A test's saved overrides roll back with its transaction; its cached copy must go too.
    threshold_overrides_forget()
    yield
    threshold_overrides_forget()
