"""Find the escalation a message belongs to, in SPEC §6 order, and say how it was found.

1. a signed token in a recipient address (``escalations+<token>@domain``);
2. one of our signed Message-IDs in ``In-Reply-To`` / ``References``;
3. the ``[ESC-YYYY-NNNN]`` subject tag, only when the sender is a participant.

Only the outer headers are read: forwarded (inner) headers are data, never control.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.inbound.message import InboundMessage
from mailbot.routing import Routing
from mailbot.signing.message_ids import is_our_message_id
from mailbot.signing.tokens import (
    TEAM_RECIPIENT,
    TokenClaims,
    TokenRejected,
    tokens_from_recipients,
    verify_token,
)
from mailbot.store import repo
from mailbot.store.tables import Escalation

SUBJECT_TAG = re.compile(r"\[(ESC-\d{4}-\d{4,8})\]", re.IGNORECASE)


@dataclass(frozen=True)
class ThreadMatch:
    escalation: Escalation | None
    via: str  # "token", "message-id", "subject-tag" or "" when not found
    claims: TokenClaims | None = None
    token_problem: str = ""  # why a token present in the recipients was refused
    # A genuine token issued to someone else, presented by a roster person: its escalation,
    # so dispatch can tell them who may act (never acted on; strangers never get this).
    refused: Escalation | None = None


def is_participant(routing: Routing, esc: Escalation, address: str) -> bool:
    address = address.lower()
    if address == esc.csm or routing.is_manager_of(address, esc.csm):
        return True
    return routing.is_team_member(address, tuple(esc.teams))


# Which refusal to report when every token failed: the one that says most about the sender.
_RANK = {"unknown escalation": 5, "expired": 4, "wrong recipient": 3, "forged": 1}


def _rank(problem: str) -> int:
    return _RANK.get(problem, 0)


def _by_token(
    session: Session,
    message: InboundMessage,
    routing: Routing,
    address: str,
    secret: bytes,
    now: datetime,
) -> ThreadMatch | None:
    """Tokens are bound to their recipient: the sender, or (team mail) "the routed team".

    A mail to several people carries one token per recipient and a reply names them all,
    so every token is tried; the first that verifies for the sender decides. When none
    does, the most telling reason is kept (expired beats someone else's beats forged).
    """
    tokens = tokens_from_recipients(message.recipients, address)
    if not tokens:
        return None
    teams = routing.config.teams.values()
    member = any(t.has_member(message.sender) for t in teams)
    candidates = [message.sender, TEAM_RECIPIENT] if member else [message.sender]
    problem, refused_ref = "malformed", ""
    for token in tokens:
        for recipient in candidates:
            try:
                claims = verify_token(secret, token, recipient=recipient, now=now)
            except TokenRejected as exc:
                problem = max(problem, exc.reason, key=_rank)
                if exc.reason == "wrong recipient" and not refused_ref:
                    refused_ref = exc.ref or ""
                if exc.reason != "wrong recipient":
                    break
                continue
            esc = repo.get_escalation(session, claims.ref)
            if esc is not None:
                return ThreadMatch(esc, "token", claims)
            problem = "unknown escalation"
    refused = None
    if problem == "wrong recipient" and refused_ref and routing.is_known(message.sender):
        refused = repo.get_escalation(session, refused_ref)
    return ThreadMatch(None, "", token_problem=problem, refused=refused)


def find_thread(
    session: Session,
    message: InboundMessage,
    *,
    routing: Routing,
    address: str,
    secret: bytes,
    now: datetime,
) -> ThreadMatch:
    by_token = _by_token(session, message, routing, address, secret, now)
    if by_token is not None:
        # A present token decides alone: a bad one is refused even if other keys match,
        # so a forged or stale token can never ride on a genuine In-Reply-To.
        return by_token
    problem = ""
    domain = address.rpartition("@")[2]
    for mid in (*reversed(message.in_reply_to), *reversed(message.references)):
        ref = is_our_message_id(mid, domain, secret)
        if ref is None:
            continue
        esc = repo.get_escalation(session, ref)
        if esc is not None:
            return ThreadMatch(esc, "message-id", token_problem=problem)
    tag = SUBJECT_TAG.search(message.subject)
    if tag and message.sender:
        esc = repo.get_escalation(session, tag.group(1))
        # A roster person naming an escalation that is not theirs is answered (dispatch
        # refuses a non-participant and says who may act), never turned into a new one.
        if esc is not None and (
            is_participant(routing, esc, message.sender) or routing.is_known(message.sender)
        ):
            return ThreadMatch(esc, "subject-tag", token_problem=problem)
    return ThreadMatch(None, "", token_problem=problem)
