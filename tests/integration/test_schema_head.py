"""Start-up skips Alembic only when the store is certainly at the newest migration.

``mailbot.store.schema_head`` reads the migration files' revision lines and the store's
``alembic_version``. These tests hold its head equal to Alembic's, make it say "current"
only at that head (both backends), doubt anything unusual, and check in a fresh
interpreter that a current store starts without importing Alembic while a new one is
still migrated.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from mailbot.store.db import Database
from mailbot.store.migrate import alembic_config, current_revision, upgrade
from mailbot.store.schema_head import VERSIONS, head_revision, schema_is_current

ROOT = Path(__file__).resolve().parents[2]


def test_the_head_is_alembics_head() -> None:
    assert [head_revision()] == ScriptDirectory.from_config(alembic_config()).get_heads()


def test_current_only_at_the_head(empty_url: str) -> None:
    db = Database(empty_url)
    try:
        assert not schema_is_current(db)  # no alembic_version table at all
        upgrade(db, "0005")
        assert not schema_is_current(db)
        upgrade(db)
        assert schema_is_current(db)
    finally:
        db.dispose()


def _migration(
    folder: Path, name: str, revision: str, down: str | None, labels: str = "None"
) -> None:
    parent = "None" if down is None else f'"{down}"'
    (folder / f"{name}.py").write_text(
        f'revision: str = "{revision}"\ndown_revision: str | None = {parent}\n'
        f"branch_labels: str | None = {labels}\ndepends_on: str | None = None\n"
    )


def test_a_branch_or_an_unusual_file_is_left_to_alembic(tmp_path: Path) -> None:
    _migration(tmp_path, "a", "0001", None)
    _migration(tmp_path, "b", "0002", "0001")
    assert head_revision(tmp_path) == "0002"
    _migration(tmp_path, "c", "0003", "0001")  # a second head
    assert head_revision(tmp_path) is None
    (tmp_path / "c.py").unlink()
    _migration(tmp_path, "d", "0003", "0002", labels='("feature",)')
    assert head_revision(tmp_path) is None
    (tmp_path / "d.py").unlink()
    _migration(tmp_path, "e", "0003", "0009")  # a parent no file defines
    assert head_revision(tmp_path) is None
    assert head_revision(VERSIONS) is not None


_PROBE = """
import sys
from mailbot.cli_common import build_app
app = build_app(None)
imported = "alembic.command" in sys.modules
from mailbot.store.migrate import current_revision
print(imported, current_revision(app.db))
"""


def _start(url: str, tmp_path: Path) -> list[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "MAILBOT_DATABASE_URL": url,
        "MAILBOT_DATA_DIR": str(tmp_path / "data"),
        "MAILBOT_SECRET_KEY": "test-secret-key-0123456789",
        "MAILBOT_ROUTING_FILE": str(ROOT / "routing" / "routing.toml"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_a_current_store_starts_without_alembic_a_new_one_is_migrated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert _start(url, tmp_path) == ["True", head_revision()]  # migrated by Alembic
    assert _start(url, tmp_path) == ["False", head_revision()]  # nothing to do: no Alembic
    db = Database(url)
    assert current_revision(db) == head_revision()
    db.dispose()
