"""Subject ``status`` to the escalation address: the sender's open escalations (SPEC §5).

Read on phones and in proportional fonts, so the text part gives each escalation a block of
labelled lines (no space-padded columns) and the HTML part a real table. A field we do not
know is left out, or said in words ("no owner yet"), never shown as a "-" placeholder.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import OPEN_STATUSES, Severity, Status
from mailbot.lifecycle.calendar import calendar_for
from mailbot.outbox.mailer import Mailer
from mailbot.store.tables import Escalation


def open_for(session: Session, mailer: Mailer, sender: str) -> list[Escalation]:
    """Escalations the sender is on: as CSM, as the CSM's manager, or as a team member."""
    rows = session.scalars(
        select(Escalation)
        .where(Escalation.status.in_([s.value for s in OPEN_STATUSES]))
        .order_by(Escalation.id)
    )
    routing = mailer.routing
    return [
        e
        for e in rows
        if e.csm == sender
        or routing.is_manager_of(sender, e.csm)
        or routing.is_team_member(sender, tuple(e.teams))
    ]


def _owner(esc: Escalation) -> str:
    name, address = esc.owner_name.strip(), esc.owner.strip()
    if name and address and name != address:
        return f"{name} <{address}>"
    if name or address:
        return name or address
    return "not routed yet" if esc.status == Status.DRAFT else "no owner yet"


def _severity(value: str) -> str:
    try:
        return f"{value} ({Severity(value).priority})"
    except ValueError:  # an unknown value in an old row is shown as stored
        return value


def row(esc: Escalation, now: datetime, mailer: Mailer) -> dict[str, Any]:
    """One escalation as the reply shows it; ``due`` is "" when no update is owed."""
    due = ""
    if esc.next_update_due is not None:
        local = calendar_for(mailer.routing.config.organisation).local(esc.next_update_due)
        due = f"{local:%a} {local.day} {local:%b %Y, %H:%M}"
    days = max(0, (now - esc.created_at).days)
    return {
        "ref": esc.ref,
        "account": esc.account_name.strip(),
        "status": esc.status.replace("_", " ").capitalize(),
        "severity": _severity(esc.severity),
        "owner": _owner(esc),
        "open": f"{days} day{'' if days == 1 else 's'}",
        "due": due,
    }


def send(session: Session, mailer: Mailer, sender: str) -> int:
    escalations = open_for(session, mailer, sender)
    rows = [row(esc, mailer.now, mailer) for esc in escalations]
    subject = f"Your open escalations ({len(rows)})"
    mailer.send(
        None,
        kind="status_report",
        template="status_report",
        to=(sender,),
        subject=subject,
        context={"rows": rows},
    )
    return len(rows)
