"""mailbot: an email-driven escalation assistant for Customer Success teams.

A CSM forwards a customer thread to ``escalations@``; mailbot drafts a brief, asks the CSM
to approve it by reply, routes it to the right team and follows it through to closure.
"""

from __future__ import annotations

import gc

__all__ = ["__version__", "tune_collector"]

# Objects allocated (net) before the collector's youngest generation is walked: CPython's
# 700 made `run --once` over 2,000 mails run ~375 young, 34 middle and 3 full collections
# (about 130 ms of its main process); at 50,000, 3 young ones (about 30 ms), peak memory
# unchanged. Almost everything a pass allocates is freed by reference counting; the
# collector only finds cycles, and a few more of those wait a little longer.
COLLECT_AFTER = 50_000


def tune_collector() -> None:
    """For the command-line process and its spawned workers, before their imports: not for
    a library importing mailbot (its own collector settings stay its own)."""
    _, middle, full = gc.get_threshold()
    gc.set_threshold(COLLECT_AFTER, middle, full)


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked for: finding the
    distribution took 2-4 ms of every start-up (the service's and each spawned worker's),
    and only ``--version`` needs it."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("mailbot")
    except PackageNotFoundError:  # running from a source tree without installation
        found = "0.0.0"
    globals()["__version__"] = found
    return found
