"""Telling someone, once, that the daily cap is holding mail to a recipient.

Without this a capped mail waited with nobody aware of it (an approval request sat in
``draft`` after a loop). Whom to tell: the CSM's manager (of the escalation's CSM, or of
the held recipient when that is a CSM), else ``MAILBOT_ADMIN_ADDRESS``; never the held
recipient itself. Once per held recipient per cap window, by the notice's dedupe key, and
the notice is not counted against the cap: it cannot be held in turn, so it cannot start
a loop of notices about notices.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mailbot.outbox.queue import Hold
from mailbot.store.tables import Escalation

if TYPE_CHECKING:
    from mailbot.outbox.mailer import Mailer

log = logging.getLogger(__name__)
KIND = "mail_held"


def whom_to_tell(mailer: Mailer, esc: Escalation | None, recipient: str) -> str | None:
    routing = mailer.routing
    manager = routing.manager_of(esc.csm) if esc is not None else None
    if manager is None and routing.is_csm(recipient):
        manager = routing.manager_of(recipient)
    for candidate in (manager, mailer.settings.admin_address):
        if candidate and candidate != recipient:
            return candidate
    return None


def tell(mailer: Mailer, esc: Escalation | None, kind: str, hold: Hold) -> None:
    """One notice per held recipient and window; never about a held-mail notice itself."""
    if kind == KIND:
        return
    until = f"{hold.until:%Y-%m-%d %H:%M} UTC"
    cap = mailer.settings.daily_cap_per_recipient
    for recipient in hold.recipients:
        to = whom_to_tell(mailer, esc, recipient)
        if to is None:
            log.warning("mail to %s held until %s; nobody to tell (set MAILBOT_ADMIN_ADDRESS)",
                        recipient, until)  # fmt: skip
            continue
        about = f" about {esc.ref}" if esc is not None else ""
        headline = f"Mail to {recipient} is held until {until}"
        body = (
            f"mailbot has sent {recipient} {cap} mails today, its daily limit, so the "
            f"{kind.replace('_', ' ')}{about} and any further mail to them waits and goes "
            f"out at {until}. Nothing is dropped.\n\n"
            "So many mails in one day usually mean a mail loop: an automatic responder on "
            f"{recipient}'s mailbox answering every mail. Please check that mailbox. "
            "This is the only notice about it today."
        )
        mailer.send(
            esc,
            kind=KIND,
            template=KIND,
            to=(to,),
            subject=headline,
            context={"headline": headline, "body": body},
            references=mailer.thread_root(esc, "approval_request") if esc else (),
            dedupe_key=f"{KIND}:{recipient}:{hold.window.isoformat()}",
            capped=False,
        )
