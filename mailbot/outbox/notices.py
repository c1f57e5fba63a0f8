"""Every mail mailbot sends, as an :class:`OutgoingMail` built from templates.

The LLM never chooses recipients or headers: recipients come from the escalation row and
the routing file, subjects from our own wording plus the stored headline.
"""

from __future__ import annotations

from typing import Any

from mailbot.domain import Category, Severity
from mailbot.outbox.mailer import CSM_TOKEN_DAYS, Mailer, team_addresses
from mailbot.outbox.thread_files import attachment_plan
from mailbot.store.tables import Escalation


def approval_request(
    mailer: Mailer,
    esc: Escalation,
    brief: dict[str, Any],
    drafting: dict[str, Any],
    flags: list[str],
    route_to: tuple[str, ...],
    route_reasons: tuple[str, ...],
    duplicate: dict[str, str] | None = None,
    account_rule: dict[str, str] | None = None,
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
            "account_rule": account_rule,
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
