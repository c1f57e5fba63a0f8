"""Issue 19 §2 over real mail: a forward's files reach the team with the routed brief.

SMTP into Dovecot, mailbot's watcher over IMAP, its outbox over SMTP back into Dovecot,
on SQLite and PostgreSQL; mailbot is restarted (a new App on the same database) between
the draft and the approval, so the files must come from what the store kept.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from mailbot import views
from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.render_text import render_detail
from mailbot.runner import Runner
from mailbot.settings import Settings
from mailbot.store import repo
from mailbot.store.db import Database
from mailbot.store.tables import OutboxItem
from tests.harness.servers import ROSTER
from tests.support.attachments import PDF, PNG, attachments, forward_with_files
from tests.support.mail import parse, reply_to, text_of

pytestmark = pytest.mark.mail
CAP = len(PDF) + len(PNG) + 100


class Mailbot:
    def __init__(self, servers: Any, settings: Settings, routing: Any, clock: FrozenClock) -> None:
        self.servers, self.settings, self.routing, self.clock = servers, settings, routing, clock
        self.start()

    def start(self) -> None:
        """A fresh process's view: new App, new Database engine, same database."""
        self.db = Database(self.settings.database_url)
        self.app = App(settings=self.settings, routing=self.routing, db=self.db, clock=self.clock)
        self.service = Runner(self.app)

    def send(self, sender: str, raw: bytes) -> None:
        crlf = re.sub(rb"(?<!\r)\n", b"\r\n", raw)
        self.servers.send(crlf, sender, ["escalations@example.com"])
        self.servers.wait_for("escalations", lambda msgs: len(msgs) >= 1)
        self.service.run_once()
        self.service.run_once()

    def inbox(self, user: str, subject_part: str) -> bytes:
        def matching(msgs: list[bytes]) -> list[bytes]:
            return [m for m in msgs if subject_part.lower() in str(parse(m)["Subject"]).lower()]

        return matching(self.servers.wait_for(user, lambda msgs: bool(matching(msgs))))[-1]


@pytest.fixture
def mailbot(
    mail_servers: Any, settings: Settings, routing: Any, clock: FrozenClock, db: Database
) -> Any:
    for user in ROSTER:
        mail_servers.clear(user)
    wired = settings.model_copy(
        update={
            "imap_url": mail_servers.imap_url("escalations"),
            "smtp_url": f"smtp://127.0.0.1:{mail_servers.smtp_port}",
            "attachment_cap_bytes": CAP,
        }
    )
    bot = Mailbot(mail_servers, wired, routing, clock)
    yield bot
    bot.db.dispose()


def test_allowed_files_reach_the_team_byte_identical(mailbot: Mailbot) -> None:
    mailbot.send("jane@example.com", forward_with_files())
    draft = mailbot.inbox("jane", "Draft for approval")
    listing = text_of(draft)
    assert "ATTACHMENTS" in listing and "fix.exe" in listing
    pdf_line = "latency-report.pdf (application/pdf, 3.0 KB), from the forward itself: will be"
    assert pdf_line in listing
    assert attachments(draft) == []  # the CSM has the files: the draft only lists them
    assert _shown(mailbot)["latency-report.pdf"] == "will be attached"

    mailbot.db.dispose()
    mailbot.start()  # a restart between the draft and the approval
    mailbot.send("jane@example.com", reply_to(draft, "jane@example.com", "approve"))

    brief = mailbot.inbox("eng", "ESC-2026-0001")
    parsed = parse(brief)
    assert parsed.get_content_type() == "multipart/mixed"
    first = next(iter(parsed.iter_parts()))
    assert first.get_content_type() == "multipart/alternative"  # text + HTML come first
    assert attachments(brief) == [("latency-report.pdf", PDF), ("screenshot.png", PNG)]
    text = text_of(brief)
    for name, status in [
        ("latency-report.pdf", "attached"),
        ("screenshot.png", "attached"),
        ("latency.csv", "not attached: over the cap"),
        ("fix.exe", "not attached: blocked"),
        ("budget.xlsm", "not attached: blocked"),
        ("notes.txt", "not attached: blocked"),
    ]:
        line = next(line for line in text.splitlines() if f"- {name} " in line)
        assert status in line, line
    assert "its content is a Windows executable" in text

    with mailbot.db.session() as session:  # the queued bytes are the sent message, whole
        stored = session.scalars(
            select(OutboxItem.raw).where(OutboxItem.kind == "routed_brief")
        ).one()
        esc = repo.get_escalation(session, "ESC-2026-0001")
        assert esc is not None and esc.status == "routed"
    assert attachments(stored) == attachments(brief)
    assert stored.split(b"\r\n\r\n", 1)[1] in brief.replace(b"\n", b"\r\n").replace(
        b"\r\r\n", b"\r\n"
    )
    assert _shown(mailbot) == {  # `mailbot show` lists them as the brief did
        "latency-report.pdf": "attached",
        "screenshot.png": "attached",
        "latency.csv": "not attached: over the cap",
        "fix.exe": "not attached: blocked",
        "budget.xlsm": "not attached: blocked",
        "notes.txt": "not attached: blocked",
    }


def test_show_says_a_rejected_drafts_files_were_never_sent(mailbot: Mailbot) -> None:
    mailbot.send("jane@example.com", forward_with_files())
    draft = mailbot.inbox("jane", "Draft for approval")
    mailbot.send("jane@example.com", reply_to(draft, "jane@example.com", "reject not ours"))
    shown = _shown(mailbot)
    assert shown["latency-report.pdf"] == "not sent: the draft was rejected"
    assert shown["fix.exe"] == "not attached: blocked"


def _shown(mailbot: Mailbot) -> dict[str, str]:
    """Each file's status as `mailbot show` gives it, checked against its text rendering."""
    with mailbot.db.session() as session:
        esc = repo.get_escalation(session, "ESC-2026-0001")
        assert esc is not None
        data = views.detail(session, esc, mailbot.clock.now(), cap_bytes=CAP)
    text = render_detail(data)
    for item in data["attachments"]:
        assert f"  {item['name']}  {item['type']}, {item['size']}, from " in text
        assert f"      {item['status']}" in text
    return {item["name"]: item["status"] for item in data["attachments"]}
