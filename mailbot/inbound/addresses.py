"""Strict reading of the ``From`` header, lenient reading of recipient headers.

Authority in mailbot is the ``From`` addr-spec and nothing else (SPEC §6), so the sender
parser refuses anything a human reviewer could read differently from a machine: two
mailboxes, groups, comments or encoded-words inside the address, quoted local parts. It
works on the *raw* header (before RFC 2047 decoding) because decoding first is exactly
how encoded-word address smuggling works. Recipients only feed threading, where tokens
are signed, so there a best-effort parse is enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses

from mailbot.inbound.subject import decode_header_text, sanitize_line, unsmuggle

_FOLD = re.compile(r"\r?\n[ \t]*|\r[ \t]*")
# Written as what they refuse (ASCII only): a class listing \u0080-\U0010ffff made the
# compiler build a charset of a million code points, 9 ms of every process's start-up
# (the CLI's and each worker's). The same characters either way (a unit test checks).
# Local part: letters, digits, !#$%&'*+/=?^_`{|}~.- and anything beyond ASCII.
_LOCAL_CHARS = re.compile(r'^[^\x00-\x20"(),:;<>@\[\\\]\x7f]+$')
_ALNUM = r"[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]"  # a letter or digit, or beyond ASCII
_ALNUM_DASH = r"[^\x00-\x2c\x2e\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]"  # or "-"
_DOMAIN = re.compile(rf"^(?:{_ALNUM}(?:{_ALNUM_DASH}*)?\.)+{_ALNUM_DASH}{{2,}}$")
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bBqQ]\?", re.ASCII)
_SPECIALS_IN_NAME = frozenset('<>@,;:"[]\\')


@dataclass(frozen=True)
class Sender:
    address: str  # lower-cased addr-spec, "" when refused
    name: str  # decoded display name, for display only
    problem: str  # why address is "" (empty when accepted)


class _Refused(Exception):
    """Internal: the header is not one unambiguous mailbox."""


def parse_sender(from_values: list[str]) -> Sender:
    """The one addr-spec of the single ``From`` header, or a stated problem."""
    if not from_values:
        return Sender("", "", "no From header")
    if len(from_values) > 1:
        return Sender("", "", f"{len(from_values)} From headers")
    raw = _FOLD.sub(" ", unsmuggle(str(from_values[0]))).replace("\t", " ").strip()
    if not raw:
        return Sender("", "", "empty From header")
    if any(ord(ch) < 32 or ch == "\x7f" for ch in raw):
        return Sender("", "", "control characters in From")
    try:
        name, address = _parse_mailbox(raw)
    except _Refused as refused:
        return Sender("", _display(raw), str(refused))
    return Sender(address, name, "")


def _display(raw: str) -> str:
    return sanitize_line(decode_header_text(raw))[:200]


def _tokens(raw: str) -> list[tuple[str, str]]:
    """Split into (kind, text): quoted, comment, angle, special or text runs."""
    out: list[tuple[str, str]] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == '"':
            j = i + 1
            while j < n and raw[j] != '"':
                j += 2 if raw[j] == "\\" else 1
            if j >= n:
                raise _Refused("unterminated quoted string in From")
            out.append(("quoted", raw[i + 1 : j]))
            i = j + 1
        elif ch == "(":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"(": 1, ")": -1}.get(raw[j], 0)
                j += 2 if raw[j] == "\\" else 1
            if depth:
                raise _Refused("unbalanced comment in From")
            out.append(("comment", raw[i + 1 : j - 1]))
            i = j
        elif ch == "<":
            j = raw.find(">", i)
            if j < 0:
                raise _Refused("unterminated <address> in From")
            out.append(("angle", raw[i + 1 : j]))
            i = j + 1
        elif ch in ">),;:":
            out.append(("special", ch))
            i += 1
        else:
            j = i
            while j < n and raw[j] not in '"(<>),;:':
                j += 1
            out.append(("text", raw[i:j]))
            i = j
    return out


def _parse_mailbox(raw: str) -> tuple[str, str]:
    """(display name, addr-spec) of ``raw``, refused unless it is exactly one mailbox.

    Two forms are accepted, ``name <addr>`` and a bare ``addr (comment)``; everything
    else is refused rather than guessed, since a guess is how authority gets spoofed.
    """
    tokens = [t for t in _tokens(raw) if not (t[0] == "text" and not t[1].strip())]
    _refuse_specials(tokens)
    angles = [i for i, (kind, _) in enumerate(tokens) if kind == "angle"]
    if len(angles) > 1:
        raise _Refused("more than one address in From")
    if angles:
        return _angle_mailbox(tokens, angles[0])
    return _bare_mailbox(tokens)


def _refuse_specials(tokens: list[tuple[str, str]]) -> None:
    """Groups, address lists and stray delimiters can hide a second sender: refuse them."""
    specials = {text for kind, text in tokens if kind == "special"}
    if ":" in specials or ";" in specials:
        raise _Refused("group syntax in From")
    if "," in specials:
        raise _Refused("more than one address in From")
    if specials:
        raise _Refused("stray " + "".join(sorted(specials)) + " in From")


def _angle_mailbox(tokens: list[tuple[str, str]], pos: int) -> tuple[str, str]:
    """``name <addr>``: only comments may follow the address, or readers could disagree."""
    if any(kind != "comment" for kind, _ in tokens[pos + 1 :]):
        raise _Refused("text after the <address> in From")
    name = _name_from(tokens[:pos])
    return name, _addr_spec(tokens[pos][1].strip())


def _bare_mailbox(tokens: list[tuple[str, str]]) -> tuple[str, str]:
    """A bare ``addr (comment)``: one text run; a comment splitting it is ambiguous."""
    plain = [t for t in tokens if t[0] != "comment"]
    if len(plain) > 1 and len(plain) < len(tokens):
        raise _Refused("comment inside the address in From")
    if len(plain) != 1 or plain[0][0] != "text":
        raise _Refused("From is not a single address")
    comments = [text for kind, text in tokens if kind == "comment"]
    name = sanitize_line(decode_header_text(" ".join(comments)))
    return name, _addr_spec(plain[0][1].strip())


def _name_from(tokens: list[tuple[str, str]]) -> str:
    parts = []
    for kind, text in tokens:
        if kind == "text" and any(ch in _SPECIALS_IN_NAME for ch in text):
            # e.g. ``jane@example.com <evil@x.test>``: invalid, but harmless because the
            # display name never matters; keep it only as display text.
            parts.append(text)
        elif kind in ("text", "quoted"):
            parts.append(text.replace('\\"', '"').replace("\\\\", "\\"))
    return sanitize_line(decode_header_text(" ".join(parts)))[:200]


def _addr_spec(spec: str) -> str:
    """Validate ``local@domain``; refuse anything that could be read two ways."""
    if not spec:
        raise _Refused("empty <> address in From")
    if _ENCODED_WORD.search(spec):
        raise _Refused("encoded-word inside the address in From")
    if any(ch in spec for ch in ' \t"()<>[],;:\\'):
        raise _Refused("illegal character in From address")
    if spec.count("@") != 1:
        raise _Refused("From address must contain exactly one @")
    local, domain = spec.split("@")
    if not local or not _LOCAL_CHARS.match(local):
        raise _Refused("invalid local part in From address")
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise _Refused("invalid local part in From address")
    if not _DOMAIN.match(domain) or ".." in domain:
        raise _Refused("invalid domain in From address")
    return spec.lower()


def parse_recipients(values: list[str]) -> tuple[str, ...]:
    """Lower-cased, de-duplicated addr-specs from To/Cc/Delivered-To/X-Original-To."""
    seen: dict[str, None] = {}
    # RFC 6532 (or plain 8-bit) addresses: decoded like From, not kept as surrogate escapes
    unfolded = [_FOLD.sub(" ", unsmuggle(str(value))) for value in values]
    try:
        pairs = getaddresses(unfolded)
    except Exception:
        return ()
    for _name, address in pairs:
        address = address.strip().lower()
        if "@" in address and " " not in address and len(address) <= 320:
            seen.setdefault(address, None)
    return tuple(seen)
