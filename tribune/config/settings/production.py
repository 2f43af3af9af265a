"""Production: PostgreSQL, Celery on Redis, DEBUG off, HTTPS only. Secrets come from the environment.

Required: ``TRIBUNE_SECRET_KEY`` (50+ random characters) and ``TRIBUNE_ALLOWED_HOSTS``.
Behind a TLS-terminating proxy set ``TRIBUNE_PROXY_SSL_HEADER=true`` (it must set
``X-Forwarded-Proto``). ``python manage.py check --deploy --fail-level WARNING`` passes
with these settings (CI runs it).
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

os.environ.setdefault("TRIBUNE_DB", "postgres")
os.environ.setdefault("TRIBUNE_TASKS_BACKEND", "celery")
os.environ.setdefault("TRIBUNE_DEBUG", "false")

from tribune.config.env import env_bool, env_int, env_str
from tribune.config.settings.base import *

for _required in ("TRIBUNE_SECRET_KEY", "TRIBUNE_ALLOWED_HOSTS"):
    if not os.environ.get(_required, "").strip():
        raise ImproperlyConfigured(
            f"{_required} must be set in production (see tribune/config/settings/production.py)."
        )

SECRET_KEY = os.environ["TRIBUNE_SECRET_KEY"]
ALLOWED_HOSTS = [host.strip() for host in os.environ["TRIBUNE_ALLOWED_HOSTS"].split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in env_str("TRIBUNE_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

# HTTPS only: redirect, then tell browsers never to try plain HTTP again.
SECURE_SSL_REDIRECT = env_bool("TRIBUNE_SSL_REDIRECT", True)
if env_bool("TRIBUNE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("TRIBUNE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("TRIBUNE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("TRIBUNE_HSTS_PRELOAD", True)

# Cookies travel over HTTPS only and are out of scripts' reach (the dashboard's
# script reads the CSRF token from its form, not from the cookie).
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
