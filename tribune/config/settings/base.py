"""Embedded default: SQLite, moderation in-process, no services needed.

Every knob reads an environment variable with a typed default, so one command
runs the site while production points ``DATABASE_URL``-style variables at
PostgreSQL and ``TRIBUNE_TASKS_BACKEND=celery`` at Redis.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF

from tribune.config.database import default_database
from tribune.config.env import env_bool, env_choice, env_int, env_str
from tribune.core.languages import register_languages

BASE_DIR = Path(__file__).resolve().parents[2]
# Runtime files (the SQLite database, collected static files) live here.
VAR_DIR = Path(env_str("TRIBUNE_VAR_DIR", str(Path.cwd() / "var")))

SECRET_KEY = env_str("TRIBUNE_SECRET_KEY", "tribune-embedded-demo-key-change-me-in-production")
DEBUG = env_bool("TRIBUNE_DEBUG", True)
ALLOWED_HOSTS = env_str("TRIBUNE_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",
    "tribune.core",
    "tribune.articles",
    "tribune.comments",
    "tribune.moderation",
    "tribune.dashboard",
    "tribune.insights",
    "tribune.appeals",
    "tribune.api",
    "tribune.tasks",
    "tribune.ops",
    "tribune.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tribune.config.urls"
WSGI_APPLICATION = "tribune.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL (postgres://… or sqlite:///…) or TRIBUNE_DB=postgres + TRIBUNE_DB_*; SQLite otherwise.
DATABASES = {"default": default_database(VAR_DIR)}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ckb", "کوردی (سۆرانی)"),
    ("kmr", "Kurdî (Kurmancî)"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("fa", "فارسی"),
]
# Kurmanji is not in Django's locale table: add it before anything reads the table.
register_languages()
# The message catalogs (README, "Languages": regenerate with scripts/messages.sh).
LOCALE_PATHS = [BASE_DIR / "locale"]
# Formats for languages Django has none for (kmr); the others use Django's own.
FORMAT_MODULE_PATH = ["tribune.core.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/moderation/"
LOGOUT_REDIRECT_URL = "/"

# Comments bigger than this are refused before anything else is read.
DATA_UPLOAD_MAX_MEMORY_SIZE = 512 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"tribune": {"handlers": ["console"], "level": env_str("TRIBUNE_LOG_LEVEL", "INFO")}},
}

# --- Tasks: the one queue seam (tribune.tasks) ---------------------------------------
TRIBUNE_CELERY_APP = "tribune.config.celery.app"  # the app workers run; tribune.tasks finds it by this name
# Celery settings live in tribune.config.celery_settings (broker, acks, retries, sweeper).
TASKS_BACKEND = env_choice("TRIBUNE_TASKS_BACKEND", "inline", ("inline", "celery"))
from tribune.config.celery_settings import *

# --- Operations: health checks and Prometheus metrics (tribune.ops) ------------------
# /metrics answers these addresses (exact IPs or CIDR networks) and, when set, a bearer token.
TRIBUNE_METRICS_ALLOWED_IPS = [
    a.strip() for a in env_str("TRIBUNE_METRICS_ALLOWED_IPS", "127.0.0.1,::1").split(",") if a.strip()
]
TRIBUNE_METRICS_TOKEN = env_str("TRIBUNE_METRICS_TOKEN", "")
# DB-derived metrics are recomputed at most this often per process.
TRIBUNE_METRICS_CACHE_SECONDS = env_int("TRIBUNE_METRICS_CACHE_SECONDS", 10)

# --- Moderation (tribune.moderation.conf reads these at call time) -------------------
# Overrides of tribune.moderation.conf.DEFAULTS (step order, thresholds, rate limits, timeouts).
TRIBUNE_MODERATION = {
    "AUTO_APPROVE": env_bool("TRIBUNE_AUTO_APPROVE", True),
    "MAX_LENGTH": env_int("TRIBUNE_MAX_COMMENT_LENGTH", 5000),
}

# --- Security (production.py hardens transport and cookies on top of this) ------------
# Failed logins are counted per address by django-axes; the moderator login and the
# admin both go through it. Lock-outs answer 429 with registration/locked_out.html.
INSTALLED_APPS += ["axes", "csp"]
MIDDLEWARE.insert(0, "tribune.core.client_address.ClientAddressMiddleware")
MIDDLEWARE.insert(2, "tribune.core.middleware.RequestSizeLimitMiddleware")
# How many reverse proxies stand in front of Tribune (each appends to X-Forwarded-For);
# 0 trusts no header and uses the connection's address.
TRIBUNE_TRUSTED_PROXIES = env_int("TRIBUNE_TRUSTED_PROXIES", 0)
MIDDLEWARE += ["csp.middleware.CSPMiddleware", "axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("TRIBUNE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("TRIBUNE_LOGIN_COOLOFF_MINUTES", 15))
# By address: one machine guessing many moderators' passwords is stopped as well.
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

# Content Security Policy (django-csp): scripts and styles only from our own static
# files, never inline, so an injected tag or attribute cannot run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# The cache holds the door's flood counters: per process (locmem) by default, shared by
# every web process when TRIBUNE_CACHE_URL names a Redis database.
_CACHE_URL = env_str("TRIBUNE_CACHE_URL", "")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _CACHE_URL}
        if _CACHE_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tribune"}
    )
}
# Flood limits at the door (form and API answer "too many comments"; nothing is stored).
# The pipeline's rate_limit step, lower, holds the comments of fast but human posters.
TRIBUNE_DOOR = {
    "PER_IP": env_int("TRIBUNE_DOOR_PER_IP", 30),
    "PER_AUTHOR": env_int("TRIBUNE_DOOR_PER_AUTHOR", 10),
    "WINDOW_SECONDS": env_int("TRIBUNE_DOOR_WINDOW_SECONDS", 600),
}

# --- Insights (tribune.insights) -------------------------------------------------------
# How long each process keeps the threshold overrides saved on /moderation/insights/thresholds/
# before reading them again: a change reaches every web process and worker within this time.
TRIBUNE_THRESHOLD_CACHE_SECONDS = env_int("TRIBUNE_THRESHOLD_CACHE_SECONDS", 10)
