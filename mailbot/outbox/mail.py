"""What an outgoing mail is, before it becomes MIME.

Its Message-ID is signed (:mod:`mailbot.signing.message_ids`) so replies to it can be traced.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MailAttachment:
    """A file sent along (multipart/mixed, after the text): name and type are cleaned by
    :mod:`mailbot.outbox.wire`, the bytes go out unchanged (base64)."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True, kw_only=True)
class OutgoingMail:
    """A mail mailbot decided to send, before it becomes MIME.

    Kept free of MIME so the outbox can store it as a row and rebuild the identical message
    on every retry; ``message_id`` is allocated once by the caller for the same reason (a
    resend after a dropped connection must carry the same id, RFC 1047).
    """

    kind: str  # e.g. "approval_request", "routed_brief", "confirmation"
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    subject: str
    text: str
    html: str | None = None
    message_id: str  # without <>
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    # e.g. escalations+<token>@example.com; one address per recipient who may act on it
    reply_to: tuple[str, ...] = ()
    escalation_ref: str | None = None  # "ESC-2026-0001" -> subject tag "[ESC-2026-0001]"
    attachments: tuple[MailAttachment, ...] = ()
