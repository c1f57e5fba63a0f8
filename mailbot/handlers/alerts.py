"""One alert to the CSM when mail about their escalation could not be delivered."""

from __future__ import annotations

import logging

from mailbot.app import App
from mailbot.outbox import notices
from mailbot.outbox.mailer import Mailer
from mailbot.store import repo
from mailbot.store.tables import Escalation, OutboxItem

log = logging.getLogger(__name__)


def alert_failed_delivery(app: App, item_id: int, reason: str) -> None:
    now = app.clock.now()
    with app.db.session() as session:
        item = session.get(OutboxItem, item_id)
        if item is None or item.escalation_id is None:
            return
        esc = session.get(Escalation, item.escalation_id)
        if esc is None:
            return
        repo.add_event(
            session,
            esc,
            at=now,
            actor="mailbot",
            kind="delivery_failed",
            from_status=esc.status,
            to_status=esc.status,
            detail=f"{item.kind} to {', '.join(item.recipients)}: {reason}"[:2000],
        )
        if item.kind == "delivery_failed" or esc.csm in item.recipients:
            log.error("not alerting %s about a failed mail to themselves", esc.csm)
            return  # never alert about an alert, nor mail a CSM whose own address fails
        notices.notice(
            Mailer(session, app.settings, app.routing, now),
            esc,
            kind="delivery_failed",
            to=(esc.csm,),
            headline=f"{esc.ref}: mail could not be delivered",
            body=f"The {item.kind.replace('_', ' ')} to {', '.join(item.recipients)} failed:\n"
            f"{reason}",
            dedupe_key=f"delivery-failed:{item.id}",
        )
