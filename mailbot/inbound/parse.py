"""Raw bytes in, :class:`InboundMessage` out: the single entry point of inbound parsing.

Everything downstream (threading, authorisation, commands, drafting) reads the typed
result, never raw MIME. The contract is total: whatever bytes arrive, the caller gets a
message or a :class:`ParseError` (quarantine with a reason), never a crash of the
watcher. Size and header limits are checked on the raw bytes before the email package
sees them, since its parser is where hostile input costs time.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from mailbot.errors import MessageLimitError, ParseError
from mailbot.inbound.addresses import parse_recipients, parse_sender
from mailbot.inbound.auto import detect_auto
from mailbot.inbound.dates import as_utc
from mailbot.inbound.forwards import has_forward_marker, oldest_first, split_thread
from mailbot.inbound.html_text import html_text_and_hidden, html_to_text
from mailbot.inbound.message import (
    AttachedFile,
    ForwardedMessage,
    ForwardedThread,
    InboundMessage,
)
from mailbot.inbound.mime import Bodies, collect
from mailbot.inbound.quotes import reply_text
from mailbot.inbound.subject import (
    clean_subject,
    decode_header_text,
    decode_words_in_text,
    is_forward_subject,
    sanitize_line,
)

_MSGID = re.compile(r"<([^<>\s]{1,998})>")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_STUB = re.compile(
    r"HTML[- ]capable|(?:does not|doesn't|cannot|can't) (?:support|display|read) HTML"
    r"|this is an HTML (?:message|e-?mail)|view (?:this|the) (?:e-?mail|message|newsletter)"
    r" (?:in|as|on|with) (?:a |your )?(?:web ?page|browser|online)",
    re.IGNORECASE,
)
_FIELD = re.compile(rb"[!-9;-~]+[ \t]*:")
_OBS_COLON = re.compile(rb"^([!-9;-~]+)[ \t]+:", re.MULTILINE)  # "From  :" (RFC 5322 §4.5)
_RECIPIENT_HEADERS = ("to", "cc", "delivered-to", "x-original-to")


@dataclass(frozen=True)
class ParseLimits:
    """Hostile-input caps; exceeding one raises :class:`MessageLimitError`."""

    max_bytes: int = 25 * 1024 * 1024
    max_depth: int = 20
    max_parts: int = 200
    max_headers: int = 500
    max_header_bytes: int = 64 * 1024


def parse_message(
    raw: bytes,
    *,
    own_addresses: frozenset[str] = frozenset(),
    limits: ParseLimits = ParseLimits(),
) -> InboundMessage:
    """Parse one raw RFC 5322 message; raises only :class:`ParseError` (and subclasses)."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ParseError(f"expected bytes, got {type(raw).__name__}")
    raw = bytes(raw)
    if len(raw) > limits.max_bytes:
        raise MessageLimitError(f"message of {len(raw)} bytes exceeds {limits.max_bytes}")
    _check_header_section(raw, limits)
    try:
        return _parse(raw, own_addresses, limits)
    except ParseError:
        raise
    except RecursionError as exc:
        raise MessageLimitError("MIME structure nested too deeply") from exc
    except Exception as exc:  # the email package has many failure modes; quarantine them
        raise ParseError(f"unreadable message ({type(exc).__name__}: {exc})"[:300]) from exc


def thread_files(raw: bytes, limits: ParseLimits = ParseLimits()) -> tuple[AttachedFile, ...]:
    """Every file of the message and of the messages forwarded in it, with its bytes.

    Read again from the stored raw forward when the brief lists or forwards them, so
    parsing (and the parse pool) never carries file bytes it does not need.
    """
    raw = bytes(raw)
    if len(raw) > limits.max_bytes:
        raise MessageLimitError(f"message of {len(raw)} bytes exceeds {limits.max_bytes}")
    _check_header_section(raw, limits)
    try:
        msg = BytesParser(policy=compat32).parsebytes(repair_head(raw))
        return tuple(collect(msg, limits.max_depth, limits.max_parts, limits.max_headers).files)
    except ParseError:
        raise
    except Exception as exc:  # as in parse_message: one refusal type for every failure
        raise ParseError(f"unreadable message ({type(exc).__name__})") from exc


def _check_header_section(raw: bytes, limits: ParseLimits) -> None:
    if not raw.strip():
        raise ParseError("empty message")
    match = _HEADER_END.search(raw, 0, limits.max_header_bytes + 4)
    section = raw[: match.start()] if match else raw[: limits.max_header_bytes + 1]
    if len(section) > limits.max_header_bytes:
        raise MessageLimitError(f"header section larger than {limits.max_header_bytes} bytes")
    count = sum(1 for line in section.splitlines() if line and line[:1] not in b" \t")
    if count > limits.max_headers:
        raise MessageLimitError(f"more than {limits.max_headers} header fields")


def repair_head(raw: bytes) -> bytes:
    """Header syntax that mail clients accept and the email package does not.

    One line before the headers (a mailbox export's separator that is not a ``From ``
    line) is dropped; obsolete white space before a field's colon (``From  :``,
    RFC 5322 §4.5) is removed, else ``From  :`` reads as an mbox line and the rest as body.
    """
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 byte order mark from a Windows editor
    first_end = raw.find(b"\n")
    if 0 < first_end < 1000 and not _FIELD.match(raw) and not raw.startswith(b"From "):
        rest = raw[first_end + 1 :]
        if _FIELD.match(rest):
            raw = rest
    match = _HEADER_END.search(raw)
    end = match.start() if match else len(raw)
    if _OBS_COLON.search(raw, 0, end):
        raw = _OBS_COLON.sub(rb"\1:", raw[:end]) + raw[end:]
    return raw


def _parse(raw: bytes, own_addresses: frozenset[str], limits: ParseLimits) -> InboundMessage:
    msg = BytesParser(policy=compat32).parsebytes(repair_head(raw))
    raw_headers = [(str(name), str(value)) for name, value in msg.raw_items()]
    if not raw_headers:
        raise ParseError("no header fields")
    bodies = collect(msg, limits.max_depth, limits.max_parts, limits.max_headers)
    fallback = bodies.charset or None  # 8-bit header bytes that are not UTF-8
    headers = tuple(
        (name, sanitize_line(decode_header_text(value, fallback))) for name, value in raw_headers
    )
    by_name: dict[str, list[str]] = {}
    for name, value in headers:
        by_name.setdefault(name.lower(), []).append(value)
    sender = parse_sender([v for n, v in raw_headers if n.lower() == "from"])
    subject = by_name.get("subject", [""])[0]
    html_text, hidden = html_text_and_hidden("\n".join(bodies.html)) if bodies.html else ("", "")
    text = _body_text(bodies, html_text)
    new_text = reply_text(text)
    digest = hashlib.sha256(raw).hexdigest()
    recipients = parse_recipients([v for n, v in raw_headers if n.lower() in _RECIPIENT_HEADERS])
    return InboundMessage(
        message_id=first_id(by_name.get("message-id", [""])[0])
        or f"sha256-{digest}@mailbot.invalid",
        in_reply_to=tuple(_ids(" ".join(by_name.get("in-reply-to", [])))),
        references=tuple(_ids(" ".join(by_name.get("references", [])))),
        sender=sender.address,
        sender_name=sender.name,
        sender_problem=sender.problem,
        recipients=recipients,
        subject=subject,
        clean_subject=clean_subject(subject),
        date=_aware(_date(by_name.get("date", [""])[0])),
        text=text,
        new_text=new_text,
        thread=_thread(text, new_text, subject, bodies),
        attachments=tuple(bodies.attachments),
        auto=detect_auto(by_name, sender.address, subject, bodies.content_types, own_addresses),
        size=len(raw),
        sha256=digest,
        headers=headers,
        unreadable=_unreadable(text, bodies),
        hidden_text=hidden[:4000],
    )


def _body_text(bodies: Bodies, html: str | None = None) -> str:
    """The plain text, unless it is a stub standing in for the real (HTML) body.

    ``html`` is the HTML's text when the caller has it already (one conversion a message).
    """
    plain = "\n".join(bodies.plain).strip().replace("\r\n", "\n").replace("\r", "\n")
    if html is None:
        html = html_to_text("\n".join(bodies.html)) if bodies.html and len(plain) < 400 else ""
    if plain and not (html and _stub(plain, html)):
        return decode_words_in_text(plain)
    return decode_words_in_text(html)


def _stub(plain: str, html: str) -> bool:
    """ "This is an HTML message…", or plain text a fraction of the HTML's length."""
    return bool(_STUB.search(plain)) or len(html) >= 3 * len(plain) + 100


def _unreadable(text: str, bodies: Bodies) -> str:
    reasons = list(dict.fromkeys(bodies.unreadable))
    if not text and bodies.html:
        reasons.append("the HTML body gave no readable text")
    return "; ".join(reasons)


def _thread(text: str, new_text: str, subject: str, bodies: Bodies) -> ForwardedThread:
    """Forward structure; a plain reply is a thread with only a note."""
    forwarded_parts = [
        _rfc822_messages(inner, inner_bodies) for inner, inner_bodies in bodies.forwarded
    ]
    if not forwarded_parts and not (is_forward_subject(subject) or has_forward_marker(text)):
        return ForwardedThread(note=new_text, messages=())
    messages = split_thread(text)
    for part in forwarded_parts:
        messages.extend(part)
    return ForwardedThread(note=new_text, messages=oldest_first(messages))


def _rfc822_messages(inner: Message, bodies: Bodies) -> list[ForwardedMessage]:
    """A forwarded-as-attachment message, then the older messages quoted in it."""
    text = _body_text(bodies)
    older = split_thread(text)
    own = reply_text(text) if older else text
    raw_items = [(str(name).lower(), str(value)) for name, value in inner.raw_items()]
    froms = [value for name, value in raw_items if name == "from"][:1]
    sender = parse_sender(froms)
    address = sender.address or next(iter(parse_recipients(froms)), "")
    first_of = dict(reversed(raw_items))
    date_text = sanitize_line(decode_header_text(first_of.get("date", "")))
    first = ForwardedMessage(
        sender=address,
        sender_name=sender.name,
        date=_date(date_text),
        date_text=date_text,
        subject=sanitize_line(decode_header_text(first_of.get("subject", ""))),
        body=own,
        recipient_names=_recipient_names(raw_items),
        message_id=first_of.get("message-id", "").strip().strip("<>")[:998],
    )
    return [first, *older]


def _recipient_names(raw_items: list[tuple[str, str]]) -> tuple[str, ...]:
    """Display names in the To/Cc headers (only used to redact them for a hosted LLM)."""
    values = [decode_header_text(v) for name, v in raw_items if name in ("to", "cc")]
    return tuple(sanitize_line(n) for n, _ in getaddresses(values) if n.strip())


def first_id(value: str) -> str:
    """The first Message-ID in a header value (angle brackets, else the first word)."""
    ids = _ids(value)
    return ids[0] if ids else ""


def _ids(value: str) -> list[str]:
    found = _MSGID.findall(value)
    if found:
        return found
    return [token.strip("<>") for token in value.split() if token.strip("<>")][:100]


def _aware(value: datetime | None) -> datetime | None:
    """A Date without a zone (or ``-0000``) is UTC, so it compares with the clock's now."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        return as_utc(parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
