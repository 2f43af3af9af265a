"""Which thresholds ``tribune score`` applies, and that it says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tribune.cli import thresholds
from tribune.cli.thresholds import cli_overrides, database_configured


def test_without_a_database_the_bundles_policy_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in thresholds.DATABASE_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TRIBUNE_VAR_DIR", str(tmp_path))
    assert not database_configured()
    overrides, said = cli_overrides()
    assert not overrides.thresholds and "no database configured" in said

    (tmp_path / "tribune.sqlite3").write_bytes(b"")  # the embedded database tribune serve made
    assert database_configured()


def test_an_unreachable_database_falls_back_and_says_why() -> None:
    # No ``db`` fixture: pytest-django refuses the connection, as a dead server would.
    overrides, said = cli_overrides()
    assert not overrides.thresholds and "database not reachable" in said


@pytest.mark.django_db
def test_a_reachable_database_brings_the_editors_overrides(moderator) -> None:
    from tribune.insights.thresholds import model_policy, threshold_override_save

    _, said = cli_overrides()
    assert "holds no threshold overrides" in said
    threshold_override_save(
        guideline="threat", reject=0.8, review=0.4, user=moderator, model=model_policy().threshold("threat")
    )
    overrides, said = cli_overrides()
    assert overrides.thresholds["threat"].reject == 0.8 and "overrides for threat" in said
