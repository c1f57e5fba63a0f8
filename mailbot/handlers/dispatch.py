"""Decide what a readable, human, threaded-or-not message is, and hand it to its handler.

The rules are small and ordered; each outcome carries the reason that is logged and, for
refusals, written to the audit table. Nobody but a known, authorised sender ever gets mail
back (no backscatter).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailbot.handlers import authority, draft_jobs, reply, robots, status_report
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.thread import SUBJECT_TAG, ThreadMatch
from mailbot.lifecycle.machine import Actor, Role
from mailbot.outbox import notices
from mailbot.outbox.notices import Mailer
from mailbot.store import repo
from mailbot.store.tables import Escalation

Result = tuple[str, str, Escalation | None]  # outcome, reason, the escalation acted on
_NEW_ESCALATION_HINT = (
    "To open a new escalation, forward the thread without the [ESC-...] tag in the subject."
)
_OWN_COPY_HINT = "Reply to your own copy, or write with [{ref}] in the subject."


def dispatch(
    session: Session, message: InboundMessage, raw: bytes, match: ThreadMatch, mailer: Mailer
) -> Result:
    routing = mailer.routing
    sender = message.sender
    if match.refused is not None:  # a genuine token issued to someone else, from a colleague
        own = authority.may_ask(reply.role_of(routing, match.refused, sender), message)
        hint = _OWN_COPY_HINT.format(ref=match.refused.ref) if own else ""
        _refuse(session, message, match.refused, mailer, "You replied to someone else's copy", hint)
        reason = f"reply token refused: {match.token_problem}; {sender} told who may act"
        return "processed", reason, match.refused
    esc = match.escalation
    if esc is not None:
        role = reply.role_of(routing, esc, sender)
        if role is Role.OTHER and routing.is_known(sender):
            why = f"You are not a participant in {esc.ref}"
            hint = _NEW_ESCALATION_HINT if routing.is_csm(sender) else ""
            _refuse(session, message, esc, mailer, why, hint)
            return "processed", f"{sender} is not a participant in {esc.ref}; told who may act", esc
        if role is Role.OTHER:
            return "quarantined", f"{sender} is not a participant in {esc.ref}", esc
        robot = robots.screen(mailer, esc, sender, message.new_text, message.message_id)
        if robot:  # a responder without auto headers: answering it is the loop
            return "processed", robot, esc
        actor = Actor(address=sender, role=role, name=message.sender_name)
        report = reply.process_reply(session, message, match, mailer, actor)
        reply.send_confirmation(mailer, esc, message, report)
        if report.unprocessed and not report.results:  # refused outright: audit it
            repo.add_audit(
                session,
                at=mailer.now,
                action="refused",
                reason="; ".join(report.unprocessed),
                message_id=message.message_id,
                sender=sender,
                escalation_ref=esc.ref,
            )
        summary = "; ".join(report.results) or "no change"
        return "processed", f"reply via {match.via} from {role}: {summary}", esc
    if message.clean_subject.strip().lower() == "status" and routing.is_known(sender):
        count = status_report.send(session, mailer, sender)
        return "processed", f"status report with {count} escalation(s) sent to {sender}", None
    if routing.is_csm(sender):
        esc = draft_jobs.open_escalation(
            session, message, raw, now=mailer.now, own_domain=mailer.settings.domain
        )
        target = draft_jobs.merge_if_certain(mailer, esc)
        if target is not None:
            return "processed", f"new escalation {esc.ref} merged into {target.ref}", esc
        return "processed", f"new escalation {esc.ref} opened; drafting queued", esc
    if routing.is_known(sender):
        return "quarantined", f"{sender} is not a CSM and the message is not a reply", None
    return "quarantined", f"unknown sender {sender}: no reply sent", None


def _refuse(
    session: Session,
    message: InboundMessage,
    esc: Escalation,
    mailer: Mailer,
    why: str,
    hint: str = "",
) -> None:
    """Answer a roster person in one line (who may act) and audit the refusal.

    Only for addresses the routing file names: they are colleagues, not backscatter.
    Automatic mail never gets here (the pipeline stops it first), so this cannot loop.
    """
    line = authority.refusal_line(mailer.routing, esc, message, why, hint)
    notices.refusal(
        mailer,
        esc,
        to=message.sender,
        line=line,
        in_reply_to=message.message_id,
        references=message.references,
        subject=SUBJECT_TAG.sub("", message.clean_subject).strip(),
    )
    repo.add_audit(
        session,
        at=mailer.now,
        action="refused",
        reason=line,
        message_id=message.message_id,
        sender=message.sender,
        escalation_ref=esc.ref,
    )
