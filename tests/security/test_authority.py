"""Promise 1: only the ``From`` addr-spec of an allowlisted person carries authority.

Every hostile form below tries to pass as Jane (a CSM). Each goes through the whole
in-process pipeline three ways: as a new forward (would open an escalation), as an
``approve`` reply carrying Jane's reply token, and as an ``approve`` reply threaded only by
our Message-ID. None may authorise: the store is unchanged, nothing is queued to anyone,
and exactly one audit row records the refusal. The parser-level refusal of these forms
is in tests/unit/test_parse_addresses.py; this module proves the pipeline honours it.
"""

from __future__ import annotations

import pytest

from mailbot.app import App
from mailbot.domain import Disposition
from tests.security.support import (
    ATTACKER,
    FORWARD,
    JANE,
    approval_request,
    audit_count,
    fresh_id,
    open_draft,
    outbox_items,
    rewrite,
    run,
    snapshot,
    status,
)
from tests.support.mail import reply_to

_LOOKALIKE = "jane@ex\u0430mple.com"  # Cyrillic а
Headers = list[tuple[str, str | bytes]]

# (label, header fields replacing From/Reply-To/Sender). All must be refused for Jane.
HOSTILE: list[tuple[str, Headers]] = [
    ("display name is Jane's address", [("From", f'"{JANE}" <{ATTACKER}>')]),
    ("unquoted display name", [("From", f"{JANE} <{ATTACKER}>")]),
    ("encoded display name", [("From", f"=?utf-8?q?jane=40example=2Ecom?= <{ATTACKER}>")]),
    ("two addresses", [("From", f"Jane <{JANE}>, Eve <{ATTACKER}>")]),
    ("two addresses, attacker first", [("From", f"{ATTACKER}, {JANE}")]),
    ("two From headers", [("From", JANE), ("From", ATTACKER)]),
    ("two From headers, Jane second", [("From", ATTACKER), ("From", JANE)]),
    ("encoded-word local part", [("From", "=?utf-8?q?jane?=@example.com")]),
    ("whole address encoded", [("From", "=?utf-8?b?amFuZUBleGFtcGxlLmNvbQ==?=")]),
    (
        "encoded word hiding an angle address",
        [("From", "=?utf-8?q?=22jane=40example=2Ecom=22_=3Cevil=40attacker=2Eexample=3E?=")],
    ),
    ("IDN look-alike domain (raw UTF-8)", [("From", _LOOKALIKE.encode())]),
    (
        "IDN look-alike domain (punycode)",
        [("From", "jane@" + "ex\u0430mple.com".encode("idna").decode())],
    ),
    ("look-alike local part", [("From", "j\u0430ne@example.com".encode())]),
    ("fullwidth at sign", [("From", "jane\uff20example.com".encode())]),
    ("zero-width space", [("From", "jane\u200b@example.com".encode())]),
    ("soft hyphen in domain", [("From", "jane@exam\u00adple.com".encode())]),
    ("parenthesis smuggling (CVE-2023-27043)", [("From", f"{JANE})<{ATTACKER}>")]),
    ("at-sign smuggling", [("From", f"{JANE}@<{ATTACKER}>")]),
    ("angle address then text", [("From", f"<{JANE}>{ATTACKER}")]),
    ("comment holding Jane", [("From", f"{ATTACKER} ({JANE})")]),
    ("quoted local part equal to Jane", [("From", f'"{JANE}"@attacker.example')]),
    ("percent hack", [("From", "jane%example.com@attacker.example")]),
    ("Jane's address as a subdomain", [("From", "jane@example.com.attacker.example")]),
    ("double at", [("From", f"{JANE}@attacker.example")]),
    ("subaddress of Jane", [("From", "jane+evil@example.com")]),
    ("NUL inside", [("From", b"jane@example.com\x00@attacker.example")]),
    ("folded second address", [("From", f"{ATTACKER}\r\n\t{JANE}")]),
    ("group syntax", [("From", f"csms: {JANE}, {ATTACKER};")]),
    ("Reply-To spoofing", [("From", ATTACKER), ("Reply-To", JANE)]),
    ("Sender spoofing", [("From", ATTACKER), ("Sender", JANE)]),
    ("Resent-From spoofing", [("From", ATTACKER), ("Resent-From", JANE)]),
    ("empty From, Sender is Jane", [("From", ""), ("Sender", JANE)]),
    ("no From, Reply-To is Jane", [("Reply-To", JANE)]),
    ("null path From, Sender is Jane", [("From", "<>"), ("Sender", JANE)]),
]
_DROP = ("From", "Reply-To", "Sender", "Resent-From")


def _assert_refused(app: App, raw: bytes, label: str, failures: list[str]) -> None:
    before, audits = snapshot(app), audit_count(app)
    ctx = run(app, fresh_id(raw, "hostile"))
    problems = []
    if ctx.outcome is not Disposition.QUARANTINED:
        problems.append(f"outcome {ctx.outcome}: {ctx.reason}")
    if snapshot(app) != before:
        problems.append("store changed")
    if audit_count(app) != audits + 1:
        problems.append(f"{audit_count(app) - audits} audit rows")
    if problems:
        failures.append(f"{label}: {'; '.join(problems)}")


def test_there_are_at_least_25_hostile_forms() -> None:
    assert len(HOSTILE) >= 25
    assert len({label for label, _ in HOSTILE}) == len(HOSTILE)


def test_hostile_forwards_open_nothing(app: App) -> None:
    failures: list[str] = []
    for label, fields in HOSTILE:
        _assert_refused(app, rewrite(FORWARD, drop=_DROP, add=fields), label, failures)
    assert not failures, "\n".join(failures)
    assert status(app) == "missing"
    assert not outbox_items(app)


@pytest.mark.parametrize("threading", ["token", "message-id"])
def test_hostile_approvals_move_nothing(app: App, threading: str) -> None:
    ref = open_draft(app)
    genuine = reply_to(approval_request(app), JANE, "approve", use_reply_to=threading == "token")
    queued = len(outbox_items(app))
    failures: list[str] = []
    for label, fields in HOSTILE:
        _assert_refused(app, rewrite(genuine, drop=_DROP, add=fields), label, failures)
    assert not failures, "\n".join(failures)
    assert status(app, ref) == "draft"
    assert len(outbox_items(app)) == queued
    # the control: the same reply from Jane herself is obeyed
    assert run(app, fresh_id(genuine)).outcome is Disposition.PROCESSED
    assert status(app, ref) == "routed"


def test_reply_to_never_receives_mail(app: App) -> None:
    """Jane approves with an attacker's Reply-To: obeyed, but nothing goes to the attacker."""
    ref = open_draft(app)
    genuine = reply_to(approval_request(app), JANE, "approve")
    ctx = run(app, rewrite(genuine, add=[("Reply-To", ATTACKER), ("Sender", ATTACKER)]))
    assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    assert status(app, ref) == "routed"
    recipients = {r for item in outbox_items(app) for r in item.recipients}
    assert ATTACKER not in recipients
    assert JANE in recipients
