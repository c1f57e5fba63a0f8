"""The IMAP commands the watcher needs, each one checked and typed.

imap-tools gives us the connection classes, login, folders and MOVE; the FETCHes are
issued through imaplib directly because we need exact raw bytes (``BODY.PEEK[]``, so
\\Seen is never set) and ``RFC822.SIZE`` without parsing the message. Kept apart from the
watcher's policy so that the loop reads as decisions, not protocol details.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import select
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

from imap_tools import BaseMailBox
from imap_tools.errors import MailboxMoveError

from mailbot.endpoints.imap_url import ImapTarget
from mailbot.errors import MailboxError
from mailbot.inbound.imap_login import connect_mailbox, log_in

_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_MAX_SET = 2000  # characters in one UID set


def open_mailbox(
    target: ImapTarget, timeout: float, ssl_context: ssl.SSLContext | None = None
) -> BaseMailBox:
    """Connect and log in by the URL's scheme and auth method; nothing is selected yet.

    The capabilities are re-read after login: imaplib only keeps the pre-login list,
    which lacks MOVE, and imap-tools would then "move" by COPY + EXPUNGE.
    """
    mailbox = connect_mailbox(target, timeout, ssl_context)
    try:
        log_in(mailbox, target)
    except BaseException:
        close_quietly(mailbox)
        raise
    return mailbox


def close_quietly(mailbox: BaseMailBox) -> None:
    """Log out, or just drop the socket when the connection is already broken."""
    try:
        mailbox.client.logout()
    except (imaplib.IMAP4.error, OSError):
        with contextlib.suppress(OSError):
            mailbox.client.shutdown()


def ensure_folders(mailbox: BaseMailBox, names: tuple[str, ...]) -> None:
    """Create the folders we move into; a concurrent create by someone else is fine."""
    for name in names:
        if not mailbox.folder.exists(name):
            try:
                mailbox.folder.create(name)
            except Exception:
                if not mailbox.folder.exists(name):
                    raise


def select_folder(mailbox: BaseMailBox, folder: str) -> int:
    """SELECT ``folder`` read-write and return its UIDVALIDITY."""
    mailbox.folder.set(folder)
    _, data = mailbox.client.response("UIDVALIDITY")
    if data and isinstance(data[0], bytes) and data[0].isdigit():
        return int(data[0])
    status = mailbox.folder.status(folder, ["UIDVALIDITY"])
    if "UIDVALIDITY" not in status:
        raise MailboxError("SELECT", f"server reported no UIDVALIDITY for {folder!r}")
    return status["UIDVALIDITY"]


def uids_after(mailbox: BaseMailBox, last_uid: int) -> list[int]:
    """UIDs above ``last_uid``, ascending.

    ``UID n:*`` always matches the highest UID, even when it is below n, so the answer
    is filtered rather than trusted.
    """
    found = mailbox.uids(f"UID {last_uid + 1}:*")
    return sorted(uid for uid in map(int, found) if uid > last_uid)


def fetch_sizes(mailbox: BaseMailBox, uids: list[int]) -> dict[int, int]:
    """``{uid: RFC822.SIZE}``; UIDs expunged meanwhile are simply absent."""
    data = _uid_fetch(mailbox, uids, "(UID RFC822.SIZE)")
    sizes: dict[int, int] = {}
    for item in data:
        line = item[0] if isinstance(item, tuple) else item
        if not isinstance(line, bytes):
            continue
        uid, size = _UID.search(line), _SIZE.search(line)
        if uid and size:
            sizes[int(uid.group(1))] = int(size.group(1))
    return sizes


def fetch_bodies(mailbox: BaseMailBox, uids: list[int]) -> dict[int, bytes]:
    """``{uid: raw message}`` fetched with BODY.PEEK[] (the \\Seen flag stays untouched)."""
    data = _uid_fetch(mailbox, uids, "(UID BODY.PEEK[])")
    bodies: dict[int, bytes] = {}
    for index, item in enumerate(data):
        if not isinstance(item, tuple):
            continue
        uid = _UID.search(item[0])
        if uid is None and index + 1 < len(data):  # "… BODY[] {n}" literal, then " UID 7)"
            trailer = data[index + 1]
            uid = _UID.search(trailer) if isinstance(trailer, bytes) else None
        if uid is not None:
            bodies[int(uid.group(1))] = bytes(item[1])
    return bodies


def move(mailbox: BaseMailBox, uids: int | list[int], folder: str) -> None:
    """UID MOVE one message or a set in one command (COPY + EXPUNGE without MOVE).

    Another session (a second instance, a person in Outlook) may have moved some of them
    first: the server then says ``NO [EXPUNGEISSUED]``. Take in its expunges with a NOOP
    and move whatever is still here; the ones already gone were handled (dedupe).
    """
    uid_list = [str(uid) for uid in ([uids] if isinstance(uids, int) else uids)]
    try:
        mailbox.move(uid_list, folder)
    except MailboxMoveError as exc:
        if "EXPUNGEISSUED" not in str(exc).upper():
            raise
        mailbox.client.noop()
        mailbox.move(uid_list, folder)


def uid_sets(uids: Iterable[int]) -> list[str]:
    """Compact UID sets (consecutive runs as ``a:b``), each short enough for one command.

    A size FETCH covers up to a thousand UIDs: listed one by one, 8-digit UIDs would make
    a 9 KB command line, and servers may refuse lines over 8 KB (RFC 7162 §4).
    """
    sets: list[str] = []
    parts: list[str] = []
    length = 0
    for first, last in _runs(sorted(set(uids))):
        part = str(first) if first == last else f"{first}:{last}"
        if parts and length + len(part) + 1 > _MAX_SET:
            sets.append(",".join(parts))
            parts, length = [], 0
        parts.append(part)
        length += len(part) + 1
    if parts:
        sets.append(",".join(parts))
    return sets


def _runs(ordered: list[int]) -> Iterator[tuple[int, int]]:
    if not ordered:
        return
    first = last = ordered[0]
    for uid in ordered[1:]:
        if uid != last + 1:
            yield first, last
            first = uid
        last = uid
    yield first, last


def _uid_fetch(mailbox: BaseMailBox, uids: list[int], items: str) -> list[Any]:
    data: list[Any] = []
    for uid_set in uid_sets(uids):
        typ, answer = mailbox.client.uid("FETCH", uid_set, items)
        # The mover's MOVEs show up here as "* n EXPUNGE" lines, which imaplib would keep
        # for the whole pass: a big backlog's worth of them. Nothing of ours reads them.
        mailbox.client.untagged_responses.pop("EXPUNGE", None)
        if typ != "OK":
            raise MailboxError(f"UID FETCH {items}", repr(answer)[:200])
        data.extend(answer)
    return data


def idle_until_new_mail(
    mailbox: BaseMailBox, stop: threading.Event, max_wait: float, slice_s: float = 0.5
) -> bool:
    """IDLE until the server reports EXISTS (True), or ``max_wait``/``stop`` (False).

    The socket is watched in short slices so ``stop`` is honoured promptly. Lines are
    read blocking once select() says data is there (Dovecot writes whole lines); a
    closed connection or ``* BYE`` raises, which makes the caller reconnect.
    """
    client = mailbox.client
    idle: Any = mailbox.idle  # imap-tools leaves start()/stop() unannotated
    idle.start()
    deadline = time.monotonic() + max_wait
    woke = False
    while not woke and not stop.is_set():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        if (
            not _buffered(client)
            and not select.select([client.sock], [], [], min(slice_s, remaining))[0]
        ):
            continue
        line = client.readline()
        if not line:
            raise imaplib.IMAP4.abort("connection closed during IDLE")
        if line.startswith(b"* BYE"):
            raise imaplib.IMAP4.abort(f"server said {line.decode(errors='replace').strip()}")
        woke = line.rstrip().upper().endswith(b"EXISTS")
    idle.stop()
    return woke


def _buffered(client: imaplib.IMAP4) -> bool:
    """Whether imaplib's reader already holds unread bytes that select() cannot see."""
    sock = client.sock
    if isinstance(sock, ssl.SSLSocket) and sock.pending():
        return True
    peek = getattr(client.file, "peek", None)
    if peek is None:
        return False
    old_timeout = sock.gettimeout()
    sock.settimeout(0)  # peek must not block when its buffer is empty
    try:
        return bool(peek(1))
    except OSError:
        return False
    finally:
        sock.settimeout(old_timeout)
