"""Sandbox addressing rules and the URLs/banner it hands to mailbot and to people."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from mailbot.endpoints.imap_url import parse_imap_url
from mailbot.sandbox import ROSTER, SandboxInfo
from mailbot.sandbox.smtp import MaildirDelivery, mailbox_for, rcpt_refusal

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


def test_delivery_into_a_maildir_the_imap_server_is_creating_at_the_same_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pymap makes a user's maildir when mailbot first logs in; mail arriving then must not
    fail with "File exists" (seen as a 451 in the zero-config run test)."""
    delivery = MaildirDelivery(tmp_path, "example.com", ["escalations"])
    real_mkdir = os.mkdir

    def pymap_wins_the_race(path: Any, mode: int = 0o777, **kw: Any) -> None:
        if Path(path) == tmp_path / "escalations":  # pymap made it after our check
            real_mkdir(path, mode)
        real_mkdir(path, mode, **kw)

    monkeypatch.setattr(os, "mkdir", pymap_wins_the_race)
    assert delivery.deliver("a@x.org", ["escalations@example.com"], b"Subject: hi\r\n\r\nx") == [
        "escalations"
    ]
    assert len(list((tmp_path / "escalations" / "new").iterdir())) == 1
