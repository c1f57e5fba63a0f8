"""Run the commands of one reply to an escalation and report what happened (SPEC §5).

Like Mailman's command runner, every reply gets Results / Not understood / Ignored, sent
only to the authorised sender. Authority is by the From address alone (SPEC §6).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mailbot.domain import CommandKind, ParsedCommand, Status
from mailbot.handlers import authority, draft_replies, effects, merge
from mailbot.handlers.result import Handled, ReplyReport
from mailbot.handlers.transition import record_decision, view_of
from mailbot.inbound.commands import CommandParse, parse_commands
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.thread import SUBJECT_TAG, ThreadMatch
from mailbot.lifecycle.machine import Actor, Decision, Refusal, Role, decide_reply
from mailbot.lifecycle.transitions import CSM_ROLES, TEAM_COMMANDS
from mailbot.outbox import notices
from mailbot.outbox.mailer import Mailer
from mailbot.routing import Routing
from mailbot.store import repo
from mailbot.store.tables import Escalation


def role_of(routing: Routing, esc: Escalation, sender: str) -> Role:
    if sender == esc.csm:
        return Role.CSM
    if routing.is_manager_of(sender, esc.csm):
        return Role.MANAGER
    if routing.is_team_member(sender, tuple(esc.teams)):
        return Role.TEAM
    return Role.OTHER


_FINAL = frozenset({CommandKind.APPROVE, CommandKind.REJECT})  # the draft is decided


def _with_free_text(parsed: CommandParse, esc: Escalation, role: Role) -> list[ParsedCommand]:
    """Free text means: context on a draft, an answer to a question, or a team update."""
    commands = list(parsed.commands)
    text = parsed.free_text.strip()
    if not text:
        return commands
    for pos, command in enumerate(commands):  # "draft update" + a line of guidance below it
        if command.kind is CommandKind.DRAFT_UPDATE and not command.arg:
            commands[pos] = command.model_copy(update={"arg": " ".join(text.split())[:500]})
            return commands
    if role is Role.TEAM and not commands:
        commands.append(ParsedCommand(kind=CommandKind.UPDATE, arg=text, line=text[:80]))
    elif role in (Role.CSM, Role.MANAGER):
        if esc.status == Status.DRAFT and not any(c.kind in _FINAL for c in commands):
            commands.append(ParsedCommand(kind=CommandKind.CONTEXT, arg=text, line=text[:80]))
        elif esc.pending_question:
            commands.append(ParsedCommand(kind=CommandKind.INFO_REPLY, arg=text, line=text[:80]))
    return commands


def process_reply(
    session: Session, message: InboundMessage, match: ThreadMatch, mailer: Mailer, actor: Actor
) -> ReplyReport:
    """Run one reply's commands and say what became of every line (SPEC §5).

    Each step either passes a command on or records in the report why it did not, so the
    sender's confirmation accounts for everything they wrote. Mail goes out last, once
    all decisions and any revised draft are stored.
    """
    esc = match.escalation
    assert esc is not None
    parsed = parse_commands(message.new_text, message.clean_subject)
    report = ReplyReport(unprocessed=list(parsed.unrecognised), ignored=list(parsed.ignored))
    dual = _is_dual(mailer.routing, esc, actor)
    # a dual-role sender's free text is a team update unless the escalation is a draft
    text_role = Role.TEAM if dual and esc.status != Status.DRAFT else actor.role
    commands = _with_free_text(parsed, esc, text_role)
    _note_unused_text(parsed, commands, report)
    commands = draft_replies.drop_repeated_context(session, esc, commands, report)
    if draft_replies.draft_in_progress(session, esc, commands, report):
        return report
    commands = draft_replies.keep_reject_without_draft(esc, commands, report)
    stale = draft_replies.stale_approval(session, message, match, esc, commands)
    if stale:
        report.unprocessed.append(stale)
        return report
    commands = _merge_targets(mailer, esc, commands, report)
    decisions = _decide_and_apply(session, message, mailer, esc, actor, commands, dual, report)
    draft_replies.revise_draft(session, esc, [d for _, d in decisions], mailer)
    _perform_effects(mailer, esc, decisions)
    return report


def _is_dual(routing: Routing, esc: Escalation, actor: Actor) -> bool:
    """A CSM or manager who is also on a routed team acts in both roles (see ``_by_role``)."""
    return actor.role in CSM_ROLES and routing.is_team_member(actor.address, tuple(esc.teams))


def _note_unused_text(
    parsed: CommandParse, commands: list[ParsedCommand], report: ReplyReport
) -> None:
    """Free text that became no command is not sent on; the sender must hear that."""
    if parsed.free_text.strip() and len(commands) == len(parsed.commands):
        text = " ".join(parsed.free_text.split())
        clipped = text if len(text) <= 100 else text[:100] + "..."
        report.ignored.append(f"text beside the commands (not sent on): {clipped}")


def _decide_and_apply(
    session: Session,
    message: InboundMessage,
    mailer: Mailer,
    esc: Escalation,
    actor: Actor,
    commands: list[ParsedCommand],
    dual: bool,
    report: ReplyReport,
) -> list[tuple[Actor, Decision]]:
    """Apply what the lifecycle rules accept, per acting role; report what they refuse.

    The accepted decisions are returned with the role they were taken in, so that their
    effects (mail) can follow once the draft revision is stored.
    """
    decisions: list[tuple[Actor, Decision]] = []
    for group_actor, group in _by_role(commands, actor, dual):
        outcomes = decide_reply(view_of(esc, mailer.routing), group, group_actor, mailer.now)
        for command, result in outcomes:
            if isinstance(result, Refusal):
                report.unprocessed.append(_refusal_line(mailer.routing, esc, command, result))
                continue
            record_decision(
                session,
                esc,
                result,
                routing=mailer.routing,
                actor=actor.address,
                now=mailer.now,
                message_id=message.message_id,
            )
            decisions.append((group_actor, result))
            report.results.append(_describe(command, result))
    return decisions


def _refusal_line(
    routing: Routing, esc: Escalation, command: ParsedCommand, refusal: Refusal
) -> str:
    """The refused line and why; a missing authority names who has it, by name (SPEC §6)."""
    reason = refusal.reason
    if refusal.authority:
        who = authority.who_may(routing, esc, refusal.authority)
        reason = f"'{command.kind}' can only come from {who}"
    return f"{command.line or command.kind}: {reason}"


def _perform_effects(
    mailer: Mailer, esc: Escalation, decisions: list[tuple[Actor, Decision]]
) -> None:
    """Send each decision's mail as the role that took it; last, so it sees the stored state."""
    for group_actor, decision in decisions:
        skip = group_actor.address == esc.csm  # the CSM's own confirmation says it already
        effects.perform(mailer, esc, decision, group_actor, skip_notify_csm=skip)


def _merge_targets(
    mailer: Mailer, esc: Escalation, commands: list[ParsedCommand], report: ReplyReport
) -> list[ParsedCommand]:
    """``merge ESC-…`` must name another open escalation; the rules cannot see the store."""
    kept = []
    for command in commands:
        problem = ""
        if command.kind is CommandKind.MERGE and command.arg:
            problem = merge.target_problem(mailer, esc, command.arg)
        if problem:
            report.unprocessed.append(f"{command.line or command.kind}: {problem}")
        else:
            kept.append(command)
    return kept


def _by_role(
    commands: list[ParsedCommand], actor: Actor, dual: bool
) -> list[tuple[Actor, list[ParsedCommand]]]:
    """A manager who is also on the routed team acts as the team for team commands."""
    if not dual:
        return [(actor, commands)]
    team = Actor(address=actor.address, role=Role.TEAM, name=actor.name)
    own = [c for c in commands if c.kind not in TEAM_COMMANDS]
    as_team = [c for c in commands if c.kind in TEAM_COMMANDS]
    return [(a, group) for a, group in ((actor, own), (team, as_team)) if group]


def _describe(command: ParsedCommand, decision: Decision) -> str:
    event = decision.events[-1]
    if command.kind is CommandKind.CONTEXT:  # SPEC §5: say what happens to the text
        text = " ".join(event.detail.split())
        clipped = text if len(text) <= 120 else text[:120] + "..."
        return f"added as context; a revised draft will be sent for your approval: {clipped}"
    change = (
        f" ({event.from_status} -> {event.to_status})"
        if event.from_status != event.to_status
        else ""
    )
    detail = f": {event.detail[:120]}" if event.detail else ""
    return f"{command.kind.value}{change}{detail}"


def send_confirmation(
    mailer: Mailer, esc: Escalation, message: InboundMessage, report: ReplyReport
) -> None:
    notices.confirmation(
        mailer,
        esc,
        to=message.sender,
        results=report.results,
        unprocessed=report.unprocessed,
        ignored=report.ignored,
        in_reply_to=message.message_id,
        references=message.references,
        subject=SUBJECT_TAG.sub("", message.clean_subject).strip(),
    )


def answer(
    session: Session, message: InboundMessage, match: ThreadMatch, mailer: Mailer, role: Role
) -> Handled:
    """A participant's reply: run its commands, confirm to the sender, audit a refusal."""
    esc = match.escalation
    assert esc is not None
    actor = Actor(address=message.sender, role=role, name=message.sender_name)
    report = process_reply(session, message, match, mailer, actor)
    send_confirmation(mailer, esc, message, report)
    if report.unprocessed and not report.results:  # refused outright: audit it
        repo.add_audit(
            session,
            at=mailer.now,
            action="refused",
            reason="; ".join(report.unprocessed),
            message_id=message.message_id,
            sender=message.sender,
            escalation_ref=esc.ref,
        )
    summary = "; ".join(report.results) or "no change"
    return Handled.processed(f"reply via {match.via} from {role}: {summary}", esc)
