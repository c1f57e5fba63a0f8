#!/usr/bin/env bash
# The test suite as if it were another day (default: next Saturday, 11:00 UTC), so a
# weekday-only assumption cannot hide until a weekend. Dev-only; CI does not need it.
#   bash scripts/test-on-a-day.sh                                  # next Saturday, whole default suite
#   bash scripts/test-on-a-day.sh '2026-12-26 23:30:00' tests/unit # any day, any pytest arguments
# Known limit of Debian's libfaketime 0.9.10 under Python 3.11: with the clock moved
# forward, a timed wait (threading.Event.wait(timeout), a lock's acquire(timeout)) sleeps
# for the whole offset, because libfaketime shifts CLOCK_MONOTONIC but not
# sem_clockwait's deadline. Tests whose threads wait that way time out here only: on
# 2026-12-05 a whole-suite run had 15 of 3,128 fail so (the watcher's reconnect and poll
# loops, leadership and standby, `mailbot run` with its HTTP servers, the OAuth watcher,
# the sandbox's IDLE reader, the zero-config run, the parse pool's SIGSTOP test), all of
# them green on a real Saturday. tests/unit plus tests/integration/test_demo.py is the
# quick check (two of those). FAKETIME_DONT_FAKE_MONOTONIC=1 is no way out: time.sleep
# then fails with EINVAL (clock_nanosleep's absolute deadline is shifted anyway).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
VENV=${MAILBOT_TEST_VENV:-$ROOT/.venv}
DAY=$(date -u -d 'next saturday' '+%Y-%m-%d 11:00:00')
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2} ]]; then
  DAY=$1
  shift
fi
if ! command -v faketime >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q faketime >/dev/null
  else
    echo "faketime is not installed (apt-get install faketime)" >&2
    exit 2
  fi
fi
if [ ! -x "$VENV/bin/pytest" ]; then
  echo "no test environment at $VENV: run 'bash scripts/test.sh' once first" >&2
  exit 2
fi
echo "== pytest as of $DAY (faked clock: $(faketime "$DAY" date -u '+%A %F %T'))"
exec faketime "$DAY" "$VENV/bin/pytest" -p no:cacheprovider "$@"
