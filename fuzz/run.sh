#!/usr/bin/env bash
# Fuzz parse_message + the command grammar with atheris (pip install '.[fuzz]').
# Usage: fuzz/run.sh [SECONDS [LIBFUZZER-FLAGS...]]  (default 600 s; one in-process worker,
# one core). Seeds: every .eml under tests/fixtures plus fuzz/crashes; new corpus entries
# go to fuzz/corpus (not committed); each crash is written to fuzz/crashes/ -- add it to
# git: tests/security/test_fuzz_crashes.py replays it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
seconds="${1:-600}"
shift || true  # anything else goes to libFuzzer, e.g. -len_control=0
python="${PYTHON:-$root/../venv/bin/python}"
[ -x "$python" ] || python="$(command -v python3)"
seeds="$here/corpus"
mkdir -p "$seeds" "$here/crashes"
find "$root/tests/fixtures" -name '*.eml' -exec cp -n {} "$seeds/" \;
cd "$root"
PYTHONPATH="$root" exec "$python" "$here/fuzz_parse.py" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$here/crashes/" -print_final_stats=1 "$@" "$seeds" "$here/crashes"
