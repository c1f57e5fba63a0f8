"""Carry out a decision's effects: the mail each one means, queued in the same transaction.

Recipients always come from the escalation row and the routing file (SPEC §6: model output
never chooses them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from mailbot.domain import Category, Sentiment, Severity
from mailbot.lifecycle.machine import Actor, Decision, Effect, EffectKind
from mailbot.outbox import notices
from mailbot.outbox.notices import Mailer
from mailbot.store import repo
from mailbot.store.accounts import account_by_name
from mailbot.store.tables import Escalation

E = EffectKind


def history_lines(session: Session, esc: Escalation) -> list[str]:
    lines = []
    for ev in repo.events_for(session, esc.id):
        change = f" ({ev.from_status} -> {ev.to_status})" if ev.from_status != ev.to_status else ""
        detail = f": {ev.detail[:160]}" if ev.detail else ""
        lines.append(f"{ev.at:%Y-%m-%d %H:%M} UTC {ev.kind}{change} by {ev.actor}{detail}")
    return lines[-30:]


def latest_brief(session: Session, esc: Escalation) -> dict[str, Any]:
    version = repo.latest_brief(session, esc.id)
    if version is None:
        raise LookupError(f"{esc.ref} has no brief yet")
    return dict(version.content)


def route_now(mailer: Mailer, esc: Escalation) -> None:
    """Fix the teams at approval time: category, severity and account rules as they stand."""
    account = account_by_name(mailer.session, esc.account_name) if esc.account_name else None
    decision = mailer.routing.route(
        Category(esc.category), Severity(esc.severity), account, Sentiment(esc.sentiment)
    )
    esc.teams = list(decision.teams)
    repo.add_event(
        mailer.session,
        esc,
        at=mailer.now,
        actor="mailbot",
        kind="routed_to",
        from_status=esc.status,
        to_status=esc.status,
        detail="; ".join(decision.reasons) + f" -> {', '.join(decision.to)}",
    )


def _csm_and_manager(mailer: Mailer, esc: Escalation) -> tuple[str, ...]:
    manager = mailer.routing.manager_of(esc.csm)
    return (esc.csm, manager) if manager else (esc.csm,)


def perform(
    mailer: Mailer, esc: Escalation, decision: Decision, actor: Actor, *, skip_notify_csm: bool
) -> None:
    for effect in decision.effects:
        _perform_one(mailer, esc, effect, actor, skip_notify_csm)


def _perform_one(
    mailer: Mailer, esc: Escalation, effect: Effect, actor: Actor, skip_notify_csm: bool
) -> None:
    session = mailer.session
    who = actor.name or actor.address
    kind = effect.kind
    if kind is E.ROUTE_BRIEF:
        route_now(mailer, esc)
        notices.routed_brief(mailer, esc, latest_brief(session, esc), history=[])
    elif kind is E.REESCALATE:
        notices.routed_brief(
            mailer,
            esc,
            latest_brief(session, esc),
            history=history_lines(session, esc),
            push_note=f"{effect.detail}; pushed by {who}",
        )
    elif kind is E.NOTIFY_CSM and not skip_notify_csm:
        notices.notice(
            mailer,
            esc,
            kind="status_notice",
            to=(esc.csm,),
            headline=f"{esc.ref} {esc.status}: {who}",
            body=effect.detail,
        )
    elif kind is E.NOTIFY_TEAM:
        notices.notice(
            mailer,
            esc,
            kind="team_notice",
            to=notices.team_addresses(mailer, esc),
            headline=f"{esc.ref} reopened by {who}",
            body=effect.detail,
            audience="team",
        )
    elif kind is E.RELAY_QUESTION_TO_CSM:
        notices.notice(
            mailer,
            esc,
            kind="need_info",
            to=(esc.csm,),
            headline=f"{esc.ref}: {who} needs information",
            body=effect.detail,
            footer="Reply to this message with the answer; it goes back to the team.",
        )
    elif kind is E.RELAY_ANSWER_TO_TEAM:
        notices.notice(
            mailer,
            esc,
            kind="info_answer",
            to=notices.team_addresses(mailer, esc),
            headline=f"{esc.ref}: answer from {who}",
            body=effect.detail,
            audience="team",
        )
    elif kind is E.ASK_CSM_TO_CONFIRM:
        notices.notice(
            mailer,
            esc,
            kind="confirm_resolution",
            to=(esc.csm,),
            headline=f"{esc.ref} resolved by {who}: please confirm",
            body=effect.detail,
            footer="Reply 'close' (or 'confirmed') when the customer agrees it is fixed, "
            "or 'reopen <reason>' to send it back to the team.",
        )
    elif kind is E.SEND_STALL_NOTICE or kind is E.SEND_STALL_REMINDER:
        notices.notice(
            mailer,
            esc,
            kind=kind.value,
            to=_csm_and_manager(mailer, esc),
            headline=f"{esc.ref} has stalled: no progress from the team",
            body=effect.detail + "\n\nHistory:\n" + "\n".join(history_lines(session, esc)),
            footer="Reply 'push' to re-escalate one level up, or 'snooze 3d' to pause.",
        )
    elif kind in (E.SEND_ACK_WARNING, E.SEND_UPDATE_DUE):
        notices.notice(
            mailer,
            esc,
            kind=kind.value,
            to=notices.team_addresses(mailer, esc),
            headline=f"{esc.ref}: {effect.detail}",
            body=effect.detail,
            audience="team",
        )
    elif kind in (E.SEND_ACK_BREACH, E.SEND_RESOLUTION_BREACH):
        notices.notice(
            mailer,
            esc,
            kind=kind.value,
            to=(*notices.team_addresses(mailer, esc), esc.csm),
            headline=f"{esc.ref}: {effect.detail}",
            body=effect.detail,
            audience="team",
        )
