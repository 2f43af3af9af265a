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
exec .venv/bin/python -m pytest "$@"
