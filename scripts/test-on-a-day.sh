#!/usr/bin/env bash
# The test suite as if it were another day (default: next Saturday, 11:00 UTC), so a
# weekday-only assumption cannot hide until a weekend. Dev-only; CI does not need it.
#   bash scripts/test-on-a-day.sh                                  # next Saturday, whole default suite
#   bash scripts/test-on-a-day.sh '2026-12-26 23:30:00' tests/unit # any day, any pytest arguments
# Debian's libfaketime 0.9.10 shifts CLOCK_MONOTONIC but not sem_clockwait's deadline, so
# under Python 3.11 every timed wait (threading.Event.wait(timeout), a lock's
# acquire(timeout)) would sleep for the whole offset: on 2026-12-05 a whole-suite run had
# 15 of 3,128 tests time out so. scripts/faketime_waits.c, built here with the machine's
# cc and preloaded before libfaketime, moves that deadline back to the real clock; without
# a compiler the suite runs without it (and those tests time out). The day is a relative
# offset shared by every process (see below), not a start date that each child restarts.
# Dovecot keeps the faked clock only because tests/harness/dovecot.conf.in imports FAKETIME
# and LD_PRELOAD: it empties its environment at startup, and libfaketime, re-reading FAKETIME
# every 10 s, then fell back to the real clock (2026-12-06: "Time moved backwards by 550758
# seconds", no new process for 180 s, a harness LOGIN timed out after ~190 tests).
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
SHIM=""
if command -v cc >/dev/null; then
  SHIM_DIR=$(mktemp -d)
  chmod 755 "$SHIM_DIR" # Dovecot, run as root, runs as the dovecot user: it must load it too
  SHIM=$SHIM_DIR/faketime_waits.so
  cc -shared -fPIC -O2 -o "$SHIM" scripts/faketime_waits.c -ldl
else
  echo "no C compiler: timed waits in threads will sleep for the whole offset" >&2
fi
# A relative offset, not a start date: with a start date ("faketime '$DAY'") libfaketime
# restarts the clock at $DAY in every new process, so a child (`mailbot run`, a Dovecot
# login or auth process) lives minutes in the past of the test that started it.
OFFSET=$(( $(date -u -d "$DAY" +%s) - $(date -u +%s) ))
SPEC=$(printf '%+d' "$OFFSET")
echo "== pytest as of $DAY (faked clock: $(faketime -f "$SPEC" date -u '+%A %F %T'), offset ${SPEC}s)"
# faketime sets LD_PRELOAD to libfaketime; the shim goes in front of it.
exec faketime -f "$SPEC" sh -c 'LD_PRELOAD="${0:+$0:}$LD_PRELOAD" exec "$@"' "$SHIM" \
  "$VENV/bin/pytest" -p no:cacheprovider "$@"
