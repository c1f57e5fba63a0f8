"""Turn an :class:`OutgoingMail` into MIME, with no way for its text to add headers.

Subjects and names we send often quote customer text, which is hostile input. CPython
3.11.7 (this venv) decodes RFC 2047 words when a header is set and re-emits a decoded CR/LF
raw when serialising (gh-121650, CVE-2024-6923), so stripping raw CR/LF is not enough: text
is decoded to a fixed point and cleaned, and the finished message is re-parsed to prove
it has exactly the headers we set. Messages are built only with ``EmailMessage`` and
``policy.SMTP``, never by string concatenation.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime

from mailbot.outbox.mail import OutgoingMail, is_our_message_id, make_message_id, new_nonce

__all__ = [
    "OutgoingMail",
    "check_address",
    "clean_header_text",
    "compose",
    "compose_raw",
    "is_our_message_id",
    "make_message_id",
    "new_nonce",
    "serialize",
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


def clean_header_text(value: str) -> str:
    """Return ``value`` as the header parser will see it, with control characters spaced out.

    Decoding repeats because an encoded word may decode to another encoded word; the loop
    stops when the parser no longer changes the text, so what we checked is what is sent.
    """
    for _ in range(5):
        flat = _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()
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


def _address(address: str, display_name: str = "") -> Address:
    local, _, domain = check_address(address).rpartition("@")
    return Address(display_name=clean_header_text(display_name), username=local, domain=domain)


def _msg_id(value: str) -> str | None:
    """Normalise one msg-id to ``<id>``; None when it does not fit the RFC 5322 grammar."""
    bare = value.strip().removeprefix("<").removesuffix(">")
    return f"<{bare}>" if _MSG_ID.fullmatch(bare) else None


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


def _set_headers(msg: EmailMessage, mail: OutgoingMail, sender: Address, date: datetime) -> None:
    own_id = _msg_id(mail.message_id)
    if own_id is None:
        raise ValueError(f"invalid message_id: {mail.message_id!r}")
    if not mail.to:
        raise ValueError("an outgoing mail needs at least one To address")
    if date.tzinfo is None:
        raise ValueError("date must be timezone-aware")
    msg["Message-ID"] = own_id
    msg["Date"] = format_datetime(date)
    msg["From"] = sender
    msg["To"] = [_address(a) for a in mail.to]
    if mail.cc:
        msg["Cc"] = [_address(a) for a in mail.cc]
    if mail.reply_to is not None:
        msg["Reply-To"] = _address(mail.reply_to)
    msg["Subject"] = _subject(mail)
    parent = _msg_id(mail.in_reply_to) if mail.in_reply_to else None
    if parent:
        msg["In-Reply-To"] = parent
    references = _references(mail)
    if references:
        msg["References"] = " ".join(references)


def serialize(msg: EmailMessage) -> bytes:
    """The bytes that go on the wire (CRLF line ends), as stored in the outbox."""
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def _verify_headers(msg: EmailMessage, raw: bytes) -> None:
    """Re-parse the serialised headers and insist they are exactly the ones we set."""
    expected = [name.lower() for name in msg]
    parsed = BytesHeaderParser(policy=policy.default).parsebytes(raw)
    if [name.lower() for name in parsed] != expected:
        raise ValueError("composed message does not re-parse to the headers that were set")
    for name, value in parsed.items():
        if _CONTROL.search(str(value)):
            raise ValueError(f"control character survived in header {name}")


def compose(
    mail: OutgoingMail,
    *,
    from_address: str,
    from_name: str = "mailbot",
    loop_marker: str,
    date: datetime,
) -> EmailMessage:
    """Build the MIME message for ``mail``; raises ValueError on anything unsafe to send."""
    return compose_raw(
        mail, from_address=from_address, from_name=from_name, loop_marker=loop_marker, date=date
    )[0]


def compose_raw(
    mail: OutgoingMail,
    *,
    from_address: str,
    from_name: str = "mailbot",
    loop_marker: str,
    date: datetime,
) -> tuple[EmailMessage, bytes]:
    """The message and its verified wire bytes, serialised once (the outbox stores these).

    Only ``Auto-Submitted`` and ``X-Auto-Response-Suppress`` mark the mail as automatic:
    ``Precedence: bulk`` makes some MTAs and filters drop or bury it (SPEC §6).
    """
    marker = clean_header_text(loop_marker)
    if not marker:
        raise ValueError("loop_marker must not be empty")
    msg = EmailMessage(policy=_POLICY)
    _set_headers(msg, mail, _address(from_address, from_name), date)
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailbot-Loop"] = marker
    msg.set_content(mail.text, subtype="plain", charset="utf-8")
    if mail.html is not None:
        msg.add_alternative(mail.html, subtype="html", charset="utf-8")
    raw = serialize(msg)
    _verify_headers(msg, raw)
    return msg, raw
