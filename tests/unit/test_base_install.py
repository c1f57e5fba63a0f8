"""The first command (scripts/quickstart.sh) installs mailbot without extras: no psycopg.

A module-level ``import psycopg`` anywhere on the CLI's import path broke `mailbot demo`
for every new user while the whole suite, which installs the extras, stayed green.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_WITHOUT_EXTRAS = """
import sys
sys.modules["psycopg"] = None  # as if the postgres extra were not installed
import mailbot.cli, mailbot.runner, mailbot.demo.scenario
from mailbot.store.db import make_engine
from mailbot.errors import ConfigError
make_engine("sqlite://").dispose()
try:
    make_engine("postgresql://u@127.0.0.1/db")
except ConfigError as exc:
    assert "postgres extra" in str(exc), exc
else:
    raise SystemExit("a PostgreSQL URL without psycopg must be a configuration error")
print("ok")
"""


def test_the_cli_imports_and_runs_sqlite_without_the_postgres_extra() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_EXTRAS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-3000:]
