"""The one retry-delay policy: exponential doubling, a cap, optional jitter, Retry-After.

Three places wait before trying again, each in its own loop because the loops differ in
kind, not in policy: the IMAP watcher reconnects forever and waits on a stop event, the
outbox persists the next attempt time in the database (no loop in memory), and the LLM
client makes a bounded number of attempts where a schema fallback does not count as one.
A retry library (tenacity, stamina) fits only the last; what they share is the delay, so
that is what lives here.
"""

from __future__ import annotations

import contextlib
import random
import time
from email.utils import parsedate_to_datetime

# 2**16 times the first wait is past every cap in use (1 s -> 60 s, 30 s -> 1 h, 1 s -> 30 s);
# bounding the exponent keeps a long outage's attempt counter from overflowing a float.
_MAX_DOUBLINGS = 16


def exponential(retry: int, *, first: float, cap: float) -> float:
    """``first`` for the first retry (``retry`` <= 1), doubled for each later one, <= ``cap``."""
    doublings = min(max(retry - 1, 0), _MAX_DOUBLINGS)
    return min(cap, first * 2.0**doublings)


def jitter(delay: float, low: float, high: float) -> float:
    """A uniform pick in [delay*low, delay*high], so instances that failed together spread out."""
    return random.uniform(delay * low, delay * high)


def retry_after(header: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or HTTP date); None if unusable."""
    if not header:
        return None
    try:
        return float(header)
    except ValueError:
        with contextlib.suppress(TypeError, ValueError):
            return parsedate_to_datetime(header).timestamp() - time.time()
    return None
