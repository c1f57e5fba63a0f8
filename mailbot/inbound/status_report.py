"""Subject ``status`` to the escalation address: the sender's open escalations (SPEC §5)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import OPEN_STATUSES
from mailbot.outbox.notices import Mailer
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


def send(session: Session, mailer: Mailer, sender: str) -> int:
    rows = open_for(session, mailer, sender)
    now = mailer.now
    lines = []
    for esc in rows:
        due = esc.next_update_due.date().isoformat() if esc.next_update_due else "-"
        lines.append(
            f"{esc.ref}  {esc.status:<12} {esc.severity:<8} {esc.account_name or '-'}  "
            f"owner {esc.owner_name or esc.owner or '-'}  {(now - esc.created_at).days}d open  "
            f"next update due {due}"
        )
    body = "\n".join(lines) if lines else "You have no open escalations."
    mailer.send(
        None,
        kind="status_report",
        template="notice",
        to=(sender,),
        subject=f"Your open escalations ({len(rows)})",
        context={
            "headline": f"Your open escalations ({len(rows)})",
            "body": body,
            "footer": "",
            "esc": {"ref": "mailbot", "account": "all accounts", "status": "-", "owner": "-"},
        },
    )
    return len(rows)
