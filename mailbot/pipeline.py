"""The inbound pipeline, written down as a table (after Mailman's chains).

Each step looks at the per-message :class:`Context` and either lets it continue or ends it
with an outcome and a reason. Steps decide; the handlers they call act. One message is one
transaction: any failure rolls it back and the message is retried, then quarantined, so a
bad message never stops the watcher.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.errors import ParseError, StoreError
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.parse import ParseLimits
from mailbot.inbound.parse_pool import Parsed, parse_one
from mailbot.inbound.thread import ThreadMatch
from mailbot.outbox.notices import Mailer
from mailbot.outbox.queue import loop_marker
from mailbot.store import inbound as store_inbound

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    PROCESSED = "processed"
    QUARANTINED = "quarantined"
    RETRY = "retry"


@dataclass
class Context:
    """Everything known about one message as it moves through the steps."""

    raw: bytes
    parsed: Parsed | None = None  # parsed ahead (another core); the parse step uses it
    message: InboundMessage | None = None
    match: ThreadMatch | None = None
    outcome: Outcome | None = None
    reason: str = ""
    escalation_ref: str = ""
    escalation_id: int | None = None
    step: str = ""  # the step that decided (a metrics label: bounded, unlike the reason)
    store_failed: bool = False  # RETRY because the database failed, not the message

    def finish(self, outcome: Outcome, reason: str) -> None:
        self.outcome, self.reason = outcome, reason


Step = Callable[[App, Session, Context], None]


def parse_inputs(app: App) -> tuple[frozenset[str], ParseLimits]:
    """Own addresses and limits: the same whether parsed here or in a parse worker."""
    return frozenset({app.settings.address}), ParseLimits(max_bytes=app.settings.max_message_bytes)


def _parse(app: App, session: Session, ctx: Context) -> None:
    result = ctx.parsed if ctx.parsed is not None else parse_one(ctx.raw, *parse_inputs(app))
    ctx.parsed = None  # the message (or the reason) is kept below; drop the extra reference
    if isinstance(result, ParseError):
        ctx.finish(Outcome.QUARANTINED, f"unreadable: {result}")
    else:
        ctx.message = result


def _msg(ctx: Context) -> InboundMessage:
    assert ctx.message is not None
    return ctx.message


def _dedupe(app: App, session: Session, ctx: Context) -> None:
    if store_inbound.seen(session, _msg(ctx).message_id):
        ctx.finish(Outcome.PROCESSED, "duplicate Message-ID: already handled")


def _loop_marker(app: App, session: Session, ctx: Context) -> None:
    marker = _msg(ctx).header("X-Mailbot-Loop")
    if marker and marker.strip() == loop_marker(app.settings):
        ctx.finish(Outcome.PROCESSED, "our own mail came back (loop marker)")


def _automatic(app: App, session: Session, ctx: Context) -> None:
    from mailbot.handlers import bounces

    message = _msg(ctx)
    if message.auto.automatic:
        note = bounces.record_bounce(session, message, ctx.raw, app.clock.now())
        ctx.finish(Outcome.PROCESSED, f"automatic mail ignored ({message.auto.reason}){note}")


def _sender(app: App, session: Session, ctx: Context) -> None:
    message = _msg(ctx)
    if not message.sender:
        ctx.finish(Outcome.QUARANTINED, f"no usable From address: {message.sender_problem}")


def _authenticated(app: App, session: Session, ctx: Context) -> None:
    from mailbot.inbound.authres_check import dmarc_verdict

    authserv_id = app.routing.config.organisation.authserv_id
    if authserv_id:
        verdict = dmarc_verdict(_msg(ctx), authserv_id)
        if not verdict.passed:
            ctx.finish(Outcome.QUARANTINED, f"held for review: {verdict.reason}")


def _thread(app: App, session: Session, ctx: Context) -> None:
    from mailbot.inbound.thread import find_thread

    ctx.match = find_thread(
        session,
        _msg(ctx),
        routing=app.routing,
        address=app.settings.address,
        secret=app.secret,
        now=app.clock.now(),
    )
    if ctx.match.token_problem and ctx.match.refused is None:
        ctx.finish(Outcome.QUARANTINED, f"reply token refused: {ctx.match.token_problem}")


def _dispatch(app: App, session: Session, ctx: Context) -> None:
    from mailbot.handlers import dispatch

    mailer = Mailer(session, app.settings, app.routing, app.clock.now())
    assert ctx.match is not None
    outcome, reason, esc = dispatch.dispatch(session, _msg(ctx), ctx.raw, ctx.match, mailer)
    if esc is not None:
        ctx.escalation_ref, ctx.escalation_id = esc.ref, esc.id
    ctx.finish(Outcome(outcome), reason)


STEPS: tuple[tuple[str, Step], ...] = (
    ("parse", _parse),
    ("dedupe", _dedupe),
    ("loop-marker", _loop_marker),
    ("automatic", _automatic),
    ("sender", _sender),
    ("authenticated", _authenticated),
    ("thread", _thread),
    ("dispatch", _dispatch),
)


def _run_steps(app: App, session: Session, ctx: Context) -> None:
    for name, step in STEPS:
        step(app, session, ctx)
        if ctx.outcome is not None:
            ctx.step = name
            message_id = ctx.message.message_id if ctx.message else "?"
            log.info(
                "message %s: %s at %s: %s", message_id, ctx.outcome, name, ctx.reason,
                extra={"message_id": message_id, "outcome": str(ctx.outcome), "step": name,
                       "escalation_id": ctx.escalation_ref or None},
            )  # fmt: skip
            return
    ctx.finish(Outcome.PROCESSED, "no step claimed the message")
    ctx.step = "none"


def handle(app: App, raw: bytes, parsed: Parsed | None = None) -> Context:
    """Process one raw message in one transaction; never raises for a bad message."""
    ctx = Context(raw=raw, parsed=parsed)
    key = hashlib.sha256(raw).hexdigest()
    try:
        with app.db.session() as session:
            _run_steps(app, session, ctx)
            store_inbound.record(session, ctx, app.clock.now())
        return ctx
    except StoreError as exc:
        log.warning("database unavailable; message stays in INBOX: %s", exc)
        return Context(raw=raw, outcome=Outcome.RETRY, reason=str(exc), store_failed=True)
    except Exception as exc:  # poison: retried, then quarantined with the reason
        log.exception("processing failed")
        return _failed(app, raw, key, f"{type(exc).__name__}: {exc}")


def handle_batch(app: App, items: Iterable[tuple[bytes, Parsed | None]]) -> list[Context]:
    """Several messages in ONE transaction: a backlog pays one commit, not one per message.

    ``items`` is consumed lazily, so the first message is handled while later ones are
    still being parsed. Each message is flushed and the session expired after it, so the
    next one sees the store exactly as if the first had committed. Any exception rolls
    back the whole batch and every message is handled again on its own: a poison message
    still costs only itself (retried, then quarantined) and nothing is half-stored. After
    a database failure (StoreError) too, but only until the database fails again.
    """
    taken: list[tuple[bytes, Parsed | None]] = []
    contexts: list[Context] = []
    try:
        with app.db.session() as session:
            for raw, parsed in items:
                taken.append((raw, parsed))
                ctx = Context(raw=raw, parsed=parsed)
                _run_steps(app, session, ctx)
                store_inbound.record(session, ctx, app.clock.now())
                session.flush()
                session.expire_all()
                ctx.match = None  # its escalation is expired and detached after the commit
                contexts.append(ctx)
        return contexts
    except StoreError as exc:  # the database is unwell: try one message per transaction
        taken += items
        log.warning(
            "batch of %d failed on the database (%s); one message per transaction", len(taken), exc
        )
        return _one_by_one(app, taken, str(exc))
    except Exception as exc:  # each message then decides for itself
        taken += items
        log.warning(
            "batch of %d rolled back after %d (%s: %s); handling each on its own",
            len(taken), len(contexts), type(exc).__name__, exc,
        )  # fmt: skip
        return [handle(app, raw, parsed) for raw, parsed in taken]


def _one_by_one(app: App, taken: list[tuple[bytes, Parsed | None]], error: str) -> list[Context]:
    """After a batch failed on the database, each message in its own transaction.

    A connection that keeps resetting then still lets most messages commit, where a batch
    would fail as a whole every time. Two database failures in a row (the batch's and a
    message's) mean it is down: the rest stay in the INBOX at no further timeout each.
    """
    contexts: list[Context] = []
    failures = 1
    for raw, parsed in taken:
        if failures >= 2:
            contexts.append(Context(raw=raw, outcome=Outcome.RETRY, reason=error))
            continue
        ctx = handle(app, raw, parsed)
        failures, error = (failures + 1, ctx.reason) if ctx.store_failed else (0, error)
        contexts.append(ctx)
    if failures >= 2:
        log.warning("database unavailable; %d message(s) stay in INBOX", failures - 1)
    return contexts


def _failed(app: App, raw: bytes, key: str, error: str) -> Context:
    try:
        with app.db.session() as session:
            attempts = store_inbound.count_attempt(session, key, error)
            if attempts < app.settings.max_attempts:
                return Context(
                    raw=raw, outcome=Outcome.RETRY, reason=f"attempt {attempts}: {error}"
                )
            ctx = Context(raw=raw, step="failed")
            ctx.finish(Outcome.QUARANTINED, f"failed {attempts} times: {error}")
            store_inbound.record(session, ctx, app.clock.now())
            return ctx
    except StoreError as exc:
        return Context(raw=raw, outcome=Outcome.RETRY, reason=str(exc), store_failed=True)
