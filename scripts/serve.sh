#!/usr/bin/env bash
# One command from a fresh checkout to the running demo site at http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/tribune serve "$@"
