"""The inbound pass keeps each forward's customer text for the duplicate checks after it:
the text kept must be the one the check would parse itself."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from mailbot.handlers import dedupe
from mailbot.inbound.parse import ParseLimits, parse_message
from tests.support.flow import FORWARDS

OWN = "example.com"


@pytest.fixture(autouse=True)
def _empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedupe, "_texts", {})


@pytest.mark.parametrize("path", sorted(FORWARDS.glob("*.eml"))[:12], ids=lambda p: p.name)
def test_the_text_kept_is_the_one_the_check_parses(path: Path) -> None:
    raw = path.read_bytes()
    # as the pass parses it: with our own address and the configured size limit
    message = parse_message(raw, own_addresses=frozenset({"esc@example.com"}),
                            limits=ParseLimits(max_bytes=50 * 1024 * 1024))  # fmt: skip
    dedupe.remember_text(raw, message.thread, OWN)
    kept = dedupe._texts[(hashlib.sha256(raw).digest(), OWN)]
    dedupe._texts.clear()
    assert kept == dedupe._text_of(raw, OWN)  # parsed afresh, as before


def test_a_forward_the_checks_default_limit_refuses_is_not_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = next(iter(sorted(FORWARDS.glob("*.eml")))).read_bytes()
    message = parse_message(raw)
    monkeypatch.setattr(dedupe, "ParseLimits", lambda: ParseLimits(max_bytes=len(raw) - 1))
    dedupe.remember_text(raw, message.thread, OWN)
    assert dedupe._texts == {}


def test_the_kept_texts_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedupe, "_MAX_TEXTS", 3)
    thread = parse_message(next(iter(sorted(FORWARDS.glob("*.eml")))).read_bytes()).thread
    for i in range(5):
        dedupe.remember_text(b"raw %d" % i, thread, OWN)
    dedupe.remember_text(b"raw 4", thread, OWN)  # kept already: nothing else goes
    assert len(dedupe._texts) == 3
