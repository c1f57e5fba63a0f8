"""The per-(escalation, sender) reply track the robot check reads and writes.

One row, overwritten in place, looked up by its primary key: a reply pays one indexed read
and one write. Two instances racing on a sender's very first reply collide on the key;
the loser's transaction is retried like any other conflict, and reads the winner's row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from mailbot.lifecycle.robot import Track
from mailbot.store.tables import ReplyTrack


def load(session: Session, escalation_id: int, sender: str) -> Track | None:
    row = session.get(ReplyTrack, (escalation_id, sender))
    if row is None:
        return None
    return Track(
        last_text=row.last_text, last_at=row.last_at, streak=row.streak, robot_text=row.robot_text
    )


def save(
    session: Session, escalation_id: int, sender: str, track: Track, stopped_at: datetime | None
) -> bool:
    """Store ``track``; with ``stopped_at``, mark the sender stopped. True the first time."""
    row = session.get(ReplyTrack, (escalation_id, sender))
    if row is None:
        row = ReplyTrack(escalation_id=escalation_id, sender=sender)
        session.add(row)
    row.last_text, row.last_at = track.last_text, track.last_at
    row.streak, row.robot_text = track.streak, track.robot_text
    first_stop = stopped_at is not None and row.stopped_at is None
    if first_stop:
        row.stopped_at = stopped_at
    return first_stop
