from __future__ import annotations

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tribune.config.database import database_from_url, default_database


def test_postgres_url_gives_every_connection_field_and_reuse() -> None:
    db = database_from_url(
        "postgres://tri%40bune:s%3Acret@db.internal:6432/tribune?sslmode=require&application_name=web"
    )
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["HOST"], db["PORT"]) == (
        "tribune", "tri@bune", "s:cret", "db.internal", "6432",
    )  # fmt: skip
    assert db["OPTIONS"] == {"sslmode": "require", "application_name": "web"}
    assert db["CONN_MAX_AGE"] == 60 and db["CONN_HEALTH_CHECKS"] is True


def test_postgresql_scheme_and_defaults_without_credentials() -> None:
    db = database_from_url("postgresql://127.0.0.1/site")
    assert (db["NAME"], db["USER"], db["PASSWORD"], db["PORT"]) == ("site", "", "", "")


def test_sqlite_urls_relative_absolute_and_memory() -> None:
    assert database_from_url("sqlite:///var/t.sqlite3")["NAME"] == "var/t.sqlite3"
    assert database_from_url("sqlite:////srv/t.sqlite3")["NAME"] == "/srv/t.sqlite3"
    assert database_from_url("sqlite:///:memory:")["NAME"] == ":memory:"
    assert database_from_url("sqlite:///x.db")["ENGINE"] == "django.db.backends.sqlite3"


@pytest.mark.parametrize(
    "url",
    ["mysql://u@h/db", "postgres://h", "postgres://h:notaport/db", "sqlite://host/x.db", "sqlite:///", ""],
)
def test_bad_urls_are_refused_with_a_clear_error(url: str) -> None:
    with pytest.raises(ImproperlyConfigured):
        database_from_url(url)


def test_database_url_wins_over_tribune_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRIBUNE_DB", "postgres")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///from-url.sqlite3")
    assert default_database(tmp_path)["NAME"] == "from-url.sqlite3"


def test_tribune_db_variables_still_work(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("TRIBUNE_DB", "postgres")
    monkeypatch.setenv("TRIBUNE_DB_NAME", "news")
    monkeypatch.setenv("TRIBUNE_DB_CONN_MAX_AGE", "0")
    db = default_database(tmp_path)
    assert (db["ENGINE"], db["NAME"], db["HOST"], db["CONN_MAX_AGE"]) == (
        "django.db.backends.postgresql", "news", "127.0.0.1", 0,
    )  # fmt: skip


def test_embedded_default_is_a_sqlite_file_in_var(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("DATABASE_URL", "TRIBUNE_DB", "TRIBUNE_SQLITE_PATH"):
        monkeypatch.delenv(name, raising=False)
    db = default_database(tmp_path / "var")
    assert db["NAME"] == str(tmp_path / "var" / "tribune.sqlite3")
    assert (tmp_path / "var").is_dir()
