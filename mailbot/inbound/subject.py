"""Header text decoding and subject clean-up.

We parse with ``policy.compat32`` for speed, so header values arrive raw: RFC 2047
encoded-words still encoded, 8-bit bytes smuggled as surrogate escapes. Decoding is done
here, by hand, so that a bad charset label can never raise: mail from the wild mislabels
charsets all the time and one odd header must not quarantine a CSM's escalation.
"""

from __future__ import annotations

import re
from email.header import decode_header

from mailbot.inbound.charsets import decode_text

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0080-\u009f\u2028\u2029]+")
_SPACES = re.compile(r"[ \t]{2,}")
_FOLD = re.compile(r"\r?\n[ \t]*|\r[ \t]*")
_SURROGATE = re.compile(r"[\udc80-\udcff]")
_WORD = r"=\?[^?\s]{1,40}\?[bBqQ]\?[^?\s]{0,900}\?="
_WORDS = re.compile(rf"{_WORD}(?:[ \t]*\r?\n?[ \t]*{_WORD})*")

# One prefix: a reply/forward marker in any of the languages our users write in, with an
# optional counter ("Re[2]:", "RE(3):"), or an [EXTERNAL]-style gateway tag.
_PREFIX = re.compile(
    r"^\s*(?:"
    r"(?:re|fwd?|fw|aw|wg|sv|vs|tr|rv|antw|doorst|réf|ref|rif|odp|pd|enc|res)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]"
    r"|\[(?:external|extern|ext|externe|externo)\]"
    r")\s*",
    re.IGNORECASE,
)
_FORWARD_PREFIX = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|doorst|vs|enc|pd)\s*[:：]", re.IGNORECASE)
_TAG = re.compile(r"\[[^\[\]]{1,60}\]")


def decode_bytes(data: bytes, charset: str | None, fallback: str | None = None) -> str:
    """Decode body or header bytes; unknown or wrong labels degrade, they never raise."""
    return decode_text(data, charset, fallback)


def unsmuggle(value: str, fallback: str | None = None) -> str:
    """Turn compat32's surrogate-escaped raw 8-bit header bytes back into text.

    RFC 6532 headers are UTF-8; older software wrote the body's charset (``fallback``).
    """
    if not _SURROGATE.search(value):
        return value
    raw = value.encode("ascii", errors="surrogateescape")
    return decode_text(raw, None, fallback)


def decode_header_text(value: str, fallback: str | None = None) -> str:
    """Unfold and decode one raw header value (RFC 2047), keeping line breaks out."""
    value = _FOLD.sub(" ", unsmuggle(str(value), fallback))
    if "=?" not in value:
        return value.strip()
    try:
        chunks = decode_header(value)
    except Exception:
        return value.strip()
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            # unencoded runs come back as raw-unicode-escape bytes of the text we passed in
            out.append(
                decode_text(chunk, charset) if charset else chunk.decode("raw-unicode-escape")
            )
        else:
            out.append(chunk)
    return "".join(out).strip()


def decode_words_in_text(text: str) -> str:
    """Body text quoting raw headers (``Subject: =?utf-8?B?…?=``): the words decoded.

    No reader means an encoded-word literally, and a brief must never quote one.
    """
    if "=?" not in text:
        return text
    return _WORDS.sub(lambda match: decode_header_text(match.group(0)), text)


def sanitize_line(value: str) -> str:
    """Make text safe to reuse as a single header line: no CR/LF or other controls."""
    return _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()


def clean_subject(subject: str) -> str:
    """Drop any number of leading Re:/Fwd:/AW:/… prefixes and [EXTERNAL] tags."""
    previous = None
    while previous != subject:
        previous = subject
        subject = _PREFIX.sub("", subject, count=1)
    return subject.strip()


def is_forward_subject(subject: str) -> bool:
    """Whether the subject starts (after reply prefixes and tags) with a forward marker."""
    while True:
        if _FORWARD_PREFIX.match(subject):
            return True
        stripped = _PREFIX.sub("", subject, count=1)
        if stripped == subject:
            return False
        subject = stripped


def strip_subject_tags(subject: str) -> str:
    """Subject without prefixes and bracketed tags such as ``[ESC-2026-0001]``."""
    return clean_subject(_TAG.sub(" ", clean_subject(subject))).strip()
