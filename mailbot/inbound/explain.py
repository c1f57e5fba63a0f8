"""What mailbot reads from a raw message, for `mailbot parse` (no server, no database).

An operator debugging "why did mailbot ignore my reply?" sees exactly the inputs the
pipeline decides on: the sender, the automatic verdict, the thread keys and the commands.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from mailbot.inbound.commands import parse_commands
from mailbot.inbound.message import InboundMessage
from mailbot.inbound.thread import SUBJECT_TAG
from mailbot.signing.message_ids import is_our_message_id
from mailbot.signing.tokens import TokenRejected, tokens_from_recipients, verify_token


def _token(message: InboundMessage, address: str, secret: bytes, now: datetime) -> dict[str, Any]:
    """The first token that verifies for the sender; else why the first one failed."""
    tokens = tokens_from_recipients(message.recipients, address)
    if not tokens:
        return {"present": False}
    verdicts: list[str] = []
    for token in tokens:
        try:
            claims = verify_token(secret, token, recipient=message.sender, now=now)
        except TokenRejected as exc:
            verdict: str = exc.reason
            if exc.reason == "wrong recipient":
                verdict = "valid signature; bound to another recipient (a team address?)"
            verdicts.append(verdict)
            continue
        return {
            "present": True,
            "valid": True,
            "escalation": claims.ref,
            "purpose": claims.purpose,
            "draft_version": claims.version,
        }
    return {"present": True, "valid": False, "problem": verdicts[0]}


def explain(
    message: InboundMessage, *, address: str, secret: bytes, now: datetime
) -> dict[str, Any]:
    domain = address.rpartition("@")[2]
    ids = [*message.in_reply_to, *message.references]
    ours = {mid: is_our_message_id(mid, domain, secret) for mid in ids}
    parsed = parse_commands(message.new_text, message.clean_subject)
    tag = SUBJECT_TAG.search(message.subject)
    return {
        "message_id": message.message_id,
        "sender": message.sender,
        "sender_problem": message.sender_problem,
        "recipients": list(message.recipients),
        "subject": message.subject,
        "clean_subject": message.clean_subject,
        "automatic": message.auto.automatic,
        "automatic_reason": message.auto.reason,
        "thread_keys": {
            "token": _token(message, address, secret, now),
            "our_message_ids": {mid: ref for mid, ref in ours.items() if ref},
            "other_message_ids": [mid for mid, ref in ours.items() if not ref],
            "subject_tag": tag.group(1).upper() if tag else None,
        },
        "new_text": message.new_text,
        "commands": [{"kind": c.kind.value, "arg": c.arg, "line": c.line} for c in parsed.commands],
        "free_text": parsed.free_text,
        "not_understood": list(parsed.unrecognised),
        "ignored_lines": list(parsed.ignored),
        "forwarded_messages": [
            {
                "sender": m.sender,
                "date": m.date.isoformat() if m.date else m.date_text,
                "subject": m.subject,
                "chars": len(m.body),
            }
            for m in message.thread.messages
        ],
        "attachments": [
            {"filename": a.filename, "content_type": a.content_type, "size": a.size}
            for a in message.attachments
        ],
        "unreadable": message.unreadable,
    }
