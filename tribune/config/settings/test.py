"""Test settings: in-memory SQLite, inline tasks, fast hashing."""

from __future__ import annotations

from tribune.config.env import env_str
from tribune.config.settings.base import *
from tribune.config.settings.base import DATABASES, TRIBUNE_MODERATION

DATABASES["default"]["NAME"] = ":memory:" if DATABASES["default"]["ENGINE"].endswith("sqlite3") else "test"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS_BACKEND = "inline"
TRIBUNE_MODERATION = {**TRIBUNE_MODERATION, "AUTO_APPROVE": True}
if not DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Parallel test runs on one PostgreSQL server each name their own throwaway database.
    DATABASES["default"]["TEST"] = {"NAME": env_str("TRIBUNE_TEST_DB_NAME", "test_tribune")}
