"""The IMAP cursor (UIDVALIDITY, last UID) per folder, kept in the store."""

from __future__ import annotations

from mailbot.store.db import Database
from mailbot.store.tables import MailboxCursor


class StoreCursors:
    """Implements the watcher's CursorStore protocol on the ``mailbox_cursors`` table."""

    def __init__(self, db: Database, prefix: str = "") -> None:
        self.db = db
        self.prefix = prefix  # e.g. the mailbox user, so two mailboxes never share a cursor

    def load_cursor(self, folder: str) -> tuple[int, int] | None:
        with self.db.session() as session:
            row = session.get(MailboxCursor, self.prefix + folder)
            return (row.uidvalidity, row.last_uid) if row else None

    def save_cursor(self, folder: str, uidvalidity: int, last_uid: int) -> None:
        with self.db.session() as session:
            row = session.get(MailboxCursor, self.prefix + folder)
            if row is None:
                session.add(
                    MailboxCursor(
                        folder=self.prefix + folder, uidvalidity=uidvalidity, last_uid=last_uid
                    )
                )
            else:
                row.uidvalidity, row.last_uid = uidvalidity, last_uid
