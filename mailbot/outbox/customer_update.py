"""The ``draft update`` answer: a customer-update draft mailed to the CSM only (issue 19).

Its subject starts ``[ESC-…] Customer update draft`` (compose adds the tag). The text
comes from the escalation's timeline and the team's updates (template path, see
:mod:`mailbot.outbox.update_text`), in the language of the customer's own mail.
"""

from __future__ import annotations

from sqlalchemy import select

from mailbot.inbound.parse import parse_message
from mailbot.outbox.notices import Mailer
from mailbot.outbox.update_text import Step, compose_update, detect_language
from mailbot.store import repo
from mailbot.store.tables import DraftJob, Escalation

_LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French"}
SUBJECT = "Customer update draft"


def _customer_side(mailer: Mailer, esc: Escalation) -> tuple[str, str, str]:
    """(customer's text, first customer's name, their subject) from the source forward."""
    raw = mailer.session.scalar(
        select(DraftJob.raw).where(DraftJob.escalation_id == esc.id).order_by(DraftJob.id)
    )
    if raw is None:
        return "", "", esc.subject
    own = mailer.settings.domain
    thread = parse_message(raw).thread
    theirs = [m for m in thread.messages if m.sender.rpartition("@")[2] not in ("", own)]
    text = "\n".join(m.body for m in theirs)
    name = theirs[0].sender_name if theirs else ""
    subject = next((m.subject for m in theirs if m.subject), esc.subject)
    return text, name, subject


def internal_names(mailer: Mailer, esc: Escalation) -> list[str]:
    """Everyone and everything internal the team's notes may name."""
    config = mailer.routing.config
    names = [esc.owner_name, esc.owner, config.organisation.domain]
    names += [p.name for p in (*config.csms.values(), *config.managers.values())]
    for team in config.teams.values():
        names += [team.name, team.address, *team.members]
    for person in (*config.csms, *config.managers):
        local = person.partition("@")[0]
        names += [local, *local.replace(".", " ").split()]
    return [n for n in names if n and not n.startswith("@")]


def send_customer_update_draft(mailer: Mailer, esc: Escalation, guidance: str) -> None:
    text, customer, topic = _customer_side(mailer, esc)
    language = detect_language(text)
    steps = [
        Step(f"{ev.at:%Y-%m-%d}", ev.kind, ev.detail)
        for ev in repo.events_for(mailer.session, esc.id)
    ]
    names = internal_names(mailer, esc)
    names += [n.split()[0] for n in names if " " in n]  # first names alone too
    draft = compose_update(
        language=language,
        status=esc.status,
        topic=topic,
        customer_name=customer,
        steps=steps,
        internal_names=names,
        signature=mailer.routing.display_name(esc.csm),
    )
    mailer.send(
        esc,
        kind="customer_update_draft",
        template="customer_update",
        to=(esc.csm,),
        subject=SUBJECT,
        context={
            "draft": draft,
            "language": _LANGUAGE_NAMES[language],
            "guidance": guidance,
        },
        reply_to=mailer.reply_addresses(esc, (esc.csm,)),
        references=mailer.thread_root(esc, "approval_request"),
    )
