"""Production settings: Django's deploy checks pass, and the secret key must come from the environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "x7Qp2LmZ9vRt4WsK8nYb3HcJ6dFg1AeU5oIiPqTrSuVwXyZ0aBcDeFgHiJkLmN"


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TRIBUNE_", "DJANGO_"))}
    clean.update(DJANGO_SETTINGS_MODULE="tribune.config.settings.production", **env)
    return subprocess.run(
        [sys.executable, *args], check=False, cwd=ROOT, env=clean, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_passes_at_warning_level() -> None:
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        TRIBUNE_SECRET_KEY=SECRET,
        TRIBUNE_ALLOWED_HOSTS="news.example.org",
    )
    print(result.stdout, result.stderr)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key() -> None:
    result = _run(["manage.py", "check"], TRIBUNE_ALLOWED_HOSTS="news.example.org")

    assert result.returncode != 0
    assert "TRIBUNE_SECRET_KEY must be set in production" in result.stderr


def test_production_hardening_values() -> None:
    probe = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({k: getattr(s, k) for k in ('DEBUG', 'SECURE_HSTS_SECONDS', "
        "'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_SSL_REDIRECT', 'SESSION_COOKIE_SECURE', "
        "'CSRF_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'X_FRAME_OPTIONS', 'SECURE_CONTENT_TYPE_NOSNIFF', "
        "'SECURE_REFERRER_POLICY', 'SECRET_KEY', 'ALLOWED_HOSTS')}))"
    )
    result = _run(["-c", probe], TRIBUNE_SECRET_KEY=SECRET, TRIBUNE_ALLOWED_HOSTS="news.example.org")
    values = json.loads(result.stdout.strip().splitlines()[-1])

    assert values == {
        "DEBUG": False,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "X_FRAME_OPTIONS": "DENY",
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "same-origin",
        "SECRET_KEY": SECRET,
        "ALLOWED_HOSTS": ["news.example.org"],
    }
