"""Token counting and the truncation policy that keeps a long thread inside the prompt budget.

Counting uses tiktoken when it knows the model *and* the encoding file is already cached on
disk; otherwise a conservative estimate (one token per three characters). tiktoken would
otherwise download the encoding on first use, which must never happen on a machine without
network (tests, air-gapped deployments) - a wrong-by-10 % count is harmless, a hang is not.

Truncation policy, in order of what survives longest:

1. the CSM's note (trusted, short; capped at 40 % of the thread budget);
2. the first customer message (what the problem was);
3. the latest messages, newest first (where things stand now);
4. from every message that did not fit whole: its lines with numbers, dates and amounts
   (ticket ids, versions, money, deadlines are what a brief must quote);
5. everything else is dropped, and a marker says how many messages were cut.

A single message too long for its share keeps its head, its fact lines and its tail.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_BLOBS = {
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
}
_CHARS_PER_TOKEN = 3.0  # conservative for mixed-language mail; real ratio is ~3.5-4.5
_FACT_LINE = re.compile(
    r"\d|[€$£]|\b(?:EUR|USD|GBP|CHF|ARR|P[0-4])\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def _cache_dir() -> Path | None:
    for var in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR"):
        if var in os.environ:
            return Path(os.environ[var]) if os.environ[var] else None
    return Path(tempfile.gettempdir()) / "data-gym-cache"


def _cached_encoding(model: str) -> Any | None:
    """The tiktoken encoding for ``model`` if it can be loaded without any network access."""
    try:
        import tiktoken
    except ImportError:  # pragma: no cover - tiktoken is a dependency
        return None
    try:
        name = tiktoken.encoding_name_for_model(model)
    except KeyError:
        return None
    blob, cache = _BLOBS.get(name), _cache_dir()
    if blob is None or cache is None:
        return None
    if not (cache / hashlib.sha1(blob.encode()).hexdigest()).exists():
        return None
    try:
        return tiktoken.get_encoding(name)
    except Exception:  # a corrupt cache file would trigger a re-download: estimate instead
        return None


class TokenCounter:
    """Counts prompt tokens for one model; ``method`` says how, for the drafting record."""

    def __init__(self, model: str) -> None:
        self._encoding = _cached_encoding(model)
        self.method = f"tiktoken:{self._encoding.name}" if self._encoding else "estimate"

    def count(self, text: str) -> int:
        if self._encoding is not None:
            return len(self._encoding.encode(text, disallowed_special=()))
        return math.ceil(len(text) / _CHARS_PER_TOKEN)


@dataclass(frozen=True)
class Part:
    """One message of the thread as the prompt shows it."""

    header: str
    body: str


@dataclass(frozen=True)
class Fitted:
    """What goes into the prompt: parts in thread order, with cut runs as marker parts."""

    note: str
    parts: tuple[Part, ...]
    cut_messages: int = 0
    shortened: bool = False

    @property
    def truncated(self) -> bool:
        return self.shortened or self.cut_messages > 0


def fact_lines(text: str, limit: int = 200) -> list[str]:
    """Lines carrying numbers, dates or amounts, each at most ``limit`` characters."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and _FACT_LINE.search(line):
            out.append(line if len(line) <= limit else line[: limit - 1] + "…")
    return out


def shrink(text: str, tokens: int, count: Callable[[str], int]) -> str:
    """Head, fact lines and tail of ``text`` within ``tokens`` (the text itself if it fits)."""
    if count(text) <= tokens:
        return text
    lines = text.splitlines()
    head, tail = lines[: max(3, len(lines) // 5)], lines[-3:]
    middle = fact_lines("\n".join(lines[len(head) : max(len(head), len(lines) - 3)]))
    pieces = [*head, "[… shortened: lines with numbers, dates and amounts kept …]", *middle, *tail]
    while len(pieces) > 2 and count("\n".join(pieces)) > tokens:
        pieces.pop(len(pieces) // 2)  # drop from the middle: head and tail carry the story
    result = "\n".join(pieces)
    if count(result) > tokens:  # one enormous line: hard cut by characters
        result = result[: max(0, int(tokens * _CHARS_PER_TOKEN) - 1)] + "…"
    return result


def fit_thread(
    note: str,
    parts: Sequence[Part],
    first_customer: int,
    budget: int,
    count: Callable[[str], int],
) -> Fitted:
    """Apply the truncation policy (module docstring) to fit ``budget`` tokens."""
    budget = max(budget, 200)
    short_note = shrink(note, int(budget * 0.4), count)
    left = budget - count(short_note)
    whole = sum(count(p.header) + count(p.body) + 2 for p in parts)
    if whole <= left:
        return Fitted(short_note, tuple(parts), shortened=short_note != note)
    per_message = max(left // 4, 150)
    order = [first_customer] if 0 <= first_customer < len(parts) else []
    order += [i for i in range(len(parts) - 1, -1, -1) if i not in order]
    kept: dict[int, Part] = {}
    for index in order:
        part = parts[index]
        body = shrink(part.body, per_message, count)
        cost = count(part.header) + count(body) + 2
        if cost > left:
            break
        kept[index], left = Part(part.header, body), left - cost
    out: list[Part] = []
    cut = 0
    for index, part in enumerate(parts):
        if index in kept:
            out.append(kept[index])
            continue
        cut += 1
        facts = "\n".join(fact_lines(part.body, 160))
        marker = Part(part.header, "[message cut for length; its lines with numbers:]\n" + facts)
        cost = count(marker.header) + count(marker.body) + 2
        if facts and cost <= left:
            out.append(marker)
            left -= cost
    shortened = short_note != note or any(kept[i].body != parts[i].body for i in kept)
    return Fitted(short_note, tuple(out), cut_messages=cut, shortened=shortened)
