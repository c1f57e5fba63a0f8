#!/usr/bin/env bash
# The whole test suite on a fresh machine: system packages (as root), a virtual
# environment with the project and its dev tools, then ruff, mypy, import-linter
# and pytest.
#   bash scripts/test.sh            # default suite (slow and live-LLM tests excluded)
#   bash scripts/test.sh -m slow    # extra pytest arguments are passed through
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VENV=${MAILBOT_TEST_VENV:-$ROOT/.venv}

if [ "$(id -u)" = 0 ]; then
  bash scripts/install-test-deps.sh
else
  echo "not root: skipping apt install (Dovecot must already be installed for the mail tests)"
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -e ".[dev]"

echo "== ruff"
"$VENV/bin/ruff" check mailbot tests bench
"$VENV/bin/ruff" format --check mailbot tests bench
echo "== mypy"
"$VENV/bin/mypy" mailbot
echo "== import-linter (layering contracts in pyproject.toml)"
"$VENV/bin/lint-imports"
echo "== pytest"
"$VENV/bin/pytest" -p no:cacheprovider "$@"
