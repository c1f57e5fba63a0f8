"""The IMAP cursor (UIDVALIDITY, last UID) per folder, kept in the store."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

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
        """An upsert: two instances on one mailbox may both write the first cursor.

        A cursor that moves back because the other instance wrote an older value only
        costs a rescan; handled mail has left the folder and dedupe covers the rest.
        """
        with self.db.session() as session:
            dialect = session.get_bind().dialect.name
            module = postgresql if dialect == "postgresql" else sqlite
            values = {"uidvalidity": uidvalidity, "last_uid": last_uid}
            stmt = module.insert(MailboxCursor).values(folder=self.prefix + folder, **values)
            session.execute(stmt.on_conflict_do_update(index_elements=["folder"], set_=values))
