"""Placeholders for personal data before a hosted LLM sees a thread (``MAILBOT_LLM_REDACT``).

Email addresses, phone numbers, IBANs (mod-97 checked), card numbers (Luhn checked) and
the names of the people in the forwarded headers (From/To/Cc display names) become stable
placeholders such as ``<EMAIL_1>`` or ``<PERSON_2>``: the same value always gets the same
placeholder within one draft, so the model can still tell who said what. The brief the
model returns is restored with the originals before anyone sees or stores it.

Pure text work, no I/O: the mapping lives only in memory for the length of one draft.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import ValidationError

from mailbot.drafting.brief import Brief, DraftRequest

_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b")
_CARD = re.compile(r"(?<![\w.,])\d(?:[ -]?\d){12,18}(?![\w])")
# International (+CC ...) or a grouped national number; at least 8 digits in all.
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[ .-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d[\d .-]{6,16}\d"
    r"(?!\w|[ .-]\d|:\d)"
)
_PLACEHOLDER = re.compile(r"<(?:EMAIL|PERSON|PHONE|IBAN|CARD)_\d+>")
_MIN_NAME = 3  # "Al" or "IT" would hit too much ordinary text
NOT_NAMES = frozenset({  # words that are more often a month, a verb or a team
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "will", "mark", "bill", "grant", "rich", "the", "and", "team",
    "support", "sales", "ops", "info", "admin", "billing", "service", "desk", "customer",
})  # fmt: skip


def luhn_ok(digits: str) -> bool:
    """The card-number checksum: filters out order numbers and timestamps of the same shape."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char)
        if i % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def iban_ok(text: str) -> bool:
    """ISO 13616 mod-97: the country code and check digits moved to the end, letters as 10-35."""
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_NOT_PHONE = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"  # a date, maybe with an hour after it
    r"|^\d{1,3}(?:\.\d{1,3}){3}$"  # an IPv4 address
    r"|^[1-9]\d+$"  # one run of digits without a trunk 0 or a +: a ticket or order number
)


def _phone_like(text: str) -> bool:
    digits = _digits(text)
    return 8 <= len(digits) <= 15 and not _NOT_PHONE.search(text.strip())


class Redactor:
    """One draft's mapping between originals and placeholders, both ways."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.forward: dict[str, str] = {}
        self.back: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        cleaned = {" ".join(n.split()).strip(" ,\"'") for n in names}
        full = {n for n in cleaned if len(n) >= _MIN_NAME}
        # "Bob" alone signs the mail too; a capitalised part stands for the person, except
        # words such as "May" or "Will" that are more often a month or a verb.
        parts = {
            p
            for n in full
            for p in re.findall(r"[^\W\d_][\w'-]*", n)
            if len(p) >= _MIN_NAME and p[0].isupper() and p.lower() not in NOT_NAMES
        }
        # Longest first, so "Bob Smith" is replaced before a shorter name inside it.
        self.names = sorted(full, key=len, reverse=True)
        self.parts = sorted(parts - full, key=len, reverse=True)

    def _token(self, kind: str, original: str) -> str:
        key = original.lower() if kind == "EMAIL" else original
        if key not in self.forward:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            token = f"<{kind}_{self.counts[kind]}>"
            self.forward[key], self.back[token] = token, original
        return self.forward[key]

    def redact(self, text: str) -> str:
        """``text`` with every recognised personal datum replaced by its placeholder."""
        text = _EMAIL.sub(lambda m: self._token("EMAIL", m.group(0)), text)
        text = _IBAN.sub(
            lambda m: self._token("IBAN", m.group(0)) if iban_ok(m.group(0)) else m.group(0), text
        )
        text = _CARD.sub(
            lambda m: (
                self._token("CARD", m.group(0)) if luhn_ok(_digits(m.group(0))) else m.group(0)
            ),
            text,
        )
        text = _PHONE.sub(
            lambda m: self._token("PHONE", m.group(0)) if _phone_like(m.group(0)) else m.group(0),
            text,
        )
        for name in self.names:
            pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
            text = pattern.sub(self._person(name), text)
        for part in self.parts:  # case-sensitive: "bob" in a word list is not Bob
            pattern = re.compile(rf"(?<![\w<]){re.escape(part)}(?![\w>])")
            text = pattern.sub(self._person(part), text)
        return text

    def _person(self, name: str) -> Callable[[re.Match[str]], str]:
        return lambda _match: self._token("PERSON", name)

    def restore(self, text: str) -> str:
        """The placeholders the model echoed, back to the originals (unknown ones stay)."""
        return _PLACEHOLDER.sub(lambda m: self.back.get(m.group(0), m.group(0)), text)

    def restore_brief(self, brief: Brief) -> Brief:
        """Every text field of ``brief`` restored; lengths are re-checked by the model."""
        data = _restore_tree(brief.model_dump(mode="json"), self)
        try:
            return Brief.model_validate(data)
        except ValidationError as exc:  # a long name put back may overrun a field's limit
            for error in exc.errors():
                if error["type"] == "string_too_long":
                    _clip(data, error["loc"], int(error["ctx"]["max_length"]))
            return Brief.model_validate(data)


def _clip(data: Any, loc: tuple[int | str, ...], limit: int) -> None:
    for key in loc[:-1]:
        data = data[key]
    data[loc[-1]] = data[loc[-1]][: limit - 1].rstrip() + "…"


def _restore_tree(value: Any, redactor: Redactor) -> Any:
    if isinstance(value, str):
        return redactor.restore(value)
    if isinstance(value, list):
        return [_restore_tree(v, redactor) for v in value]
    if isinstance(value, dict):
        return {k: _restore_tree(v, redactor) for k, v in value.items()}
    return value


def header_names(request: DraftRequest) -> list[str]:
    """The display names of the people in the forwarded messages' From/To/Cc headers."""
    names: list[str] = []
    for message in request.thread.messages:
        names.append(message.sender_name)
        names.extend(message.recipient_names)
    if request.account is not None:
        names = [n for n in names if n.lower() != request.account.name.lower()]
    return [n for n in names if n and "@" not in n]


def redact_messages(messages: list[dict[str, str]], redactor: Redactor) -> list[dict[str, str]]:
    """The chat messages with the user (thread) parts redacted; the system prompt is ours."""
    return [
        {**m, "content": redactor.redact(m["content"])} if m["role"] != "system" else m
        for m in messages
    ]
