"""A new row inserted by one Core statement, its ORM object attached as if read back.

A forward's new escalation needs its id at once (its event, its drafting job and the
thread root of its mail refer to it). Through the unit of work that one INSERT cost a
flush (~0.35 ms of CPU a forward on PostgreSQL, against ~0.2 ms for the INSERT …
RETURNING on the DBAPI cursor of :mod:`mailbot.store.direct` and attaching the object),
and a whole flush would also write whatever else waits in the session (a batch's
locked escalations, :mod:`mailbot.store.ahead`).

What keeps it the unit of work's INSERT: every column gets the value the flush would
have sent (the attribute when set, else the column's Python default, else NULL); a
column the database would fill in (a server default, a SQL expression default) sends the
object through the ordinary flush instead. The object is then attached as persistent with
exactly those values loaded, as after the flush. mailbot declares no mapper events
(``before_insert`` …) that this would skip.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Column, Table, insert
from sqlalchemy.orm import Session, make_transient_to_detached

from mailbot.store import direct
from mailbot.store.schema_base import Base

_UNSET = object()


def insert_object(session: Session, obj: Base) -> None:
    """INSERT ``obj`` (transient, its primary key unset) and make it persistent in ``session``."""
    table = obj.__table__
    assert isinstance(table, Table)
    values: dict[str, object] = {}
    for column in table.columns:
        value = _value(obj, column)
        if value is _UNSET:
            session.add(obj)  # the database decides this column: the ordinary flush
            session.flush([obj])
            return
        if not column.primary_key:
            values[column.key] = value
    row = direct.execute(session.connection(), _returning_insert(table), values)
    assert row is not None
    for key, value in values.items():
        setattr(obj, key, value)
    setattr(obj, table.primary_key.columns.values()[0].key, row[0])
    make_transient_to_detached(obj)
    session.add(obj)


def _value(obj: Base, column: Column[Any]) -> object:
    """What the unit of work would send for ``column``; _UNSET when the database decides."""
    if column.key in obj.__dict__:
        return obj.__dict__[column.key]
    if column.primary_key:
        return None if len(column.table.primary_key.columns) == 1 else _UNSET
    if column.server_default is not None:
        return _UNSET
    default = column.default
    if default is None:
        return None
    if getattr(default, "is_scalar", False):
        return default.arg  # type: ignore[attr-defined]
    if getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]  # wrapped to take a context
    return _UNSET  # a SQL expression or a sequence


@cache
def _returning_insert(table: Table) -> Any:
    """Built once per table (see ``repo._returning_insert``)."""
    return insert(table).returning(*table.primary_key.columns)
