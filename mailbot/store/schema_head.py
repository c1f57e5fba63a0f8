"""Is the store already at the newest migration? Answered without importing Alembic.

Every command that opens the store first runs the migrations (``store.migrate.upgrade``).
When there is nothing to apply, which is nearly always, importing Alembic and letting it
find that out was 0.15 s of CPU at each start (0.12 s of it the import). The migration
files name their revision and its parent in two plain lines; if they form one chain and
the store's ``alembic_version`` names its head, there is nothing to do. Anything else
(no table yet, an older revision, a branch, a file this reader does not understand) is
left to Alembic, with its lock, exactly as before.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from mailbot.store.db import Database

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_QUOTED = r"""["']([^"']+)["']"""
_REVISION = re.compile(rf"^revision(?:\s*:\s*str)?\s*=\s*{_QUOTED}\s*$", re.MULTILINE)
_DOWN = re.compile(rf"^down_revision(?:\s*:[^=\n]+)?\s*=\s*(?:None|{_QUOTED})\s*$", re.MULTILINE)
_PLAIN = re.compile(r"^(?:branch_labels|depends_on)(?:\s*:[^=\n]+)?\s*=\s*None\s*$", re.MULTILINE)


def head_revision(versions: Path = VERSIONS) -> str | None:
    """The one head of a plain chain of migration files, or ``None`` if unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN.findall(source)
        if len(revision) != 1 or len(down) != 1 or len(_PLAIN.findall(source)) != 2:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return heads.pop()


def schema_is_current(db: Database) -> bool:
    """True only if the store is certainly at the head revision (then no upgrade is due)."""
    head = head_revision()
    if head is None:
        return False
    try:
        with db.engine.connect() as connection:
            stamped = connection.execute(text("SELECT version_num FROM alembic_version"))
            return list(stamped.scalars()) == [head]
    except SQLAlchemyError:  # no table yet, or anything else: Alembic will know
        return False
