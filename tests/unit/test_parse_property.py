"""Property: whatever bytes arrive, parse_message returns or raises ParseError only."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.errors import ParseError
from mailbot.inbound.commands import parse_commands
from mailbot.inbound.parse import ParseLimits, parse_message

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures").glob("*/*.eml"))
SEEDS = [path.read_bytes() for path in FIXTURES]
LIMITS = ParseLimits(max_bytes=200_000)
TOKENS = [b"\n", b"\r\n", b"--", b"boundary=", b"Content-Type: multipart/mixed; ",
          b"Content-Type: message/rfc822\n", b"=?utf-8?q?", b"?=", b"<", b">", b"@", b"\x00",
          b"\xff", b"From: ", b"charset=", b"base64", b"quoted-printable", b"> ", b":"]  # fmt: skip


def _check(raw: bytes) -> None:
    try:
        message = parse_message(raw, limits=LIMITS)
    except ParseError:
        return
    assert isinstance(message.new_text, str)
    assert "\n" not in message.subject
    parse_commands(message.new_text, message.subject)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SEEDS),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(TOKENS), st.integers(0, 40)), max_size=8),
)
def test_mutated_fixtures(seed: bytes, edits: list[tuple[float, bytes, int]]) -> None:
    raw = bytearray(seed)
    for where, token, cut in edits:
        pos = int(where * len(raw))
        raw[pos : pos + cut] = token
    _check(bytes(raw))
