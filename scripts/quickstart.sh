#!/usr/bin/env bash
# First five minutes: install mailbot into its own virtual environment and play the demo.
# Needs only Python 3.11+ and pip; no root, no mail server, no database, no LLM.
# Works from any directory:  bash /path/to/mailbot/scripts/quickstart.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VENV=${MAILBOT_VENV:-$HOME/.mailbot/venv}
PY=${PYTHON:-python3}
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "mailbot needs Python 3.11 or newer")'
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "$ROOT"
"$VENV/bin/mailbot" demo
echo
echo "Next: $VENV/bin/mailbot run    (starts the embedded sandbox mail server; Ctrl-C stops it)"
