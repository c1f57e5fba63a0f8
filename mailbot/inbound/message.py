"""Typed results of parsing: what every later stage reads instead of raw MIME.

Plain frozen dataclasses (not pydantic) because the watcher builds thousands of these per
second in a backlog and they never cross a trust boundary as input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class AttachedFile:
    """A file of the thread with its decoded bytes, for the brief's list and for forwarding.

    Not part of :class:`InboundMessage` (the parse pool would copy every file between
    processes): :func:`mailbot.inbound.parse.thread_files` reads them when they are needed.
    """

    filename: str
    content_type: str
    data: bytes = field(repr=False)
    origin: str = ""  # which message of the thread carried it ("" = the forward itself)
    note: str = ""  # e.g. "unpacked from winmail.dat"


@dataclass(frozen=True)
class ForwardedMessage:
    """One message found inside a forward (inline block or message/rfc822 part).

    Its headers are data for the brief, never control: they do not thread or authorise.
    """

    sender: str  # addr-spec, lower-cased; "" when the block names no address
    sender_name: str
    date: datetime | None
    date_text: str  # the date as written, for display when it could not be parsed
    subject: str
    body: str
    recipient_names: tuple[str, ...] = ()  # To/Cc display names, for LLM redaction
    message_id: str = ""  # only a forwarded-as-attachment message carries one (issue 19)


@dataclass(frozen=True)
class ForwardedThread:
    """A CSM forward: the note written on top, then the forwarded messages oldest first."""

    note: str
    messages: tuple[ForwardedMessage, ...] = ()


@dataclass(frozen=True)
class AutoVerdict:
    """Whether the message was sent by a machine, and the rule that said so."""

    automatic: bool
    reason: str = ""


@dataclass(frozen=True)
class InboundMessage:
    """A raw message as mailbot understands it."""

    message_id: str  # without angle brackets; synthesised from sha256 when missing
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    sender: str  # the single From addr-spec, lower-cased; "" when absent or ambiguous
    sender_name: str
    sender_problem: str  # why sender is "" (two From headers, two addresses, bad syntax)
    recipients: tuple[str, ...]  # To + Cc + Delivered-To addr-specs, lower-cased
    subject: str  # decoded, CR/LF removed
    clean_subject: str  # without Re:/Fwd:/AW:/WG:/SV:/TR:/RV: prefixes
    date: datetime | None
    text: str  # whole body text (plain part, or HTML converted offline)
    new_text: str  # the reply's own new text: no quotes, no signature, no forwarded part
    thread: ForwardedThread  # forward structure (note + forwarded messages)
    attachments: tuple[Attachment, ...]
    auto: AutoVerdict
    size: int
    sha256: str
    headers: tuple[tuple[str, str], ...] = field(default=())  # decoded, in order
    unreadable: str = ""  # why no text could be extracted (winmail.dat, HTML failure ...)
    hidden_text: str = ""  # text an HTML part hides from the reader (a prompt-injection vector)

    def header(self, name: str) -> str | None:
        """First value of a header, case-insensitive."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [value for key, value in self.headers if key.lower() == lname]
