#!/usr/bin/env bash
# Run the test mail servers (Dovecot IMAP/LMTP + SMTP bridge on random 127.0.0.1 ports)
# in the foreground for manual testing; Ctrl-C stops them. Same code as the pytest fixtures.
# Needs Dovecot (scripts/install-test-deps.sh) and the project venv (aiosmtpd).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$( [ -x /work/venv/bin/python ] && echo /work/venv/bin/python || echo python3 )}
PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} exec "$PYTHON" -m tests.harness.launch "$@"
