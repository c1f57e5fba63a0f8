"""Property (extends tests/unit/test_parse_property.py to the whole pipeline): whatever
bytes arrive, one pass ends in processed or quarantined, never an exception or a retry
(a retry is for an unavailable database only), and nothing is sent to anyone outside the
roster."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.app import App
from mailbot.domain import Disposition
from tests.security.support import FORWARD, HOSTILE, outbox_items, run

SEEDS = [FORWARD, *(p.read_bytes() for p in sorted(HOSTILE.glob("*.eml")))]
TOKENS = [b"\r\n", b"\n\n", b"--", b"boundary=b", b"Content-Type: multipart/mixed; ",
          b"Content-Type: message/rfc822\r\n", b"=?utf-8?q?=0D=0A?=", b"From: ",
          b"Auto-Submitted: auto-replied\r\n", b"<", b">", b"@", b"\x00", b"\xff",
          b"charset=", b"base64", b"Subject: [ESC-2026-0001] ", b"approve\r\n"]  # fmt: skip


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(TOKENS), st.integers(0, 40)), max_size=6),
)
def test_any_message_is_processed_or_quarantined(
    app: App, seed: bytes, edits: list[tuple[float, bytes, int]]
) -> None:
    raw = bytearray(seed)
    for where, token, cut in edits:
        pos = int(where * len(raw))
        raw[pos : pos + cut] = token
    ctx = run(app, bytes(raw))
    assert ctx.outcome in (Disposition.PROCESSED, Disposition.QUARANTINED), ctx.reason
    roster = set(app.routing.config.csms) | {"lisa@example.com"}
    for item in outbox_items(app):
        assert set(item.recipients) <= roster, item.recipients
