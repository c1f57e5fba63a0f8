"""Carry out a decision's effects: the mail each one means, queued in the same transaction.

Recipients always come from the escalation row and the routing file (SPEC §6: model output
never chooses them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from mailbot.domain import Category, Sentiment, Severity
from mailbot.handlers import merge
from mailbot.lifecycle.calendar import calendar_for
from mailbot.lifecycle.machine import Actor, Decision, Effect, EffectKind
from mailbot.outbox import notices
from mailbot.outbox.customer_update import request_update
from mailbot.outbox.mailer import Mailer, team_addresses
from mailbot.routing import RouteDecision
from mailbot.store import repo
from mailbot.store.accounts import account_of
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


def route_now(mailer: Mailer, esc: Escalation) -> RouteDecision:
    """Fix the teams at approval time: category, severity and account rules as they stand."""
    account = account_of(mailer.session, esc)
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
    return decision


def _csm_and_manager(mailer: Mailer, esc: Escalation) -> tuple[str, ...]:
    manager = mailer.routing.manager_of(esc.csm)
    return (esc.csm, manager) if manager else (esc.csm,)


@dataclass(frozen=True)
class NoticeSpec:
    """One kind of short notice: who gets it and its subject (the ``[ESC-…]`` tag is added
    by compose, so headlines never repeat the reference)."""

    kind: str
    audience: str  # "csm" (the CSM), "csm+manager", "team", "team+csm"
    headline: str
    footer: str = ""
    with_history: bool = False
    manager_if_critical: bool = False  # a P1 breach is the manager's business too


NOTICES: dict[EffectKind, NoticeSpec] = {
    E.NOTIFY_CSM: NoticeSpec("status_notice", "csm", "{status_word} by {who}"),
    E.NOTIFY_TEAM: NoticeSpec("team_notice", "team", "Reopened by {who}"),
    E.RELAY_QUESTION_TO_CSM: NoticeSpec(
        "need_info",
        "csm",
        "{who} needs information",
        "Reply to this message with the answer; it goes back to the team.",
    ),
    E.RELAY_ANSWER_TO_TEAM: NoticeSpec("info_answer", "team", "Answer from {who}"),
    E.ASK_CSM_TO_CONFIRM: NoticeSpec(
        "confirm_resolution",
        "csm",
        "Resolved by {who}: please confirm",
        "Reply 'close' (or 'confirmed') when the customer agrees it is fixed, "
        "or 'reopen <reason>' to send it back to the team.",
    ),
    E.SEND_STALL_NOTICE: NoticeSpec(
        "send_stall_notice",
        "csm+manager",
        "Stalled: no progress from the team",
        "Reply 'push' to re-escalate one level up, or 'snooze 3d' to pause.",
        with_history=True,
    ),
    E.SEND_STALL_REMINDER: NoticeSpec(
        "send_stall_reminder",
        "csm+manager",
        "Stalled: no progress from the team",
        "Reply 'push' to re-escalate one level up, or 'snooze 3d' to pause.",
        with_history=True,
    ),
    E.SEND_ACK_WARNING: NoticeSpec("send_ack_warning", "team", "{detail_title}"),
    E.SEND_UPDATE_DUE: NoticeSpec("send_update_due", "team", "{detail_title}"),
    E.SEND_ACK_BREACH: NoticeSpec(
        "send_ack_breach", "team+csm", "{detail_title}", manager_if_critical=True
    ),
    E.SEND_RESOLUTION_BREACH: NoticeSpec("send_resolution_breach", "team+csm", "{detail_title}"),
}


def _recipients(mailer: Mailer, esc: Escalation, spec: NoticeSpec) -> tuple[str, ...]:
    team = team_addresses(mailer, esc)
    to = {
        "csm": (esc.csm,),
        "csm+manager": _csm_and_manager(mailer, esc),
        "team": team,
        "team+csm": (*team, esc.csm),
    }[spec.audience]
    if spec.manager_if_critical and esc.severity == Severity.CRITICAL:
        to = (*to, *_csm_and_manager(mailer, esc)[1:])
    return tuple(dict.fromkeys(to))


def invite_manager(mailer: Mailer, esc: Escalation) -> None:
    """The CSM's manager is invited to a next step that needs them, with its deadline."""
    category = mailer.routing.config.categories[Category(esc.category)]
    manager = mailer.routing.manager_of(esc.csm)
    if not category.invite_manager or manager is None:
        return
    calendar = calendar_for(mailer.routing.config.organisation)
    sla = mailer.routing.resolution_sla(Category(esc.category), Severity(esc.severity))
    due = calendar.local(calendar.deadline(mailer.now, sla))
    csm = mailer.routing.display_name(esc.csm)
    notices.notice(
        mailer,
        esc,
        kind="manager_invitation",
        to=(manager,),
        cc=(esc.csm,),
        headline=f"Invitation: {category.next_step} with {csm} by {due:%a %d %b %H:%M %Z}",
        body=(
            f"{csm} escalated {esc.account_name or 'an account'} as "
            f"{esc.category.replace('_', ' ')}. The next step is a {category.next_step}, "
            f"due within {sla.describe()}: by {due:%A %d %B %Y, %H:%M %Z}. "
            "Please agree a time with the CSM."
        ),
        footer="Reply 'push' to re-escalate, or with any note for the CSM's escalation record.",
    )


def perform(
    mailer: Mailer, esc: Escalation, decision: Decision, actor: Actor, *, skip_notify_csm: bool
) -> None:
    for effect in decision.effects:
        if effect.kind is E.NOTIFY_CSM and skip_notify_csm:
            continue  # the sender is the CSM: their confirmation already says it
        _perform_one(mailer, esc, effect, actor)


def _perform_one(mailer: Mailer, esc: Escalation, effect: Effect, actor: Actor) -> None:
    session = mailer.session
    who = actor.name or actor.address
    if effect.kind is E.ROUTE_BRIEF:
        decision = route_now(mailer, esc)
        notices.routed_brief(
            mailer, esc, latest_brief(session, esc), history=[], extra_to=decision.to
        )
        invite_manager(mailer, esc)
        return
    if effect.kind is E.REESCALATE:
        history = history_lines(session, esc)
        note = f"{effect.detail}; pushed by {who}"
        notices.routed_brief(
            mailer, esc, latest_brief(session, esc), history=history, push_note=note
        )
        return
    if effect.kind is E.MERGE_INTO:
        merge.absorb(mailer, esc, effect.detail, who)
        return
    if effect.kind is E.SEND_CUSTOMER_UPDATE_DRAFT:
        request_update(mailer, esc, effect.detail)
        return
    spec = NOTICES.get(effect.kind)
    if spec is None:
        return  # draft revisions and status reports are handled by their callers
    body = effect.detail
    if spec.with_history:
        body += "\n\nHistory:\n" + "\n".join(history_lines(session, esc))
    headline = spec.headline.format(
        status_word=esc.status.replace("_", " ").capitalize(),
        who=who,
        detail_title=effect.detail[:1].upper() + effect.detail[1:],
    )
    notices.notice(
        mailer,
        esc,
        kind=spec.kind,
        to=_recipients(mailer, esc, spec),
        headline=headline,
        body=body,
        footer=spec.footer,
        audience="team" if spec.audience.startswith("team") else "csm",
    )
