"""Turn the watcher's handler(s) into runs of outcomes: the unit the watcher settles.

A run is a list of outcomes for consecutive fetched mails that were decided together,
e.g. one database transaction of a group handler. The watcher settles a whole run before
it looks at a stop request or a RETRY streak, so mail whose transaction committed is
always MOVEd in the same pass: a quarantined message handled twice would be stored
twice, since only processed mail is recognised by Message-ID.
"""

from __future__ import annotations

import logging
from collections.abc import Generator

from mailbot.domain import Disposition
from mailbot.inbound.watch_contract import FetchedMail, GroupHandler, MailHandler

log = logging.getLogger(__name__)

Runs = Generator[list[Disposition], None, None]


def outcome_runs(
    mails: list[FetchedMail], handler: MailHandler | None, group: GroupHandler | None
) -> Runs:
    """Runs covering ``mails`` in order; any handler failure is a RETRY, never a crash.

    The group handler is used when there is one; otherwise ``handler``, one mail a run."""
    if group is None:
        assert handler is not None, "the watcher checks that one of them is set"
        for mail in mails:
            yield [_call(handler, mail)]
        return
    handled, decided = group(mails), 0
    try:
        for run in handled:
            decided += len(run)
            yield run
    except Exception:
        log.exception("group handler failed: %d mail(s) left to retry", len(mails) - decided)
    finally:
        handled.close()  # a stop between runs: the handler drops what it did not commit
    if decided < len(mails):
        yield [Disposition.RETRY] * (len(mails) - decided)


def _call(handler: MailHandler, mail: FetchedMail) -> Disposition:
    try:
        return handler(mail)
    except Exception:
        log.exception("handler failed on UID %d; it stays in the folder for a retry", mail.uid)
        return Disposition.RETRY
