"""mailbot: an email-driven escalation assistant for Customer Success teams.

A CSM forwards a customer thread to ``escalations@``; mailbot drafts a brief, asks the CSM
to approve it by reply, routes it to the right team and follows it through to closure.
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata when first asked for: importing
    ``importlib.metadata`` and finding the distribution took 17 ms of every start-up (the
    service's and each spawned worker's), and only ``--version`` needs it."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("mailbot")
    except PackageNotFoundError:  # running from a source tree without installation
        found = "0.0.0"
    globals()["__version__"] = found
    return found
