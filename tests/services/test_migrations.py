"""Every migration applies on a fresh SQLite file and a fresh PostgreSQL database, chosen by DATABASE_URL.

Also checks that the models need no migration nobody wrote. The PostgreSQL half
skips, saying why, when no server answers on 127.0.0.1:5432.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.harness import ROOT, create_database, drop_database, postgres_up, run_name

pytestmark = pytest.mark.services


def _manage(database_url: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRIBUNE_", "DATABASE_"))}
    env.update(
        DATABASE_URL=database_url,
        DJANGO_SETTINGS_MODULE="tribune.config.settings.base",
        TRIBUNE_VAR_DIR=str(tmp / "var"),
    )
    return subprocess.run(
        [sys.executable, "-m", "tribune", "manage", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip


def _migrate_and_check(database_url: str, tmp: Path) -> None:
    done = _manage(database_url, tmp, "migrate", "--noinput")
    assert done.returncode == 0, done.stderr
    assert "Applying comments.0001_initial... OK" in done.stdout
    again = _manage(database_url, tmp, "migrate", "--check")
    assert again.returncode == 0, again.stdout + again.stderr
    missing = _manage(database_url, tmp, "makemigrations", "--check", "--dry-run")
    assert missing.returncode == 0, f"models changed without a migration:\n{missing.stdout}"


def test_migrations_apply_on_a_fresh_sqlite_file(tmp_path: Path) -> None:
    _migrate_and_check(f"sqlite:///{tmp_path}/fresh.sqlite3", tmp_path)
    assert (tmp_path / "fresh.sqlite3").stat().st_size > 0


@pytest.mark.skipif(not postgres_up(), reason="PostgreSQL is not running on 127.0.0.1:5432")
def test_migrations_apply_on_a_fresh_postgresql_database(tmp_path: Path) -> None:
    name = run_name("scale_migrations")
    create_database(name)
    try:
        _migrate_and_check(f"postgres://postgres@127.0.0.1:5432/{name}", tmp_path)
    finally:
        drop_database(name)
