#!/usr/bin/env bash
# Regenerate the message catalogs from the source, then compile them. Run after adding or changing
# any translatable string, fill in the new msgstr entries, and run it again to compile:
#
#   bash scripts/messages.sh            # update tribune/locale/*/LC_MESSAGES/django.po and compile .mo
#   bash scripts/messages.sh --check    # only compile and report untranslated / fuzzy entries
#
# Needs GNU gettext (xgettext, msgmerge, msgfmt); installed with apt-get when missing and run as root.
# Both .po and .mo are committed, so running the site or the tests never needs gettext.
set -euo pipefail
cd "$(dirname "$0")/.."
LANGS=(ckb kmr ar tr fa)  # en is the source language: its text is the message ids
if ! command -v xgettext >/dev/null 2>&1 || ! command -v msgfmt >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null
  else
    echo "GNU gettext is needed (apt-get install gettext)" >&2
    exit 1
  fi
fi
export DJANGO_SETTINGS_MODULE=tribune.config.settings.test
PY="$PWD/.venv/bin/python"
if [ "${1:-}" != "--check" ]; then
  args=()
  for lang in "${LANGS[@]}"; do args+=(-l "$lang"); done
  # Run from the package so its locale/ folder is the target; file names without line numbers keep diffs small.
  (cd tribune && "$PY" -m django makemessages "${args[@]}" --domain django --extension html,py,txt \
     --add-location file --no-obsolete --ignore 'ml/*' --ignore '*/tests/*' --ignore 'locale/*')
fi
(cd tribune && "$PY" -m django compilemessages --ignore 'ml/*' >/dev/null)
"$PY" -m tribune.core.catalog_report tribune/locale
