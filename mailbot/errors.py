"""The one exception tree of mailbot.

Every error we raise on purpose derives from :class:`MailbotError`, so the CLI and the
watcher can tell "our" failures (which carry a clear, loggable reason) from bugs.

    MailbotError
    ├── ConfigError              settings or routing file invalid (names the key)
    ├── StoreError               database unavailable or inconsistent
    ├── ParseError               a message we cannot read (reason is quarantined)
    │   └── MessageLimitError    a size/nesting/part/header limit was exceeded
    ├── MailboxError             IMAP operation failed (carries the server's answer)
    ├── DraftingError            LLM or offline drafter could not produce a brief
    │   ├── LLMFailure           the LLM gave no usable brief (drafting/llm.py; the
    │   │                        fallback drafter catches it and drafts offline)
    │   └── OutputInvalid        the model's JSON is not a Brief (drafting/llm_output.py;
    │                            also a ValueError; caught for one repair round)
    ├── TokenError               a reply token is forged, expired or stale
    ├── AccountsImportError      CSV rows invalid (carries the row errors)
    └── DeliveryError            SMTP delivery failed
        ├── TransientDeliveryError   4xx / connection: retry later
        └── PermanentDeliveryError   5xx: give up, alert the CSM
"""

from __future__ import annotations


class MailbotError(Exception):
    """Base of every error mailbot raises on purpose."""


class ConfigError(MailbotError):
    """Invalid configuration; ``key`` names the setting or routing-file key at fault."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}")


class StoreError(MailbotError):
    """The database could not be reached or returned something impossible."""


class ParseError(MailbotError):
    """A raw message could not be turned into an inbound message."""


class MessageLimitError(ParseError):
    """A hostile-input limit (size, nesting, parts, headers) was exceeded."""


class MailboxError(MailbotError):
    """An IMAP command failed; ``answer`` keeps what the server said."""

    def __init__(self, operation: str, answer: str) -> None:
        self.operation = operation
        self.answer = answer
        super().__init__(f"IMAP {operation} failed: {answer}")


class DraftingError(MailbotError):
    """No drafter could produce a valid brief."""


class TokenError(MailbotError):
    """A reply token failed verification (forged, expired, wrong recipient, stale draft)."""


class AccountsImportError(MailbotError):
    """An accounts CSV had invalid rows; nothing was imported."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        super().__init__(f"{len(errors)} invalid row(s): " + "; ".join(errors[:5]))


class DeliveryError(MailbotError):
    """SMTP delivery failed; ``code`` and ``answer`` are the server's reply when known."""

    def __init__(self, answer: str, code: int | None = None) -> None:
        self.code = code
        self.answer = answer
        super().__init__(f"SMTP {code or '-'}: {answer}")


class TransientDeliveryError(DeliveryError):
    """4xx or a dropped connection: the outbox retries with backoff."""


class PermanentDeliveryError(DeliveryError):
    """5xx: the outbox marks the mail failed and alerts the CSM once."""
