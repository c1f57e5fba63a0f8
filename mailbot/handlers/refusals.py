"""Replies mailbot will not act on, from people it knows: told who may act, and audited.

Only addresses the routing file names get an answer (they are colleagues, not backscatter);
anyone else's mail is quarantined without a word (SPEC §1). Automatic mail never gets here
(the pipeline stops it first), so an answer cannot start a loop.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailbot.handlers import authority
from mailbot.handlers.reply import role_of
from mailbot.handlers.result import Handled
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.thread import SUBJECT_TAG, ThreadMatch
from mailbot.outbox import notices
from mailbot.outbox.mailer import Mailer
from mailbot.store import repo
from mailbot.store.tables import Escalation

_NEW_ESCALATION_HINT = (
    "To open a new escalation, forward the thread without the [ESC-...] tag in the subject."
)
_OWN_COPY_HINT = "Reply to your own copy, or write with [{ref}] in the subject."


def someone_elses_copy(
    session: Session, message: InboundMessage, match: ThreadMatch, mailer: Mailer
) -> Handled:
    """A genuine token issued to someone else, presented by a colleague."""
    esc = match.refused
    assert esc is not None
    own = authority.may_ask(role_of(mailer.routing, esc, message.sender), message)
    hint = _OWN_COPY_HINT.format(ref=esc.ref) if own else ""
    _refuse(session, message, esc, mailer, "You replied to someone else's copy", hint)
    reason = f"reply token refused: {match.token_problem}; {message.sender} told who may act"
    return Handled.processed(reason, esc)


def outsider(session: Session, message: InboundMessage, esc: Escalation, mailer: Mailer) -> Handled:
    """A sender who is not a participant in the escalation the reply threads to."""
    sender, routing = message.sender, mailer.routing
    if not routing.is_known(sender):
        return Handled.quarantined(f"{sender} is not a participant in {esc.ref}", esc)
    hint = _NEW_ESCALATION_HINT if routing.is_csm(sender) else ""
    _refuse(session, message, esc, mailer, f"You are not a participant in {esc.ref}", hint)
    return Handled.processed(f"{sender} is not a participant in {esc.ref}; told who may act", esc)


def _refuse(
    session: Session,
    message: InboundMessage,
    esc: Escalation,
    mailer: Mailer,
    why: str,
    hint: str = "",
) -> None:
    """Answer a roster person in one line (who may act) and audit the refusal."""
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
