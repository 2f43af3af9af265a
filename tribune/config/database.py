"""The ``DATABASES["default"]`` entry, from ``DATABASE_URL`` or the ``TRIBUNE_DB*`` variables.

    database_from_url("postgres://tribune:secret@db.internal:5432/tribune?sslmode=require")
    database_from_url("sqlite:///var/tribune.sqlite3")   # relative path; sqlite:////abs/path for absolute

``DATABASE_URL`` wins when it is set; otherwise ``TRIBUNE_DB=postgres`` with
``TRIBUNE_DB_HOST``/``_NAME``/``_USER``/``_PASSWORD``/``_PORT``, and otherwise the
embedded SQLite file. PostgreSQL connections are kept open between requests
(``TRIBUNE_DB_CONN_MAX_AGE`` seconds, default 60) and checked before reuse, so
a server restart or a dropped connection costs one reconnect, not an error.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from tribune.config.env import env_choice, env_int, env_str

POSTGRES_SCHEMES = ("postgres", "postgresql", "pgsql")
SQLITE_SCHEME = "sqlite"
SQLITE_TIMEOUT_SECONDS = 20


def _postgres(**values: Any) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.postgresql",
        "ATOMIC_REQUESTS": False,
        "CONN_MAX_AGE": env_int("TRIBUNE_DB_CONN_MAX_AGE", 60),
        "CONN_HEALTH_CHECKS": True,
        **values,
    }


def _sqlite(name: str) -> dict[str, Any]:
    # Writers wait for the lock instead of failing: the site, the CLI and a worker may share the file.
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": name,
        "OPTIONS": {"timeout": SQLITE_TIMEOUT_SECONDS},
    }


def database_from_url(url: str) -> dict[str, Any]:
    """Parse a ``postgres://`` or ``sqlite:///`` URL; raises ``ImproperlyConfigured`` on anything else.

    Query parameters of a PostgreSQL URL (``sslmode``, ``application_name``, ``connect_timeout``, …)
    become connection ``OPTIONS``.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme == SQLITE_SCHEME:
        if parts.netloc:
            raise ImproperlyConfigured(
                f"DATABASE_URL {url!r}: write sqlite:///relative/path or sqlite:////absolute/path"
            )
        path = unquote(parts.path[1:]) if parts.path.startswith("/") else unquote(parts.path)
        if not path:
            raise ImproperlyConfigured(f"DATABASE_URL {url!r} names no SQLite file")
        return _sqlite(path)
    if scheme in POSTGRES_SCHEMES:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ImproperlyConfigured(f"DATABASE_URL {url!r} names no database")
        try:
            port = parts.port
        except ValueError as exc:
            raise ImproperlyConfigured(f"DATABASE_URL {url!r} has a bad port") from exc
        options = dict(parse_qsl(parts.query, keep_blank_values=False))
        return _postgres(
            NAME=name,
            USER=unquote(parts.username or ""),
            PASSWORD=unquote(parts.password or ""),
            HOST=unquote(parts.hostname or ""),
            PORT=str(port or ""),
            OPTIONS=options,
        )
    raise ImproperlyConfigured(
        f"DATABASE_URL scheme {parts.scheme!r} is not supported; use postgres:// or sqlite:///"
    )


def default_database(var_dir: Path) -> dict[str, Any]:
    """The default connection, from the environment (see the module docstring)."""
    url = env_str("DATABASE_URL", "")
    if url:
        return database_from_url(url)
    if env_choice("TRIBUNE_DB", "sqlite", ("sqlite", "postgres")) == "postgres":
        return _postgres(
            NAME=env_str("TRIBUNE_DB_NAME", "test"),
            USER=env_str("TRIBUNE_DB_USER", "postgres"),
            PASSWORD=env_str("TRIBUNE_DB_PASSWORD", ""),
            HOST=env_str("TRIBUNE_DB_HOST", "127.0.0.1"),
            PORT=env_str("TRIBUNE_DB_PORT", "5432"),
        )
    var_dir.mkdir(parents=True, exist_ok=True)
    return _sqlite(env_str("TRIBUNE_SQLITE_PATH", str(var_dir / "tribune.sqlite3")))
