"""``python -m mailbot.observe.probe``: the container HEALTHCHECK, without curl in the image.

Asks ``/healthz`` on the address ``MAILBOT_METRICS_ADDRESS`` names (a wildcard host is
asked on loopback); exit 0 when it answers 200, else 1 with the reason on stderr.
"""

from __future__ import annotations

import os
import sys
import urllib.request
from collections.abc import Mapping

_WILDCARDS = {"", "0.0.0.0", "::", "[::]"}


def probe_url(environ: Mapping[str, str]) -> str | None:
    """The /healthz URL for this process's settings; None when metrics are off."""
    address = environ.get("MAILBOT_METRICS_ADDRESS", "")
    if not address:
        return None
    host, _, port = address.rpartition(":")
    if host in _WILDCARDS:
        host = "[::1]" if ":" in host else "127.0.0.1"
    return f"http://{host}:{port}/healthz"


def main(environ: Mapping[str, str] = os.environ) -> int:
    url = probe_url(environ)
    if url is None:
        print("MAILBOT_METRICS_ADDRESS is not set: nothing to probe", file=sys.stderr)
        return 1
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return 0 if response.status == 200 else 1
    except OSError as exc:
        print(f"{url}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
