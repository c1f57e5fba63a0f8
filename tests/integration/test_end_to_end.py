"""The whole loop over real mail: SMTP into Dovecot, mailbot's watcher over IMAP, its
outbox over SMTP back into Dovecot, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mailbot.app import App
from mailbot.runner import Runner
from mailbot.store import repo
from mailbot.store.tables import OutboxItem
from tests.support.mail import parse, reply_to, text_of

FORWARDS = Path(__file__).resolve().parents[1] / "fixtures" / "forwards"
pytestmark = pytest.mark.mail


class Loop:
    """People with mailboxes on Dovecot, and mailbot watching escalations@."""

    def __init__(self, servers: Any, service: Runner, app: App) -> None:
        self.servers, self.service, self.app = servers, service, app

    def send(self, sender: str, raw: bytes) -> None:
        crlf = re.sub(rb"(?<!\r)\n", b"\r\n", raw)  # .eml files on disk use LF
        self.servers.send(crlf, sender, ["escalations@example.com"])
        self.servers.wait_for("escalations", lambda msgs: len(msgs) >= 1)
        self.service.run_once()
        self.service.run_once()  # drafts and scheduled mail queued by the first pass go out

    def reply(self, user: str, original: bytes, body: str) -> None:
        address = self.servers.address(user)
        self.send(address, reply_to(original, address, body))

    def inbox(self, user: str, subject_part: str) -> bytes:
        def matching(msgs: list[bytes]) -> list[bytes]:
            return [m for m in msgs if subject_part.lower() in str(parse(m)["Subject"]).lower()]

        messages = self.servers.wait_for(user, lambda msgs: bool(matching(msgs)))
        return matching(messages)[-1]

    def status(self, ref: str = "ESC-2026-0001") -> str:
        with self.app.db.session() as session:
            esc = repo.get_escalation(session, ref)
            return esc.status if esc else "missing"

    def events(self, ref: str = "ESC-2026-0001") -> list[str]:
        with self.app.db.session() as session:
            esc = repo.get_escalation(session, ref)
            assert esc is not None
            return [e.kind for e in repo.events_for(session, esc.id)]


def _open(loop: Loop, fixture: str = "gmail_acme_api_latency.eml") -> bytes:
    loop.send("jane@example.com", (FORWARDS / fixture).read_bytes())
    return loop.inbox("jane", "Draft for approval")


def test_forward_to_close_over_real_mail(loop: Loop) -> None:
    draft = _open(loop)
    assert "approve" in text_of(draft)
    loop.reply("jane", draft, "approve\nseverity: critical")
    assert loop.status() == "routed"
    brief = loop.inbox("eng", "ESC-2026-0001")
    headers = parse(brief)
    assert headers["Auto-Submitted"] == "auto-generated"
    assert headers["X-Auto-Response-Suppress"] == "All"
    assert headers["X-Mailbot-Loop"]
    assert str(headers["Reply-To"]).startswith("escalations+")
    assert "[ESC-2026-0001]" in str(headers["Subject"]) and "P1" in str(headers["Subject"])
    for body, status in [
        ("ack\nowner: Mike Ross <mike@example.com>", "acknowledged"),
        ("in progress", "in_progress"),
        ("update: hotfix building", "in_progress"),
        ("resolved fixed in 4.2.1", "resolved"),
    ]:
        loop.reply("mike", brief, body)
        assert loop.status() == status, body
    loop.reply("jane", loop.inbox("jane", "please confirm"), "close")
    assert loop.status() == "closed"
    assert loop.events() == [
        "created",
        "drafted",
        "override",
        "approve",
        "routed_to",
        "ack",
        "in_progress",
        "update",
        "resolved",
        "close",
    ]
    assert len(loop.servers.fetch_all("escalations", "Processed")) == 7
    assert loop.servers.fetch_all("escalations", "INBOX") == []


def test_need_info_is_relayed_both_ways(loop: Loop) -> None:
    loop.reply("jane", _open(loop), "approve")
    brief = loop.inbox("eng", "ESC-2026-0001")
    loop.reply("mike", brief, "need info: which region is Acme on?")
    question = loop.inbox("jane", "needs information")
    assert "which region" in text_of(question)
    loop.reply("jane", question, "They are on eu-west-1.")
    answer = loop.inbox("eng", "answer from")
    assert "eu-west-1" in text_of(answer)


def test_reject_and_reopen(loop: Loop) -> None:
    loop.reply("jane", _open(loop), "reject duplicate of ESC-2025-0099")
    assert loop.status() == "rejected"
    assert loop.servers.fetch_all("eng") == []
    loop.send("omar@example.com", (FORWARDS / "outlook_globex_export_crash.eml").read_bytes())
    ref = "ESC-2026-0002"
    draft = loop.inbox("omar", f"[{ref}] Draft for approval")
    loop.reply("omar", draft, "approve")
    brief = loop.inbox("eng", ref)
    loop.reply("mike", brief, "resolved patched")
    loop.reply("omar", loop.inbox("omar", "please confirm"), "reopen still crashing on big exports")
    assert loop.status(ref) == "in_progress"
    assert "still crashing" in text_of(loop.inbox("eng", "reopened"))


def test_non_member_is_refused_and_only_a_colleague_is_told(loop: Loop) -> None:
    """Pat (roster, product) is told in one line who may act; a stranger hears nothing."""
    loop.reply("jane", _open(loop), "approve")
    brief = loop.inbox("eng", "ESC-2026-0001")
    loop.reply("pat", brief, "resolved")
    assert loop.status() == "routed"
    (answer,) = loop.servers.wait_for("pat", lambda msgs: bool(msgs))
    line = " ".join(text_of(answer).split())
    assert "'resolved' on ESC-2026-0001 can only come from the team Engineering" in line
    stranger = "evil@attacker.example"
    loop.send(stranger, reply_to(brief, stranger, "resolved"))
    assert loop.status() == "routed"
    assert len(loop.servers.fetch_all("escalations", "Quarantine")) == 1
    assert len(loop.servers.fetch_all("pat")) == 1


def test_out_of_office_reply_has_no_effect(loop: Loop) -> None:
    draft = _open(loop)
    ooo = EmailMessage()
    ooo["From"] = "jane@example.com"
    ooo["To"] = str(parse(draft)["Reply-To"])
    ooo["Subject"] = "Automatic reply: " + str(parse(draft)["Subject"])
    ooo["Auto-Submitted"] = "auto-replied"
    ooo["In-Reply-To"] = str(parse(draft)["Message-ID"])
    ooo.set_content("I am out of the office until Monday. approve")
    loop.send("jane@example.com", ooo.as_bytes())
    assert loop.status() == "draft"
    assert len(loop.servers.fetch_all("jane")) == 1  # no confirmation to an auto-reply


def test_bounce_of_the_brief_marks_the_outbox(loop: Loop) -> None:
    loop.reply("jane", _open(loop), "approve")
    brief = loop.inbox("eng", "ESC-2026-0001")
    returned = brief.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    dsn = (
        "From: MAILER-DAEMON@example.com\r\nTo: escalations@example.com\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"\r\n\r\n'
        "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Final-Recipient: rfc822; eng@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        f"--b1\r\nContent-Type: text/rfc822-headers\r\n\r\n{returned}\r\n--b1--\r\n"
    ).encode()
    loop.send("", dsn)
    assert loop.status() == "routed"
    assert "bounced" in loop.events()
    with loop.app.db.session() as session:
        assert len(repo.list_escalations(session)) == 1
        items = session.scalars(select(OutboxItem).where(OutboxItem.kind == "routed_brief"))
        assert [item.status for item in items] == ["bounced"]


@pytest.mark.parametrize(
    ("batch", "expected"),
    [(None, [43]), (20, [20, 20, 3])],  # the default: a fetched group (up to 50) at once
)
def test_a_backlog_is_parsed_ahead_and_stored_in_batches(
    loop: Loop, monkeypatch: pytest.MonkeyPatch, batch: int | None, expected: list[int]
) -> None:
    from mailbot.inbound.parse_pool import ParsePool
    from tests.security.support import FORWARD, HOSTILE, fresh_id, rewrite

    pools: list[object] = []
    real_pool = ParsePool._pool

    def spy(self: ParsePool) -> Any:
        pools.append(real_pool(self))
        return pools[-1]

    monkeypatch.setattr(ParsePool, "_pool", spy)
    from mailbot import runner

    batches: list[int] = []
    real_batch = runner.handle_batch

    def counted(app: App, items: Any) -> Any:
        contexts = real_batch(app, items)
        batches.append(len(contexts))
        return contexts

    monkeypatch.setattr(runner, "handle_batch", counted)
    if batch is not None:  # below the group: the group spans several transactions
        monkeypatch.setattr(runner, "_BATCH", batch)
    forwards = [fresh_id(FORWARD, f"b{i}") for i in range(40)]
    automatic = rewrite(fresh_id(FORWARD, "auto"), add=[("Auto-Submitted", "auto-replied")])
    backlog = [*forwards, forwards[3], (HOSTILE / "no_from.eml").read_bytes(), automatic]
    for raw in backlog:
        loop.servers.append("escalations", "INBOX", raw)

    report = loop.service.run_once()

    assert pools and all(p is not None for p in pools)  # parsed in the worker process
    assert batches == expected  # one transaction per _BATCH messages of the group
    assert report.inbound["processed"] == 42 and report.inbound["quarantined"] == 1
    assert loop.servers.fetch_all("escalations") == []
    with loop.app.db.session() as session:
        refs = [e.ref for e in repo.list_escalations(session, limit=100)]
    assert len(refs) == 40 == len(set(refs))


def test_second_csm_forward_is_merged_by_reply_over_real_mail(loop: Loop) -> None:
    loop.reply("jane", _open(loop), "approve")
    again = (FORWARDS / "gmail_acme_api_latency.eml").read_bytes()
    again = again.replace(b"jane@example.com", b"omar@example.com")
    again = again.replace(b"Message-ID: <", b"Message-ID: <omar-", 1)
    loop.send("omar@example.com", again)
    draft = loop.inbox("omar", "[ESC-2026-0002] Draft for approval")
    assert "POSSIBLE DUPLICATE of ESC-2026-0001" in text_of(draft)
    loop.reply("omar", draft, "merge ESC-2026-0001")
    assert loop.status("ESC-2026-0002") == "rejected"
    assert loop.events("ESC-2026-0002")[-1] == "merge"
    assert "ESC-2026-0002 merged into this" in text_of(loop.inbox("eng", "merged into this"))
    assert "merged into this" in str(parse(loop.inbox("jane", "merged into this"))["Subject"])


def test_draft_update_reaches_only_the_csm_over_real_mail(loop: Loop) -> None:
    loop.reply("jane", _open(loop), "approve")
    brief = loop.inbox("eng", "ESC-2026-0001")
    loop.reply("mike", brief, "update: hotfix for ticket #48213 is in testing")
    loop.reply("jane", loop.inbox("jane", "Re:"), "draft update")
    update = loop.inbox("jane", "Customer update draft")
    assert str(parse(update)["Subject"]).startswith("[ESC-2026-0001] Customer update draft")
    body = text_of(update)
    customer_text = body.split("-" * 66)[1]
    assert "Hotfix for is in testing" in customer_text  # the ticket id is left out
    assert "48213" not in customer_text and "Mike" not in customer_text
    assert not [m for m in loop.servers.fetch_all("eng") if b"Customer update" in m]


def test_the_service_looks_for_mail_even_when_idle_stays_silent(loop: Loop) -> None:
    """The sandbox's IMAP server does not report mail that lands between a pass and IDLE;
    the zero-config `mailbot run` then left a forward unseen for 29 minutes (found as a
    flaky test_demo). The service re-issues IDLE every two poll intervals instead."""
    watcher_settings = loop.service.watcher._cfg
    assert watcher_settings.idle_interval <= 2 * loop.app.settings.poll_interval
