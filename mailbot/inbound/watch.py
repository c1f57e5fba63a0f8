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
import time
from collections import deque
from dataclasses import dataclass, field
from functools import partial

from imap_tools import BaseMailBox
from imap_tools.errors import ImapToolsError

from mailbot import backoff
from mailbot.domain import Disposition
from mailbot.endpoints.imap_url import ImapTarget
from mailbot.errors import MailbotError, MailboxError
from mailbot.faults import crash_point
from mailbot.inbound import imap_session as imap
from mailbot.inbound.mover import Done, MoverGate, SettledMoves
from mailbot.inbound.watch_contract import (
    CursorStore,
    FetchedMail,
    GroupHandler,
    MailHandler,
    OversizeHandler,
    PassCounts,
    WatcherSettings,
)
from mailbot.inbound.watch_runs import outcome_runs
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


@dataclass
class _Pass:
    folder: str
    validity: int
    last_uid: int
    defer: bool
    blocked: bool = False  # a RETRY happened: the watermark must stay below it
    moves: SettledMoves = field(init=False)  # settled mail, waiting for its MOVE or moving
    streak: int = 0
    counts: PassCounts = field(default_factory=PassCounts)


class _PassCut(Exception):
    """Ends a pass early (retry streak or stop requested); what is done stays done."""


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
        state = _Pass(folder, validity, self._start_uid(folder, validity), defer)
        passed = partial(self._passed, state)
        state.moves = SettledMoves(self._open, folder, validity, passed, self._mover_gate)
        uids = imap.uids_after(mailbox, state.last_uid)
        try:
            try:
                step = max(self._cfg.size_batch, self._cfg.batch_size)
                for start in range(0, len(uids), step):
                    self._batch(mailbox, uids[start : start + step], state)
            except _PassCut as cut:
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

    def _batch(self, mailbox: BaseMailBox, uids: list[int], state: _Pass) -> None:
        sizes = imap.fetch_sizes(mailbox, uids)
        group: list[int] = []
        group_bytes = 0
        for uid in uids:
            size = sizes.get(uid)
            kind = self._classify(uid, size, state)
            over_budget = bool(group) and (
                group_bytes + (size or 0) > self._cfg.batch_bytes
                or len(group) >= self._cfg.batch_size
            )
            if kind != "fetch" or over_budget:
                self._handle_group(mailbox, group, sizes, state)
                group, group_bytes = [], 0
                if kind != "fetch":  # it raises the watermark: the moves before it land first
                    state.moves.land(mailbox)
            if kind == "fetch":
                group.append(uid)
                group_bytes += size or 0
            elif kind == "gone":
                self._advance(state, uid)  # expunged by someone else meanwhile
            elif kind == "deferred":
                state.counts.deferred += 1
                state.blocked = True
            else:
                self._oversize(mailbox, uid, size or 0, state)
                self._check_cut(state)
        self._handle_group(mailbox, group, sizes, state)

    def _classify(self, uid: int, size: int | None, state: _Pass) -> str:
        if size is None:
            return "gone"
        if state.defer and self._not_before.get(uid, 0.0) > time.monotonic():
            return "deferred"
        return "oversize" if size > self._cfg.size_cap else "fetch"

    def _handle_group(
        self, mailbox: BaseMailBox, group: list[int], sizes: dict[int, int], state: _Pass
    ) -> None:
        if not group:
            return
        self._check_cut(state)
        bodies = imap.fetch_bodies(mailbox, group)
        mails = [FetchedMail(uid, bodies[uid], sizes[uid]) for uid in group if uid in bodies]
        runs, decided = (
            outcome_runs(mails, self._handler, self._group_handler),
            deque[Disposition](),
        )
        try:
            for uid in group:
                if uid not in bodies:
                    state.moves.flush(mailbox)
                    self._advance(state, uid)  # expunged between the two FETCHes
                    continue
                if not decided:  # between runs: the only place a pass may end
                    self._check_cut(state)
                    decided.extend(next(runs))
                self._settle(mailbox, uid, decided.popleft(), state)
        finally:
            runs.close()
            state.moves.flush(mailbox, background=True)

    def _check_cut(self, state: _Pass) -> None:
        if self._stop is not None and self._stop.is_set():
            raise _PassCut("stop requested")
        if state.streak >= self._cfg.max_consecutive_retries:
            raise _PassCut(f"{state.streak} RETRYs in a row")

    def _oversize(self, mailbox: BaseMailBox, uid: int, size: int, state: _Pass) -> None:
        log.warning(
            "UID %d is %d bytes (cap %d): quarantined without downloading it",
            uid, size, self._cfg.size_cap,
        )  # fmt: skip
        if self._on_oversize is not None:
            try:
                self._on_oversize(uid, size)
            except Exception:
                log.exception("on_oversize failed for UID %d; will retry", uid)
                self._settle(mailbox, uid, Disposition.RETRY, state)
                return
        imap.move(mailbox, uid, self._cfg.quarantine_folder)
        state.counts.oversize += 1
        self._advance(state, uid)

    def _settle(self, mailbox: BaseMailBox, uid: int, outcome: Disposition, state: _Pass) -> None:
        if outcome is Disposition.RETRY:
            state.moves.flush(mailbox)  # mail settled before it may still pass the watermark
            state.counts.retried += 1
            state.blocked = True
            state.streak += 1
            self._not_before[uid] = time.monotonic() + self._cfg.retry_interval
            return
        state.streak = 0
        self._not_before.pop(uid, None)
        if outcome is Disposition.PROCESSED:
            state.moves.unmoved.append((uid, self._cfg.processed_folder))
            state.counts.processed += 1
        else:
            state.moves.unmoved.append((uid, self._cfg.quarantine_folder))
            state.counts.quarantined += 1

    def _passed(self, state: _Pass, done: Done) -> None:
        """Mail has left the folder: raise the watermark past it."""
        crash_point("after_move")
        before = state.last_uid
        for uid, _ in done:
            self._advance(state, uid, save=False)
        if state.last_uid != before:  # one cursor write per group, not one per message
            self._cursors.save_cursor(state.folder, state.validity, state.last_uid)

    def _open(self) -> BaseMailBox:
        return imap.open_mailbox(self._target, self._cfg.timeout, self._ssl_context)

    def _advance(self, state: _Pass, uid: int, *, save: bool = True) -> None:
        """Move the watermark to ``uid`` unless a RETRY below it must be seen again."""
        if state.blocked or uid <= state.last_uid:
            return
        state.last_uid = uid
        if save:
            self._cursors.save_cursor(state.folder, state.validity, uid)
