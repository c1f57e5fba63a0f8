"""purge, erase and export on data made by the real pipeline, on SQLite and PostgreSQL.

An escalation is forwarded, drafted, approved, worked and closed by mail (tests/support/
flow.py), its mail sent to a loopback SMTP server; then the privacy commands run against
the store as an operator would run them.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, LargeBinary, String, Text, select

from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.lifecycle.calendar import BusinessCalendar
from mailbot.lifecycle.digest import build_report
from mailbot.outbox.sender import deliver_due
from mailbot.outbox.smtp import SmtpTransport
from mailbot.privacy.erase import erase_person, find_person
from mailbot.privacy.export import export_rows, write_csv, write_jsonl
from mailbot.privacy.purge import purge_closed
from mailbot.store.tables import Audit, Base, DraftJob, Escalation, Event, OutboxItem
from mailbot.transactions import handle
from tests.harness.smtp import FaultSmtp
from tests.support.flow import ACME, FORWARDS, escalation, last_mail, open_routed, reply
from tests.support.mail import reply_to

ROOT = Path(__file__).resolve().parents[2]
BOB = "bob.smith@acme.example"


def send_all(app: App, smtp: FaultSmtp) -> None:
    transport = SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{smtp.port}"), timeout=5)
    deliver_due(app.db, transport, app.settings, app.clock.now)


def closed_escalation(app: App, clock: FrozenClock, smtp: FaultSmtp) -> str:
    """Forward, draft, approve, ack, resolve, close; every mail sent. Closed 2026-03-11."""
    ref = open_routed(app)
    brief = last_mail(app, "routed_brief")
    reply(app, brief, "mike@example.com", "ack\nowner: Mike Ross <mike@example.com>")
    clock.advance(timedelta(days=1))
    reply(app, brief, "mike@example.com", "resolved fixed in 4.2.1")
    reply(
        app, last_mail(app, "confirm_resolution", "jane@example.com"), "jane@example.com", "close"
    )
    send_all(app, smtp)
    assert escalation(app, ref).status == "closed"
    return ref


def digest(app: App) -> dict[str, Any]:
    calendar = BusinessCalendar.from_routing(app.routing.config.organisation)
    with app.db.session() as session:
        report = build_report(
            session, routing=app.routing, calendar=calendar, week=None, now=app.clock.now()
        )
    return report.data


def events(app: App) -> list[tuple[Any, ...]]:
    with app.db.session() as session:
        rows = session.scalars(select(Event).order_by(Event.id))
        return [(e.at, e.actor, e.kind, e.detail) for e in rows]


def audits(app: App, action: str) -> list[Audit]:
    with app.db.session() as session:
        return list(session.scalars(select(Audit).where(Audit.action == action)))


def test_purge_is_a_dry_run_then_removes_bodies_and_keeps_history(
    app: App, clock: FrozenClock, smtp: FaultSmtp
) -> None:
    ref = closed_escalation(app, clock, smtp)
    clock.advance(timedelta(days=7))
    before_events, before_digest = events(app), digest(app)

    with app.db.session() as session:  # closed on the 11th: not before the 11th
        assert purge_closed(session, date(2026, 3, 11), now=clock.now(), apply=True) == []
    with app.db.session() as session:
        dry = purge_closed(session, date(2026, 3, 12), now=clock.now(), apply=False)
    assert [p.ref for p in dry] == [ref]
    assert dry[0].draft_jobs == 1 and dry[0].outbox >= 4 and dry[0].bytes > 1000
    assert dry[0].customer_texts == 1  # the text kept for duplicate checks
    with app.db.session() as session:
        assert all(i.raw for i in session.scalars(select(OutboxItem)))
    assert len(audits(app, "purge")) == 1  # only the empty run above acted

    with app.db.session() as session:
        done = purge_closed(session, date(2026, 3, 12), now=clock.now(), apply=True)
    assert [(p.ref, p.items, p.bytes) for p in done] == [(d.ref, d.items, d.bytes) for d in dry]
    with app.db.session() as session:
        assert not any(i.raw for i in session.scalars(select(OutboxItem)))
        job = session.scalars(select(DraftJob)).one()
        assert job.raw == b"" and job.csm_context == []
        assert session.scalars(select(Escalation.customer_text)).one() == ""
    assert events(app) == before_events
    assert digest(app) == before_digest
    assert f"{len(done)} escalation(s)" in audits(app, "purge")[-1].reason
    with app.db.session() as session:  # nothing left: a second run finds nothing
        assert purge_closed(session, date(2026, 3, 12), now=clock.now(), apply=True) == []


def stored_text(app: App) -> str:
    """Every text, JSON and binary value of every table, mail decoded, as one string."""
    out: list[str] = []
    with app.db.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                for column, value in zip(table.columns, row, strict=True):
                    if isinstance(value, bytes) and isinstance(column.type, LargeBinary):
                        message = message_from_bytes(value, policy=policy.default)
                        out.append(value.decode("utf-8", "replace"))
                        out += [str(p.get_content()) for p in message.walk()
                                if p.get_content_maintype() == "text"]  # fmt: skip
                    elif isinstance(column.type, String | Text | JSON):
                        out.append(json.dumps(value, ensure_ascii=False))
    return "\n".join(out)


def test_erase_removes_the_person_everywhere_and_leaves_others(
    app: App, clock: FrozenClock, smtp: FaultSmtp
) -> None:
    ref = closed_escalation(app, clock, smtp)
    # Bob writes in himself: refused, quarantined and audited under his address.
    handle(app, reply_to(last_mail(app, "routed_brief"), BOB, "any news?", use_reply_to=False))
    # Bob's next problem is forwarded: its approval request waits in the outbox, unsent.
    again = (FORWARDS / ACME).read_bytes().replace(b"fwd-acme-001", b"fwd-acme-002")
    assert handle(app, again).outcome is Disposition.PROCESSED
    run_draft_jobs(app.db, make_drafter(app.settings), app.settings, app.routing, clock.now())
    smtp.reset()
    text = stored_text(app)
    assert BOB in text and "Bob Smith" in text

    with app.db.session() as session:
        person = find_person(session, BOB.upper())
        dry = erase_person(session, person, apply=False)
    assert person.names == ["Bob Smith"]
    assert {"brief_versions", "draft_jobs", "outbox", "quarantine"} <= set(dry)
    assert stored_text(app) == text  # the dry run wrote nothing

    with app.db.session() as session:
        done = erase_person(session, find_person(session, BOB), apply=True)
    assert done == dry
    with app.db.session() as session:  # the waiting request is set aside, not sent as a stub
        waiting = session.scalars(select(OutboxItem).where(OutboxItem.kind == "approval_request"))
        assert [i.status for i in waiting] == ["sent", "erased"]
    send_all(app, smtp)
    assert smtp.received == []
    after = stored_text(app)
    assert BOB not in after.lower() and "bob smith" not in after.lower()
    assert "Bob" not in after.replace("bob", "")  # signatures go too
    assert "[erased]" in after
    esc = escalation(app, ref)  # everyone else is untouched
    assert esc.csm == "jane@example.com" and esc.owner == "mike@example.com"
    assert "jane@example.com" in after and "Mike Ross" in after


def test_the_commands_end_to_end(
    app: App, clock: FrozenClock, smtp: FaultSmtp, tmp_path: Path
) -> None:
    """purge, erase and export as processes, against the same store."""
    ref = closed_escalation(app, clock, smtp)

    def mailbot(*args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MAILBOT_", "OPENAI_"))}
        env.update(
            PYTHONPATH=str(ROOT),
            MAILBOT_DATA_DIR=str(app.settings.data_dir),
            MAILBOT_DATABASE_URL=app.settings.database_url,
            MAILBOT_SECRET_KEY=app.settings.secret_key,
        )
        return subprocess.run([sys.executable, "-m", "mailbot", *args], env=env,
                              capture_output=True, text=True, timeout=120, check=False)  # fmt: skip

    dry = mailbot("purge", "--closed-before", "2026-03-12")
    assert dry.returncode == 0, dry.stderr
    assert f"{ref}  closed 2026-03-11  would remove 1 forward(s)" in dry.stdout
    assert "dry run" in dry.stdout and not audits(app, "purge")
    done = mailbot("purge", "--closed-before", "2026-03-12", "--yes")
    assert done.returncode == 0 and f"{ref}  closed 2026-03-11  removed" in done.stdout
    assert len(audits(app, "purge")) == 1

    bad = mailbot("purge", "--closed-before", "last week")
    assert bad.returncode == 1 and bad.stderr.startswith("error: --closed-before wants a date")

    # After the purge no stored header ties the name to the address: the operator names it.
    assert "names: none found" in mailbot("erase", "--email", BOB).stdout
    erased = mailbot("erase", "--email", BOB, "--name", "Bob Smith", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "names: Bob Smith" in erased.stdout and "brief_versions: erased in" in erased.stdout
    (row,) = audits(app, "erase")
    assert row.reason.startswith("sha256:") and "bob" not in row.reason.lower()

    out = tmp_path / "export.csv"
    exported = mailbot("export", "--since", "2026-03-01", "--format", "csv", "--output", str(out))
    assert exported.returncode == 0 and "exported 1 escalation(s)" in exported.stdout
    lines = mailbot("export", "--since", "2026-03-01").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["ref"] == ref
    assert mailbot("export", "--since", "2026-03-12").stdout == ""
    assert mailbot("export", "--since", "2026-03-01", "--format", "xml").returncode == 1
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(json.loads(lines[0])["events"]) and rows[0]["ref"] == ref


def test_export_formats_agree(app: App, clock: FrozenClock, smtp: FaultSmtp) -> None:
    ref = closed_escalation(app, clock, smtp)
    open_routed(app, fixture="gmail_initech_uptime_sla.eml")  # a second, still open
    with app.db.session() as session:
        lines = io.StringIO()
        assert write_jsonl(export_rows(session, date(2026, 3, 1)), lines) == 2
        table = io.StringIO()
        write_csv(export_rows(session, date(2026, 3, 1)), table)
        esc = session.scalars(select(Escalation).where(Escalation.ref == ref)).one()
        kinds = [e.kind for e in session.scalars(
            select(Event).where(Event.escalation_id == esc.id).order_by(Event.id))]  # fmt: skip
    first = json.loads(lines.getvalue().splitlines()[0])
    assert first["ref"] == ref and first["status"] == "closed"
    assert [e["kind"] for e in first["events"]] == kinds
    assert first["closed_at"].startswith("2026-03-11")
    rows = [r for r in csv.DictReader(io.StringIO(table.getvalue())) if r["ref"] == ref]
    assert [r["event_kind"] for r in rows] == kinds
    assert {r["closed_at"] for r in rows} == {first["closed_at"]}
