"""System checks on the thresholds in force."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tribune.moderation import threshold_checks
from tribune.moderation.pipeline.types import ThresholdOverrides


def _bundle(tmp_path: Path, policy: object) -> Path:
    (tmp_path / "manifest.json").write_text(json.dumps({"policy": policy}), encoding="utf-8")
    return tmp_path


def _ids(found: list) -> list[str]:
    return [m.id for m in found]


def test_the_shipped_bundle_has_every_guidelines_cut_offs() -> None:
    assert threshold_checks.check_bundle_thresholds() == []


def test_a_missing_guideline_and_a_bad_manifest_are_reported(tmp_path: Path, monkeypatch) -> None:
    partial = _bundle(tmp_path, {"threat": {"reject": 0.9, "review": 0.5}})
    monkeypatch.setattr(threshold_checks, "bundle_path", lambda: partial)
    assert _ids(threshold_checks.check_bundle_thresholds()).count("tribune.W011") == 6

    _bundle(tmp_path, {"threat": {"reject": 0.4, "review": 0.5}})
    assert _ids(threshold_checks.check_bundle_thresholds()) == ["tribune.E010"]

    monkeypatch.setattr(threshold_checks, "bundle_path", lambda: None)
    assert _ids(threshold_checks.check_bundle_thresholds()) == ["tribune.W010"]


def test_an_unmigrated_database_is_left_to_migrate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threshold_checks, "_overrides_table_exists", lambda: False)
    monkeypatch.setattr(threshold_checks, "threshold_overrides", lambda: ThresholdOverrides(failed=True))
    assert threshold_checks.check_threshold_overrides(databases=["default"]) == []


def test_overrides_are_checked_only_with_a_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threshold_checks, "_overrides_table_exists", lambda: True)
    monkeypatch.setattr(threshold_checks, "threshold_overrides", lambda: ThresholdOverrides(failed=True))
    assert threshold_checks.check_threshold_overrides() == []
    assert _ids(threshold_checks.check_threshold_overrides(databases=["default"])) == ["tribune.W012"]

    unknown = ThresholdOverrides({"spam": threshold_checks.DEFAULT_THRESHOLD})
    monkeypatch.setattr(threshold_checks, "threshold_overrides", lambda: unknown)
    assert _ids(threshold_checks.check_threshold_overrides(databases=["default"])) == ["tribune.E011"]


@pytest.mark.django_db
def test_a_database_not_migrated_yet_is_not_a_failed_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """``migrate`` on a fresh database runs the checks before the tables exist: no traceback, no warning."""
    from django.db import connection

    def unread() -> ThresholdOverrides:
        raise AssertionError("the overrides were read before their table exists")

    monkeypatch.setattr(threshold_checks, "threshold_overrides", unread)
    monkeypatch.setattr(connection.introspection, "table_names", lambda *args, **kwargs: [])
    assert threshold_checks.check_threshold_overrides(databases=["default"]) == []
