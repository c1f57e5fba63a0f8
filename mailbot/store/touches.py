"""Which tables a statement may read or write, for the write-behind's consistency rules
(:mod:`mailbot.store.pending`): a statement that may see a buffered table writes it first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.sql import Delete, Insert, Select, Update
from sqlalchemy.sql.util import find_tables

# Decided once per prebuilt statement (the hot path's are module-level); bounded, so a
# statement built afresh per call costs a lookup, never memory.
_cache: dict[int, tuple[object, frozenset[str] | None]] = {}
_MAX_CACHED = 512


def tables_of(statement: Any) -> frozenset[str] | None:
    """The names of the tables ``statement`` reads or writes; None when unsure (a text
    statement, a SELECT whose FROM names none): it may touch any."""
    if isinstance(statement, Insert | Update | Delete):
        return frozenset({str(getattr(statement.table, "name", ""))})
    cached = _cache.get(id(statement))
    if cached is not None and cached[0] is statement:
        return cached[1]
    names = None
    if isinstance(statement, Select):
        found = {t.name for t in find_tables(statement, include_joins=True, include_aliases=True)}
        names = frozenset(found) if found else None
    if len(_cache) < _MAX_CACHED:
        _cache[id(statement)] = (statement, names)
    return names
