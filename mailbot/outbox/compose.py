"""Turn an :class:`OutgoingMail` into MIME, with no way for its text to add headers.

Subjects and names we send often quote customer text, which is hostile input. CPython
3.11.7 (this venv) decodes RFC 2047 words when a header is set and re-emits a decoded CR/LF
raw when serialising (gh-121650, CVE-2024-6923), so stripping raw CR/LF is not enough: text
is decoded to a fixed point and cleaned, and the finished message is re-parsed to prove
it has exactly the headers we set. The bytes are written by :mod:`mailbot.outbox.wire`
from parts that were each checked here (addr-specs, msg-ids, cleaned text), never from
unchecked strings.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from functools import lru_cache

from mailbot.outbox import wire
from mailbot.outbox.mail import MailAttachment, OutgoingMail

__all__ = [
    "MailAttachment",
    "OutgoingMail",
    "check",
    "check_address",
    "clean_header_text",
    "compose",
    "compose_raw",
]

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SPACES = re.compile(r"\s{2,}")
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_ADDR_SPEC = re.compile(rf"({_ATOM}(?:\.{_ATOM})*)@({_LABEL}(?:\.{_LABEL})*)")
_MSG_ID = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*")
# 7-bit transfer encodings keep us independent of the relay's 8BITMIME support.
_POLICY = policy.SMTP.clone(cte_type="7bit")
_MAX_SUBJECT = 250
_MAX_REFERENCES = 20
_MAX_ID = 250  # keeps every header line far below the 998-octet limit


def clean_header_text(value: str) -> str:
    """Return ``value`` as the header parser will see it, with control characters spaced out.

    Decoding repeats because an encoded word may decode to another encoded word; the loop
    stops when the parser no longer changes the text, so what we checked is what is sent.
    """
    for _ in range(5):
        flat = _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()
        if "=?" not in flat:  # no encoded word: the parser returns it unchanged
            return flat
        decoded = str(_POLICY.header_factory("subject", flat))
        if decoded == flat:
            return flat
        value = decoded
    raise ValueError("header text keeps decoding to different text")


def check_address(address: str) -> str:
    """Return ``address`` if it is one plain ASCII addr-spec, else raise ValueError.

    Stricter than RFC 5322 on purpose (no quoted local parts, comments or domain literals):
    every address we send to comes from configuration or a parsed From, and anything
    fancier is more likely an injection attempt than a real colleague.
    """
    match = _ADDR_SPEC.fullmatch(address)
    if match is None or len(match.group(1)) > 64 or len(address) > 254:
        raise ValueError(f"not a single addr-spec: {address!r}")
    return address


def _msg_id(value: str) -> str | None:
    """Normalise one msg-id to ``<id>``; None when it does not fit the RFC 5322 grammar."""
    bare = value.strip().removeprefix("<").removesuffix(">")
    return f"<{bare}>" if len(bare) <= _MAX_ID and _MSG_ID.fullmatch(bare) else None


def _references(mail: OutgoingMail) -> list[str]:
    """Valid ids only, trimmed to the root plus the newest ones (as RFC 5322 §3.6.4 allows).

    Ids come from other people's mail; a malformed one is dropped rather than failing the
    send, because it only weakens threading in the recipient's client.
    """
    ids = [i for i in (_msg_id(r) for r in mail.references) if i is not None]
    if len(ids) > _MAX_REFERENCES:
        ids = ids[:1] + ids[-(_MAX_REFERENCES - 1) :]
    return ids


def _subject(mail: OutgoingMail) -> str:
    subject = clean_header_text(mail.subject)
    if mail.escalation_ref:
        tag = f"[{clean_header_text(mail.escalation_ref)}]"
        if tag.lower() not in subject.lower():
            subject = f"{tag} {subject}".strip()
    if len(subject) > _MAX_SUBJECT:
        subject = subject[: _MAX_SUBJECT - 1].rstrip() + "…"
    return subject or "(no subject)"


def _own_id(mail: OutgoingMail, date: datetime) -> str:
    """The mail's Message-ID as written, once its id, To and date are known to be usable."""
    own_id = _msg_id(mail.message_id)
    if own_id is None:
        raise ValueError(f"invalid message_id: {mail.message_id!r}")
    if not mail.to:
        raise ValueError("an outgoing mail needs at least one To address")
    if date.tzinfo is None:
        raise ValueError("date must be timezone-aware")
    return own_id


def _headers(
    mail: OutgoingMail, sender: tuple[str, str], subject: str, date: datetime
) -> list[str]:
    own_id = _own_id(mail, date)
    headers = [
        wire.fold("Message-ID", [own_id]),
        f"Date: {format_datetime(date)}",
        _sender_line(sender),
        _addresses_line("To", mail.to),
    ]
    if mail.cc:
        headers.append(_addresses_line("Cc", mail.cc))
    if mail.reply_to:
        pairs = [("", check_address(a)) for a in mail.reply_to]
        headers.append(wire.address_header("Reply-To", pairs))
    headers.append(wire.text_header("Subject", subject))
    parent = _msg_id(mail.in_reply_to) if mail.in_reply_to else None
    if parent:
        headers.append(wire.fold("In-Reply-To", [parent]))
    references = _references(mail)
    if references:
        headers.append(wire.fold("References", references))
    return headers


# The From line and the team's and CSMs' To and Cc lines repeat from mail to mail: each
# is checked and folded once per process (a few hundred distinct lines at most).
@lru_cache(maxsize=1024)
def _addresses_line(name: str, addresses: tuple[str, ...]) -> str:
    return wire.address_header(name, [("", check_address(a)) for a in addresses])


@lru_cache(maxsize=16)
def _sender_line(sender: tuple[str, str]) -> str:
    return wire.address_header("From", [sender])


@lru_cache(maxsize=16)
def _marker_line(loop_marker: str) -> str:
    marker = clean_header_text(loop_marker)
    if not marker:
        raise ValueError("loop_marker must not be empty")
    return wire.text_header("X-Mailbot-Loop", marker)


def compose(
    mail: OutgoingMail,
    *,
    from_address: str,
    from_name: str = "mailbot",
    loop_marker: str,
    date: datetime,
) -> EmailMessage:
    """The composed message parsed back (for callers that want headers as objects)."""
    _subject_text, raw = compose_raw(
        mail, from_address=from_address, from_name=from_name, loop_marker=loop_marker, date=date
    )
    parsed = BytesParser(policy=_POLICY).parsebytes(raw)
    assert isinstance(parsed, EmailMessage)
    return parsed


def check(
    mail: OutgoingMail,
    *,
    from_address: str,
    from_name: str = "mailbot",
    loop_marker: str,
    date: datetime,
) -> str:
    """What :func:`compose_raw` would refuse, refused now; the subject it would write.

    A mail queued as a recipe (:mod:`mailbot.outbox.recipe`) is composed when it is sent;
    its addresses, ids and date are checked here, while the change that causes it can
    still fail with it, so the sender meets only mails that compose.
    """
    _marker_line(loop_marker)
    _sender_line((clean_header_text(from_name), check_address(from_address)))
    _own_id(mail, date)
    _addresses_line("To", mail.to)
    if mail.cc:
        _addresses_line("Cc", mail.cc)
    for address in mail.reply_to:
        check_address(address)
    return _subject(mail)


def compose_raw(
    mail: OutgoingMail,
    *,
    from_address: str,
    from_name: str = "mailbot",
    loop_marker: str,
    date: datetime,
) -> tuple[str, bytes]:
    """The subject and the verified wire bytes, serialised once (the outbox stores these).

    Only ``Auto-Submitted`` and ``X-Auto-Response-Suppress`` mark the mail as automatic:
    ``Precedence: bulk`` makes some MTAs and filters drop or bury it (SPEC §6).
    """
    marker_line = _marker_line(loop_marker)
    sender = (clean_header_text(from_name), check_address(from_address))
    subject = _subject(mail)
    headers = _headers(mail, sender, subject, date)
    headers += [
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        marker_line,
    ]
    content_headers, body = wire.mime_body(mail.text, mail.html, mail.message_id)
    if mail.attachments:
        content_headers, body = wire.with_attachments(
            content_headers, body, mail.attachments, mail.message_id
        )
    headers += content_headers
    raw = wire.assemble(headers, body)
    wire.verify(raw, [h.split(":", 1)[0].lower() for h in headers])
    return subject, raw
