"""A robot responder over real mail: Dovecot, mailbot's watcher and outbox, SMTP back.

The robot sits on Mike's mailbox and answers every mail he receives, at once, with the
same "thank you" text and none of the automatic-reply headers. Before issue 14 §4 this
drove 50-102 mails in 70 s; now mailbot notices the repetition, stops answering him on
the thread after at most 5 answers, records why, and tells Jane once.
"""

from __future__ import annotations

import pytest

from tests.integration.test_end_to_end import FORWARDS, Loop
from tests.support.mail import parse, reply_to, text_of

pytestmark = pytest.mark.mail
ROBOT_TEXT = "Thank you for your message, we will get back to you shortly."


def _robot_round(loop: Loop, answered: set[str]) -> int:
    """Answer every mail in Mike's inbox not answered yet; then mailbot takes a pass."""
    new = [m for m in loop.servers.fetch_all("mike") if str(parse(m)["Message-ID"]) not in answered]
    for mail in new:
        answered.add(str(parse(mail)["Message-ID"]))
        address = loop.servers.address("mike")
        loop.servers.send(reply_to(mail, address, ROBOT_TEXT), address, ["escalations@example.com"])
    if new:
        loop.servers.wait_for("escalations", lambda msgs: len(msgs) >= len(new))
        loop.service.run_once()
    return len(new)


def test_a_robot_on_a_team_mailbox_is_stopped_and_jane_told_once(loop: Loop) -> None:
    loop.send("jane@example.com", (FORWARDS / "gmail_acme_api_latency.eml").read_bytes())
    loop.reply("jane", loop.inbox("jane", "Draft for approval"), "approve")
    loop.reply("mike", loop.inbox("eng", "ESC-2026-0001"), "ack")  # Mike, by hand
    assert loop.status() == "acknowledged"
    answered: set[str] = set()
    rounds = [_robot_round(loop, answered) for _ in range(12)]
    assert rounds[-3:] == [0, 0, 0], f"the loop did not stop: {rounds}"
    to_mike = loop.servers.fetch_all("mike")
    assert len(to_mike) <= 6, "more than 5 answers to the robot (plus the ack's)"
    events = loop.events()
    assert events.count("robot_stopped") == 1
    assert events.count("update") <= 4, events
    told = [m for m in loop.servers.fetch_all("jane") if "answers like a robot" in text_of(m)]
    assert len(told) == 1 and "mike@example.com" in text_of(told[0])
    # Mike himself, with a different text, still gets through.
    loop.reply("mike", loop.inbox("eng", "ESC-2026-0001"), "resolved fixed in 4.2.1")
    assert loop.status() == "resolved"
