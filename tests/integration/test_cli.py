"""The command line as an operator uses it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path

import jsonschema
import pytest

from mailbot import __version__
from mailbot.app import App
from mailbot.clock import FrozenClock
from mailbot.domain import Status
from mailbot.routing import Routing
from mailbot.settings import Settings
from mailbot.store.accounts import account_by_name
from mailbot.store.db import Database
from tests.harness.mailclient import MailServers
from tests.harness.ports import free_port
from tests.support.flow import open_routed

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
ROUTING = ROOT / "routing" / "routing.toml"


def mailbot(
    tmp_path: Path, *args: str, db_url: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("MAILBOT_", "OPENAI_"))}
    environ.update(
        {
            "MAILBOT_DATA_DIR": str(tmp_path / "data"),
            "PYTHONPATH": str(ROOT),
            "MAILBOT_SECRET_KEY": "cli-test-secret-0123456789",
            **env,
        }
    )
    if db_url:
        environ["MAILBOT_DATABASE_URL"] = db_url
    return subprocess.run(
        [sys.executable, "-m", "mailbot", *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_passes_with_the_shipped_files(tmp_path: Path, database_url: str) -> None:
    result = mailbot(tmp_path, "check", db_url=database_url)
    assert result.returncode == 0, result.stderr
    assert "routing: ok" in result.stdout and "database: ok" in result.stdout


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("[categories.feature_gap]", "[categories.feature_gapp]", "categories.feature_gapp"),
        ('acknowledge = "48h"', 'acknowledge = "two days"', "categories.feature_gap.acknowledge"),
    ],
)
def test_check_names_the_bad_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    bad = tmp_path / "routing.toml"
    bad.write_text(ROUTING.read_text().replace(old, new, 1))
    result = mailbot(tmp_path, "check", MAILBOT_ROUTING_FILE=str(bad))
    assert result.returncode == 2
    assert key in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_draft_json_prints_a_full_brief(tmp_path: Path) -> None:
    result = mailbot(
        tmp_path, "draft", str(FIXTURES / "forwards" / "gmail_acme_api_latency.eml"), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    brief = data["brief"]
    for field in (
        "headline",
        "customer_impact",
        "timeline",
        "resolution_attempts",
        "specific_ask",
        "customer_communication",
        "commercial_context",
    ):
        assert brief[field], field
    for field in ("category", "severity", "sentiment"):
        assert brief[field] and brief[f"{field}_rationale"]
    assert data["drafter"] == "offline" and "offline" in data["note"].lower()


@pytest.mark.parametrize(
    "date",
    [
        formatdate(datetime(2026, 3, 10, 7, 41, tzinfo=UTC).timestamp()),  # ... -0000
        "Tue, 10 Mar 2026 07:41:12",
    ],
)
def test_draft_a_forward_dated_without_a_known_zone(tmp_path: Path, date: str) -> None:
    raw = (FIXTURES / "forwards" / "gmail_acme_api_latency.eml").read_text()
    eml = tmp_path / "forward.eml"
    eml.write_text(raw.replace("Tue, 10 Mar 2026 08:41:12 +0100", date, 1))
    assert date in eml.read_text()
    result = mailbot(tmp_path, "draft", str(eml), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["brief"]["headline"]


def test_parse_json_shows_sender_commands_and_thread_keys(tmp_path: Path) -> None:
    result = mailbot(
        tmp_path, "parse", str(FIXTURES / "replies" / "gmail_en_approve.eml"), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sender"] == "jane.doe@example.com"
    assert [c["kind"] for c in data["commands"]] == ["approve"]
    assert data["thread_keys"]["subject_tag"] == "ESC-2026-0001"
    assert data["automatic"] is False


def test_user_mistakes_give_one_line_and_non_zero(tmp_path: Path) -> None:
    missing = mailbot(tmp_path, "draft", str(tmp_path / "nope.eml"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr
    unknown = mailbot(tmp_path, "show", "ESC-2026-9999")
    assert (
        unknown.returncode == 1 and unknown.stderr.strip() == "error: no escalation ESC-2026-9999"
    )
    bad_env = mailbot(tmp_path, "list", MAILBOT_DAILY_CAP="lots")
    assert bad_env.returncode == 2 and "MAILBOT_DAILY_CAP" in bad_env.stderr


def test_accounts_import_and_row_errors(tmp_path: Path, database_url: str) -> None:
    good = tmp_path / "accounts.csv"
    good.write_text(
        "name,domains,arr,currency,renewal_date,tier,strategic,csm\n"
        "Acme Corp,acme.example,85000,EUR,2026-05-16,Enterprise,true,jane@example.com\n"
    )
    result = mailbot(tmp_path, "accounts", "import", str(good), db_url=database_url)
    assert result.returncode == 0 and "imported 1" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("name,domains,arr\nAcme,,1\n,x.example,2\n")
    result = mailbot(tmp_path, "accounts", "import", str(bad), db_url=database_url)
    assert result.returncode == 1
    assert "line 2" in result.stderr and "line 3" in result.stderr
    drafted = mailbot(
        tmp_path,
        "draft",
        str(FIXTURES / "forwards" / "gmail_acme_api_latency.eml"),
        "--json",
        db_url=database_url,
    )
    assert json.loads(drafted.stdout)["account"]["arr"] == 85000  # matched by domain


def test_digest_json_validates_against_the_schema(tmp_path: Path) -> None:
    result = mailbot(tmp_path, "digest", "--json", "--week", "2026-W10")
    assert result.returncode == 0, result.stderr
    schema = json.loads((ROOT / "mailbot" / "lifecycle" / "digest.schema.json").read_text())
    jsonschema.validate(json.loads(result.stdout), schema)


def test_digest_html_writes_the_preview_and_sends_nothing(
    tmp_path: Path, db: Database, database_url: str
) -> None:
    from sqlalchemy import func, select

    from mailbot.store.tables import OutboxItem

    out = tmp_path / "digest.html"
    result = mailbot(
        tmp_path, "digest", "--week", "2026-W10", "--html", str(out), db_url=database_url
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"digest for 2026-03-09 written to {out} (not sent)\n"
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "2 Mar to 8 Mar 2026" in page
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxItem)) == 0
    both = mailbot(tmp_path, "digest", "--html", str(out), "--send", db_url=database_url)
    assert both.returncode == 1 and both.stderr.count("\n") == 1 and "--html" in both.stderr
    missing = tmp_path / "no-such-dir" / "digest.html"
    bad = mailbot(
        tmp_path, "digest", "--week", "2026-W10", "--html", str(missing), db_url=database_url
    )
    assert bad.returncode == 1 and bad.stderr.startswith(f"error: cannot write {missing}")


def test_list_and_show_json(
    tmp_path: Path,
    settings: Settings,
    routing: Routing,
    clock: FrozenClock,
    db: Database,
    database_url: str,
) -> None:
    app = App(settings=settings, routing=routing, db=db, clock=clock)
    ref = open_routed(app, "approve\nseverity: critical")
    listed = mailbot(tmp_path, "list", "--json", "--status", "routed", db_url=database_url)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["id"] for r in rows] == [ref] and rows[0]["severity"] == "critical"
    shown = mailbot(tmp_path, "show", ref, "--json", db_url=database_url)
    detail = json.loads(shown.stdout)
    assert detail["brief"]["headline"] and detail["drafting"]["drafter"] == "offline+csm"
    assert [e["kind"] for e in detail["events"]][:2] == ["created", "drafted"]
    text = mailbot(tmp_path, "show", ref, db_url=database_url).stdout
    assert "timeline:" in text and "approve" in text


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line an operator sees; never a traceback."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_version_prints_the_version(tmp_path: Path) -> None:
    result = mailbot(tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"mailbot {__version__}"


def test_list_refuses_an_unknown_status(tmp_path: Path) -> None:
    result = mailbot(tmp_path, "list", "--status", "routed", "--status", "bogus")
    assert result.returncode == 2 and not result.stdout
    line = one_line(result)
    assert "'bogus'" in line and all(status.value in line for status in Status)


@pytest.mark.parametrize(
    ("imap", "smtp", "key"),
    [
        ("ftp://x", "smtp://h", "MAILBOT_IMAP_URL"),
        ("imap://u:p@h:99999", "smtp://h", "MAILBOT_IMAP_URL"),
        ("imapp://u:p@h", "smtp://h", "MAILBOT_IMAP_URL"),
        ("imap://u:p@h", "", "MAILBOT_SMTP_URL"),
        ("", "smtp://h", "MAILBOT_IMAP_URL"),
    ],
)
def test_check_refuses_what_run_would(tmp_path: Path, imap: str, smtp: str, key: str) -> None:
    result = mailbot(tmp_path, "check", MAILBOT_IMAP_URL=imap, MAILBOT_SMTP_URL=smtp)
    assert result.returncode == 2
    assert one_line(result).startswith(f"error: configuration: {key}: ")


def test_a_misspelt_variable_is_named_once(tmp_path: Path) -> None:
    result = mailbot(tmp_path, "check", MAILBOT_IMAP_ULR="imap://u:p@h")
    assert result.returncode == 0, result.stderr
    line = one_line(result)
    assert "MAILBOT_IMAP_ULR" in line and "did you mean MAILBOT_IMAP_URL?" in line


def test_run_once_names_an_unreachable_server(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there: the connection is refused
    result = mailbot(
        tmp_path,
        "run",
        "--once",
        MAILBOT_IMAP_URL=f"imap://esc:pw-secret@127.0.0.1:{port}/INBOX",
        MAILBOT_SMTP_URL=f"smtp://127.0.0.1:{port}",
        MAILBOT_PARSE_PROCESSES="0",
    )
    assert result.returncode == 1
    line = one_line(result)
    assert f"127.0.0.1:{port}" in line and "refused" in line and "pw-secret" not in line


def test_run_once_names_a_server_refusing_the_login(
    tmp_path: Path, mail_servers: MailServers
) -> None:
    url = mail_servers.imap_url("escalations").replace("escalations-pw", "wrong-pw")
    assert "wrong-pw" in url
    result = mailbot(
        tmp_path,
        "run",
        "--once",
        MAILBOT_IMAP_URL=url,
        MAILBOT_SMTP_URL=f"smtp://127.0.0.1:{mail_servers.smtp_port}",
        MAILBOT_PARSE_PROCESSES="0",
    )
    assert result.returncode == 1
    line = one_line(result)
    assert f"127.0.0.1:{mail_servers.imap_port}" in line and "wrong-pw" not in line
    assert "AUTHENTICATIONFAILED" in line or "Login" in line, line


EXCEL_CSV = (
    "name,domains,arr\r\nSociété Générale,sg.example,1000\r\nMüller GmbH,mueller.example,2\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "separator"),
    [("cp1252", ","), ("cp1252", ";"), ("utf-16", "\t"), ("utf-8-sig", ",")],
)
def test_accounts_import_reads_what_excel_saves(
    tmp_path: Path, database_url: str, encoding: str, separator: str
) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes(EXCEL_CSV.replace(",", separator).encode(encoding))
    result = mailbot(tmp_path, "accounts", "import", str(path), db_url=database_url)
    assert result.returncode == 0, result.stderr
    assert "imported 2" in result.stdout
    db = Database(database_url)
    with db.session() as session:
        found = [account_by_name(session, name) for name in ("société générale", "müller gmbh")]
    assert [a.name if a else None for a in found] == ["Société Générale", "Müller GmbH"]
    db.dispose()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"name,domains\r\n\x81\x8d,x.example\r\n", "neither UTF-8 nor Windows-1252"),
        ("name,domains\r\nA,a.example\r\n".encode("utf-16-le"), "UTF-16 without a byte-order"),
    ],
    ids=["cp1252-undefined-bytes", "utf-16-without-bom"],
)
def test_accounts_import_names_an_encoding_it_cannot_read(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "accounts.csv"
    path.write_bytes(data)
    result = mailbot(tmp_path, "accounts", "import", str(path))
    assert result.returncode == 1
    assert reason in one_line(result)


def test_accounts_import_shows_progress(tmp_path: Path) -> None:
    rows = "".join(f"Account {i},a{i}.example,{i}\n" for i in range(1001))
    path = tmp_path / "accounts.csv"
    path.write_text("name,domains,arr\n" + rows)
    result = mailbot(tmp_path, "accounts", "import", str(path))  # SQLite: the slow part is ours
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["accounts import: 1,000 of 1,001 rows"]
    assert "imported 1001" in result.stdout


def test_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://u:pw-secret@127.0.0.1:{free_port()}/x"
    result = mailbot(tmp_path, "check", db_url=url)
    assert result.returncode == 1
    line = one_line(result)
    assert line.startswith("error: database: ") and "refused" in line and "pw-secret" not in line
