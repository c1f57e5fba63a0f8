"""The mailer every notice goes through: addresses, signs, threads and queues one mail.

Built once per transaction (a handler's use-case gets it) and kept apart from the
notices (notices.py), which only choose template, recipients and wording: recipients'
reply tokens, the thread root to answer under and the daily cap are decided here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from mailbot.outbox import held
from mailbot.outbox.mail import MailAttachment, OutgoingMail
from mailbot.outbox.queue import Hold, new_message_id, queue_mail
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
