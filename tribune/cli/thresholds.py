"""Which threshold overrides ``tribune score`` applies, and a line saying so.

With a database configured (``DATABASE_URL``, ``TRIBUNE_DB``, ``TRIBUNE_SQLITE_PATH``,
``DJANGO_SETTINGS_MODULE``, or the embedded SQLite file ``tribune serve`` made) and
reachable, the editors' overrides are read through the site's one reader
(``tribune.moderation.overrides``), so the CLI decides as the site does.
Otherwise the bundle's policy alone applies, and the line says why::

    overrides, said = cli_overrides()
    print(f"tribune score: thresholds: {said}", file=sys.stderr)
"""

from __future__ import annotations

import os
from pathlib import Path

from tribune.moderation.pipeline.types import NO_OVERRIDES, ThresholdOverrides

DATABASE_ENV = ("DATABASE_URL", "TRIBUNE_DB", "TRIBUNE_SQLITE_PATH", "DJANGO_SETTINGS_MODULE")


def database_configured() -> bool:
    """Whether the environment names a database, or the embedded one exists."""
    if any(os.environ.get(name) for name in DATABASE_ENV):
        return True
    var_dir = Path(os.environ.get("TRIBUNE_VAR_DIR") or Path.cwd() / "var")
    return (var_dir / "tribune.sqlite3").is_file()


def cli_overrides() -> tuple[ThresholdOverrides, str]:
    """The overrides to apply and where the cut-offs came from, in words."""
    if not database_configured():
        return NO_OVERRIDES, "the bundle's policy alone (no database configured)"
    from django.core.exceptions import ImproperlyConfigured
    from django.db import DatabaseError, connection

    from tribune.cli.serve import django_setup

    try:
        django_setup()
        connection.ensure_connection()
    except (DatabaseError, ImproperlyConfigured, RuntimeError) as exc:  # the CLI still scores, and says so
        return NO_OVERRIDES, f"the bundle's policy alone (database not reachable: {type(exc).__name__})"
    from tribune.moderation.overrides import threshold_overrides

    overrides = threshold_overrides()
    if overrides.failed:
        return NO_OVERRIDES, "the bundle's policy alone (threshold overrides could not be read)"
    if not overrides.thresholds:
        return overrides, "the bundle's policy (the database holds no threshold overrides)"
    named = ", ".join(sorted(overrides.thresholds))
    return overrides, f"the bundle's policy with editors' overrides for {named} (set {overrides.version})"
