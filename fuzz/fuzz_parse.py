"""atheris target: raw bytes -> parse_message -> the command grammar.

The contract under test is the one in :mod:`mailbot.inbound.parse`: whatever bytes
arrive, the caller gets an :class:`InboundMessage` or a :class:`ParseError` (which the
pipeline turns into a quarantine with a reason). Any other exception, or a parsed
message that breaks an invariant downstream code relies on (single-line subject and
header values, text as ``str``), is a finding. ``check`` is importable without atheris
so that ``tests/security/test_fuzz_crashes.py`` replays every kept crash.

Run with ``fuzz/run.sh`` (see there for the time budget and where crashes go).
"""

from __future__ import annotations

import sys
from contextlib import AbstractContextManager, nullcontext


def _instrumented() -> AbstractContextManager[object]:
    """Coverage instrumentation when run as the fuzzer; a no-op when a test imports us."""
    if __name__ != "__main__":
        return nullcontext()
    import atheris  # type: ignore[import-untyped]

    return atheris.instrument_imports()  # type: ignore[no-any-return]


with _instrumented():
    from mailbot.errors import ParseError
    from mailbot.inbound.commands import parse_commands
    from mailbot.inbound.parse import ParseLimits, parse_message

LIMITS = ParseLimits(max_bytes=256 * 1024)
OWN = frozenset({"escalations@example.com"})


def check(raw: bytes) -> None:
    """One fuzz input; raises AssertionError (or anything unexpected) on a finding."""
    try:
        message = parse_message(raw, own_addresses=OWN, limits=LIMITS)
    except ParseError:
        return
    assert isinstance(message.text, str) and isinstance(message.new_text, str)
    assert "\n" not in message.subject and "\r" not in message.subject
    for _name, value in message.headers:
        assert "\n" not in value and "\r" not in value, "decoded header keeps a line break"
    assert message.message_id, "every message needs a key for dedupe"
    if message.sender:
        assert "@" in message.sender and " " not in message.sender
    parsed = parse_commands(message.new_text, message.subject)
    assert parsed is not None


def main() -> None:
    import atheris

    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
