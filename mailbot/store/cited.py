"""Which customer Message-IDs some escalation was forwarded with, read once per batch.

The certain-duplicate check (:mod:`mailbot.handlers.certain`) reads, for each forward, the
open escalations of its CSM whose stored forwarded ids share one of the forward's. Nearly
every forward shares none, yet on PostgreSQL each read was a round trip. A batch knows
its messages' raw bytes at its start, and with them the Message-IDs their headers name
(a forward's own In-Reply-To and References, the headers of the customer mails it
attaches): one statement reads which of those any escalation lists. A forward none of
whose ids is listed cannot be a certain duplicate and needs no read of its own.

What keeps it exactly the per-forward read:

* **Only what was asked.** A forward is ruled out only if every one of its ids was looked
  up here; an id the header scan did not see (an attachment sent base64-encoded) sends
  it to its own read, as before.
* **Any status, any CSM.** The read filters on neither (either may change during the
  batch); a listed id sends the forward to its own read, which decides.
* **The batch's own changes.** An escalation gains forwarded ids only when it is opened
  (:func:`note` adds them) or when it takes in a merged one, whose ids were listed already.
* **Other instances.** The read runs when the batch's first forward asks, where that
  forward's own read ran before; later forwards no longer read for themselves. Once the
  batch holds the year's counter (:mod:`mailbot.store.numbered`), no other instance can
  commit a new escalation of that year until it commits; but one committed between the
  read and that lock (while the batch waits for it), or under the next year's counter
  after midnight, is missed by the batch's later forwards, where each used to see it.
  A narrow race, of the kind two forwards in flight at once always had; the duplicate
  check at drafting still compares them.

SQLite reads each forward's candidates in-process (no round trip), and keeps doing so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Text, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from mailbot.store import direct

_KEY = "mailbot.cited"
_MAX_ASKED = 5000  # ids a batch looks up at most; the rest read for themselves

# A header naming Message-IDs, folded lines included, wherever it starts a line (the
# forward's own headers, and those of an attached message/rfc822 part).
_HEADER = re.compile(
    rb"^(?:message-id|in-reply-to|references)[ \t]*:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)",
    re.IGNORECASE | re.MULTILINE,
)
_ID = re.compile(rb"<([^<>\s]{1,500})>")

# Through the GIN index on the list (migration 0010): only the escalations that list one.
_LISTED = text(
    "SELECT DISTINCT x FROM escalations, "
    "jsonb_array_elements_text(CAST(forwarded_ids AS JSONB)) AS x "
    "WHERE CAST(forwarded_ids AS JSONB) ?| :ids AND x = ANY(:ids)"
).bindparams(bindparam("ids", type_=ARRAY(Text)))


@dataclass
class _Cited:
    raws: list[bytes]  # whose ids are still to be read (at the first forward that asks)
    asked: set[str] = field(default_factory=set)
    listed: set[str] = field(default_factory=set)


def look_ahead(session: Session, raws: Sequence[bytes]) -> None:
    """Which of the Message-IDs ``raws`` name some escalation lists (PostgreSQL) is read
    when the batch's first forward asks (:func:`ruled_out`): at the moment its own read
    used to run, so no later, and never in a batch without one. The batch passes the
    messages that may open an escalation (no reply token): a reply handled as a forward
    after all reads for itself."""
    if raws and session.get_bind().dialect.name == "postgresql":
        session.info[_KEY] = _Cited(list(raws))


def _read(session: Session, cited: _Cited) -> None:
    asked = sorted(header_ids(cited.raws))[:_MAX_ASKED]
    cited.raws = []
    if asked:
        rows = direct.execute_all(session.connection(), _LISTED, {"ids": asked})
        cited.asked.update(asked)
        cited.listed.update(str(row[0]) for row in rows)


def header_ids(raws: Iterable[bytes]) -> set[str]:
    """Message-IDs named by the headers in ``raws``, as forwarded ids are kept (no angle
    brackets, lower case)."""
    found: set[str] = set()
    for raw in raws:
        for header in _HEADER.finditer(raw):
            found.update(i.decode("latin-1").lower() for i in _ID.findall(header.group(1)))
    return found


def ruled_out(session: Session, ids: Iterable[str]) -> bool:
    """Whether no escalation lists any of ``ids``, known from this batch's read."""
    cited = session.info.get(_KEY)
    mine = set(ids)
    if not isinstance(cited, _Cited) or not mine:
        return False
    if cited.raws:
        _read(session, cited)
    return mine <= cited.asked and not mine & cited.listed


def note(session: Session, ids: Iterable[str]) -> None:
    """A new escalation of this batch lists ``ids``."""
    cited = session.info.get(_KEY)
    if isinstance(cited, _Cited):
        cited.listed.update(ids)
