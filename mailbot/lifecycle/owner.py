"""The audit trail's word for an owner change.

Owners themselves are :class:`mailbot.domain.Person` values (``Person.parse`` reads
``Name <addr>``, ``Person.label`` shows it), so the lifecycle rules, the handler that stores
a decision and the digest (which replays past owners from events) share one reading.
"""

from __future__ import annotations

OWNER_CHANGED = "owner_changed"  # detail "old -> new", each a Person label or "nobody"
