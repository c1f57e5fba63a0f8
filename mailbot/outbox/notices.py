"""Every mail mailbot sends, as an :class:`OutgoingMail` built from templates.

The LLM never chooses recipients or headers: recipients come from the escalation row and
the routing file, subjects from our own wording plus the stored headline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from mailbot.domain import Category, Severity
from mailbot.outbox import held
from mailbot.outbox.mail import MailAttachment, OutgoingMail
from mailbot.outbox.queue import Hold, new_message_id, queue_mail
from mailbot.outbox.thread_files import attachment_plan
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.signing.tokens import TEAM_RECIPIENT, issue_token, reply_address
from mailbot.store import ahead, direct, thread_roots
from mailbot.store.tables import Escalation
from mailbot.templating import render_mail

CSM_TOKEN_DAYS = 30
TEAM_TOKEN_DAYS = 180
# Plain SQL, the same on both backends, so ``direct`` can run it (see repo._SEEN).
_THREAD_ROOT = text(
    "SELECT message_id FROM messages WHERE escalation_id = :escalation_id AND kind = :kind "
    "ORDER BY id LIMIT 1"
)


@dataclass
class Mailer:
    """What notices need to address, sign and queue mail; built once per transaction."""

    session: Session
    settings: Settings
    routing: Routing
    now: datetime

    @property
    def secret(self) -> bytes:
        return self.settings.secret_key.encode()

    def token_address(self, esc: Escalation, purpose: str, recipient: str, days: int) -> str:
        token = issue_token(
            self.secret,
            ref=esc.ref,
            purpose=purpose,
            version=esc.draft_version,
            recipient=recipient,
            expires_at=self.now + timedelta(days=days),
        )
        return reply_address(self.settings.address, token)

    def reply_addresses(
        self, esc: Escalation, recipients: tuple[str, ...], purpose: str = "reply"
    ) -> tuple[str, ...]:
        """One reply address per recipient of a mail, each token bound to its recipient.

        Whoever received a notice acts by replying to it (SPEC §6): the CSM's manager on a
        stall notice, the CSM on a breach notice sent to the team and the CSM. A reply goes
        back to every Reply-To address and inbound tries each token for the sender, so the
        binding stays per recipient. Team addresses share the one "routed team" token.
        """
        teams = set(team_addresses(self, esc))
        addresses = (
            self.token_address(esc, purpose, TEAM_RECIPIENT, TEAM_TOKEN_DAYS)
            if address in teams
            else self.token_address(esc, purpose, address, CSM_TOKEN_DAYS)
            for address in recipients
        )
        return tuple(dict.fromkeys(addresses))

    def thread_root(self, esc: Escalation, kind: str) -> tuple[str, ...]:
        """The first mail of ``kind`` for ``esc``, so notices thread under it.

        Run on the DBAPI cursor (see ``direct``): this runs for most inbound messages. The
        flush keeps what the ORM's autoflush gave (a new escalation has its id), but for
        a batch's locked escalations, whose UPDATEs may wait (:mod:`mailbot.store.ahead`).
        """
        ahead.flush_for_raw_reads(self.session)
        assert esc.id is not None
        params = {"escalation_id": esc.id, "kind": kind}

        def stored() -> str | None:
            row = direct.execute(self.session.connection(), _THREAD_ROOT, params)
            return str(row[0]) if row and row[0] else None

        root = thread_roots.thread_root(self.session, esc.id, kind, stored)
        return (root,) if root else ()

    def base_context(self, esc: Escalation) -> dict[str, Any]:
        return {
            "org": self.routing.config.organisation.name,
            "esc": {
                "ref": esc.ref,
                "status": esc.status,
                "severity": esc.severity,
                "category": esc.category,
                "account": esc.account_name,
                "owner": esc.owner_name or esc.owner,
                "draft_version": esc.draft_version,
            },
        }

    def send(
        self,
        esc: Escalation | None,
        *,
        kind: str,
        template: str,
        to: tuple[str, ...],
        subject: str,
        context: dict[str, Any],
        cc: tuple[str, ...] = (),
        reply_to: tuple[str, ...] = (),
        in_reply_to: str | None = None,
        references: tuple[str, ...] = (),
        dedupe_key: str | None = None,
        capped: bool = True,
        attachments: tuple[MailAttachment, ...] = (),
    ) -> bool:
        """Render, compose and queue; False when the dedupe key was queued before."""
        ctx = {"title": subject, **(self.base_context(esc) if esc else {}), **context}
        ctx.setdefault("org", self.routing.config.organisation.name)
        text, html = render_mail(template, **ctx)
        ref = esc.ref if esc else None
        mail = OutgoingMail(
            kind=kind,
            to=to,
            cc=cc,
            subject=subject,
            text=text,
            html=html,
            message_id=new_message_id(self.settings, kind, ref),
            in_reply_to=in_reply_to,
            references=references,
            reply_to=reply_to or (self.settings.address,),
            escalation_ref=ref,
            attachments=attachments,
        )
        return queue_mail(
            self.session,
            mail,
            settings=self.settings,
            now=self.now,
            escalation_id=esc.id if esc else None,
            dedupe_key=dedupe_key,
            capped=capped,
            on_held=lambda hold: self._tell_held(esc, kind, hold),
        )

    def _tell_held(self, esc: Escalation | None, kind: str, hold: Hold) -> None:
        held.tell(self, esc, kind, hold)


def team_addresses(mailer: Mailer, esc: Escalation) -> tuple[str, ...]:
    return tuple(dict.fromkeys(mailer.routing.team(t).address for t in esc.teams))


def approval_request(
    mailer: Mailer,
    esc: Escalation,
    brief: dict[str, Any],
    drafting: dict[str, Any],
    flags: list[str],
    route_to: tuple[str, ...],
    route_reasons: tuple[str, ...],
    duplicate: dict[str, str] | None = None,
) -> None:
    severity = Severity(brief["severity"])
    files = attachment_plan(mailer.session, esc, mailer.settings.attachment_cap_bytes)
    mailer.send(
        esc,
        kind="approval_request",
        template="approval_request",
        to=(esc.csm,),
        subject=f"Draft for approval (v{esc.draft_version}): {brief['headline']}",
        context={
            "brief": brief,
            "drafting": drafting,
            "flags": flags,
            "priority": severity.priority,
            "route_to": route_to,
            "route_reasons": route_reasons,
            "attachments": files.context(approved=False),
            "attachments_note": "what goes to the team with the brief once approved",
            "duplicate": duplicate,
        },
        reply_to=(mailer.token_address(esc, "approve", esc.csm, CSM_TOKEN_DAYS),),
        references=mailer.thread_root(esc, "approval_request"),
    )


def routed_brief(
    mailer: Mailer,
    esc: Escalation,
    brief: dict[str, Any],
    *,
    history: list[str],
    push_note: str = "",
    extra_to: tuple[str, ...] = (),
) -> None:
    routing = mailer.routing
    team_keys = tuple(esc.teams)
    severity = Severity(esc.severity)
    category = routing.config.categories[category_key(esc)]
    to = tuple(dict.fromkeys((*team_addresses(mailer, esc), *extra_to)))
    files = attachment_plan(mailer.session, esc, mailer.settings.attachment_cap_bytes)
    mailer.send(
        esc,
        kind="routed_brief",
        template="routed_brief",
        to=to,
        subject=_with_priority(str(brief["headline"]), severity),
        context={
            "brief": brief,
            "history": history,
            "push_note": push_note,
            "csm_name": routing.display_name(esc.csm),
            "team_names": [routing.team(t).name or t for t in team_keys],
            "priority": severity.priority,
            "ack_sla": routing.acknowledge_sla(category_key(esc)).describe(),
            "next_step": category.next_step,
            "resolution_sla": routing.resolution_sla(category_key(esc), severity).describe(),
            "attachments": files.context(),
            "attachments_note": "from the customer thread; the allowed ones are attached",
        },
        reply_to=mailer.reply_addresses(esc, to),
        attachments=files.send,
    )


def _with_priority(headline: str, severity: Severity) -> str:
    """The brief's headline carries "P1" in the seed's format; add it only when missing."""
    return headline if severity.priority in headline else f"{severity.priority} {headline}"


def category_key(esc: Escalation) -> Category:
    return Category(esc.category)


def notice(
    mailer: Mailer,
    esc: Escalation,
    *,
    kind: str,
    to: tuple[str, ...],
    headline: str,
    body: str,
    footer: str = "",
    cc: tuple[str, ...] = (),
    audience: str = "csm",
    dedupe_key: str | None = None,
) -> None:
    """A short status notice; replies to it thread back by token and Message-ID.

    Every recipient gets a reply address of their own, so each may act on it by replying.
    """
    root_kind = "routed_brief" if audience == "team" else "approval_request"
    root = mailer.thread_root(esc, root_kind)
    mailer.send(
        esc,
        kind=kind,
        template="notice",
        to=to,
        cc=cc,
        subject=f"{headline}",
        context={"headline": headline, "body": body, "footer": footer},
        reply_to=mailer.reply_addresses(esc, (*to, *cc)),
        references=root,
        dedupe_key=dedupe_key,
    )


def confirmation(
    mailer: Mailer,
    esc: Escalation,
    *,
    to: str,
    results: list[str],
    unprocessed: list[str],
    ignored: list[str],
    in_reply_to: str,
    references: tuple[str, ...],
    subject: str = "",
) -> None:
    """Mailman-style results for one processed reply, to its (authorised) sender only."""
    reply_to = mailer.reply_addresses(esc, (to,))
    mailer.send(
        esc,
        kind="confirmation",
        template="confirmation",
        to=(to,),
        subject=f"Re: {subject}" if subject else "Re: your reply",
        context={"results": results, "unprocessed": unprocessed, "ignored": ignored},
        reply_to=reply_to,
        in_reply_to=in_reply_to,
        references=(*references, in_reply_to)[-10:],
    )


def refusal(
    mailer: Mailer,
    esc: Escalation,
    *,
    to: str,
    line: str,
    in_reply_to: str,
    references: tuple[str, ...],
    subject: str = "",
) -> None:
    """One line to a roster person whose reply was not acted on: who may do it (SPEC §6).

    Only for people the routing file names (never strangers: no backscatter). It carries
    no reply token and no status: the sender is not (or not here) a participant.
    """
    mailer.send(
        esc,
        kind="refusal",
        template="refusal",
        to=(to,),
        subject=f"Not done: {subject}" if subject else "Not done: your reply",
        context={"line": line},
        in_reply_to=in_reply_to,
        references=(*references, in_reply_to)[-10:],
    )
