#!/usr/bin/env bash
# One command from a fresh checkout to the whole test suite.
# Installs Debian's chromium for the browser test when it is missing and apt-get is usable;
# without it, that one test skips and says why.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
      >/tmp/tribune-apt.log 2>&1 || echo "warning: could not install chromium (see /tmp/tribune-apt.log)"
  fi
fi
bash scripts/bootstrap.sh
bash scripts/services.sh
# Production settings must pass Django's deploy checks (throwaway values for the two required secrets).
TRIBUNE_SECRET_KEY="ci-$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))')" \
  TRIBUNE_ALLOWED_HOSTS=tribune.example DJANGO_SETTINGS_MODULE=tribune.config.settings.production \
  .venv/bin/python manage.py check --deploy --fail-level WARNING
# Structure before behaviour: arrows between apps point one way, the code is lint-clean, tribune.ml type-checks.
.venv/bin/lint-imports
.venv/bin/ruff check tribune tests bench scripts
.venv/bin/mypy tribune/ml
# -rs: every skipped test is listed with its reason at the end (the README promises "skip, saying why").
.venv/bin/python -m pytest -rs "$@"
# The same services and flows once more on PostgreSQL, when it is running locally.
if [ "$#" -eq 0 ] && .venv/bin/python -c "import psycopg; psycopg.connect('host=127.0.0.1 dbname=postgres user=postgres', connect_timeout=2)" 2>/dev/null; then
  echo "--- again on PostgreSQL (127.0.0.1:5432) ---"
  TRIBUNE_DB=postgres .venv/bin/python -m pytest -rs tribune/comments tribune/moderation tribune/ops tribune/tasks tribune/insights tribune/appeals tests/e2e \
    -p no:cacheprovider
else
  echo "--- PostgreSQL pass skipped: no server on 127.0.0.1:5432 (or arguments were given) ---"
fi
