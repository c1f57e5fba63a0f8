"""The inbound pipeline, written down as tables (after Mailman's chains).

``STEPS`` are the checks every message passes; each looks at the per-message
:class:`Context` and either lets it continue or ends it with a disposition and a reason.
The last step, ``dispatch``, hands the message to the first of ``ROUTES`` that claims it:
each route names the handler (``mailbot.handlers``) that acts. Steps and routes decide;
handlers act. Reading the two tables top to bottom is reading the path of every message.

The transactions around it (one per message, or one per batch, retry, then quarantine)
are in :mod:`mailbot.transactions`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from mailbot.app import App
from mailbot.domain import Disposition
from mailbot.errors import ParseError
from mailbot.handlers import bounces, forward, refusals, reply, robots, status_report
from mailbot.handlers.result import Handled
from mailbot.inbound.authres_check import dmarc_verdict
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.parse import ParseLimits
from mailbot.inbound.parse_pool import Parsed, inputs_for, parse_one
from mailbot.inbound.thread import ThreadMatch, find_thread
from mailbot.lifecycle.machine import Role
from mailbot.outbox.mailer import Mailer
from mailbot.outbox.queue import loop_marker
from mailbot.store import inbound as store_inbound

log = logging.getLogger(__name__)


@dataclass
class Context:
    """Everything known about one message as it moves through the steps."""

    raw: bytes
    parsed: Parsed | None = None  # parsed ahead (another core); the parse step uses it
    message: InboundMessage | None = None
    match: ThreadMatch | None = None
    role: Role = Role.OTHER  # the sender's role on the threaded escalation
    outcome: Disposition | None = None
    reason: str = ""
    escalation_ref: str = ""
    escalation_id: int | None = None
    step: str = ""  # the step that decided (a metrics label: bounded, unlike the reason)
    route: str = ""  # the route of ``dispatch`` that acted, if it got that far
    duplicate: bool = False  # already handled (same Message-ID): nothing new to record
    store_failed: bool = False  # RETRY because the database failed, not the message
    mailer: Mailer | None = None  # made once the message reaches a route

    def finish(self, outcome: Disposition, reason: str) -> None:
        self.outcome, self.reason = outcome, reason

    def record(self) -> store_inbound.InboundRecord:
        """What the store keeps of this message's outcome."""
        assert self.outcome is not None
        return store_inbound.InboundRecord(
            raw=self.raw,
            message=self.message,
            disposition=self.outcome,
            reason=self.reason,
            escalation_id=self.escalation_id,
            escalation_ref=self.escalation_ref,
            duplicate=self.duplicate,
        )

    def done(self, handled: Handled) -> None:
        if handled.escalation is not None:
            self.escalation_ref = handled.escalation.ref
            self.escalation_id = handled.escalation.id
        self.finish(handled.disposition, handled.reason)


Step = Callable[[App, Session, Context], None]
Route = Callable[[App, Session, Context], Handled | None]  # None: not mine, next route


def parse_inputs(app: App) -> tuple[frozenset[str], ParseLimits]:
    """Own addresses and limits: the same whether parsed here or in a parse worker."""
    return inputs_for(app.settings.address, app.settings.max_message_bytes)


def _msg(ctx: Context) -> InboundMessage:
    assert ctx.message is not None
    return ctx.message


# --- steps: the checks every message passes ------------------------------------------


def _parse(app: App, session: Session, ctx: Context) -> None:
    result = ctx.parsed if ctx.parsed is not None else parse_one(ctx.raw, *parse_inputs(app))
    ctx.parsed = None  # the message (or the reason) is kept below; drop the extra reference
    if isinstance(result, ParseError):
        ctx.finish(Disposition.QUARANTINED, f"unreadable: {result}")
    else:
        ctx.message = result


def _dedupe(app: App, session: Session, ctx: Context) -> None:
    if store_inbound.seen(session, _msg(ctx).message_id):
        ctx.duplicate = True
        ctx.finish(Disposition.PROCESSED, "duplicate Message-ID: already handled")


def _loop_marker(app: App, session: Session, ctx: Context) -> None:
    marker = _msg(ctx).header("X-Mailbot-Loop")
    if marker and marker.strip() == loop_marker(app.settings):
        ctx.finish(Disposition.PROCESSED, "our own mail came back (loop marker)")


def _automatic(app: App, session: Session, ctx: Context) -> None:
    message = _msg(ctx)
    if message.auto.automatic:
        note = bounces.record_bounce(session, message, ctx.raw, app.clock.now())
        ctx.finish(Disposition.PROCESSED, f"automatic mail ignored ({message.auto.reason}){note}")


def _sender(app: App, session: Session, ctx: Context) -> None:
    message = _msg(ctx)
    if not message.sender:
        ctx.finish(Disposition.QUARANTINED, f"no usable From address: {message.sender_problem}")


def _authenticated(app: App, session: Session, ctx: Context) -> None:
    authserv_id = app.routing.config.organisation.authserv_id
    if authserv_id:
        verdict = dmarc_verdict(_msg(ctx), authserv_id)
        if not verdict.passed:
            ctx.finish(Disposition.QUARANTINED, f"held for review: {verdict.reason}")


def _thread(app: App, session: Session, ctx: Context) -> None:
    ctx.match = find_thread(
        session,
        _msg(ctx),
        routing=app.routing,
        address=app.settings.address,
        secret=app.secret,
        now=app.clock.now(),
    )
    if ctx.match.token_problem and ctx.match.refused is None:
        ctx.finish(Disposition.QUARANTINED, f"reply token refused: {ctx.match.token_problem}")


def _dispatch(app: App, session: Session, ctx: Context) -> None:
    route_message(app, session, ctx)


STEPS: tuple[tuple[str, Step], ...] = (
    ("parse", _parse),  # inbound.parse_pool → inbound.parse: unreadable → quarantine
    ("dedupe", _dedupe),  # store.inbound.seen: a Message-ID handled before
    ("loop-marker", _loop_marker),  # our own mail back (outbox.queue.loop_marker)
    ("automatic", _automatic),  # auto-replies and bounces: handlers.bounces
    ("sender", _sender),  # no usable From → quarantine
    ("authenticated", _authenticated),  # DMARC via inbound.authres_check, if configured
    ("thread", _thread),  # inbound.thread: token, our Message-IDs, the subject tag
    ("dispatch", _dispatch),  # the first of ROUTES that claims the message acts
)


# --- routes: who acts on a message that passed every step ----------------------------


def _mailer(app: App, session: Session, ctx: Context) -> Mailer:
    if ctx.mailer is None:
        ctx.mailer = Mailer(session, app.settings, app.routing, app.clock.now())
    return ctx.mailer


def _threaded(ctx: Context) -> ThreadMatch:
    assert ctx.match is not None
    return ctx.match


def _someone_elses_copy(app: App, session: Session, ctx: Context) -> Handled | None:
    match = _threaded(ctx)
    if match.refused is None:
        return None
    return refusals.someone_elses_copy(session, _msg(ctx), match, _mailer(app, session, ctx))


def _outsider(app: App, session: Session, ctx: Context) -> Handled | None:
    esc = _threaded(ctx).escalation
    if esc is None:
        return None
    ctx.role = reply.role_of(app.routing, esc, _msg(ctx).sender)
    if ctx.role is not Role.OTHER:
        return None
    return refusals.outsider(session, _msg(ctx), esc, _mailer(app, session, ctx))


def _robot(app: App, session: Session, ctx: Context) -> Handled | None:
    esc, message = _threaded(ctx).escalation, _msg(ctx)
    if esc is None:
        return None
    mailer = _mailer(app, session, ctx)
    why = robots.screen(mailer, esc, message.sender, message.new_text, message.message_id)
    return Handled.processed(why, esc) if why else None


def _reply(app: App, session: Session, ctx: Context) -> Handled | None:
    match = _threaded(ctx)
    if match.escalation is None:
        return None
    return reply.answer(session, _msg(ctx), match, _mailer(app, session, ctx), ctx.role)


def _status(app: App, session: Session, ctx: Context) -> Handled | None:
    message = _msg(ctx)
    if message.clean_subject.strip().lower() != "status":
        return None
    if not app.routing.is_known(message.sender):
        return None
    count = status_report.send(session, _mailer(app, session, ctx), message.sender)
    return Handled.processed(f"status report with {count} escalation(s) sent to {message.sender}")


def _forward(app: App, session: Session, ctx: Context) -> Handled | None:
    if not app.routing.is_csm(_msg(ctx).sender):
        return None
    return forward.open_from_forward(session, _msg(ctx), ctx.raw, _mailer(app, session, ctx))


def _stranger(app: App, session: Session, ctx: Context) -> Handled:
    sender = _msg(ctx).sender
    if app.routing.is_known(sender):
        return Handled.quarantined(f"{sender} is not a CSM and the message is not a reply")
    return Handled.quarantined(f"unknown sender {sender}: no reply sent")


ROUTES: tuple[tuple[str, Route], ...] = (
    ("someone-elses-copy", _someone_elses_copy),  # handlers.refusals: told who may act
    ("outsider", _outsider),  # not a participant: handlers.refusals (roster) or quarantine
    ("robot", _robot),  # handlers.robots: an auto-responder without auto headers
    ("reply", _reply),  # handlers.reply: commands, transition, effects, confirmation
    ("status", _status),  # handlers.status_report: "status" from a roster person
    ("forward", _forward),  # handlers.forward: a CSM opens an escalation
    ("stranger", _stranger),  # nobody acts: quarantined, no backscatter
)


def route_message(app: App, session: Session, ctx: Context) -> None:
    for name, route in ROUTES:
        handled = route(app, session, ctx)
        if handled is not None:
            ctx.route = name
            ctx.done(handled)
            return


def run_steps(app: App, session: Session, ctx: Context) -> None:
    for name, step in STEPS:
        step(app, session, ctx)
        if ctx.outcome is not None:
            ctx.step = name
            message_id = ctx.message.message_id if ctx.message else "?"
            where = f"{name} → {ctx.route}" if ctx.route else name
            log.info(
                "message %s: %s at %s: %s", message_id, ctx.outcome, where, ctx.reason,
                extra={"message_id": message_id, "outcome": str(ctx.outcome), "step": name,
                       "route": ctx.route or None, "escalation_id": ctx.escalation_ref or None},
            )  # fmt: skip
            return
    ctx.finish(Disposition.PROCESSED, "no step claimed the message")
    ctx.step = "none"
