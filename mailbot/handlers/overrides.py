"""CSM overrides (SPEC §5): applied to a brief, and re-applied to every later re-draft.

The override events are the record: a re-draft after more context must not let the
drafter undo a severity or category the CSM set (SPEC §3: a human decides).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.drafting.headline import rederive
from mailbot.store.accounts import apply_account_override
from mailbot.store.tables import Escalation, Event

_FIELD = {"ask": "specific_ask"}  # override name -> brief field, where they differ
_DERIVED = ("category", "severity", "account")  # the fields the headline repeats
_COLUMNS = ("severity", "category", "sentiment")


def recorded_overrides(session: Session, esc: Escalation) -> dict[str, str]:
    """Every override the CSM made on this escalation, the latest value per field."""
    stmt = select(Event.detail).where(Event.escalation_id == esc.id, Event.kind == "override")
    found: dict[str, str] = {}
    for detail in session.scalars(stmt.order_by(Event.id)):
        name, sep, value = detail.partition("=")
        if sep:
            found[name] = value
    return found


def _csm_headline(session: Session, esc: Escalation) -> bool:
    """Whether the CSM wrote the headline in an earlier reply: then it is theirs to keep."""
    stmt = select(Event.id).where(
        Event.escalation_id == esc.id, Event.kind == "override", Event.detail.like("headline=%")
    )
    return session.scalars(stmt.limit(1)).first() is not None


def apply_overrides(
    session: Session, esc: Escalation, content: dict[str, Any], overrides: dict[str, str]
) -> dict[str, Any]:
    """The brief content with the overrides applied; the escalation's columns follow."""
    before = {k: str(v) for k, v in content.items() if k in _DERIVED}
    content = dict(content)
    for name, value in overrides.items():
        content[_FIELD.get(name, name)] = value
        if name in _COLUMNS:
            setattr(esc, name, value)
    if "headline" not in overrides and not _csm_headline(session, esc):
        after = {k: str(v) for k, v in content.items() if k in _DERIVED}
        content["headline"] = rederive(str(content["headline"]), before, after)
    if "account" in overrides:
        apply_account_override(session, esc, overrides["account"])
    return content
