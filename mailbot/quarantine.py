"""Re-running quarantined mail once its cause is fixed (Mailman's unshunt)."""

from __future__ import annotations

from sqlalchemy import delete

from mailbot.app import App
from mailbot.domain import Disposition, QuarantineStatus
from mailbot.errors import MailbotError
from mailbot.pipeline import Context
from mailbot.store import inbound as store_inbound
from mailbot.store.tables import InboundAttempt, Quarantined
from mailbot.transactions import handle


def reprocess(app: App, qid: int) -> Context:
    """The held copy goes through the pipeline again. The row stays the message's only one:
    marked ``retried`` while it runs (so a new failure holds it again, with the new reason),
    ``reprocessed`` once handled, ``held`` again if the database was unavailable."""
    with app.db.session() as session:
        row = session.get(Quarantined, qid)
        if row is None:
            raise MailbotError(f"no quarantined message {qid}")
        # retried: a run that never finished
        if row.status not in (QuarantineStatus.HELD, QuarantineStatus.RETRIED):
            raise MailbotError(f"quarantined message {qid} was already {row.status}")
        raw = row.raw
        row.status = QuarantineStatus.RETRIED.value
        key = store_inbound.attempt_key(raw)  # a fresh start for poison counting
        session.execute(delete(InboundAttempt).where(InboundAttempt.message_key == key))
    ctx = handle(app, raw)
    with app.db.session() as session:
        row = session.get(Quarantined, qid)
        assert row is not None
        if ctx.outcome is Disposition.PROCESSED:
            row.status = QuarantineStatus.REPROCESSED.value
        elif ctx.outcome is Disposition.RETRY:
            row.status = QuarantineStatus.HELD.value
    return ctx
