"""Who owns an escalation, as stored (address and name) and as shown (``Name <addr>``).

Pure, so the lifecycle handlers and the digest (which replays past owners from events)
read and write owners the same way.
"""

from __future__ import annotations

from email.utils import parseaddr

OWNER_CHANGED = "owner_changed"  # detail "old -> new", each "Name <addr>" or "nobody"


def split_owner(owner: str) -> tuple[str, str]:
    """``Name <addr>`` → (address, name) as stored; a bare name is kept in both columns."""
    name, address = parseaddr(owner)
    if "@" in address:
        return address.lower(), name
    return owner, owner


def owner_label(address: str, name: str) -> str:
    """The stored owner back as ``Name <addr>`` (or the one that is known; "" for none)."""
    if name and address and name != address:
        if any(c in name for c in ',;:<>@()[]"\\'):  # quoted, so split_owner reads it back
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    return address or name
