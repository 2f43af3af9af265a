"""Embedded default: SQLite, moderation in-process, no services needed.

Every knob reads an environment variable with a typed default, so one command
runs the site while production points ``DATABASE_URL``-style variables at
PostgreSQL and ``TRIBUNE_TASKS_BACKEND=celery`` at Redis.
"""

from __future__ import annotations

from pathlib import Path

from tribune.config.env import env_bool, env_choice, env_int, env_str

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
    "tribune.api",
    "tribune.tasks",
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
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

_DB_ENGINE = env_choice("TRIBUNE_DB", "sqlite", ("sqlite", "postgres"))
if _DB_ENGINE == "postgres":
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": env_str("TRIBUNE_DB_NAME", "test"),
            "USER": env_str("TRIBUNE_DB_USER", "postgres"),
            "PASSWORD": env_str("TRIBUNE_DB_PASSWORD", ""),
            "HOST": env_str("TRIBUNE_DB_HOST", "127.0.0.1"),
            "PORT": env_str("TRIBUNE_DB_PORT", "5432"),
            "ATOMIC_REQUESTS": False,
        }
    }
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("TRIBUNE_SQLITE_PATH", str(VAR_DIR / "tribune.sqlite3")),
            # Writers wait for the lock instead of failing: the site, the CLI and a
            # worker may share the file.
            "OPTIONS": {"timeout": 20},
        }
    }

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
TASKS_BACKEND = env_choice("TRIBUNE_TASKS_BACKEND", "inline", ("inline", "celery"))
CELERY_BROKER_URL = env_str("TRIBUNE_BROKER_URL", "redis://127.0.0.1:6379/0")
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1

# --- Moderation (tribune.moderation.conf reads these at call time) -------------------
# Overrides of tribune.moderation.conf.DEFAULTS (step order, thresholds, rate limits, timeouts).
TRIBUNE_MODERATION = {
    "AUTO_APPROVE": env_bool("TRIBUNE_AUTO_APPROVE", True),
    "MAX_LENGTH": env_int("TRIBUNE_MAX_COMMENT_LENGTH", 5000),
}

# --- Insights (tribune.insights) -------------------------------------------------------
# How long each process keeps the threshold overrides saved on /moderation/insights/thresholds/
# before reading them again: a change reaches every web process and worker within this time.
TRIBUNE_THRESHOLD_CACHE_SECONDS = env_int("TRIBUNE_THRESHOLD_CACHE_SECONDS", 10)
