"""The database fixtures themselves: no PostgreSQL skips its tests locally, fails them in CI.

Run as a separate pytest process against a loopback port nothing listens on, since the
real session already holds a PostgreSQL fixture.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harness.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
def test_both_backends(database_url):
    assert database_url
"""


def _pytest(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.support.databases"]\n')
    (tmp_path / "test_probe.py").write_text(PROBE)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "MAILBOT_TEST_PG_URL")}
    env["PYTHONPATH"] = str(ROOT)
    env["MAILBOT_TEST_PG_URL"] = f"postgresql+psycopg://postgres:pw@127.0.0.1:{free_port()}/t"
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rs", "-q", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("ci", [None, "false"])
def test_no_postgres_skips_with_the_reason(tmp_path: Path, ci: str | None) -> None:
    result = _pytest(tmp_path, ci)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 1 skipped" in result.stdout
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 1 and "PostgreSQL at postgresql+psycopg://postgres:***@" in skipped[0]
    assert "CI=true" in skipped[0] and ":pw@" not in result.stdout


def test_no_postgres_fails_under_ci(tmp_path: Path) -> None:
    result = _pytest(tmp_path, "true")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed, 1 error" in result.stdout
    assert "PostgreSQL at postgresql+psycopg://postgres:***@" in result.stdout
