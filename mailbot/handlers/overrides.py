"""CSM overrides (SPEC §5): applied to a brief, and re-applied to every later re-draft.

The override events are the record: a re-draft after more context must not let the
drafter undo a severity or category the CSM set (SPEC §3: a human decides).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.drafting.headline import rederive
from mailbot.store.accounts import apply_account_override
from mailbot.store.tables import Escalation, Event

_FIELD = {"ask": "specific_ask"}  # override name -> brief field, where they differ
_DERIVED = ("category", "severity", "account")  # the fields the headline repeats
_COLUMNS = ("severity", "category", "sentiment")


@dataclass(frozen=True)
class Decided:
    """What the CSM has decided on an escalation so far, as its events record it."""

    overrides: dict[str, str]  # the latest value per field
    kept_separate: bool  # answered ``separate`` to a possible duplicate


def recorded_decisions(session: Session, esc: Escalation) -> Decided:
    """Overrides and ``separate`` in one read: storing a draft needs both, and reading
    them one question at a time was four statements a draft (overrides, the CSM's
    headline, ``separate`` twice)."""
    stmt = select(Event.kind, Event.detail).where(
        Event.escalation_id == esc.id, Event.kind.in_(("override", "separate"))
    )
    found: dict[str, str] = {}
    separate = False
    for kind, detail in session.execute(stmt.order_by(Event.id)):
        name, sep, value = detail.partition("=")
        if kind == "separate":
            separate = True
        elif sep:
            found[name] = value
    return Decided(found, separate)


def _csm_headline(session: Session, esc: Escalation) -> bool:
    """Whether the CSM wrote the headline in an earlier reply: then it is theirs to keep."""
    stmt = select(Event.id).where(
        Event.escalation_id == esc.id, Event.kind == "override", Event.detail.like("headline=%")
    )
    return session.scalars(stmt.limit(1)).first() is not None


def apply_overrides(
    session: Session,
    esc: Escalation,
    content: dict[str, Any],
    overrides: dict[str, str],
    every_override: bool = False,
) -> dict[str, Any]:
    """The brief content with the overrides applied; the escalation's columns follow.

    ``every_override``: ``overrides`` holds all the CSM ever set (not only a reply's new
    ones), so whether they wrote the headline needs no question to the store."""
    before = {k: str(v) for k, v in content.items() if k in _DERIVED}
    content = dict(content)
    for name, value in overrides.items():
        content[_FIELD.get(name, name)] = value
        if name in _COLUMNS:
            setattr(esc, name, value)
    csm_headline = "headline" in overrides
    if not csm_headline and not every_override:
        csm_headline = _csm_headline(session, esc)
    if not csm_headline:
        after = {k: str(v) for k, v in content.items() if k in _DERIVED}
        content["headline"] = rederive(str(content["headline"]), before, after)
    if "account" in overrides:
        apply_account_override(session, esc, overrides["account"])
    return content
