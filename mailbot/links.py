"""Defanged links: ``hxxps://evil[.]example`` reads as a link but no mail client makes it one.

At the base because both the drafting guard (customer text in a brief) and every template
(the ``defang`` filter) use it; it is pure text work.
"""

from __future__ import annotations

import re

_URL = re.compile(r"\b(?:https?|ftp|file|javascript|data|vbscript)\s*:[^\s<>\"')\]]*", re.I)
_WWW = re.compile(r"\bwww\.[\w-]+(?:\.[\w-]+)+[^\s<>\"')\]]*", re.I)
LINKS = (_URL, _WWW)


def defang_url(url: str) -> str:
    """``hxxp://evil[.]example/x``: readable, but no mail client makes it a link again."""
    scheme, sep, rest = url.partition(":")
    scheme = scheme.strip().lower()
    scheme = {"http": "hxxp", "https": "hxxps", "ftp": "fxp"}.get(scheme, scheme + "[:]")
    if not sep:  # www.… without a scheme
        return url.replace(".", "[.]")
    host, slash, path = rest.lstrip("/").partition("/")
    return f"{scheme}{'://' if scheme.startswith(('hxxp', 'fxp')) else ''}" + (
        host.replace(".", "[.]") + slash + path
    )


def defang_links(text: str) -> str:
    """Every link in ``text`` defanged (idempotent: a defanged link matches no pattern)."""
    for pattern in LINKS:
        text = pattern.sub(lambda m: defang_url(m[0]), text)
    return text
