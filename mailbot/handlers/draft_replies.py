"""The rules a reply on a draft must pass before its commands count, and the revision it
makes: no acting on a draft still being made or on an older version than the current one,
no second draft for context already given, nothing but ``reject`` when drafting gave up.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailbot.domain import CommandKind, ParsedCommand, Status
from mailbot.handlers import draft_jobs, draft_queue
from mailbot.handlers.overrides import apply_overrides
from mailbot.handlers.result import ReplyReport
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.thread import ThreadMatch
from mailbot.lifecycle.machine import Decision, EffectKind
from mailbot.outbox.mailer import Mailer
from mailbot.store import repo
from mailbot.store.tables import Escalation


def drop_repeated_context(
    session: Session, esc: Escalation, commands: list[ParsedCommand], report: ReplyReport
) -> list[ParsedCommand]:
    """Context already added makes no new draft: it is ignored, and the reply says so."""
    kept = []
    for command in commands:
        if command.kind is CommandKind.CONTEXT and draft_queue.context_added(
            session, esc, command.arg
        ):
            report.ignored.append(
                f"{command.line}: this text was already added to the draft; no new draft made"
            )
        else:
            kept.append(command)
    return kept


def stale_approval(
    session: Session,
    message: InboundMessage,
    match: ThreadMatch,
    esc: Escalation,
    commands: list[ParsedCommand],
) -> str:
    """Why an approve must not count, or "": it has to name the draft version it read.

    The approve token carries the version; without one (the client ignored Reply-To) the
    reply must answer the latest approval request, else a changed draft the CSM never saw
    would be routed on the strength of an approve of an older one.
    """
    if esc.status != Status.DRAFT or not any(c.kind is CommandKind.APPROVE for c in commands):
        return ""
    claims = match.claims
    if claims and claims.purpose == "approve":
        if claims.version == esc.draft_version:
            return ""
        return (
            f"approve: you replied to draft v{claims.version}, "
            f"but v{esc.draft_version} is current; reply to the latest draft"
        )
    latest = repo.latest_message_id(session, esc.id, "approval_request")
    if latest and latest in (*message.in_reply_to, *message.references):
        return ""
    return (
        f"approve: this reply is not to the latest draft; v{esc.draft_version} is current; "
        "reply to the latest draft"
    )


def draft_in_progress(
    session: Session, esc: Escalation, commands: list[ParsedCommand], report: ReplyReport
) -> bool:
    """While a draft is being made nothing may act on the old one: refuse every command."""
    if esc.status != Status.DRAFT or not draft_queue.has_pending_draft(session, esc):
        return False
    report.unprocessed += [
        f"{c.line or c.kind}: the draft is still being prepared; wait for it and reply to it"
        for c in commands
    ]
    return True


def keep_reject_without_draft(
    esc: Escalation, commands: list[ParsedCommand], report: ReplyReport
) -> list[ParsedCommand]:
    """When drafting gave up (version 0) there is nothing to act on but ``reject``."""
    if esc.status != Status.DRAFT or esc.draft_version != 0:
        return commands
    refused = [c for c in commands if c.kind is not CommandKind.REJECT]
    report.unprocessed += [
        f"{c.line or c.kind}: no draft could be made; forward the thread again or reply 'reject'"
        for c in refused
    ]
    return [c for c in commands if c.kind is CommandKind.REJECT]


def revise_draft(
    session: Session, esc: Escalation, decisions: list[Decision], mailer: Mailer
) -> None:
    """Overrides become a new brief version; free-text context becomes a re-drafting job."""
    overrides: dict[str, str] = {}
    for decision in decisions:
        overrides.update(decision.changes.overrides)
    revise = [e for d in decisions for e in d.effects if e.kind is EffectKind.REVISE_DRAFT]
    context = [d.events[0].detail for d in decisions if d.events[0].kind == CommandKind.CONTEXT]
    if context and esc.status == Status.DRAFT:
        draft_queue.requeue_with_context(session, esc, "\n".join(context), mailer.now)
        return
    if not overrides:
        return
    latest = repo.latest_brief(session, esc.id)
    assert latest is not None
    content = apply_overrides(session, esc, dict(latest.content), overrides)
    if esc.draft_version <= latest.version:
        esc.draft_version = latest.version + 1
    repo.add_brief_version(
        session,
        esc,
        content=content,
        drafter=f"{latest.drafter}+csm",
        drafter_note="CSM overrides: " + ", ".join(f"{k}={v}" for k, v in overrides.items()),
        prompt_version=latest.prompt_version,
        flags=list(latest.flags),
        created_at=mailer.now,
    )
    if revise and esc.status == Status.DRAFT:
        draft_jobs.send_approval_request(mailer, esc)
