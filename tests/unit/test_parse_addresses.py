"""The From header decides authority, so every ambiguous form must be refused."""

from __future__ import annotations

import re

import pytest

from mailbot.inbound import addresses
from mailbot.inbound.addresses import parse_recipients, parse_sender
from mailbot.inbound.parse import parse_message

ACCEPTED = [
    ("jane@example.com", "jane@example.com"),
    ("Jane Doe <Jane.Doe@Example.COM>", "jane.doe@example.com"),
    ('"jane@example.com" <evil@attacker.test>', "evil@attacker.test"),
    ("jane@example.com <evil@x.test>", "evil@x.test"),
    ("=?utf-8?q?jane=40example=2Ecom?= <evil@x.test>", "evil@x.test"),
    ("=?utf-8?b?amFuZUBleGFtcGxlLmNvbQ==?= <evil@x.test>", "evil@x.test"),
    ('"Doe, Jane" <jane@example.com>', "jane@example.com"),
    ("jane@example.com (Jane Doe)", "jane@example.com"),
    ("Jane <jane@example.com> (via portal)", "jane@example.com"),
    ("Jane\r\n <jane@example.com>", "jane@example.com"),
    ("jane@exаmple.com", "jane@exаmple.com"),  # Cyrillic а: kept, will not match roster
    ("Jane <JANE@XN--EXMPLE-4NF.COM>", "jane@xn--exmple-4nf.com"),
    ("jane+esc@example.com", "jane+esc@example.com"),
]

REFUSED = [
    ("Jane <jane@example.com>, Evil <evil@x.test>", "more than one address"),
    ("jane@example.com, evil@x.test", "more than one address"),
    ("<jane@example.com> <evil@x.test>", "more than one address"),
    ("Team: jane@example.com, evil@x.test;", "group"),
    ("undisclosed-recipients:;", "group"),
    ("=?utf-8?q?jane?=@example.com", "encoded-word"),
    ("Jane <=?utf-8?q?jane=40example.com?=@x.test>", "encoded-word"),
    ("jane(comment)@example.com", "comment"),
    ("Jane <jane(x)@example.com>", "illegal character"),
    ("alice@example.org)<bob@example.org>", "stray"),
    ("a@b@example.com", "exactly one @"),
    ('"jane@example.com"@attacker.test', "not a single address"),
    ("Jane <jane@example.com", "unterminated"),
    ('"Jane <jane@example.com>', "unterminated"),
    ("Jane (unbalanced <jane@example.com>", "unbalanced"),
    ("Jane <>", "empty"),
    ("Jane <@route.test:jane@example.com>", "illegal character"),
    ("jane", "exactly one @"),
    ("jane@", "invalid domain"),
    ("jane@localhost", "invalid domain"),
    ("@example.com", "invalid local part"),
    ("jane..doe@example.com", "invalid local part"),
    ("Jane <jane@example.com> trailing", "text after"),
    ("jane@[192.0.2.1]", "illegal character"),
    ("Jane\x00 <jane@example.com>", "control characters"),
    ("", "empty From"),
]


@pytest.mark.parametrize(("header", "address"), ACCEPTED)
def test_accepted_from(header: str, address: str) -> None:
    sender = parse_sender([header])
    assert (sender.address, sender.problem) == (address, "")


@pytest.mark.parametrize(("header", "problem"), REFUSED)
def test_refused_from(header: str, problem: str) -> None:
    sender = parse_sender([header])
    assert sender.address == ""
    assert problem in sender.problem


def test_at_least_25_hostile_cases() -> None:
    assert len(REFUSED) + 5 >= 30


def test_missing_and_duplicate_from() -> None:
    assert parse_sender([]).problem == "no From header"
    two = parse_sender(["jane@example.com", "jane@example.com"])
    assert (two.address, two.problem) == ("", "2 From headers")


def test_display_name_is_decoded_for_display_only() -> None:
    sender = parse_sender(["=?utf-8?q?=C3=89lodie_Martin?= <elodie@example.com>"])
    assert sender.name == "Élodie Martin"
    assert sender.address == "elodie@example.com"


def test_two_from_headers_in_a_message() -> None:
    raw = b"From: jane@example.com\nFrom: evil@x.test\nSubject: approve\n\napprove\n"
    message = parse_message(raw)
    assert message.sender == ""
    assert "2 From headers" in message.sender_problem


def test_raw_utf8_idn_domain_is_kept_lower_cased() -> None:
    raw = "From: Jane <Jane@BÜCHER.example>\nSubject: x\n\nhi\n".encode()
    assert parse_message(raw).sender == "jane@bücher.example"


def test_recipients_include_plus_token_and_are_deduplicated() -> None:
    got = parse_recipients(
        [
            "mailbot <Escalations+AbC123@example.com>, jane@example.com",
            "jane@example.com",
            "escalations+abc123@example.com",
        ]
    )
    assert got == ("escalations+abc123@example.com", "jane@example.com")


def test_message_recipients_from_all_headers() -> None:
    raw = (
        b"From: a@example.com\nTo: b@example.com\nCc: C <c@example.com>\n"
        b"Delivered-To: escalations+tok@example.com\nX-Original-To: d@example.com\n\nhi\n"
    )
    assert parse_message(raw).recipients == (
        "b@example.com",
        "c@example.com",
        "escalations+tok@example.com",
        "d@example.com",
    )


def test_the_refusing_classes_accept_exactly_the_characters_the_listing_ones_did() -> None:
    """addresses.py writes its character classes as what they refuse, to keep the regex
    compiler from building a million-code-point charset at every start-up; they must
    accept the same characters as the classes they replace: all of ASCII, the edges of
    the rest, and every 97th code point between."""
    listed = {
        addresses._LOCAL_CHARS.pattern: r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-\u0080-\U0010ffff]+$",
        addresses._ALNUM: r"[A-Za-z0-9\u0080-\U0010ffff]",
        addresses._ALNUM_DASH: r"[A-Za-z0-9\-\u0080-\U0010ffff]",
    }
    points = [*range(0x100), *range(0x100, 0x110000, 97), 0xD800, 0xDFFF, 0x10FFFF]
    for refusing, listing in listed.items():
        new, old = re.compile(refusing), re.compile(listing)
        for point in points:
            char = chr(point)
            assert bool(new.fullmatch(char)) is bool(old.fullmatch(char)), hex(point)
