"""Stop answering a sender that replies like a robot on a thread: record why, tell once.

:mod:`mailbot.lifecycle.robot` decides; this loads and stores the sender's track, writes
the event and audit rows, and queues the one notice. A stopped reply changes nothing and
gets no confirmation, which is what ends the loop: the robot only answers our mail.
"""

from __future__ import annotations

import logging

from sqlalchemy import event
from sqlalchemy.orm import Session

from mailbot.lifecycle.robot import Action, judge
from mailbot.observe import metrics
from mailbot.outbox import notices
from mailbot.outbox.mailer import Mailer
from mailbot.store import reply_tracks, repo
from mailbot.store.tables import Escalation

log = logging.getLogger(__name__)


def screen(mailer: Mailer, esc: Escalation, sender: str, new_text: str, message_id: str) -> str:
    """ "" when the reply is to be processed; otherwise why it is not answered."""
    session = mailer.session
    track, stopped_before = reply_tracks.load(session, esc.id, sender)
    verdict = judge(track, new_text, mailer.now)
    stopping = verdict.action is Action.STOP
    reply_tracks.save(session, esc.id, sender, verdict.track, mailer.now if stopping else None)
    first = stopping and not stopped_before
    if verdict.action is Action.ANSWER:
        return ""
    # counted once the hold is committed, as every other counter is
    event.listen(session, "after_commit", lambda _s: metrics.loop_breaker_hold(), once=True)
    reason = f"robot-like replies from {sender}: {verdict.reason}; not answered on {esc.ref}"
    repo.add_audit(
        session,
        at=mailer.now,
        action="robot",
        reason=reason,
        message_id=message_id,
        sender=sender,
        escalation_ref=esc.ref,
    )
    if first:
        _record_and_tell(session, mailer, esc, sender, verdict.reason, message_id)
    return reason


def _record_and_tell(
    session: Session, mailer: Mailer, esc: Escalation, sender: str, why: str, message_id: str
) -> None:
    log.warning("%s: stopped answering %s (robot-like: %s)", esc.ref, sender, why)
    repo.add_event(
        session,
        esc,
        at=mailer.now,
        actor="mailbot",
        kind="robot_stopped",
        from_status=esc.status,
        to_status=esc.status,
        detail=f"stopped answering {sender} on this thread: {why}",
        message_id=message_id,
    )
    to = _whom(mailer, esc, sender)
    if to is None:
        return
    notices.notice(
        mailer,
        esc,
        kind="robot_stopped",
        to=(to,),
        headline=f"{sender} answers like a robot; mailbot stopped answering them here",
        body=(
            f"{sender} sent the same reply again and again, faster than a person types "
            f"({why}). It looks like an automatic responder without automatic-reply "
            f"headers. mailbot no longer answers that text from {sender} on {esc.ref}; "
            "a different reply from them, and everyone else's, is still processed."
        ),
        footer="Please ask them to switch the responder off for mail from this address.",
        dedupe_key=f"robot:{esc.id}:{sender}",
    )


def _whom(mailer: Mailer, esc: Escalation, sender: str) -> str | None:
    """The CSM; when the robot is the CSM's own mailbox, their manager or the admin."""
    if sender != esc.csm:
        return esc.csm
    manager = mailer.routing.manager_of(esc.csm)
    return manager or mailer.settings.admin_address
