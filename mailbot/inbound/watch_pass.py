"""One pass over the watched folder: fetch in groups, hand each group over, settle it.

Split from :mod:`mailbot.inbound.watch`, which owns the connection (connect, IDLE,
reconnect with backoff); this module owns what a pass promises (see watch.py's
docstring): every message is settled exactly once, settled mail is MOVEd out in groups,
and the watermark only rises past mail that has left the folder, never past a RETRY.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field

from imap_tools import BaseMailBox

from mailbot.domain import Disposition
from mailbot.faults import crash_point
from mailbot.inbound import imap_session as imap
from mailbot.inbound.mover import Done, SettledMoves
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

log = logging.getLogger("mailbot.inbound.watch")


@dataclass
class PassState:
    folder: str
    validity: int
    last_uid: int
    defer: bool
    blocked: bool = False  # a RETRY happened: the watermark must stay below it
    moves: SettledMoves = field(init=False)  # settled mail, waiting for its MOVE or moving
    streak: int = 0
    counts: PassCounts = field(default_factory=PassCounts)


class PassCut(Exception):
    """Ends a pass early (retry streak or stop requested); what is done stays done."""


@dataclass
class FolderPass:
    """The watcher's side of one pass; its fields are the watcher's, shared, not copied."""

    state: PassState
    cfg: WatcherSettings
    cursors: CursorStore
    handler: MailHandler | None
    group_handler: GroupHandler | None
    on_oversize: OversizeHandler | None
    not_before: dict[int, float]  # RETRY uid -> monotonic time it is due (across passes)
    stop: threading.Event | None

    def batch(self, mailbox: BaseMailBox, uids: list[int]) -> None:
        """Sizes for ``uids`` in one round trip, then their bodies in bounded groups."""
        state = self.state
        sizes = imap.fetch_sizes(mailbox, uids)
        group: list[int] = []
        group_bytes = 0
        for uid in uids:
            size = sizes.get(uid)
            kind = self._classify(uid, size)
            over_budget = bool(group) and (
                group_bytes + (size or 0) > self.cfg.batch_bytes
                or len(group) >= self.cfg.batch_size
            )
            if kind != "fetch" or over_budget:
                self._handle_group(mailbox, group, sizes)
                group, group_bytes = [], 0
                if kind != "fetch":  # it raises the watermark: the moves before it land first
                    state.moves.land(mailbox)
            if kind == "fetch":
                group.append(uid)
                group_bytes += size or 0
            elif kind == "gone":
                self.advance(uid)  # expunged by someone else meanwhile
            elif kind == "deferred":
                state.counts.deferred += 1
                state.blocked = True
            else:
                self._oversize(mailbox, uid, size or 0)
                self._check_cut()
        self._handle_group(mailbox, group, sizes)

    def _classify(self, uid: int, size: int | None) -> str:
        if size is None:
            return "gone"
        if self.state.defer and self.not_before.get(uid, 0.0) > time.monotonic():
            return "deferred"
        return "oversize" if size > self.cfg.size_cap else "fetch"

    def _handle_group(self, mailbox: BaseMailBox, group: list[int], sizes: dict[int, int]) -> None:
        if not group:
            return
        self._check_cut()
        bodies = imap.fetch_bodies(mailbox, group)
        mails = [FetchedMail(uid, bodies[uid], sizes[uid]) for uid in group if uid in bodies]
        runs, decided = (
            outcome_runs(mails, self.handler, self.group_handler),
            deque[Disposition](),
        )
        moves = self.state.moves
        try:
            for uid in group:
                if uid not in bodies:
                    moves.flush(mailbox)
                    self.advance(uid)  # expunged between the two FETCHes
                    continue
                if not decided:  # between runs: the only place a pass may end
                    self._check_cut()
                    decided.extend(next(runs))
                self._settle(mailbox, uid, decided.popleft())
        finally:
            runs.close()
            moves.flush(mailbox, background=True)

    def _check_cut(self) -> None:
        if self.stop is not None and self.stop.is_set():
            raise PassCut("stop requested")
        if self.state.streak >= self.cfg.max_consecutive_retries:
            raise PassCut(f"{self.state.streak} RETRYs in a row")

    def _oversize(self, mailbox: BaseMailBox, uid: int, size: int) -> None:
        log.warning(
            "UID %d is %d bytes (cap %d): quarantined without downloading it",
            uid, size, self.cfg.size_cap,
        )  # fmt: skip
        if self.on_oversize is not None:
            try:
                self.on_oversize(uid, size)
            except Exception:
                log.exception("on_oversize failed for UID %d; will retry", uid)
                self._settle(mailbox, uid, Disposition.RETRY)
                return
        imap.move(mailbox, uid, self.cfg.quarantine_folder)
        self.state.counts.oversize += 1
        self.advance(uid)

    def _settle(self, mailbox: BaseMailBox, uid: int, outcome: Disposition) -> None:
        state = self.state
        if outcome is Disposition.RETRY:
            state.moves.flush(mailbox)  # mail settled before it may still pass the watermark
            state.counts.retried += 1
            state.blocked = True
            state.streak += 1
            self.not_before[uid] = time.monotonic() + self.cfg.retry_interval
            return
        state.streak = 0
        self.not_before.pop(uid, None)
        if outcome is Disposition.PROCESSED:
            state.moves.unmoved.append((uid, self.cfg.processed_folder))
            state.counts.processed += 1
        else:
            state.moves.unmoved.append((uid, self.cfg.quarantine_folder))
            state.counts.quarantined += 1

    def passed(self, done: Done) -> None:
        """Mail has left the folder: raise the watermark past it."""
        crash_point("after_move")
        state = self.state
        before = state.last_uid
        for uid, _ in done:
            self.advance(uid, save=False)
        if state.last_uid != before:  # one cursor write per group, not one per message
            self.cursors.save_cursor(state.folder, state.validity, state.last_uid)

    def advance(self, uid: int, *, save: bool = True) -> None:
        """Move the watermark to ``uid`` unless a RETRY below it must be seen again."""
        state = self.state
        if state.blocked or uid <= state.last_uid:
            return
        state.last_uid = uid
        if save:
            self.cursors.save_cursor(state.folder, state.validity, uid)
