"""The schema's shared parts: the declarative base, aware-UTC timestamps, enum checks.

Apart from the tables (tables.py, tables_ops.py) so both can build on them without
importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase


class UTCDateTime(TypeDecorator[datetime]):
    """Always hand back aware UTC datetimes, whatever the backend stores."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def one_of(table: str, column: str, words: Iterable[str]) -> CheckConstraint:
    """``column IN (...)`` named ``ck_<table>_<column>``: the database refuses any other word.

    Built from the code's enums; migration 0006 wrote the same sets for existing databases,
    and a test compares the two, so an enum that gains a member needs a migration.
    """
    values = ", ".join(f"'{word}'" for word in words)
    return CheckConstraint(f"{column} IN ({values})", name=f"ck_{table}_{column}")


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict: JSON,
        list: JSON,
    }
