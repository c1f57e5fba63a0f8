"""MOVE settled mail on a second IMAP connection while the watcher handles the next group.

A UID MOVE of a 50-message group keeps Dovecot busy for about 7 ms (3 ms a command, the
rest a message): a twentieth of a backlog's wall time while the watcher sat waiting for
the answer. Here the server does that work while the watcher stores the next group, and
the watcher waits only where it needs the answer: before it raises the watermark past
the moved mail, which is what keeps the watcher's guarantee (every UID at or under the
watermark has left the folder).

It is only ever an optimisation. One move at a time, in order, on a connection opened
for the pass and closed with it (so no idle connection times out between backlogs). If
the connection cannot be opened (a server that allows one session per user) or a move
fails, :meth:`BackgroundMover.land` raises, and the watcher moves the same UIDs on its
own connection, as it did before this existed, and leaves the mover off for a while.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from imap_tools import BaseMailBox

from mailbot.errors import MailboxError
from mailbot.inbound import imap_session as imap

log = logging.getLogger(__name__)

Moves = Mapping[str, Sequence[int]]  # destination folder -> UIDs

# A batch at least this big is moved in the background (a backlog). Live mail arrives in
# ones and twos and never opens the mover's second connection.
BACKGROUND_MIN = 16


class BackgroundMover:
    """Runs UID MOVEs for one pass over ``folder`` on a connection of its own."""

    def __init__(self, connect: Callable[[], BaseMailBox], folder: str, validity: int) -> None:
        self._connect = connect
        self._folder, self._validity = folder, validity
        self._executor: ThreadPoolExecutor | None = None
        self._mailbox: BaseMailBox | None = None
        self._pending: Future[None] | None = None

    @property
    def busy(self) -> bool:
        """A move was started and not yet landed."""
        return self._pending is not None

    def start(self, moves: Moves) -> None:
        """Begin moving; the caller must :meth:`land` it before starting another."""
        if self._pending is not None:
            raise RuntimeError("a background move is still in flight")
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="imap-mover")
        self._pending = self._executor.submit(self._move, {f: list(u) for f, u in moves.items()})

    def land(self) -> None:
        """Wait for the move in flight, if any; raise what it raised."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        """Let a move in flight finish (nobody waits for its answer now) and log out."""
        self._pending = None
        if self._executor is not None:
            self._executor.submit(self._logout)
            self._executor.shutdown(wait=True)
            self._executor = None

    def _move(self, moves: dict[str, list[int]]) -> None:
        try:
            mailbox = self._mailbox or self._open()
            for folder, uids in moves.items():
                imap.move(mailbox, uids, folder)
        except BaseException:
            self._logout()  # a fresh connection for the next move, if there is one
            raise

    def _open(self) -> BaseMailBox:
        mailbox = self._connect()
        try:
            validity = imap.select_folder(mailbox, self._folder)
            if validity != self._validity:  # the UIDs we were given mean nothing here
                raise MailboxError(
                    "SELECT", f"UIDVALIDITY of {self._folder!r} is now {validity}, "
                    f"not {self._validity}",
                )  # fmt: skip
        except BaseException:
            imap.close_quietly(mailbox)
            raise
        self._mailbox = mailbox
        return mailbox

    def _logout(self) -> None:
        mailbox, self._mailbox = self._mailbox, None
        if mailbox is not None:
            imap.close_quietly(mailbox)


Done = list[tuple[int, str]]  # (UID, destination folder), in settling order


class MoverGate:
    """Remembers across passes that the mover failed, so a server that refuses or drops a
    second session is not asked again on every backlog pass (each try can cost a timeout)."""

    def __init__(self, cooldown: float = 900.0, clock: Callable[[], float] = time.monotonic):
        self._cooldown, self._clock = cooldown, clock
        self._closed_until = 0.0

    def allows(self) -> bool:
        return self._clock() >= self._closed_until

    def failed(self) -> None:
        self._closed_until = self._clock() + self._cooldown


class SettledMoves:
    """The watcher's settled mail of one pass: waiting for its MOVE, or moving.

    ``passed`` is called with each batch of mail once it has left the folder, and only
    then: the watcher raises its watermark there. Moves land in the order they started.
    """

    def __init__(
        self,
        open_connection: Callable[[], BaseMailBox],
        folder: str,
        validity: int,
        passed: Callable[[Done], None],
        gate: MoverGate,
    ) -> None:
        self.unmoved: Done = []
        self._open, self._folder, self._validity = open_connection, folder, validity
        self._passed, self._gate = passed, gate
        self._in_flight: Done = []
        self._mover: BackgroundMover | None = None

    def flush(self, mailbox: BaseMailBox, *, background: bool = False) -> None:
        """MOVE the settled mail, one command per folder.

        With ``background``, a backlog-sized batch goes to the mover while the watcher
        handles the next group; otherwise it is moved here, after what was in flight.
        The settled mail is on its way before the watermark is saved, so a failing
        cursor save never strands it in the folder.
        """
        left = self._wait(mailbox)
        done, self.unmoved = self.unmoved, []
        try:
            if done and background and len(done) >= BACKGROUND_MIN and self._gate.allows():
                if self._mover is None:
                    self._mover = BackgroundMover(self._open, self._folder, self._validity)
                self._mover.start(_by_folder(done))
                self._in_flight = done
            elif done:
                _move_here(mailbox, done)
                left += done
        finally:
            if left:
                self._passed(left)

    def land(self, mailbox: BaseMailBox) -> None:
        """Wait for the move in flight and raise the watermark past it."""
        left = self._wait(mailbox)
        if left:
            self._passed(left)

    def close(self) -> None:
        """Stop the mover; a move nobody landed leaves the watermark where it was."""
        mover, self._mover = self._mover, None
        if mover is not None:
            mover.close()

    def _wait(self, mailbox: BaseMailBox) -> Done:
        """The batch in flight, once it has left the folder: if the mover failed, it is
        moved here, and the mover rests for the gate's cool-down."""
        done, self._in_flight = self._in_flight, []
        if not done or self._mover is None:
            return done
        try:
            self._mover.land()
        except Exception as exc:
            log.warning(
                "background MOVE failed (%s: %s); moving on the watcher's own connection, "
                "without a second connection for a while", type(exc).__name__, exc,
            )  # fmt: skip
            self.close()
            self._gate.failed()
            _move_here(mailbox, done)
        return done


def _by_folder(done: Done) -> dict[str, list[int]]:
    folders = dict.fromkeys(folder for _, folder in done)
    return {folder: [uid for uid, f in done if f == folder] for folder in folders}


def _move_here(mailbox: BaseMailBox, done: Done) -> None:
    for folder, uids in _by_folder(done).items():
        imap.move(mailbox, uids, folder)
