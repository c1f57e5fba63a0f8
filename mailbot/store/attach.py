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

from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import (
    Column,
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    literal_column,
    select,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.sql import Executable

from mailbot.store import direct, pending
from mailbot.store.schema_base import Base
from mailbot.store.tables import Counter

_UNSET = object()


def insert_object(session: Session, obj: Base) -> None:
    """INSERT ``obj`` (transient, its primary key unset) and make it persistent in ``session``."""
    table = _table(obj)
    values = _values(obj, table)
    if values is None:
        session.add(obj)  # the database decides a column: the ordinary flush
        session.flush([obj])
        return
    row = direct.execute(session.connection(), _returning_insert(table), values)
    assert row is not None
    _attach(session, obj, table, values, row[0])


def insert_later(session: Session, obj: Base, key: int) -> None:
    """``obj`` (its key given, from a block: :mod:`mailbot.store.numbered`) made persistent
    at once, its INSERT waiting in the transaction's buffer (a session that does not
    buffer writes it at once)."""
    table = _table(obj)
    values = _values(obj, table)
    if values is None:  # the database decides a column: the ordinary flush
        setattr(obj, table.primary_key.columns.values()[0].key, key)
        session.add(obj)
        session.flush([obj])
        return
    row = {table.primary_key.columns.values()[0].key: key, **values}
    if not pending.add(session, table, row):
        direct.execute(session.connection(), pending.plain_insert(table), row)
    _attach(session, obj, table, values, key)


def insert_numbered(
    session: Session,
    obj: Base,
    column: str,
    counter: str,
    prefix: str,
    before: tuple[Executable, Mapping[str, object]] | None = None,
) -> list[direct.Row] | None:
    """PostgreSQL: add one to ``counter`` and INSERT ``obj`` with ``column`` set to
    ``prefix`` and the new value (at least four digits, as ``f"{value:04d}"``), in one
    statement (a data-modifying CTE), so a forward's ref and its row cost one round trip,
    not two. None when not done (SQLite has no such CTE; a column the database decides):
    the caller then allocates the value and calls :func:`insert_object`.

    Exactly the two statements it replaces: the counter's upsert (the same row lock, so
    concurrent writers queue behind each other) and the INSERT of the same values.
    ``before`` (a statement and its values) is run first in the same round trip
    (:func:`mailbot.store.direct.execute_together`); its rows are returned ([] without).
    """
    if session.get_bind().dialect.name != "postgresql":
        return None
    table = _table(obj)
    values = _values(obj, table)
    if values is None:
        return None
    params = {k: v for k, v in values.items() if k != column}
    params.update(counter=counter, prefix=prefix)
    insert = (_numbered_insert(table, column), params)
    found: list[direct.Row] = []
    if before is None:
        row = direct.execute(session.connection(), *insert)
    else:
        found, rows = direct.execute_together(session.connection(), before, insert)
        row = rows[0] if rows else None
    assert row is not None
    values[column] = row[1]
    _attach(session, obj, table, values, row[0])
    return found


def _table(obj: Base) -> Table:
    table = obj.__table__
    assert isinstance(table, Table)
    return table


def _values(obj: Base, table: Table) -> dict[str, object] | None:
    """What the flush would send for each column but the key; None when the database
    decides one (a server default, a SQL expression default)."""
    values: dict[str, object] = {}
    for column in table.columns:
        value = _value(obj, column)
        if value is _UNSET:
            return None
        if not column.primary_key:
            values[column.key] = value
    return values


def _attach(
    session: Session, obj: Base, table: Table, values: dict[str, object], key: object
) -> None:
    """Attached as persistent with exactly the values written loaded, as after a flush."""
    for name, value in values.items():
        setattr(obj, name, value)
    setattr(obj, table.primary_key.columns.values()[0].key, key)
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


@cache
def _numbered_insert(table: Table, target: str) -> Any:
    """Built once per table: ``WITH n AS (INSERT INTO counters … ON CONFLICT … DO UPDATE …
    RETURNING value) INSERT INTO t (target, …) VALUES ((SELECT :prefix || digits FROM n),
    …) RETURNING id, target``. The other values are bound exactly as in
    :func:`_returning_insert`; a data-modifying CTE runs once, whether or not read.
    ``lpad`` alone would cut a fifth digit, hence the width of at least the number's own.
    """
    upsert = postgresql.insert(Counter).values(name=bindparam("counter"), value=literal_column("1"))
    upsert = upsert.on_conflict_do_update(
        index_elements=["name"], set_={"value": Counter.value + literal_column("1")}
    )
    n = upsert.returning(Counter.value).cte("n")
    digits = cast(n.c.value, Text)
    width = func.greatest(literal_column("4"), func.length(digits))
    number = bindparam("prefix", type_=Text) + func.lpad(digits, width, literal_column("'0'"))
    value = select(number).scalar_subquery()
    key = table.primary_key.columns.values()[0]
    return insert(table).values({target: value}).returning(key, table.c[target]).add_cte(n)
