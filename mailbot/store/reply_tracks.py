"""The per-(escalation, sender) reply track the robot check reads and writes.

One row, overwritten in place: a reply pays one primary-key read and one upsert, both on
the connection (no ORM flush or identity map: this runs for most team replies). In a
session that buffers (:mod:`mailbot.store.pending`) the upsert waits for the commit and
a second reply from the sender in the same transaction reads what the first saved. The
upsert is the same SQL on SQLite and PostgreSQL, so two instances racing on a sender's
first reply cannot collide; ``stopped_at`` keeps the first stop.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from mailbot.domain import Track
from mailbot.store import direct, pending
from mailbot.store.listed import any_of
from mailbot.store.tables import ReplyTrack, UTCDateTime

COLUMNS = (
    ReplyTrack.last_text,
    ReplyTrack.last_at,
    ReplyTrack.streak,
    ReplyTrack.robot_text,
    ReplyTrack.stopped_at,
)
_LOAD = select(*COLUMNS).where(
    ReplyTrack.escalation_id == bindparam("escalation_id"),
    ReplyTrack.sender == bindparam("sender"),
)
_SAVE = text(
    "INSERT INTO reply_tracks (escalation_id, sender, last_text, last_at, streak, robot_text, "
    "stopped_at) VALUES (:escalation_id, :sender, :last_text, :last_at, :streak, :robot_text, "
    ":stopped_at) ON CONFLICT (escalation_id, sender) DO UPDATE SET "
    "last_text = excluded.last_text, last_at = excluded.last_at, streak = excluded.streak, "
    "robot_text = excluded.robot_text, "
    "stopped_at = COALESCE(reply_tracks.stopped_at, excluded.stopped_at)"
).bindparams(
    bindparam("last_at", type_=UTCDateTime()), bindparam("stopped_at", type_=UTCDateTime())
)


_AHEAD = select(ReplyTrack.escalation_id, ReplyTrack.sender, *COLUMNS).where(
    any_of(ReplyTrack.escalation_id, "ids")
)


def read_ahead(session: Session, escalation_ids: list[int]) -> None:
    """Every track of ``escalation_ids`` in one statement (a batch's, :mod:`.ahead`): a
    sender with none there has none, for as long as the transaction's buffer lives."""
    rows = session.connection().execute(_AHEAD, {"ids": escalation_ids})
    found = {_key(row[0], row[1]): loaded_track(tuple(row[2:])) for row in rows}
    pending.remember_all(session, found, [_all_key(i) for i in escalation_ids])


def _key(escalation_id: int, sender: str) -> tuple[str, int, str]:
    return ("reply_track", escalation_id, sender)


def _all_key(escalation_id: int) -> tuple[str, int]:
    return ("reply_tracks_of", escalation_id)


def load(session: Session, escalation_id: int, sender: str) -> tuple[Track | None, bool]:
    """The sender's track on the escalation, and whether they were stopped before."""
    key = _key(escalation_id, sender)
    known = pending.recall(session, key)  # read or saved earlier in this transaction
    if known is not None:
        assert isinstance(known, tuple)
        return known
    if pending.recall(session, _all_key(escalation_id)):  # all read ahead: none
        pending.remember(session, key, (None, False))
        return None, False
    params = {"escalation_id": escalation_id, "sender": sender}
    row = session.connection().execute(_LOAD, params).first()
    loaded = (None, False) if row is None else loaded_track(tuple(row))
    pending.remember(session, key, loaded)
    return loaded


def loaded_track(row: tuple[Any, ...]) -> tuple[Track, bool]:
    """A row of :data:`COLUMNS`: the track, and whether the sender was stopped."""
    track = Track(last_text=row[0], last_at=row[1], streak=row[2], robot_text=row[3])
    return track, row[4] is not None


def save(
    session: Session, escalation_id: int, sender: str, track: Track, stopped_at: datetime | None
) -> None:
    values = {
        "escalation_id": escalation_id, "sender": sender, "last_text": track.last_text,
        "last_at": track.last_at, "streak": track.streak, "robot_text": track.robot_text,
        "stopped_at": stopped_at,
    }  # fmt: skip
    key = _key(escalation_id, sender)
    known = pending.recall(session, key)
    if isinstance(known, tuple):  # loaded in this transaction: the upsert can wait for commit
        stopped = bool(known[1]) or stopped_at is not None
        if pending.defer(session, _SAVE, values, (key, (track, stopped))):
            return
    direct.execute(session.connection(), _SAVE, values)
