"""CSM overrides (SPEC §5): applied to a brief, and re-applied to every later re-draft.

The override events are the record: a re-draft after more context must not let the
drafter undo a severity or category the CSM set (SPEC §3: a human decides).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mailbot.domain import Severity
from mailbot.store.accounts import apply_account_override
from mailbot.store.tables import Escalation, Event

_FIELD = {"ask": "specific_ask"}  # override name -> brief field, where they differ
_PLEVEL = re.compile(r"\bP[1-4]\b")
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


def apply_overrides(
    session: Session, esc: Escalation, content: dict[str, Any], overrides: dict[str, str]
) -> dict[str, Any]:
    """The brief content with the overrides applied; the escalation's columns follow."""
    content = dict(content)
    for name, value in overrides.items():
        content[_FIELD.get(name, name)] = value
        if name in _COLUMNS:
            setattr(esc, name, value)
    if "severity" in overrides and "headline" not in overrides:  # keep "P1" in step
        priority = Severity(overrides["severity"]).priority
        content["headline"] = _PLEVEL.sub(priority, str(content["headline"]))
    if "account" in overrides:
        apply_account_override(session, esc, overrides["account"])
    return content
