"""Hot-path statements run on the DBAPI cursor, prepared by SQLAlchemy once per shape.

Every inbound message writes five or six rows (its own record, each mail it causes, the
outbox item, the daily-cap count, an event) and looks up two (its Message-ID, the thread
root of the mail it causes). Through ``Connection.execute`` each cost about 30 µs, of
which sqlite3 itself needs 5; here 9-15 µs, the rest being the bind processing (measured
for the daily-cap upsert and a 13-column message record). SQLAlchemy still does
everything that decides what is stored, once per statement, dialect and set of keys:

* the SQL text is its own compilation for the dialect (casts, quoting, RETURNING);
* each value goes through its column's bind processor (UTC normalisation, JSON);
* a DBAPI error is wrapped exactly as ``Connection.execute`` wraps it, so callers and
  :meth:`Database.session` see ``OperationalError``/``IntegrityError`` as before, and a
  dropped PostgreSQL connection is invalidated.

A statement whose compilation needs more than the given values (a Python-side column
default, escaped bind names) is run through ``Connection.execute`` instead, so the fast
path never stores something the slow path would not. What it gives up: engine events,
``echo`` and ``hide_parameters`` do not see these statements (mailbot uses none of them
on its engine), a bind processor's own error (a naive datetime) is raised bare rather
than as ``StatementError``, and a lost connection invalidates itself, not the pool (the
others are pinged when next checked out after a second idle, ``store.db``; one reused
sooner fails its first statement, and the store retries that work on a new connection).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable, Insert
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ClauseElement

Row = tuple[Any, ...]


@dataclass(frozen=True)
class _Prepared:
    sql: str
    names: tuple[str, ...]  # parameter order (positional) or the dict's keys (named)
    processors: tuple[Callable[[Any], Any] | None, ...]
    positional: bool

    def params(self, values: Mapping[str, object]) -> Any:
        pairs = zip(self.names, self.processors, strict=True)
        converted = [(n, values[n] if p is None else p(values[n])) for n, p in pairs]
        if self.positional:
            return tuple(v for _, v in converted)
        return dict(converted)


_SLOW = None  # cached for shapes the fast path must not take
# Keyed by the statement's id (the entry keeps the statement alive, so the id cannot be
# reused), the dialect with its driver, and the keys given. Bounded: the hot path uses a
# handful of module-level statements, so a statement built afresh per call is a caller's
# bug that must not grow memory; past the bound, new shapes take SQLAlchemy's path.
_prepared: dict[tuple[int, str, str, tuple[str, ...]], tuple[object, _Prepared | None]] = {}
_MAX_SHAPES = 256


def execute(connection: Connection, stmt: Executable, values: Mapping[str, object]) -> Row | None:
    """Run ``stmt`` with ``values`` in the connection's transaction; its first row, if any.

    Only inside a live transaction (as every caller is, through a session): otherwise
    SQLAlchemy's own path begins one, or raises that a failed one must be rolled back.
    """
    rows = _execute(connection, stmt, values, every=False)
    return rows[0] if rows else None


def execute_all(
    connection: Connection, stmt: Executable, values: Mapping[str, object]
) -> list[Row]:
    """Like :func:`execute`, with every row (an upsert's RETURNING over several rows)."""
    return _execute(connection, stmt, values, every=True)


def _execute(
    connection: Connection, stmt: Executable, values: Mapping[str, object], *, every: bool
) -> list[Row]:
    dialect = connection.dialect
    prepared = _fast(connection, stmt, tuple(values))
    if prepared is None:
        result = connection.execute(stmt, dict(values))
        if not result.returns_rows:
            return []
        if every:
            return [tuple(r) for r in result.all()]
        first = result.first()
        return [tuple(first)] if first is not None else []
    params = prepared.params(values)
    cursor = None
    try:
        cursor = connection.connection.cursor()
        cursor.execute(prepared.sql, params)
        rows: list[Any] = []
        if cursor.description is not None and every:  # rows, if any
            rows = list(cursor.fetchall())
        elif cursor.description is not None:
            first = cursor.fetchone()
            rows = [first] if first is not None else []
    except dialect.loaded_dbapi.Error as exc:
        raise _wrapped(connection, prepared.sql, params, exc, cursor) from exc
    finally:
        if cursor is not None:
            cursor.close()
    return [tuple(row) for row in rows]


def execute_together(
    connection: Connection,
    first: tuple[Executable, Mapping[str, object]],
    then: tuple[Executable, Mapping[str, object]],
) -> tuple[list[Row], list[Row]]:
    """Run ``first``, then ``then``; every row of each. On PostgreSQL both go in one round
    trip (psycopg's pipeline mode: the server runs them in order, ``then`` seeing what
    ``first`` did), elsewhere one after the other. An error in either is raised as
    :func:`execute` raises it, and the transaction is then aborted as after any error.
    """
    dbapi: Any = connection.connection.dbapi_connection
    one, two = (_fast(connection, stmt, tuple(values)) for stmt, values in (first, then))
    if one is None or two is None or not hasattr(dbapi, "pipeline"):
        return _execute(connection, *first, every=True), _execute(connection, *then, every=True)
    prepared = (one, two)
    params = [one.params(first[1]), two.params(then[1])]
    cursors: list[Any] = []
    try:
        with dbapi.pipeline():
            for statement, values in zip(prepared, params, strict=True):
                cursors.append(dbapi.cursor())
                cursors[-1].execute(statement.sql, values)
        rows = [[tuple(r) for r in c.fetchall()] if c.description else [] for c in cursors]
    except connection.dialect.loaded_dbapi.Error as exc:
        sql = ";\n".join(statement.sql for statement in prepared)
        raise _wrapped(connection, sql, params, exc, cursors[-1] if cursors else None) from exc
    finally:
        for cursor in cursors:
            cursor.close()
    return rows[0], rows[1]


def execute_many(
    connection: Connection, stmt: Executable, rows: Sequence[Mapping[str, object]]
) -> None:
    """Run ``stmt`` once per row of ``rows`` (all with the same keys), as one ``executemany``.

    psycopg sends the lot in pipeline mode (one round trip, not one per row); sqlite3 loops
    in C. A shape the fast path must not take goes through ``Connection.execute`` (itself
    an ``executemany``).
    """
    if not rows:
        return
    dialect = connection.dialect
    prepared = _fast(connection, stmt, tuple(rows[0]))
    if prepared is None:
        connection.execute(stmt, [dict(row) for row in rows])
        return
    params = [prepared.params(row) for row in rows]
    cursor = None
    try:
        cursor = connection.connection.cursor()
        cursor.executemany(prepared.sql, params)
    except dialect.loaded_dbapi.Error as exc:
        raise _wrapped(connection, prepared.sql, params, exc, cursor) from exc
    finally:
        if cursor is not None:
            cursor.close()


def copy_rows(
    connection: Connection, stmt: Executable, rows: Sequence[Mapping[str, object]]
) -> bool:
    """PostgreSQL: the rows of a plain INSERT (no RETURNING, no ON CONFLICT) by ``COPY``.

    False when not done (another backend, another statement shape, no live transaction):
    the caller then uses :func:`execute_many`.
    """
    dialect = connection.dialect
    if not rows or dialect.name != "postgresql" or not isinstance(stmt, Insert):
        return False
    if stmt._returning or stmt._post_values_clause is not None:
        return False
    prepared = _fast(connection, stmt, tuple(rows[0]))
    if prepared is None:
        return False
    sql = _copy_sql(stmt, dialect, prepared.names)
    params = [prepared.params(row) for row in rows]
    cursor = None
    try:
        cursor = connection.connection.cursor()
        with cursor.copy(sql) as copy:
            for values in params:
                copy.write_row([values[name] for name in prepared.names])
    except dialect.loaded_dbapi.Error as exc:
        raise _wrapped(connection, sql, params, exc, cursor) from exc
    finally:
        if cursor is not None:
            cursor.close()
    return True


_copy_sqls: dict[tuple[str, tuple[str, ...]], str] = {}  # by table and keys; bounded


def _copy_sql(stmt: Insert, dialect: Dialect, names: tuple[str, ...]) -> str:
    table = stmt.table
    sql = _copy_sqls.get((table.name, names))
    if sql is None:
        quote = dialect.identifier_preparer.quote
        columns = ", ".join(quote(table.c[name].name) for name in names)
        sql = f"COPY {quote(table.name)} ({columns}) FROM STDIN"
        if len(_copy_sqls) < _MAX_SHAPES:
            _copy_sqls[(table.name, names)] = sql
    return sql


def _fast(connection: Connection, stmt: Executable, keys: tuple[str, ...]) -> _Prepared | None:
    """The cached preparation of ``stmt`` for these keys, inside a live transaction; None
    when SQLAlchemy's own path must run it (a shape the fast path must not take, or no
    active transaction to run in)."""
    dialect = connection.dialect
    key = (id(stmt), dialect.name, dialect.driver, keys)
    entry = _prepared.get(key)
    if entry is None and len(_prepared) < _MAX_SHAPES:
        entry = _prepared[key] = (stmt, _prepare(stmt, dialect, keys))
    prepared = entry[1] if entry is not None else _SLOW
    transaction = connection.get_transaction()
    if prepared is None or transaction is None or not transaction.is_active:
        return None
    return prepared


def _prepare(stmt: Executable, dialect: Dialect, keys: tuple[str, ...]) -> _Prepared | None:
    assert isinstance(stmt, ClauseElement)
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
    assert isinstance(compiled, SQLCompiler)
    if compiled.escaped_bind_names:
        return _SLOW
    names = tuple(compiled.positiontup or ()) if compiled.positional else tuple(compiled.binds)
    if set(names) != set(keys) or (compiled.positional and len(set(names)) != len(names)):
        return _SLOW  # a default to fill in, or a parameter used twice: SQLAlchemy's job
    processors = tuple(
        compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    )
    return _Prepared(compiled.string, names, processors, compiled.positional)


def _wrapped(connection: Connection, sql: str, params: Any, exc: Any, cursor: Any) -> Exception:
    dialect = connection.dialect
    dbapi_connection = connection.connection.dbapi_connection
    lost = dialect.is_disconnect(exc, dbapi_connection, cursor)
    if lost:
        connection.invalidate(exc)
    wrapped: Exception = DBAPIError.instance(
        sql, params, exc, dialect.loaded_dbapi.Error,
        connection_invalidated=lost, dialect=dialect,
    )  # fmt: skip
    return wrapped
