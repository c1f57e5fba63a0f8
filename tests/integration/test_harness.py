"""The harness itself: SMTP → Dovecot → IMAP round trips and the scriptable fault server.

If these fail, every other integration test's result is meaningless, so they check the
exact bytes and the exact SMTP codes rather than "something arrived".
"""

from __future__ import annotations

import imaplib
import os
import shutil
import smtplib
import time
import uuid
from email.message import EmailMessage

import pytest

from tests.harness import servers
from tests.harness.mailclient import MailServers
from tests.harness.smtp import FaultSmtp


def _message(to: str, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "customer@acme.test"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@acme.test>"
    msg.set_content("The dashboard has been down since Monday.\n")
    return msg


def _subject_in(subject: str, raw: bytes) -> bool:
    return f"Subject: {subject}".encode() in raw


def test_smtp_to_imap_round_trip_for_jane(mail_servers: MailServers) -> None:
    mail_servers.clear("jane")
    subject = f"round trip {uuid.uuid4().hex[:8]}"
    msg = _message("jane@example.com", subject)

    mail_servers.send(msg, "customer@acme.test", "jane@example.com")

    got = mail_servers.wait_for("jane", lambda ms: len(ms) == 1)
    assert _subject_in(subject, got[0])
    assert msg["Message-ID"].encode() in got[0]
    assert got[0].endswith(b"The dashboard has been down since Monday.\r\n")
    assert mail_servers.flags("jane") == [{"\\Recent"}]  # PEEK: still unseen


def test_plus_address_lands_in_escalations_inbox(mail_servers: MailServers) -> None:
    mail_servers.clear("escalations")
    subject = f"token reply {uuid.uuid4().hex[:8]}"

    mail_servers.send(
        _message("escalations+tok@example.com", subject),
        "jane@example.com",
        "escalations+tok@example.com",
    )

    got = mail_servers.wait_for("escalations", lambda ms: len(ms) == 1)
    assert _subject_in(subject, got[0])
    assert b"Delivered-To: escalations+tok@example.com" in got[0]
    assert not [f for f in mail_servers.folders("escalations") if "tok" in f]  # no detail folder


def test_unknown_recipient_is_refused_by_dovecot(mail_servers: MailServers) -> None:
    with pytest.raises(smtplib.SMTPDataError) as refused:
        mail_servers.send(
            _message("nobody@example.com", "x"), "jane@example.com", "nobody@example.com"
        )
    assert refused.value.smtp_code == 550


def test_login_with_local_part_and_full_address_reach_the_same_mailbox(
    mail_servers: MailServers,
) -> None:
    mail_servers.clear("omar")
    uid = mail_servers.append("omar", "INBOX", b"Subject: appended\r\n\r\nhello\r\n")
    assert uid > 0
    for login in ("omar", "omar@example.com", "Omar@Example.com"):
        conn = imaplib.IMAP4(mail_servers.imap_host, mail_servers.imap_port, timeout=10)
        conn.login(login, mail_servers.password("omar"))
        typ, data = conn.select("INBOX", readonly=True)
        conn.logout()
        assert (typ, data) == ("OK", [b"1"]), login


def test_wrong_password_is_refused(mail_servers: MailServers) -> None:
    conn = imaplib.IMAP4(mail_servers.imap_host, mail_servers.imap_port, timeout=10)
    with pytest.raises(imaplib.IMAP4.error):
        conn.login("omar", "jane-pw")
    conn.logout()


def test_imap_url_uses_encoded_full_address(mail_servers: MailServers) -> None:
    url = mail_servers.imap_url("jane", "Processed")
    assert url == f"imap://jane%40example.com:jane-pw@127.0.0.1:{mail_servers.imap_port}/Processed"
    assert mail_servers.imap_url("jane", full_address=False).startswith("imap://jane:jane-pw@")


def test_clear_empties_every_folder(mail_servers: MailServers) -> None:
    mail_servers.append("lisa", "INBOX", b"Subject: a\r\n\r\na\r\n")
    mail_servers.append("lisa", "Archive", b"Subject: b\r\n\r\nb\r\n")
    mail_servers.clear("lisa")
    assert mail_servers.fetch_all("lisa") == []
    assert mail_servers.fetch_all("lisa", "Archive") == []


def test_dovecot_runs_on_the_tests_clock(mail_servers: MailServers) -> None:
    """Under scripts/test-on-a-day.sh every Dovecot process must see the faked day: Dovecot
    empties its environment, and without FAKETIME its processes ran on the real clock (the
    master switched to it 10 s in, saw time jump back a week and launched nothing for 180 s).
    An APPEND without a date gets the imap process's now as INTERNALDATE."""
    mail_servers.clear("sam")
    mail_servers.append("sam", "INBOX", b"Subject: clock\r\n\r\nclock\r\n")
    with mail_servers.imap("sam") as conn:
        conn.select("INBOX", readonly=True)
        _, data = conn.fetch("1", "(INTERNALDATE)")
    stamp = imaplib.Internaldate2tuple(data[0] if isinstance(data[0], bytes) else b"")
    assert stamp is not None, data
    assert abs(time.mktime(stamp) - time.time()) < 120, (time.asctime(stamp), time.ctime())


def _smtp_send(server: FaultSmtp, subject: str) -> None:
    with smtplib.SMTP(server.host, server.port, timeout=10) as smtp:
        smtp.send_message(_message("eng@example.com", subject))


def test_fault_server_answers_451_then_accepts(fault_smtp: FaultSmtp) -> None:
    fault_smtp.fail_next(1, "451")

    with pytest.raises(smtplib.SMTPDataError) as first:
        _smtp_send(fault_smtp, "first try")
    _smtp_send(fault_smtp, "second try")

    assert first.value.smtp_code == 451
    assert [a.outcome for a in fault_smtp.attempts] == ["451", "250"]
    assert len(fault_smtp.received) == 1
    assert b"Subject: second try" in fault_smtp.received[0].data
    assert fault_smtp.received[0].rcpt_tos == ("eng@example.com",)


def test_fault_server_550_and_drop(fault_smtp: FaultSmtp) -> None:
    fault_smtp.fail_next(1, "550")
    fault_smtp.drop_next(1)

    with pytest.raises(smtplib.SMTPDataError) as rejected:
        _smtp_send(fault_smtp, "rejected")
    with pytest.raises(smtplib.SMTPServerDisconnected):
        _smtp_send(fault_smtp, "dropped")
    _smtp_send(fault_smtp, "accepted")

    assert rejected.value.smtp_code == 550
    assert [a.outcome for a in fault_smtp.attempts] == ["550", "drop", "250"]
    assert [b"Subject: accepted" in r.data for r in fault_smtp.received] == [True]


def test_missing_dovecot_names_the_install_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(os.path, "exists", lambda path: False)
    with pytest.raises(servers.DovecotNotInstalledError, match=r"scripts/install-test-deps\.sh"):
        servers.dovecot_binary()
