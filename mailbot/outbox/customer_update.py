"""The ``draft update`` answer: a customer-update draft mailed to the CSM only (issue 19).

Its subject starts ``[ESC-…] Customer update draft`` (compose adds the tag). The text
comes from the escalation's timeline and the team's updates, in the language of the
customer's own mail: the template (:mod:`mailbot.outbox.update_text`) at once, or, with
an LLM configured, a drafting job (a slow model never holds up reply processing) that
falls back to the template.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from mailbot.domain import DraftJobStatus, DraftPurpose
from mailbot.inbound.parse import parse_message
from mailbot.outbox.mailer import Mailer
from mailbot.outbox.update_text import Step, compose_update, detect_language
from mailbot.store import repo
from mailbot.store.tables import DraftJob, Escalation

LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French"}
SUBJECT = "Customer update draft"
PURPOSE = DraftPurpose.CUSTOMER_UPDATE  # the drafting job's purpose


@dataclass(frozen=True)
class UpdateFacts:
    """Everything an update is written from; ``names`` are never to appear in it."""

    language: str
    status: str
    topic: str
    customer_name: str
    steps: list[Step]
    names: list[str]
    signature: str

    def template_text(self) -> str:
        return compose_update(
            language=self.language,
            status=self.status,
            topic=self.topic,
            customer_name=self.customer_name,
            steps=self.steps,
            internal_names=self.names,
            signature=self.signature,
        )


def _customer_side(mailer: Mailer, esc: Escalation) -> tuple[str, str, str]:
    """(customer's text, first customer's name, their subject) from the source forward."""
    raw = mailer.session.scalar(
        select(DraftJob.raw)
        .where(DraftJob.escalation_id == esc.id, DraftJob.purpose == DraftPurpose.BRIEF)
        .order_by(DraftJob.id)
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
    people = [*config.csms, *config.managers]
    for team in config.teams.values():
        names += [team.name, team.address, *team.members]
        people += [m for m in team.members if not m.startswith("@")]
    for person in people:
        local = person.partition("@")[0]
        names += [local, *local.replace(".", " ").split()]
    names = [n for n in names if n and not n.startswith("@")]
    names += [n.split()[0] for n in names if " " in n]  # first names alone too
    own = mailer.routing.display_name(esc.csm)  # the customer's contact signs the update
    mine = {own, *own.split(), esc.csm, esc.csm.partition("@")[0]}
    return [n for n in names if n not in mine]


def facts_of(mailer: Mailer, esc: Escalation) -> UpdateFacts:
    text, customer, topic = _customer_side(mailer, esc)
    return UpdateFacts(
        language=detect_language(text),
        status=esc.status,
        topic=topic,
        customer_name=customer,
        steps=[
            Step(f"{ev.at:%Y-%m-%d}", ev.kind, ev.detail)
            for ev in repo.events_for(mailer.session, esc.id)
        ],
        names=internal_names(mailer, esc),
        signature=mailer.routing.display_name(esc.csm),
    )


def request_update(mailer: Mailer, esc: Escalation, guidance: str) -> None:
    """``draft update``: the template mail now, or an LLM drafting job when configured."""
    if not mailer.settings.llm_configured:
        send_update_draft(mailer, esc, facts_of(mailer, esc).template_text(), guidance)
        return
    mailer.session.add(
        DraftJob(
            escalation_id=esc.id,
            version=esc.draft_version,
            source_message_id="",
            raw=b"",
            csm_context=[guidance] if guidance else [],
            status=DraftJobStatus.PENDING,
            attempts=0,
            purpose=PURPOSE,
            created_at=mailer.now,
        )
    )


def send_update_draft(
    mailer: Mailer,
    esc: Escalation,
    draft: str,
    guidance: str,
    *,
    language: str = "",
    note: str = "",
    by_llm: bool = False,
) -> None:
    language = language or facts_of(mailer, esc).language
    mailer.send(
        esc,
        kind="customer_update_draft",
        template="customer_update",
        to=(esc.csm,),
        subject=SUBJECT,
        context={
            "draft": draft,
            "language": LANGUAGE_NAMES.get(language, "English"),
            "guidance": guidance,
            "by_llm": by_llm,
            "note": note,
        },
        reply_to=mailer.reply_addresses(esc, (esc.csm,)),
        references=mailer.thread_root(esc, "approval_request"),
    )
