"""Issue 19 §2 over real mail: a forward's files reach the team with the routed brief.

SMTP into Dovecot, mailbot's watcher over IMAP, its outbox over SMTP back into Dovecot,
on SQLite and PostgreSQL; mailbot is restarted (a new App on the same database) between
the draft and the approval, so the files must come from what the store kept.
"""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.runner import Service
from mailbot.settings import Settings
from mailbot.store import repo
from mailbot.store.db import Database
from mailbot.store.tables import OutboxItem
from tests.harness.servers import ROSTER
from tests.support.mail import parse, reply_to, text_of

FORWARDS = Path(__file__).resolve().parents[1] / "fixtures" / "forwards"
FORWARD = FORWARDS / "gmail_acme_api_latency.eml"
pytestmark = pytest.mark.mail

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 12  # every byte value, so a re-encoding shows
PNG = b"\x89PNG\r\n\x1a\n" + bytes(reversed(range(256))) * 4
BIG_CSV = b"date,latency_ms\n" + b"2026-03-01,1234\n" * 400  # 6416 bytes: over the cap
EXE = b"MZ\x90\x00" + b"\x00" * 200
FILES = [  # name, type, data
    ("latency-report.pdf", "application/pdf", PDF),
    ("latency.csv", "text/csv", BIG_CSV),
    ("fix.exe", "application/octet-stream", EXE),
    ("budget.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12", b"PK\x03\x04xx"),
    ("notes.txt", "text/plain", EXE),  # an executable under a harmless name
    ("screenshot.png", "image/png", PNG),
]
CAP = len(PDF) + len(PNG) + 100


def _forward_with_files() -> bytes:
    original = parse(FORWARD.read_bytes())
    msg = EmailMessage()
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        msg[name] = str(original[name])
    body = original.get_body(preferencelist=("plain",))
    assert body is not None
    msg.set_content(str(body.get_content()))
    for name, ctype, data in FILES:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


class Mailbot:
    def __init__(self, servers: Any, settings: Settings, routing: Any, clock: FrozenClock) -> None:
        self.servers, self.settings, self.routing, self.clock = servers, settings, routing, clock
        self.start()

    def start(self) -> None:
        """A fresh process's view: new App, new Database engine, same database."""
        self.db = Database(self.settings.database_url)
        self.app = App(settings=self.settings, routing=self.routing, db=self.db, clock=self.clock)
        self.service = Service(self.app)

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


def _attachments(raw: bytes) -> list[tuple[str, bytes]]:
    return [(str(p.get_filename()), p.get_content()) for p in parse(raw).iter_attachments()]


def test_allowed_files_reach_the_team_byte_identical(mailbot: Mailbot) -> None:
    mailbot.send("jane@example.com", _forward_with_files())
    draft = mailbot.inbox("jane", "Draft for approval")
    listing = text_of(draft)
    assert "ATTACHMENTS" in listing and "fix.exe" in listing
    pdf_line = "latency-report.pdf (application/pdf, 3.0 KB), from the forward itself: will be"
    assert pdf_line in listing
    assert _attachments(draft) == []  # the CSM has the files: the draft only lists them

    mailbot.db.dispose()
    mailbot.start()  # a restart between the draft and the approval
    mailbot.send("jane@example.com", reply_to(draft, "jane@example.com", "approve"))

    brief = mailbot.inbox("eng", "ESC-2026-0001")
    parsed = parse(brief)
    assert parsed.get_content_type() == "multipart/mixed"
    first = next(iter(parsed.iter_parts()))
    assert first.get_content_type() == "multipart/alternative"  # text + HTML come first
    assert _attachments(brief) == [("latency-report.pdf", PDF), ("screenshot.png", PNG)]
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
    assert _attachments(stored) == _attachments(brief)
    assert stored.split(b"\r\n\r\n", 1)[1] in brief.replace(b"\n", b"\r\n").replace(
        b"\r\r\n", b"\r\n"
    )
