"""mailbot: an email-driven escalation assistant for Customer Success teams.

A CSM forwards a customer thread to ``escalations@``; mailbot drafts a brief, asks the CSM
to approve it by reply, routes it to the right team and follows it through to closure.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mailbot")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = ["__version__"]
