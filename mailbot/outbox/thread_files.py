"""The attachment plan of an escalation, read from its stored raw forward.

The forward is kept whole in its drafting job (``draft_jobs.raw``), so the files are
there at routing time, after any restart; they are read again here rather than stored
twice.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from mailbot.errors import ParseError
from mailbot.inbound.parse import thread_files
from mailbot.outbox.attachments import AttachmentPlan, plan
from mailbot.store import repo
from mailbot.store.tables import Escalation

log = logging.getLogger(__name__)


def attachment_plan(session: Session, esc: Escalation, cap_bytes: int) -> AttachmentPlan:
    """What goes with the brief and what is only listed; empty when nothing is stored."""
    raw = repo.forward_raw(session, esc.id)
    if raw is None:
        return AttachmentPlan()
    try:
        files = thread_files(raw)
    except ParseError as exc:  # it parsed when it arrived; say so rather than fail routing
        log.warning("%s: the forward's files could not be read again: %s", esc.ref, exc)
        return AttachmentPlan()
    return plan(files, cap_bytes)
