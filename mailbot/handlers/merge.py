"""Merging a duplicate escalation into the open one it repeats (issue 19).

The duplicate ends (``rejected``, with a ``merge`` event "merged into ESC-…" and
``merged_into`` set); the existing escalation gains the thread's keys and a
``merged_from`` event, and its CSM (and its team, once routed) are told. Nothing goes to
a customer. Recipients come from the rows and the routing file only.
"""

from __future__ import annotations

from sqlalchemy import update

from mailbot.domain import OPEN_STATUSES, DraftJobStatus, Status
from mailbot.handlers.transition import record_decision
from mailbot.lifecycle.machine import Decision, EventSpec
from mailbot.lifecycle.transitions import Changes
from mailbot.outbox import notices
from mailbot.outbox.mailer import Mailer, team_addresses
from mailbot.store import repo
from mailbot.store.tables import DraftJob, Escalation

_OPEN = frozenset(s.value for s in OPEN_STATUSES)


def target_problem(mailer: Mailer, esc: Escalation, ref: str) -> str:
    """Why ``esc`` cannot be merged into ``ref`` (checked before the decision), or ""."""
    if ref.upper() == esc.ref:
        return f"cannot merge {esc.ref} into itself"
    target = repo.get_escalation(mailer.session, ref.upper())
    if target is None:
        return f"there is no escalation {ref}"
    if target.merged_into:
        return f"{target.ref} was itself merged into {target.merged_into}; merge into that"
    if target.status not in _OPEN:
        return f"{target.ref} is {target.status}; only an open escalation can take a thread in"
    return ""


def absorb(mailer: Mailer, esc: Escalation, ref: str, who: str) -> None:
    """``ref`` takes in ``esc``'s thread: keys, an event, and a notice to its people."""
    target = repo.get_escalation(mailer.session, ref)
    if target is None:  # checked before the decision; gone since is a bug, not input
        raise LookupError(f"merge target {ref} vanished")
    target.forwarded_ids = list(dict.fromkeys([*target.forwarded_ids, *esc.forwarded_ids]))
    target.customer_domains = list(dict.fromkeys([*target.customer_domains, *esc.customer_domains]))
    csm = mailer.routing.display_name(esc.csm)
    detail = f"{esc.ref} merged in by {who}: forwarded by {csm}: {esc.subject[:200]}"
    repo.add_event(
        mailer.session, target, at=mailer.now, actor=who, kind="merged_from",
        from_status=target.status, to_status=target.status, detail=detail,
    )  # fmt: skip
    _tell_own_team(mailer, esc, target.ref)
    routed = target.status != Status.DRAFT and bool(target.teams)
    to = (target.csm, *(team_addresses(mailer, target) if routed else ()))
    notices.notice(
        mailer,
        target,
        kind="merged_notice",
        to=tuple(dict.fromkeys(to)),
        headline=f"{esc.ref} merged into this escalation",
        body=(
            f"{csm} forwarded the same customer thread ({esc.subject[:200]}) as {esc.ref}. "
            f"It is now part of {target.ref}; {esc.ref} is closed as a duplicate."
        ),
        audience="team" if routed else "csm",
    )


def _tell_own_team(mailer: Mailer, esc: Escalation, ref: str) -> None:
    """A merged escalation that had reached a team: that team stops work on it."""
    if esc.routed_at is None or not esc.teams:
        return
    notices.notice(
        mailer,
        esc,
        kind="merged_notice",
        to=team_addresses(mailer, esc),
        headline=f"Merged into {ref}: no further work here",
        body=f"{esc.ref} is the same customer problem as {ref}; work continues there.",
        audience="team",
    )


def merge_automatically(mailer: Mailer, esc: Escalation, target: Escalation, reason: str) -> None:
    """A certain duplicate from the same CSM: merged at once, and the CSM is told."""
    detail = f"merged into {target.ref} automatically: {reason}"
    decision = Decision(
        Status.REJECTED,
        (EventSpec("merge", Status.DRAFT, Status.REJECTED, detail),),
        changes=Changes(merged_into=target.ref),
    )
    record_decision(
        mailer.session, esc, decision, routing=mailer.routing, actor="mailbot", now=mailer.now
    )
    mailer.session.execute(
        update(DraftJob)
        .where(DraftJob.escalation_id == esc.id, DraftJob.status == DraftJobStatus.PENDING)
        .values(status=DraftJobStatus.DONE, last_error="merged before drafting")
    )
    absorb(mailer, esc, target.ref, "mailbot")
    notices.notice(
        mailer,
        esc,
        kind="merged_notice",
        to=(esc.csm,),
        headline=f"Merged into {target.ref}: you already escalated this thread",
        body=(
            f"This forward has {reason}, so it was merged into your open escalation "
            f"{target.ref} ({target.status}); no second escalation was opened."
        ),
        footer=f"Reply to the {target.ref} mails to act on it.",
    )
