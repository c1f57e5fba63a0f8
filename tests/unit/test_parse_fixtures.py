"""Hand-written replies and forwards from real client layouts, with expected results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mailbot.inbound.commands import parse_commands
from mailbot.inbound.parse import parse_message

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPLIES = sorted((FIXTURES / "replies").glob("*.eml"))
FORWARDS = sorted((FIXTURES / "parse").glob("*.eml"))


def test_enough_reply_fixtures() -> None:
    assert len(REPLIES) >= 30
    clients = {path.name.split("_")[0] for path in REPLIES}
    assert {"gmail", "outlook", "outlookweb", "outlookios", "applemail", "iphone"} <= clients
    assert {"thunderbird", "outlookandroid"} <= clients
    langs = {path.name.split("_")[1] for path in REPLIES}
    assert {"en", "de", "fr", "es", "nl"} <= langs


@pytest.mark.parametrize("path", REPLIES, ids=lambda p: p.stem)
def test_reply_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    message = parse_message(path.read_bytes())
    assert message.sender == expected["sender"]
    assert message.new_text == expected["new_text"]
    assert message.auto.automatic is expected["auto"], message.auto.reason
    parsed = parse_commands(message.new_text, message.subject)
    assert [[c.kind.value, c.arg] for c in parsed.commands] == expected["commands"]


@pytest.mark.parametrize("path", FORWARDS, ids=lambda p: p.stem)
def test_forward_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    message = parse_message(path.read_bytes())
    assert message.sender == expected["sender"]
    assert message.thread.note == expected["note"]
    got = [
        {
            "sender": m.sender,
            "sender_name": m.sender_name,
            "date": m.date.isoformat() if m.date else None,
            "date_text": m.date_text,
            "subject": m.subject,
            "body": m.body,
        }
        for m in message.thread.messages
    ]
    assert got == expected["messages"]


def test_plain_reply_is_a_thread_with_only_a_note() -> None:
    message = parse_message((FIXTURES / "replies" / "outlook_en_original_message.eml").read_bytes())
    assert message.thread.messages == ()
    assert message.thread.note == message.new_text


def test_forward_note_never_contains_forwarded_text() -> None:
    message = parse_message((FIXTURES / "parse" / "gmail_en_forward.eml").read_bytes())
    assert "Forwarded message" not in message.new_text
    assert "checkout is failing" not in message.new_text
    assert "checkout is failing" in message.text


def test_rfc822_forward_is_listed_as_attachment() -> None:
    message = parse_message((FIXTURES / "parse" / "outlook_en_rfc822_attached.eml").read_bytes())
    assert [a.content_type for a in message.attachments] == ["message/rfc822"]
    assert message.attachments[0].filename == "SSO login loop.eml"
    assert message.new_text == "See the attached mail from Umbrella, P1 please."
