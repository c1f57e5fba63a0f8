"""Watch the escalation mailbox: hand every new message to a handler exactly once.

Design (why it cannot lose or double-process mail):

* Handled mail *leaves* the watched folder: it is MOVEd to ``Processed`` or
  ``Quarantine``, one UID MOVE per folder per fetched group (a round trip per message
  was a quarter of the ingest time); a backlog's groups are moved on a second
  connection while the next group is handled (mover.py). Only RETRY leaves a message
  where it is, so the folder is the to-do list and a crash can at worst re-handle a
  message the store already has (the store dedupes by Message-ID; the handler runs
  before the MOVE).
* The cursor ``(uidvalidity, last_uid)`` is a *watermark*: every UID ≤ last_uid has
  left the folder. It only advances while no message in the pass asked for RETRY, so a
  retried message is always above the watermark and is seen again. Each pass searches
  ``UID last+1:*`` (filtering the bogus "highest UID" answer), which keeps a pass over a
  big mailbox cheap once the backlog is done.
* Memory is bounded for any backlog: sizes are fetched for up to ``size_batch`` UIDs
  a round trip (never fewer than a group), bodies in groups of at most ``batch_size``
  messages and ``batch_bytes`` bytes, and
  anything above ``size_cap`` is quarantined without being downloaded.
* In ``run_forever`` a message that asked for RETRY is not offered again for
  ``retry_interval`` seconds, and a pass ends early after ``max_consecutive_retries``
  RETRYs in a row (the database is probably down): an outage costs a few handler calls
  per interval, not one per message per pass. ``run_once`` offers everything.
"""

from __future__ import annotations

import imaplib
import logging
import ssl
import threading

from imap_tools import BaseMailBox
from imap_tools.errors import ImapToolsError

from mailbot import backoff
from mailbot.endpoints.imap_url import ImapTarget
from mailbot.errors import MailbotError, MailboxError
from mailbot.inbound import imap_session as imap
from mailbot.inbound.mover import MoverGate, SettledMoves
from mailbot.inbound.watch_contract import (
    CursorStore,
    FetchedMail,
    GroupHandler,
    MailHandler,
    OversizeHandler,
    PassCounts,
    WatcherSettings,
)
from mailbot.inbound.watch_pass import FolderPass, PassCut, PassState
from mailbot.observe.metrics import WatchStatus

__all__ = [
    "RECOVERABLE", "CursorStore", "FetchedMail", "GroupHandler", "MailHandler", "MailboxWatcher",
    "OversizeHandler", "PassCounts", "WatcherSettings",
]  # fmt: skip

log = logging.getLogger(__name__)

# Failures that mean "the connection or a backing service is unwell": reconnect later.
RECOVERABLE: tuple[type[BaseException], ...] = (
    OSError,
    imaplib.IMAP4.error,
    ImapToolsError,
    MailbotError,
)


class MailboxWatcher:
    """Feeds new mail of one IMAP folder to ``handler``; see the module docstring."""

    def __init__(
        self,
        target: ImapTarget,
        handler: MailHandler | None,
        cursors: CursorStore,
        *,
        on_oversize: OversizeHandler | None = None,
        settings: WatcherSettings | None = None,
        ssl_context: ssl.SSLContext | None = None,
        group_handler: GroupHandler | None = None,
        status: WatchStatus | None = None,
    ) -> None:
        if handler is None and group_handler is None:
            raise ValueError("the watcher needs a handler or a group handler")
        self._target = target
        self._handler = handler
        self._group_handler = group_handler
        self._cursors = cursors
        self._on_oversize = on_oversize
        self._cfg = settings or WatcherSettings()
        self._ssl_context = ssl_context
        self._not_before: dict[int, float] = {}  # RETRY uid -> monotonic time it is due
        self._stop: threading.Event | None = None
        self._failures = 0
        self._mover_gate = MoverGate()  # across passes: a refused second session rests
        self.status = status or WatchStatus()  # for /readyz and the IMAP gauges

    def run_once(self) -> PassCounts:
        """One pass over everything in the folder right now, then log out.

        An unreachable or refusing server is a :class:`MailboxError` naming it (password
        masked), so ``run --once`` ends with one line rather than a socket traceback.
        """
        step = "connect to"
        try:
            mailbox = self._connect()
            step = "pass on"
            try:
                return self._pass(mailbox, defer=False)
            finally:
                imap.close_quietly(mailbox)
        except (OSError, imaplib.IMAP4.error, ImapToolsError) as exc:
            raise MailboxError(f"{step} {self._target}", f"{type(exc).__name__}: {exc}") from exc

    def run_forever(self, stop: threading.Event) -> None:
        """Pass, IDLE (or poll), repeat; reconnect with jittered backoff until ``stop``."""
        self._stop = stop
        while not stop.is_set():
            try:
                self._session(stop)
            except Exception as exc:  # never let the watcher thread die: reconnect and go on
                self._failures += 1
                delay = self._backoff(self._failures)
                log.warning(
                    "IMAP watcher on %s failed (%s: %s); reconnecting in %.1fs (attempt %d)",
                    self._target, type(exc).__name__, exc, delay, self._failures,
                    exc_info=not isinstance(exc, RECOVERABLE),
                )  # fmt: skip
                stop.wait(delay)
        log.info("IMAP watcher on %s stopped", self._target)

    def _backoff(self, failures: int) -> float:
        cfg = self._cfg
        ceiling = backoff.exponential(failures, first=cfg.backoff_base, cap=cfg.backoff_cap)
        return backoff.jitter(ceiling, 0.5, 1.0)

    def _connect(self) -> BaseMailBox:
        mailbox = imap.open_mailbox(self._target, self._cfg.timeout, self._ssl_context)
        try:
            imap.ensure_folders(mailbox, (self._cfg.processed_folder, self._cfg.quarantine_folder))
        except BaseException:
            imap.close_quietly(mailbox)
            raise
        log.info("IMAP watcher connected to %s", self._target)
        return mailbox

    def _session(self, stop: threading.Event) -> None:
        mailbox = self._connect()
        try:
            can_idle = "IDLE" in mailbox.client.capabilities
            longest = self._cfg.idle_interval if can_idle else self._cfg.poll_interval
            self.status.connected(stale_after=longest + 2 * self._cfg.timeout)
            while not stop.is_set():
                counts = self._pass(mailbox, defer=True)
                self._failures = 0
                if counts.moved:
                    continue  # more may have arrived while we worked
                wait = self._cfg.idle_interval if can_idle else self._cfg.poll_interval
                if counts.retried or counts.deferred:
                    wait = min(wait, self._cfg.retry_interval)
                if can_idle:
                    imap.idle_until_new_mail(mailbox, stop, min(wait, self._cfg.idle_interval))
                else:
                    stop.wait(wait)
        finally:
            self.status.disconnected()
            imap.close_quietly(mailbox)

    def _pass(self, mailbox: BaseMailBox, defer: bool) -> PassCounts:
        folder = self._target.folder
        validity = imap.select_folder(mailbox, folder)
        state = PassState(folder, validity, self._start_uid(folder, validity), defer)
        run = FolderPass(
            state, self._cfg, self._cursors, self._handler, self._group_handler,
            self._on_oversize, self._not_before, self._stop,
        )  # fmt: skip
        state.moves = SettledMoves(self._open, folder, validity, run.passed, self._mover_gate)
        uids = imap.uids_after(mailbox, state.last_uid)
        try:
            try:
                step = max(self._cfg.size_batch, self._cfg.batch_size)
                for start in range(0, len(uids), step):
                    run.batch(mailbox, uids[start : start + step])
            except PassCut as cut:
                log.info("pass over %s ended early: %s", folder, cut)
            state.moves.land(mailbox)
        finally:
            state.moves.close()
        pending = set(uids)
        self._not_before = {u: t for u, t in self._not_before.items() if u in pending}
        if uids:
            log.info("pass over %s: %d candidate(s), %s", folder, len(uids), state.counts)
        self.status.passed()
        return state.counts

    def _start_uid(self, folder: str, validity: int) -> int:
        cursor = self._cursors.load_cursor(folder)
        if cursor is None:
            return 0
        known_validity, last_uid = cursor
        if known_validity == validity:
            return last_uid
        log.warning(
            "UIDVALIDITY of %s changed from %d to %d: rescanning from UID 1 "
            "(messages already stored are recognised by Message-ID)",
            folder, known_validity, validity,
        )  # fmt: skip
        self._not_before.clear()
        self._cursors.save_cursor(folder, validity, 0)
        return 0

    def _open(self) -> BaseMailBox:
        return imap.open_mailbox(self._target, self._cfg.timeout, self._ssl_context)
