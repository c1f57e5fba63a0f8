"""Start-up checks on the environment that :mod:`mailbot.settings` runs at load time.

Kept apart from the model so the settings module stays a list of fields. Both checks exist
because a deployment mistake should show up when the operator runs ``mailbot check``, not
as a silently ignored variable or a watcher failing later in a reconnect loop.
"""

from __future__ import annotations

import difflib
import functools
import logging
from collections.abc import Iterable, Mapping

from mailbot.endpoints.imap_url import parse_imap_url
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.errors import ConfigError

log = logging.getLogger("mailbot.settings")

# MAILBOT_* names read outside Settings (fault injection, scripts, tests, benchmarks).
OTHER_ENV_NAMES = frozenset(
    {
        "MAILBOT_CONFIG",
        "MAILBOT_TESTING",
        "MAILBOT_CRASH_AT",
        "MAILBOT_LLM_HOME",
        "MAILBOT_VENV",
        "MAILBOT_TEST_VENV",
        "MAILBOT_TEST_PG_URL",
        "MAILBOT_BENCH_PG_URL",
        "MAILBOT_PEER_DIR",
        "MAILBOT_REGENERATE_FIXTURES",
    }
)


def check_mail_urls(imap_url: str | None, smtp_url: str | None) -> None:
    """Parse the mail URLs exactly as ``mailbot run`` will; raise ConfigError naming one."""
    if imap_url:
        parse_imap_url(imap_url)
    if smtp_url:
        parse_smtp_url(smtp_url)
    if bool(imap_url) != bool(smtp_url):
        missing = "MAILBOT_SMTP_URL" if imap_url else "MAILBOT_IMAP_URL"
        raise ConfigError(missing, "set both mail URLs, or neither to use the embedded sandbox")


def warn_unknown_env(environ: Mapping[str, str], settings_names: Iterable[str]) -> None:
    """One warning per ``MAILBOT_*`` variable mailbot does not read, with the likely name.

    A typo such as ``MAILBOT_IMAP_ULR`` would otherwise be ignored and the default used.
    """
    known = OTHER_ENV_NAMES | set(settings_names)
    tails = sorted(name[8:] for name in known if name.startswith("MAILBOT_"))
    for name in sorted(environ):
        if not name.upper().startswith("MAILBOT_") or name in known:
            continue
        # Compare what follows the shared prefix, or every name looks alike.
        close = difflib.get_close_matches(name[8:].upper(), tails, n=1, cutoff=0.6)
        hint = f"; did you mean MAILBOT_{close[0]}?" if close else ""
        _warn_once(f"environment variable {name} is not a mailbot setting and is ignored{hint}")


@functools.cache
def _warn_once(message: str) -> None:
    """Settings load more than once per command; the operator needs the line once."""
    log.warning("%s", message)
