"""MAILBOT_IMAP_URL parsing: defaults, decoding, clear errors, and no password leaks."""

from __future__ import annotations

import pytest

from mailbot.endpoints.imap_url import ImapTarget, parse_imap_url
from mailbot.errors import ConfigError


@pytest.mark.parametrize(
    ("url", "scheme", "port"),
    [
        ("imap://u:p@mail.example.com", "imap", 143),
        ("imap+starttls://u:p@mail.example.com", "imap+starttls", 143),
        ("imaps://u:p@mail.example.com", "imaps", 993),
        ("IMAPS://u:p@mail.example.com:1993", "imaps", 1993),
    ],
)
def test_scheme_and_default_ports(url: str, scheme: str, port: int) -> None:
    target = parse_imap_url(url)
    assert (target.scheme, target.host, target.port, target.folder) == (
        scheme, "mail.example.com", port, "INBOX",
    )  # fmt: skip


def test_credentials_and_folder_are_percent_decoded() -> None:
    target = parse_imap_url(
        "imap://escalations%40example.com:p%40ss%3Aw%2Frd@127.0.0.1:2143/Esc%20Box"
    )
    assert target == ImapTarget(
        "imap", "127.0.0.1", 2143, "escalations@example.com", "p@ss:w/rd", "Esc Box"
    )


def test_ipv6_host_and_trailing_slash() -> None:
    target = parse_imap_url("imaps://u:p@[::1]:993/")
    assert (target.host, target.folder) == ("::1", "INBOX")
    assert target.redacted_url() == "imaps://u:***@[::1]:993/INBOX"


def test_password_never_in_repr_or_str() -> None:
    target = parse_imap_url("imap://jane%40example.com:s3cret-pw@127.0.0.1:143/INBOX")
    assert "s3cret-pw" not in repr(target)
    assert "s3cret-pw" not in str(target)
    assert str(target) == "imap://jane%40example.com:***@127.0.0.1:143/INBOX"
    assert target.password == "s3cret-pw"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("pop3://u:p@host", "scheme must be one of"),
        ("mail.example.com", "scheme must be one of"),
        ("imap://u:p@", "missing host"),
        ("imap://host", "missing user"),
        ("imap://:p@host", "missing user"),
        ("imap://u@host", "missing password"),
        ("imap://u:p@host:99999", "not a valid URL"),
        ("imap://u:p@host:abc", "not a valid URL"),
        ("imap://u:p@host/INBOX?x=1", "query strings"),
        ("imap://u:p@host/IN%0ABOX", "control characters"),
    ],
)
def test_errors_name_the_key_and_the_reason(url: str, reason: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_imap_url(url)
    assert err.value.key == "MAILBOT_IMAP_URL"
    assert reason in err.value.problem


def test_error_for_bad_port_does_not_leak_the_password() -> None:
    with pytest.raises(ConfigError) as err:
        parse_imap_url("imap://u:topsecret@host:notaport")
    assert "topsecret" not in str(err.value)
