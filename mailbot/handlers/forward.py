"""A CSM's forward opens an escalation: a draft in waiting, its drafting job queued, and
a certain duplicate of an open escalation merged into it at once (issue 19)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailbot.handlers import draft_jobs
from mailbot.handlers.result import Handled
from mailbot.inbound.message import InboundMessage
from mailbot.outbox.notices import Mailer


def open_from_forward(
    session: Session, message: InboundMessage, raw: bytes, mailer: Mailer
) -> Handled:
    esc = draft_jobs.open_escalation(
        session, message, raw, now=mailer.now, own_domain=mailer.settings.domain
    )
    target = draft_jobs.merge_if_certain(mailer, esc)
    if target is not None:
        return Handled.processed(f"new escalation {esc.ref} merged into {target.ref}", esc)
    return Handled.processed(f"new escalation {esc.ref} opened; drafting queued", esc)
