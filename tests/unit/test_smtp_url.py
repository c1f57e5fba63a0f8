"""MAILBOT_SMTP_URL parsing: schemes, default ports, credentials, and errors that leak nothing."""

from __future__ import annotations

import pytest

from mailbot.endpoints.smtp_url import SmtpTarget, parse_smtp_url
from mailbot.errors import ConfigError


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("smtp://relay.example.com", SmtpTarget("relay.example.com", 25, "plain")),
        ("smtp+starttls://relay.example.com", SmtpTarget("relay.example.com", 587, "starttls")),
        ("SMTPS://Relay.Example.com/", SmtpTarget("relay.example.com", 465, "tls")),
        ("smtp://127.0.0.1:2525", SmtpTarget("127.0.0.1", 2525, "plain")),
        ("smtp://[::1]:2525", SmtpTarget("::1", 2525, "plain")),
        (
            "smtps://bot%40example.com:p%40ss%3Aw%2Frd@mail.example.com:4650",
            SmtpTarget("mail.example.com", 4650, "tls", "bot@example.com", "p@ss:w/rd"),
        ),
        ("smtp://bot:@relay", SmtpTarget("relay", 25, "plain", "bot", "")),
    ],
)
def test_smtp_urls_parse(url: str, expected: SmtpTarget) -> None:
    assert parse_smtp_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "imap://relay.example.com",
        "relay.example.com:25",
        "smtp://",
        "smtp://relay:notaport",
        "smtp://relay:0",
        "smtp://relay:70000",
        "smtp://bot@relay",
        "smtp://:secret@relay",
        "smtp://relay/path",
        "smtp://relay?timeout=5",
    ],
)
def test_bad_smtp_urls_name_the_setting_and_hide_the_secret(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_smtp_url(url)
    assert caught.value.key == "MAILBOT_SMTP_URL"
    assert "secret" not in str(caught.value)


def test_target_repr_hides_the_password() -> None:
    target = parse_smtp_url("smtp://bot:hunter2@relay.example.com")
    assert "hunter2" not in repr(target)
    assert "'***'" in repr(target) and "'bot'" in repr(target)
    assert "password=None" in repr(parse_smtp_url("smtp://relay"))
