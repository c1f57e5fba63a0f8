"""`mailbot run`: the watcher, the drafting worker, the outbox sender and the scheduler.

Three threads, so a slow LLM draft never delays reply processing and a slow SMTP relay
never delays either. Each loop survives its own errors (logged) and stops promptly when
asked.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.drafting.ahead_worker import AheadWorker
from mailbot.drafting.brief import Drafter
from mailbot.drafting.drafters import LazyDrafter, make_drafter, offline_only
from mailbot.endpoints.wiring import TokenSources, imap_target, smtp_target
from mailbot.faults import crash_point
from mailbot.handlers.alerts import alert_failed_delivery
from mailbot.handlers.draft_ahead import DraftsAhead, Results
from mailbot.handlers.draft_jobs import DRAFTS_A_ROUND, run_draft_jobs
from mailbot.handlers.draft_leases import release_interrupted
from mailbot.handlers.scheduler import Scheduler
from mailbot.inbound import watch
from mailbot.inbound.parse_pool import ParsePool
from mailbot.inbound.watch_contract import WatcherSettings
from mailbot.metrics_server import MetricsServer
from mailbot.observe import metrics
from mailbot.observe.metrics import WatchStatus
from mailbot.outbox.sender import Transport, deliver_due
from mailbot.outbox.smtp import SmtpTransport
from mailbot.pipeline import Context, parse_inputs
from mailbot.store import repo
from mailbot.store.cursors import StoreCursors
from mailbot.transactions import ParsedAhead, handle_batch

log = logging.getLogger(__name__)
# Messages a transaction in a backlog: a whole fetched group (WatcherSettings.batch_size).
# Each batch costs round trips whatever its size (the Message-ID lookup, the escalations'
# and thread roots' reads, one executemany a table, the commit): from 20 to 50, statements
# 0.84 → 0.51 a message on PostgreSQL, 1.09 → 0.73 on SQLite (session 20); from 50 to 100,
# PostgreSQL's own CPU 0.56-0.58 → 0.45-0.46 ms a message (bench/handle.py) and the inbound
# phase faster in 4 of 5 alternating pairs on PostgreSQL, 3 of 3 on SQLite (BENCHMARKS.md,
# session 21). SQLite holds its write lock for a batch: 100 × 1.4-1.7 ms = 140-170 ms.
_BATCH = 100
SENDS_A_ROUND = 50  # mails one outbox round claims at most (so a `run --once` pass)


@dataclass
class PassReport:
    """What one `run --once` pass did; printed by the CLI."""

    inbound: dict[str, int] = field(default_factory=dict)
    drafted: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    scheduled: int = 0


class Runner:
    def __init__(
        self,
        app: App,
        transport: Transport | None = None,
        drafter: Drafter | None = None,
        scheduler: Scheduler | None = None,
        parser: ParsePool | None = None,
    ) -> None:
        settings = app.settings
        if not settings.imap_url or not settings.smtp_url:
            raise ValueError("Runner needs MAILBOT_IMAP_URL and MAILBOT_SMTP_URL")
        self.app = app
        sources = TokenSources(settings.oauth)
        self.transport = transport or SmtpTransport(smtp_target(settings.smtp_url, sources))
        # Made on its first draft: a pass whose drafts were all made ahead needs none.
        self.drafter = drafter or LazyDrafter(lambda: make_drafter(settings, app.routing))
        # Only the offline drafter's drafts are made ahead (an LLM's would be waste), by a
        # worker at the lowest priority, so only with a core to spare (as the parse worker).
        self._ahead_allowed = (
            settings.draft_ahead
            and settings.parse_processes > 0
            and drafter is None
            and offline_only(settings)
        )
        self._ahead: DraftsAhead | None = None
        # Each mail sent is recorded in its own transaction: SQLite's writers take turns on
        # one lock (and wait for it in sleeps of up to 100 ms), so there one connection.
        sqlite = app.db.engine.dialect.name == "sqlite"
        self._smtp_connections = 1 if sqlite else settings.smtp_connections
        self.scheduler = scheduler or Scheduler(app)
        self._stopping = threading.Event()
        target = imap_target(settings.imap_url, sources)
        self.parser = parser or ParsePool(*parse_inputs(app), processes=settings.parse_processes)
        self.watcher = watch.MailboxWatcher(
            target,
            None,  # every fetched group goes to handle_group
            StoreCursors(app.db, prefix=f"{target.user}:"),
            group_handler=self.handle_group,
            on_oversize=self.on_oversize,
            settings=WatcherSettings(
                size_cap=settings.max_message_bytes,
                poll_interval=settings.poll_interval,
                # A server may miss an IDLE notification (the sandbox's does for mail landing
                # between a pass and IDLE): look anyway every two poll intervals, not 29 min.
                idle_interval=min(29 * 60.0, 2 * settings.poll_interval),
            ),
            status=WatchStatus(),
        )

    # --- hooks named after what they handle ------------------------------------------
    def handle_group(
        self, mails: Sequence[watch.FetchedMail]
    ) -> Generator[list[Disposition], None, None]:
        """A fetched group: parsed ahead on another core, stored ``_BATCH`` a transaction.

        Each batch's outcomes are yielded as one run, after its transaction committed: the
        watcher settles (MOVEs) a whole run before it may stop, and a stop between runs
        leaves the uncommitted rest in the folder, as one-by-one handling would.
        """
        parsed = self.parser.parse_all([mail.raw for mail in mails])
        try:
            for start in range(0, len(mails), _BATCH):
                batch = mails[start : start + _BATCH]
                crash_point("after_fetch")
                raws = [mail.raw for mail in batch]
                contexts = handle_batch(self.app, ParsedAhead(raws, parsed))
                crash_point("after_commit")
                outcomes = [ctx.outcome or Disposition.RETRY for ctx in contexts]
                for ctx, outcome in zip(contexts, outcomes, strict=True):
                    metrics.inbound(outcome.value, ctx.step or outcome.value)
                self._after_commit(contexts)
                yield outcomes
        finally:
            parsed.close()

    def _after_commit(self, contexts: Sequence[Context]) -> None:
        """``run --once``: the batch's new forwards handed to the drafting worker.

        Best effort: a failure here costs only the head start, never the batch."""
        ahead = self._ahead
        if ahead is None:
            return
        forwards = {c.raw: c.message for c in contexts if c.route == "forward" and c.message}
        try:
            ahead.after_batch(forwards, self.app.clock.now())
        except Exception:
            log.exception("drafting ahead stopped; the pass drafts its forwards afterwards")
            self._ahead = None

    def on_oversize(self, uid: int, size: int) -> None:
        with self.app.db.session() as session:
            repo.add_audit(
                session,
                at=self.app.clock.now(),
                action="quarantined",
                reason=f"oversize: {size} bytes > {self.app.settings.max_message_bytes}"
                f" (IMAP UID {uid}); not downloaded",
            )
        metrics.inbound(Disposition.QUARANTINED.value, "oversize")

    def draft_pending(self, ahead: Results | None = None) -> int:
        app = self.app
        return run_draft_jobs(
            app.db,
            self.drafter,
            app.settings,
            app.routing,
            app.clock.now(),
            should_stop=self._stopping.is_set,
            clock=app.clock.now,
            ahead=ahead,
        )

    def send_due(self, limit: int = SENDS_A_ROUND) -> tuple[int, int, int]:
        app = self.app
        report = deliver_due(
            app.db,
            self.transport,
            app.settings,
            app.clock.now,
            on_failed=lambda item_id, reason: alert_failed_delivery(app, item_id, reason),
            limit=limit,
            connections=self._smtp_connections,
        )
        return report.sent, report.retrying, report.failed

    # --- modes -------------------------------------------------------------------------
    def run_once(self) -> PassReport:
        """One pass: the INBOX, then drafting and the scheduled jobs while mail is sent.

        Sending waits on the relay (an MTA answers each DATA only once it has the mail:
        ~15 ms, 50 times) and drafting works on this core: side by side, as ``run``'s
        threads do. Sending began at the end of the INBOX pass, not during it: during it,
        its writes and the relay's work slowed SQLite's inbound phase more than they
        saved. What the first round left of :data:`SENDS_A_ROUND` (in a short pass: the
        approval requests just drafted) is sent after drafting, so a pass still sends
        what it drafted.
        """
        report = PassReport()
        release_interrupted(self.app.db, self.app.clock.now())
        self.parser.warm()
        worker = AheadWorker() if self._ahead_allowed else None
        try:
            report.inbound, ahead = self._inbox_pass(worker)
            with ThreadPoolExecutor(1, thread_name_prefix="outbox") as pool:
                began = time.monotonic()
                sending = pool.submit(self.send_due)
                report.drafted = self.draft_pending(ahead)
                drafted = time.monotonic()
                report.scheduled = self.scheduler.run_all()
                scheduled = time.monotonic()
                sent, retrying, failed = sending.result()
            log.info(
                "after the INBOX pass: drafting %.2f s, scheduled jobs %.2f s, sending %.2f s",
                drafted - began, scheduled - drafted, time.monotonic() - began,
            )  # fmt: skip
        finally:
            if worker is not None:
                worker.close()
        if ahead is not None and ahead.handed:
            log.info("%d of %d drafts made ahead", ahead.taken, ahead.handed)
        left = SENDS_A_ROUND - (sent + retrying + failed)
        more = self.send_due(left) if left > 0 else (0, 0, 0)
        report.sent, report.retrying = sent + more[0], retrying + more[1]
        report.failed = failed + more[2]
        return report

    def _inbox_pass(self, worker: AheadWorker | None) -> tuple[dict[str, int], Results | None]:
        """The INBOX pass, with the drafts it opens handed to ``worker`` when there is one."""
        if worker is not None:
            self._ahead = DraftsAhead(self.app.db, self.app.settings, worker.submit, DRAFTS_A_ROUND)
        try:
            inbound = asdict(self.watcher.run_once())
            ahead = self._ahead
            return inbound, ahead.results(worker.ready) if ahead and worker else None
        finally:
            self._ahead = None
            self.parser.close()

    def run_forever(self, stop: threading.Event) -> None:
        address = self.app.settings.metrics_address
        server = MetricsServer(address, self.app.db, self.watcher.status) if address else None
        if server is not None:
            server.start()
        try:
            self._run_threads(stop)
        finally:
            if server is not None:
                server.stop()

    def _run_threads(self, stop: threading.Event) -> None:
        self._stopping = stop
        release_interrupted(self.app.db, self.app.clock.now())  # a crashed run's drafts
        self.parser.warm()
        self.scheduler.run_all()  # catch up on anything that came due while we were down
        threads = [
            threading.Thread(target=self.watcher.run_forever, args=(stop,), name="watcher"),
            threading.Thread(
                target=self._loop, args=(stop, self.draft_pending, 1.0), name="drafter"
            ),
            threading.Thread(
                target=self._loop, args=(stop, self._tick_and_send, 1.0), name="outbox"
            ),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.parser.close()

    def _tick_and_send(self) -> int:
        self.scheduler.tick()  # never raises: its jobs log their own failures
        return self.send_due()[0]

    @staticmethod
    def _loop(stop: threading.Event, work: Callable[[], object], interval: float) -> None:
        while not stop.is_set():
            try:
                work()
            except Exception:  # one failed round must not end the service
                log.exception("background job %s failed", getattr(work, "__name__", work))
            stop.wait(interval)
