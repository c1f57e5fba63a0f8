"""The embedded sandbox end to end: smtplib in, imap-tools out, stop, restart.

Every test starts its own sandbox (about 0.2 s) on free 127.0.0.1 ports in a tmp dir.
"""

from __future__ import annotations

import signal
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from imap_tools import AND, MailBoxUnencrypted
from imap_tools.errors import MailboxLoginError

from mailbot.sandbox import ROSTER, Sandbox, SandboxError, SandboxInfo

BODY = "Customer says the API times out since Monday.\nThey renew in 60 days."


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxInfo]:
    with Sandbox(tmp_path / "sandbox") as info:
        yield info


def send(info: SandboxInfo, to: list[str], subject: str, sender: str = "jane@example.com") -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, ", ".join(to), subject
    msg.set_content(BODY)
    with smtplib.SMTP(info.host, info.smtp_port, timeout=10) as smtp:
        smtp.send_message(msg, to_addrs=to)


def login(info: SandboxInfo, user: str) -> MailBoxUnencrypted:
    """Log in and refresh capabilities, as the watcher does, so imap-tools sees MOVE."""
    mailbox = MailBoxUnencrypted(info.host, info.imap_port, timeout=10)
    mailbox.login(info.address(user), info.users[info.address(user)])
    mailbox.client._get_capabilities()
    return mailbox


def wait_for(mailbox: MailBoxUnencrypted, subject: str, timeout: float = 10.0) -> list[str]:
    """UIDs of messages with ``subject``, polling with NOOP until one shows up."""
    deadline = time.monotonic() + timeout
    while True:
        uids = mailbox.uids(AND(subject=subject))
        if uids or time.monotonic() > deadline:
            return uids
        mailbox.client.noop()
        time.sleep(0.05)


def port_free(port: int) -> bool:
    """Free for a new server, which (like ours) sets SO_REUSEADDR: TIME_WAIT does not count."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_mail_to_plain_and_plus_address_reaches_the_right_inboxes(sandbox: SandboxInfo) -> None:
    send(sandbox, ["jane@example.com"], "for jane")
    send(sandbox, ["escalations+abc@example.com"], "Fwd: Acme outage")

    with login(sandbox, "jane") as jane:
        assert wait_for(jane, "for jane")
        assert jane.uids(AND(subject="Acme")) == []
    with login(sandbox, "escalations") as esc:
        [uid] = wait_for(esc, "Fwd: Acme outage")
        [msg] = list(esc.fetch(AND(uid=uid), mark_seen=False))
    assert msg.text.strip() == BODY
    assert msg.to == ("escalations+abc@example.com",)
    assert msg.headers["delivered-to"] == ("escalations+abc@example.com",)
    assert msg.headers["return-path"] == ("<jane@example.com>",)


def test_recipients_outside_the_roster_are_refused_at_rcpt(sandbox: SandboxInfo) -> None:
    with smtplib.SMTP(sandbox.host, sandbox.smtp_port, timeout=10) as smtp:
        smtp.ehlo()
        smtp.mail("jane@example.com")
        assert smtp.rcpt("nobody@example.com")[0] == 550
        assert smtp.rcpt("escalations@elsewhere.test")[0] == 550
        assert smtp.rcpt("<not-an-address>")[0] == 550
        assert smtp.rcpt("mike@example.com")[0] == 250
        smtp.rset()
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            smtp.sendmail("jane@example.com", ["ghost@example.com"], b"Subject: x\r\n\r\nx")


def test_partially_refused_mail_still_reaches_the_valid_recipient(sandbox: SandboxInfo) -> None:
    with smtplib.SMTP(sandbox.host, sandbox.smtp_port, timeout=10) as smtp:
        refused = smtp.sendmail(
            "jane@example.com", ["ghost@example.com", "pat@example.com"], b"Subject: half\r\n\r\nx"
        )
    assert set(refused) == {"ghost@example.com"}
    with login(sandbox, "pat") as pat:
        assert wait_for(pat, "half")


def test_the_watcher_command_set_works(sandbox: SandboxInfo) -> None:
    """Login, folder create, UID SEARCH, FETCH size and BODY.PEEK[], UID MOVE."""
    send(sandbox, ["escalations@example.com"], "to process")
    send(sandbox, ["escalations@example.com"], "to quarantine")
    with login(sandbox, "escalations") as esc:
        assert "MOVE" in esc.client.capabilities
        esc.folder.create("Processed")
        esc.folder.create("Quarantine")
        assert {"Processed", "Quarantine"} <= {f.name for f in esc.folder.list()}
        [uid] = wait_for(esc, "to process")
        status, data = esc.client.uid("FETCH", uid, "(RFC822.SIZE BODY.PEEK[])")
        assert status == "OK"
        assert isinstance(data[0], tuple)
        assert b"RFC822.SIZE" in data[0][0]
        assert BODY.encode() in data[0][1].replace(b"\r\n", b"\n")
        assert esc.uids(AND(seen=False)) != []  # PEEK left \Seen unset

        esc.move(uid, "Processed")
        [other] = wait_for(esc, "to quarantine")
        esc.move(other, "Quarantine")
        assert esc.uids() == []
        esc.folder.set("Processed")
        [moved] = list(esc.fetch(mark_seen=False))
    assert moved.subject == "to process"
    assert moved.text.strip() == BODY  # whole message, not pymap's 1-byte COPY result


def test_copy_keeps_the_message_content(sandbox: SandboxInfo) -> None:
    """imap-tools falls back to COPY without a capability refresh; pymap 0.36.7 needs our fix."""
    send(sandbox, ["lisa@example.com"], "copy me")
    with login(sandbox, "lisa") as lisa:
        lisa.folder.create("Archive")
        [uid] = wait_for(lisa, "copy me")
        lisa.copy(uid, "Archive")
        lisa.folder.set("Archive")
        [copied] = list(lisa.fetch(mark_seen=False))
    assert copied.text.strip() == BODY


def test_idle_reported_with_a_blocking_line_reader(sandbox: SandboxInfo) -> None:
    """IDLE works when whole lines are read; imap-tools' non-blocking poll() may not."""
    with login(sandbox, "omar") as omar:
        omar.idle.start()  # type: ignore[no-untyped-call]
        send(sandbox, ["omar@example.com"], "idle ping")
        sock = omar.client.sock
        sock.settimeout(10)
        lines: list[bytes] = []
        while not any(b"EXISTS" in line for line in lines):
            lines.append(omar.client._get_line())
        omar.idle.stop()  # type: ignore[no-untyped-call]
        assert wait_for(omar, "idle ping")


def test_wrong_password_is_refused(sandbox: SandboxInfo) -> None:
    mailbox = MailBoxUnencrypted(sandbox.host, sandbox.imap_port, timeout=10)
    try:
        with pytest.raises(MailboxLoginError, match="AUTHENTICATIONFAILED"):
            mailbox.login("jane@example.com", "not-the-password")
    finally:
        mailbox.client.shutdown()


def test_listens_on_127_0_0_1_only(sandbox: SandboxInfo) -> None:
    """127.0.0.2 reaches a server bound to 0.0.0.0 on Linux but not one bound to 127.0.0.1."""
    for port in (sandbox.imap_port, sandbox.smtp_port):
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.2", port), timeout=2).close()


def test_stop_frees_ports_and_restart_keeps_mail_and_passwords(tmp_path: Path) -> None:
    sandbox = Sandbox(tmp_path / "sb")
    first = sandbox.start()
    send(first, ["escalations+t0k@example.com"], "survives restart")
    with login(first, "escalations") as esc:
        assert wait_for(esc, "survives restart")
    sandbox.stop()
    sandbox.stop()  # idempotent
    assert port_free(first.imap_port)
    assert port_free(first.smtp_port)

    with Sandbox(tmp_path / "sb", imap_port=first.imap_port, smtp_port=first.smtp_port) as again:
        assert again.users == first.users
        assert (again.imap_port, again.smtp_port) == (first.imap_port, first.smtp_port)
        with login(again, "escalations") as esc:
            assert esc.uids(AND(subject="survives restart"))


def test_roster_has_random_persisted_passwords(sandbox: SandboxInfo, tmp_path: Path) -> None:
    assert set(sandbox.users) == {f"{user}@example.com" for user in ROSTER}
    assert len(set(sandbox.users.values())) == len(ROSTER)
    stored = (tmp_path / "sandbox" / "passwords.json").stat().st_mode & 0o777
    assert stored == 0o600


def test_a_taken_fixed_port_fails_clearly(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        taken = blocker.getsockname()[1]
        with pytest.raises(SandboxError, match=str(taken)):
            Sandbox(tmp_path / "sb", smtp_port=taken).start()
        with pytest.raises(SandboxError, match=str(taken)):
            Sandbox(tmp_path / "sb", imap_port=taken).start()


def test_an_open_session_sees_new_mail_by_noop_polling(sandbox: SandboxInfo) -> None:
    """The watcher's polling fallback: a session selected before delivery, then NOOP."""
    with login(sandbox, "escalations") as esc:
        assert esc.uids() == []
        send(sandbox, ["escalations@example.com"], "arrives later")
        assert wait_for(esc, "arrives later", timeout=5)


def test_pymap_child_exits_cleanly_when_its_parent_goes_away(tmp_path: Path) -> None:
    """EOF on stdin (what a killed parent leaves behind) shuts pymap down in order."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    child = subprocess.Popen(
        [sys.executable, "-m", "mailbot.sandbox.pymap_child", str(tmp_path), "--port", str(port)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().startswith(b"pymap ready")
    child.stdin.close()
    assert child.wait(10) == 0  # not -SIGTERM: pymap's own handler ran
    child.stdout.close()
    assert port_free(port)


def test_python_m_mailbot_sandbox_prints_banner_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    ports = []
    for _ in range(2):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            ports.append(probe.getsockname()[1])
    imap_port, smtp_port = ports
    ports_args = ["--imap-port", str(imap_port), "--smtp-port", str(smtp_port)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "mailbot.sandbox", "--data-dir", str(tmp_path / "sb"), *ports_args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    for line in proc.stdout:
        lines.append(line)
        if "Ctrl-C" in line:
            break
    banner = "".join(lines)
    assert f"127.0.0.1:{imap_port}" in banner
    assert f"swaks --server 127.0.0.1:{smtp_port}" in banner
    proc.send_signal(signal.SIGINT)
    rest, _ = proc.communicate(timeout=15)
    assert proc.returncode == 0
    assert "stopped" in rest
    assert port_free(imap_port)
    assert port_free(smtp_port)
