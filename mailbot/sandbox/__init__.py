"""Embedded loopback mail server for `mailbot run` without a mail server, and `mailbot sandbox`.

SPEC §8: a new user with only Python and pip gets working SMTP + IMAP on 127.0.0.1 with
mailboxes for the sample roster. SMTP is aiosmtpd (:mod:`.smtp`), IMAP is pymap
(:mod:`.imap`), both over one data dir; :class:`Sandbox` starts and stops the pair.
"""

from mailbot.sandbox.server import (
    DEFAULT_IMAP_PORT,
    DEFAULT_SMTP_PORT,
    DOMAIN,
    ROSTER,
    Sandbox,
    SandboxError,
    SandboxInfo,
)

__all__ = [
    "DEFAULT_IMAP_PORT",
    "DEFAULT_SMTP_PORT",
    "DOMAIN",
    "ROSTER",
    "Sandbox",
    "SandboxError",
    "SandboxInfo",
]
