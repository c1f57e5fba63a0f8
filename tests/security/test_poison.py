"""Promise 5, poison: a message that makes processing fail is retried at most
``max_attempts`` (3) times, then quarantined with the reason; good mail around it is
unaffected; ``mailbot quarantine list`` shows it and ``quarantine reprocess ID`` runs it
again once the cause is fixed (here: the fault injected into dispatch is gone, as it is
in the separate CLI process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.store.tables import Quarantined
from tests.security.support import FORWARD, fresh_id, poison_dispatch, rewrite, run, status

ROOT = Path(__file__).resolve().parents[2]


def _cli(app: App, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAILBOT_", "OPENAI_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        MAILBOT_DATA_DIR=str(app.settings.data_dir),
        MAILBOT_DATABASE_URL=app.settings.database_url,
        MAILBOT_SECRET_KEY=app.settings.secret_key,
        MAILBOT_ROUTING_FILE=str(app.settings.routing_file),
    )
    return subprocess.run(
        [sys.executable, "-m", "mailbot", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_poison_is_retried_three_times_then_quarantined(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    poison_dispatch(monkeypatch)
    poison = rewrite(FORWARD, drop=["Subject"], add=[("Subject", "Fwd: POISON")])
    outcomes = []
    for attempt in range(3):
        outcomes.append(run(app, poison).outcome)
        good = run(app, fresh_id(FORWARD, f"good{attempt}"))  # the queue keeps moving
        assert good.outcome is Disposition.PROCESSED, good.reason
    assert outcomes == [Disposition.RETRY, Disposition.RETRY, Disposition.QUARANTINED]
    with app.db.session() as session:
        held = list(session.scalars(select(Quarantined)))
    assert len(held) == 1
    assert "failed 3 times" in held[0].reason and "handler bug" in held[0].reason
    assert held[0].raw == poison
    monkeypatch.undo()

    listed = _cli(app, "quarantine", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["id"] for r in rows] == [held[0].id] and "handler bug" in rows[0]["reason"]

    again = _cli(app, "quarantine", "reprocess", str(held[0].id))
    assert again.returncode == 0, again.stderr
    assert "processed" in again.stdout
    assert status(app, "ESC-2026-0004") == "draft"  # three good ones, then the fixed poison
    with app.db.session() as session:
        assert session.get(Quarantined, held[0].id).status == "reprocessed"  # type: ignore[union-attr]
