"""A list parameter PostgreSQL can prepare: ``col = ANY(:array)``, not ``col IN (…)``.

A batch's look-aheads ask for a list of Message-IDs, refs or ids. As an expanding ``IN``
the statement has one placeholder per item, so nearly every batch sends a new statement
text, which the server parses and plans again and psycopg never prepares (it prepares a
text after seeing it five times). One array parameter gives one text for every batch:
prepared after the fifth, each later batch only binds and executes it. Measured in
session 26's statement log, the four look-aheads' IN lists took 195 ms of a pass's
808 ms of server time.

SQLite has no arrays; there the same element compiles to the expanding ``IN`` it was.

One text, not always one prepared statement: psycopg sends a list of small ints as
``int2[]`` and of larger ones as ``int4[]``, and prepares each signature apart (at most
three a connection). The list's name exists only when compiled, so ``stmt.params()``
cannot bind it; pass it to ``execute``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, String, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.type_api import TypeEngine
from sqlalchemy.sql.visitors import InternalTraversal


class AnyOf(ColumnElement[bool]):
    """``column`` is one of the list bound as ``name`` (see the module doc)."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a comparison: no "= 1" after it where booleans are ints
    _traverse_internals = [  # noqa: RUF012 (SQLAlchemy's own declaration, per class)
        ("column", InternalTraversal.dp_clauseelement),
        ("name", InternalTraversal.dp_string),
    ]

    def __init__(self, column: ColumnElement[Any], name: str) -> None:
        self.column = column
        self.name = name

    @property
    def _from_objects(self) -> list[Any]:
        return self.column._from_objects


def any_of(column: Any, name: str) -> AnyOf:
    """``column`` among the list given as parameter ``name`` at execution."""
    return AnyOf(column.expression, name)


@compiles(AnyOf)
def _in_list(element: AnyOf, compiler: SQLCompiler, **kw: Any) -> str:
    listed = element.column.in_(bindparam(element.name, expanding=True))
    return compiler.process(listed, **kw)


@compiles(AnyOf, "postgresql")
def _any_array(element: AnyOf, compiler: SQLCompiler, **kw: Any) -> str:
    array = bindparam(element.name, type_=ARRAY(_unbounded(element.column.type)))
    return compiler.process(element.column == any_(array), **kw)


def _unbounded(column_type: TypeEngine[Any]) -> TypeEngine[Any]:
    """A string column's type without its length: the array is cast to it, and a cast to
    ``varchar(n)`` cuts what is longer, so a too-long item would match its own first n
    characters (the ``IN`` list cast to plain ``VARCHAR`` and matched nothing)."""
    return String() if isinstance(column_type, String) else column_type
