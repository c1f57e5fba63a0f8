"""Sandbox addressing rules and the URLs/banner it hands to mailbot and to people."""

from __future__ import annotations

import pytest

from mailbot.endpoints.imap_url import parse_imap_url
from mailbot.sandbox import ROSTER, SandboxInfo
from mailbot.sandbox.smtp import mailbox_for, rcpt_refusal

USERS = {f"{u}@example.com": f"{u}-pw" for u in ROSTER}
INFO = SandboxInfo("127.0.0.1", 10143, 10025, "example.com", USERS)


@pytest.mark.parametrize(
    ("address", "mailbox"),
    [
        ("jane@example.com", "jane"),
        ("<Jane@Example.COM>", "jane"),
        ("escalations+abc.def_1@example.com", "escalations"),
        ("cs-leads@example.com", "cs-leads"),
        ("nobody@example.com", None),
        ("jane@example.org", None),
        ("jane@sub.example.com", None),
        ("jane", None),
        ("+abc@example.com", None),
    ],
)
def test_mailbox_for(address: str, mailbox: str | None) -> None:
    assert mailbox_for(address, "example.com", ROSTER) == mailbox


def test_rcpt_refusals_name_the_reason() -> None:
    assert rcpt_refusal("escalations+tok@example.com", "example.com", ROSTER) is None
    assert (rcpt_refusal("x@example.com", "example.com", ROSTER) or "").startswith("550 5.1.1")
    assert "Relaying denied" in (rcpt_refusal("jane@gmail.com", "example.com", ROSTER) or "")
    assert (rcpt_refusal("jane", "example.com", ROSTER) or "").startswith("550 5.1.3")


def test_imap_url_round_trips_through_mailbots_parser() -> None:
    target = parse_imap_url(INFO.imap_url("escalations", "Processed"))
    assert (target.scheme, target.host, target.port) == ("imap", "127.0.0.1", 10143)
    assert target.user == "escalations@example.com"
    assert target.password == "escalations-pw"
    assert target.folder == "Processed"
    assert INFO.imap_url("jane@example.com") == (
        "imap://jane%40example.com:jane-pw@127.0.0.1:10143/INBOX"
    )
    assert INFO.smtp_url() == "smtp://127.0.0.1:10025"


def test_banner_lists_every_mailbox_with_its_password_and_a_test_send() -> None:
    banner = INFO.banner()
    for address, password in USERS.items():
        assert any(address in line and password in line for line in banner.splitlines())
    assert "127.0.0.1:10143" in banner
    assert "swaks --server 127.0.0.1:10025 --from jane@example.com --to escalations@" in banner
