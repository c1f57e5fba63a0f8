"""Who may act on an escalation, in one line for a roster person who may not (SPEC §6).

A known colleague whose reply is not acted on (not a participant, a copy sent to someone
else, a command of the other side) is told who has that authority, by name and address
from the routing file. Strangers never get this: they get nothing (no backscatter).
Pure wording over the routing file; dispatch sends it.
"""

from __future__ import annotations

from mailbot.inbound.commands import parse_commands
from mailbot.inbound.message import InboundMessage
from mailbot.lifecycle.machine import Role
from mailbot.lifecycle.transitions import AUTHORITY, CSM_ROLES
from mailbot.routing import Routing
from mailbot.store.tables import Escalation

_ANY_REPLY = CSM_ROLES | {Role.TEAM}  # free text is context, an answer or a team update


def _person(routing: Routing, address: str) -> str:
    name = routing.display_name(address)
    return f"{name} <{address}>" if name != address else address


def who_may(routing: Routing, esc: Escalation, roles: frozenset[Role]) -> str:
    """``the CSM Jane Doe <jane@…> or their manager …`` for the roles that hold authority."""
    people: list[str] = []
    if Role.CSM in roles:
        people.append(f"the CSM {_person(routing, esc.csm)}")
    manager = routing.manager_of(esc.csm)
    if Role.MANAGER in roles and manager:
        people.append(f"their manager {_person(routing, manager)}")
    if Role.TEAM in roles and esc.teams:
        teams = [(key, routing.team(key)) for key in esc.teams]
        names = " or ".join(f"{t.name or key} <{t.address}>" for key, t in teams)
        people.append(f"the team {names} (its address or members)")
    return " or ".join(people) or "nobody by mail"


def _needed(message: InboundMessage) -> tuple[list[str], frozenset[Role]]:
    """The commands in the reply and the roles any of them would need."""
    parsed = parse_commands(message.new_text, message.clean_subject)
    kinds = list(dict.fromkeys(c.kind for c in parsed.commands))
    roles = frozenset(r for k in kinds for r in AUTHORITY[k] if r is not Role.SYSTEM)
    return [f"'{k.value}'" for k in kinds], roles or _ANY_REPLY


def may_ask(role: Role, message: InboundMessage) -> bool:
    """Whether ``role`` could give what the reply asks (so only the path was wrong)."""
    return role is not Role.OTHER and role in _needed(message)[1]


def refusal_line(
    routing: Routing, esc: Escalation, message: InboundMessage, why: str, hint: str = ""
) -> str:
    """One sentence: why nothing was done, and who may do what the reply asked."""
    commands, roles = _needed(message)
    what = " and ".join(commands) if commands else "replies"
    line = f"{why}. {what} on {esc.ref} can only come from {who_may(routing, esc, roles)}."
    return f"{line} {hint}" if hint else line
