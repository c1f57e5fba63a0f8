"""Every input the fuzzer ever crashed on (fuzz/crashes/) and every hostile fixture stays
fixed: it passes the fuzz target's own check (parse or ParseError, invariants hold) and
ends in processed-or-quarantined through the whole pipeline, never an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz.fuzz_parse import check
from mailbot.app import App
from mailbot.domain import Disposition
from tests.security.support import HOSTILE, run

ROOT = Path(__file__).resolve().parents[2]
CRASHES = sorted(p for p in (ROOT / "fuzz" / "crashes").iterdir() if p.name != "README.md")
CASES = CRASHES + sorted(HOSTILE.glob("*.eml"))


def test_there_is_something_to_replay() -> None:
    assert len(CASES) >= 20


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_replay(path: Path) -> None:
    check(path.read_bytes())


def test_replay_through_the_pipeline(app: App) -> None:
    for path in CASES:
        ctx = run(app, path.read_bytes())
        assert ctx.outcome in (Disposition.PROCESSED, Disposition.QUARANTINED), (
            path.name,
            ctx.reason,
        )
