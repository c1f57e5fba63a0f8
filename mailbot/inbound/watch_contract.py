"""The watcher's contract with the rest of mailbot: handlers, cursor, settings.

Kept apart from the loop in :mod:`mailbot.inbound.watch` (which re-exports everything)
so that the pipeline and the store can depend on these small types without importing
the IMAP machinery.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from mailbot.domain import Disposition


@dataclass(frozen=True)
class FetchedMail:
    uid: int
    raw: bytes = field(repr=False)
    size: int


class CursorStore(Protocol):
    def load_cursor(self, folder: str) -> tuple[int, int] | None:
        """``(uidvalidity, last_uid)`` saved for ``folder``, or None if never saved."""
        ...

    def save_cursor(self, folder: str, uidvalidity: int, last_uid: int) -> None: ...


MailHandler = Callable[[FetchedMail], Disposition]
# Optional: a whole fetched group at once. It yields runs: lists of outcomes for the next
# mails in order, each run decided (committed) together; the watcher settles a whole run
# before it may stop. Lets the handler parse ahead on another core and share one
# transaction among several mails; a handler that raises costs the undecided rest a RETRY.
GroupHandler = Callable[[Sequence[FetchedMail]], Generator[list[Disposition], None, None]]
OversizeHandler = Callable[[int, int], None]  # (uid, size) of a message quarantined unread


@dataclass(frozen=True)
class WatcherSettings:
    size_cap: int = 25 * 1024 * 1024
    batch_size: int = 100  # messages fetched and handed over as one group
    # UIDs whose sizes one FETCH asks for: a round trip each, so more than a group's worth
    size_batch: int = 1000
    batch_bytes: int = 32 * 1024 * 1024
    poll_interval: float = 60.0  # used when the server has no IDLE
    idle_interval: float = 29 * 60.0  # RFC 2177: re-issue IDLE at least every 29 minutes
    retry_interval: float = 30.0
    max_consecutive_retries: int = 10
    backoff_base: float = 1.0
    backoff_cap: float = 60.0
    timeout: float = 60.0
    processed_folder: str = "Processed"
    quarantine_folder: str = "Quarantine"


@dataclass
class PassCounts:
    processed: int = 0
    quarantined: int = 0
    oversize: int = 0  # quarantined unread for size (not included in ``quarantined``)
    retried: int = 0
    deferred: int = 0  # RETRY messages not yet due again (run_forever only)

    @property
    def moved(self) -> int:
        return self.processed + self.quarantined + self.oversize
