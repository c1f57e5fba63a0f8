"""A minimal mail user agent: replies the way Gmail writes them, for the demo and tests."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, _class=EmailMessage, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def text_of(raw: bytes) -> str:
    body = parse(raw).get_body(preferencelist=("plain",))
    return str(body.get_content()) if body is not None else ""


def reply_to(
    raw: bytes,
    sender: str,
    body: str,
    *,
    use_reply_to: bool = True,
    when: datetime | None = None,
    name: str = "",
) -> bytes:
    """New text on top, the original quoted below, threading headers set."""
    original = parse(raw)
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>" if name else sender
    target = original["Reply-To"] if use_reply_to and original["Reply-To"] else original["From"]
    msg["To"] = str(target)
    msg["Subject"] = "Re: " + str(original["Subject"])
    msg["Date"] = format_datetime(when or datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    msg["In-Reply-To"] = str(original["Message-ID"])
    msg["References"] = str(original["Message-ID"])
    quoted = "\n".join("> " + line for line in text_of(raw).splitlines())
    stamp = format_datetime(when or datetime.now(UTC))
    author = original["From"].addresses[0].addr_spec
    msg.set_content(f"{body}\n\nOn {stamp}, mailbot <{author}> wrote:\n{quoted}\n")
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))  # SMTP wants CRLF
