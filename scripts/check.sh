#!/usr/bin/env bash
# The whole check: lint (ruff), types (mypy), import contracts (import-linter), tests (pytest).
# Installs what is missing first. Exits non-zero on any failure, including "no tests ran".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh
bash scripts/venv.sh test
export PATH="$PWD/.venv/bin:$PATH"

echo "== ruff"
ruff check src tests benchmarks scripts
echo "== mypy"
mypy
echo "== import-linter"
lint-imports
echo "== pytest（tests/pg 会在 127.0.0.1 的空闲端口启动临时 PostgreSQL 集群，结束时停止；XUNCHA_SKIP_POSTGRES=1 跳过）"
set +e
python -m pytest "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "pytest 没有收集到任何测试：视为失败。" >&2
  exit 1
fi
exit $rc
