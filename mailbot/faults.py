"""Crash points for the exactly-once tests (SPEC §6; issue: trust and safety).

A crash point kills the process on the spot (``os._exit``), as a power cut would, when
``MAILBOT_CRASH_AT`` names it. It is armed only when ``MAILBOT_TESTING=1`` is also set,
so a stray variable in production can never take the service down.

Points, in the order a message meets them:

- ``after_fetch``: the watcher has the raw bytes; nothing is stored yet.
- ``after_commit``: the message's transaction committed; the IMAP move has not happened.
- ``after_move``: moved to Processed; the cursor is not saved yet.
- ``after_claim``: an outbox item is leased for sending; SMTP not started.
- ``after_250``: the SMTP server said 250; the item is not marked sent yet.
"""

from __future__ import annotations

import os
import sys

POINTS = ("after_fetch", "after_commit", "after_move", "after_claim", "after_250")
CRASH_EXIT_CODE = 86


def _armed() -> str | None:
    if os.environ.get("MAILBOT_TESTING") != "1":
        return None
    point = os.environ.get("MAILBOT_CRASH_AT") or None
    if point is not None and point not in POINTS:
        raise ValueError(f"MAILBOT_CRASH_AT={point!r}: not one of {', '.join(POINTS)}")
    return point


ARMED = _armed()


def crash_point(name: str) -> None:
    """Die here, hard, if the test run asked for it."""
    if name == ARMED:
        sys.stderr.write(f"mailbot: simulated crash at {name}\n")
        sys.stderr.flush()
        os._exit(CRASH_EXIT_CODE)
