"""DMARC by the border MTA's Authentication-Results (SPEC §6).

Only the top-most ``Authentication-Results`` header can have been written by our own
border MTA: anything below it arrived with the message and may be forged. So we read that
one header, and only if its authserv-id is the configured one; a missing, unreadable,
foreign or non-passing result sends the message to review, never to a state change.
"""

from __future__ import annotations

from dataclasses import dataclass

import authres

from mailbot.inbound.message import InboundMessage


@dataclass(frozen=True)
class AuthVerdict:
    passed: bool
    reason: str


def dmarc_verdict(message: InboundMessage, authserv_id: str) -> AuthVerdict:
    headers = message.header_all("Authentication-Results")
    if not headers:
        return AuthVerdict(False, f"no Authentication-Results from {authserv_id}")
    try:
        top = authres.AuthenticationResultsHeader.parse_value(headers[0])
    except Exception as exc:  # authres raises several of its own types on bad syntax
        return AuthVerdict(False, f"unreadable Authentication-Results ({type(exc).__name__})")
    if (top.authserv_id or "").lower() != authserv_id.lower():
        return AuthVerdict(
            False,
            f"top Authentication-Results is from {top.authserv_id!r}, "
            f"not our border MTA {authserv_id!r}",
        )
    dmarc = [r.result for r in top.results if r.method == "dmarc"]
    if not dmarc:
        return AuthVerdict(False, "no DMARC result from our border MTA")
    if dmarc[0] != "pass":
        return AuthVerdict(False, f"DMARC {dmarc[0]} at our border MTA")
    return AuthVerdict(True, "DMARC pass")
