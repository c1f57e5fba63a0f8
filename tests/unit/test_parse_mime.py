"""Hostile real-world MIME (issue 15): decoded as mail clients do, never quoted raw.

The fixtures in tests/fixtures/parse/mime are written by generate.py there, one per class
of breakage found in other mail projects' test suites; their .json says what must be read.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailbot.drafting.drafters import draft_for
from mailbot.drafting.offline import OfflineDrafter
from mailbot.inbound.parse import parse_message

MIME = Path(__file__).resolve().parents[1] / "fixtures" / "parse" / "mime"
CASES = sorted(MIME.glob("*.eml"))
BASE64_RUN = re.compile(r"(?=[\w+/]*[A-Z])(?=[\w+/]*[a-z])(?=[\w+/]*\d)[A-Za-z0-9+/]{40,}")
NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def test_every_class_has_a_fixture() -> None:
    assert len(CASES) >= 18
    for path in CASES:
        assert path.with_suffix(".json").exists(), path.name


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_mime_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    message = parse_message(path.read_bytes())
    checked = 0
    for key in ("subject", "sender", "text", "unreadable"):
        if key in expected:
            assert getattr(message, key) == expected[key], key
            checked += 1
    if "recipients" in expected:
        assert list(message.recipients) == expected["recipients"]
        checked += 1
    if "attachments" in expected:
        assert [a.filename for a in message.attachments] == expected["attachments"]
        checked += 1
    for part in expected.get("text_has", []):
        assert part in message.text
        checked += 1
    for part in expected.get("text_lacks", []):
        assert part not in message.text
    for i, body in enumerate(expected.get("thread", [])):
        assert body in message.thread.messages[i].body
        checked += 1
    assert checked, "a fixture must expect something"
    for text in [message.text, message.subject, *(a.filename for a in message.attachments)]:
        assert "\ufffd" not in text and "Ã" not in text


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_brief_never_quotes_transfer_encoding_or_markup(path: Path) -> None:
    message = parse_message(path.read_bytes())
    brief = draft_for(
        OfflineDrafter(own_domains=["mailbot.example"]), message, account=None, now=NOW
    )
    dumped = json.dumps(brief.brief.model_dump(mode="json"), ensure_ascii=False)
    for raw in ("=?utf-8?", "=C3", "<p>", "<b>", "\ufffd", "HTML capable"):
        assert raw not in dumped
    assert not BASE64_RUN.search(dumped)


def test_forwarded_base64_message_is_read_not_quoted() -> None:
    message = parse_message((MIME / "rfc822_forward_base64.eml").read_bytes())
    [forwarded] = message.thread.messages
    assert forwarded.sender == "ingrid@kunde.example"
    assert forwarded.subject == "Checkout down"


def test_date_without_zone_is_utc_and_drafting_does_not_crash() -> None:
    raw = (MIME / "latin1_carrying_cp1252.eml").read_bytes()
    raw = raw.replace(b"Thu, 3 Dec 2026 10:00:00 +0000", b"Thu, 3 Dec 2026 10:00:00")
    message = parse_message(raw)
    assert message.date == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    brief = draft_for(
        OfflineDrafter(own_domains=["mailbot.example"]), message, account=None, now=NOW
    )
    assert brief.brief.headline


def test_byte_order_mark_before_the_headers_is_not_a_line_to_drop() -> None:
    raw = b"\xef\xbb\xbf" + (MIME / "line_before_headers.eml").read_bytes().split(b"\n", 1)[1]
    message = parse_message(raw)
    assert message.sender == "jane.doe@example.com"
    assert message.subject == "exported"
