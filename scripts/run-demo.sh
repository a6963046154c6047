#!/usr/bin/env bash
# Installs what is missing, creates a demo database (demo.db) and opens the window on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh --runtime
bash scripts/venv.sh
DB=${XUNCHA_DEMO_DB:-demo.db}
if [ ! -f "$DB" ]; then
  .venv/bin/xuncha --db "$DB" demo
fi
exec .venv/bin/xuncha-desktop --db "$DB" "$@"
