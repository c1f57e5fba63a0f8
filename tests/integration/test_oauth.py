"""XOAUTH2/OAUTHBEARER end to end on loopback: Dovecot's oauth2 passdb, an SMTP relay
that requires XOAUTH2, and msal / google-auth / the refresh grant against a loopback
authorisation server (tests/harness/oauth_server.py). No network beyond 127.0.0.1.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.endpoints.imap_url import ImapTarget, parse_imap_url
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.errors import MailboxError, TransientDeliveryError
from mailbot.inbound import imap_session
from mailbot.inbound.watch import MailboxWatcher
from mailbot.oauth.config import OAuthSettings
from mailbot.oauth.providers import token_source
from mailbot.oauth.tokens import OAuthError, TokenSource
from mailbot.outbox.smtp import SmtpTransport
from tests.harness import oauth_server as auth
from tests.harness.mailclient import MailServers
from tests.harness.oauth_dovecot import oauth_dovecot
from tests.harness.oauth_server import OAuthServer, TokenBook, self_signed
from tests.harness.oauth_smtp import XOAuthSmtp
from tests.harness.servers import dovecot_binary
from tests.harness.watching import FAST, MemoryCursors, Recorder, raw_message

pytestmark = [
    pytest.mark.mail,
    pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning"),
]
USER = "escalations@example.com"


@pytest.fixture(scope="module")
def oauth() -> Iterator[OAuthServer]:
    if shutil.which("openssl") is None:
        pytest.fail("openssl CLI needed for the loopback HTTPS token endpoint", pytrace=False)
    folder = Path(tempfile.mkdtemp(prefix="mailbot-oauth."))
    cert, key = self_signed(folder)
    server = OAuthServer(cert, key)
    server.start()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REQUESTS_CA_BUNDLE", str(cert))  # msal, google-auth and requests
        yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def book(oauth: OAuthServer) -> TokenBook:
    """The server's token book, emptied for this test."""
    fresh = TokenBook()
    for name in ("tokens", "grants", "introspected", "reject_logins", "rejected", "expires_in"):
        setattr(oauth.book, name, getattr(fresh, name))
    return oauth.book


@pytest.fixture(scope="module")
def dovecot(oauth: OAuthServer) -> Iterator[MailServers]:
    dovecot_binary()
    base = Path(tempfile.mkdtemp(prefix="mailbot-oauth-dovecot."))
    base.chmod(0o755)
    server = oauth_dovecot(base / "dovecot", oauth.introspection_url)
    server.start()
    try:
        yield MailServers(server, smtp_port=0)
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def relay(book: TokenBook) -> Iterator[XOAuthSmtp]:
    server = XOAuthSmtp(book)
    server.start()
    yield server
    server.stop()


def generic(oauth: OAuthServer, **changes: str) -> OAuthSettings:
    fields = {
        "provider": "generic", "token_url": oauth.token_url, "client_id": auth.CLIENT_ID,
        "client_secret": auth.CLIENT_SECRET, "refresh_token": auth.REFRESH_TOKEN, **changes,
    }  # fmt: skip
    return OAuthSettings(**fields)


def imap_target(
    servers: MailServers, tokens: TokenSource, mechanism: str = "xoauth2"
) -> ImapTarget:
    url = f"imap://{USER}@127.0.0.1:{servers.imap_port}/INBOX?auth={mechanism}"
    return dataclasses.replace(parse_imap_url(url), tokens=tokens)


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
def test_imap_token_login_against_dovecot_oauth2(
    dovecot: MailServers, oauth: OAuthServer, book: TokenBook, mechanism: str
) -> None:
    tokens = token_source(generic(oauth), USER)
    mailbox = imap_session.open_mailbox(imap_target(dovecot, tokens, mechanism), 10.0)
    try:
        assert "MOVE" in mailbox.client.capabilities  # post-login capabilities were re-read
        assert mailbox.client.state == "AUTH"
    finally:
        imap_session.close_quietly(mailbox)
    assert [g["grant_type"] for g in book.grants] == ["refresh_token"]
    assert book.introspected == 1 and book.rejected == 0


def test_a_refused_token_is_replaced_once(
    dovecot: MailServers, oauth: OAuthServer, book: TokenBook
) -> None:
    tokens = token_source(generic(oauth), USER)
    book.revoke(tokens.token())  # cached and unexpired here, revoked at the server
    mailbox = imap_session.open_mailbox(imap_target(dovecot, tokens), 10.0)
    imap_session.close_quietly(mailbox)
    assert tokens.fetches == 2 and book.rejected == 1


def test_refused_twice_is_one_clear_error_without_the_token(
    dovecot: MailServers, oauth: OAuthServer, book: TokenBook
) -> None:
    book.reject_logins = True
    tokens = token_source(generic(oauth), USER)
    with pytest.raises(MailboxError) as err:
        imap_session.open_mailbox(imap_target(dovecot, tokens), 10.0)
    message = str(err.value)
    assert f"127.0.0.1:{dovecot.imap_port}" in message and "AUTHENTICATIONFAILED" in message
    assert tokens.fetches == 2
    assert not [t for t in book.tokens if t in message] and auth.CLIENT_SECRET not in message


def test_smtp_xoauth2_delivers_and_replaces_a_refused_token(
    relay: XOAuthSmtp, oauth: OAuthServer, book: TokenBook
) -> None:
    tokens = token_source(generic(oauth), USER)
    url = f"smtp://{USER}@127.0.0.1:{relay.port}?auth=xoauth2"
    transport = SmtpTransport(dataclasses.replace(parse_smtp_url(url), tokens=tokens), timeout=10)
    msg = EmailMessage()
    msg["Subject"] = "hello"
    msg.set_content("body")
    transport.send(msg, mail_from=USER, rcpt_to=["jane@example.com"])
    book.revoke(tokens.token())
    transport.send(msg, mail_from=USER, rcpt_to=["jane@example.com"])
    assert len(relay.received) == 2 and relay.logins == [USER, USER]
    assert tokens.fetches == 2 and book.rejected == 1


def test_smtp_refused_twice_is_transient_and_names_the_server(
    relay: XOAuthSmtp, oauth: OAuthServer, book: TokenBook
) -> None:
    book.reject_logins = True
    tokens = token_source(generic(oauth), USER)
    url = f"smtp://{USER}@127.0.0.1:{relay.port}?auth=oauthbearer"
    transport = SmtpTransport(dataclasses.replace(parse_smtp_url(url), tokens=tokens), timeout=10)
    with pytest.raises(TransientDeliveryError) as err:
        transport.send_bytes(b"Subject: x\r\n\r\nx\r\n", mail_from=USER, rcpt_to=[USER])
    assert f"127.0.0.1:{relay.port}" in str(err.value) and "535" in str(err.value)
    assert tokens.fetches == 2 and relay.received == []
    assert not [t for t in book.tokens if t in str(err.value)]


def test_msal_client_credentials_against_a_loopback_authority(
    oauth: OAuthServer, book: TokenBook
) -> None:
    settings = OAuthSettings(
        provider="microsoft", tenant=auth.TENANT, client_id=auth.CLIENT_ID,
        client_secret=auth.CLIENT_SECRET, authority=oauth.authority,
    )  # fmt: skip
    tokens = token_source(settings, USER)
    first = tokens.token()
    assert book.owner(first) is not None
    assert book.grants[-1]["grant_type"] == "client_credentials"
    assert book.grants[-1]["scope"].split() == ["https://outlook.office365.com/.default"]
    tokens.invalidate(first)
    assert tokens.token() != first  # msal's own cache did not hand the refused one back
    assert len(book.grants) == 2


def test_msal_wrong_secret_is_a_clear_error_without_the_secret(oauth: OAuthServer) -> None:
    settings = OAuthSettings(
        provider="microsoft", tenant=auth.TENANT, client_id=auth.CLIENT_ID,
        client_secret="wrong-secret-value", authority=oauth.authority,
    )  # fmt: skip
    with pytest.raises(OAuthError) as err:
        token_source(settings, USER).token()
    assert "invalid_client" in str(err.value) and "wrong-secret-value" not in str(err.value)


def test_google_service_account_delegates_to_the_mailbox(
    oauth: OAuthServer, book: TokenBook, tmp_path: Path
) -> None:
    key = (oauth.cert.parent / "key.pem").read_text()
    account = tmp_path / "sa.json"
    account.write_text(json.dumps({
        "type": "service_account", "project_id": "p", "private_key_id": "k1",
        "private_key": key, "client_email": "mailbot@p.iam.gserviceaccount.com",
        "client_id": "1", "token_uri": oauth.token_url,
    }))  # fmt: skip
    tokens = token_source(OAuthSettings(provider="google", service_account_file=account), USER)
    token = tokens.token()
    assert book.owner(token) == USER  # the assertion's subject is the mailbox
    claims = auth._jwt_claims(book.grants[-1]["assertion"])
    assert claims["scope"] == "https://mail.google.com/" and claims["sub"] == USER


def test_watcher_token_expires_mid_session_nothing_lost(
    dovecot: MailServers, oauth: OAuthServer, book: TokenBook
) -> None:
    """The provider ends the session when the token expires; the next login must use a
    fresh token (fetched before expiry, so never refused) and every mail is handled."""
    book.expires_in = 2.0
    dovecot.clear("escalations")
    tokens = token_source(generic(oauth), USER)
    handler = Recorder()
    watcher = MailboxWatcher(
        imap_target(dovecot, tokens),
        handler, MemoryCursors(), settings=dataclasses.replace(FAST, idle_interval=600.0),
    )  # fmt: skip
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run_forever, args=(stop,), daemon=True)
    thread.start()
    try:
        dovecot.append("escalations", "INBOX", raw_message("before expiry"))
        _wait(lambda: handler.subjects() == ["before expiry"])
        time.sleep(2.1)  # the session's token has expired at the server, which drops it
        assert dovecot.dovecot.kick("escalations")
        dovecot.append("escalations", "INBOX", raw_message("after expiry"))  # while away
        _wait(lambda: handler.subjects() == ["before expiry", "after expiry"])
    finally:
        stop.set()
        thread.join(timeout=5)
    assert tokens.fetches >= 2 and book.rejected == 0
    assert dovecot.fetch_all("escalations") == []


def _wait(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _check_connect(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    from tests.integration.test_cli import mailbot

    return mailbot(tmp_path, "check", "--connect", **env)


def test_check_connect_reports_each_server_on_one_line(
    dovecot: MailServers, relay: XOAuthSmtp, oauth: OAuthServer, book: TokenBook, tmp_path: Path
) -> None:
    result = _check_connect(
        tmp_path,
        MAILBOT_IMAP_URL=f"imap://{USER}@127.0.0.1:{dovecot.imap_port}/INBOX?auth=xoauth2",
        MAILBOT_SMTP_URL=f"smtp://{USER}@127.0.0.1:{relay.port}?auth=xoauth2",
        MAILBOT_OAUTH_PROVIDER="generic",
        MAILBOT_OAUTH_TOKEN_URL=oauth.token_url,
        MAILBOT_OAUTH_CLIENT_ID=auth.CLIENT_ID,
        MAILBOT_OAUTH_CLIENT_SECRET=auth.CLIENT_SECRET,
        MAILBOT_OAUTH_REFRESH_TOKEN=auth.REFRESH_TOKEN,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    imap = next(line for line in result.stdout.splitlines() if line.startswith("imap:"))
    smtp = next(line for line in result.stdout.splitlines() if line.startswith("smtp:"))
    assert imap.startswith("imap: ok ") and "(logged in by xoauth2)" in imap
    assert 'greeting "Dovecot' in imap and "[CAPABILITY" not in imap  # the text alone
    assert "IDLE yes, MOVE yes, UIDPLUS yes" in imap
    assert "AUTH LOGIN OAUTHBEARER PLAIN XOAUTH2" in imap
    assert smtp.startswith("smtp: ok ") and "(xoauth2)" in smtp and "XOAUTH2" in smtp
    assert len(book.grants) == 1  # one token for both logins of the same mailbox
    everything = result.stdout + result.stderr
    assert book.tokens and not [t for t in book.tokens if t in everything]
    assert auth.CLIENT_SECRET not in everything and auth.REFRESH_TOKEN not in everything


def test_check_connect_wrong_password_names_the_server_and_its_answer(
    dovecot: MailServers, relay: XOAuthSmtp, tmp_path: Path
) -> None:
    result = _check_connect(
        tmp_path,
        MAILBOT_IMAP_URL=f"imap://escalations:Wrong-Pw-123@127.0.0.1:{dovecot.imap_port}/INBOX",
        MAILBOT_SMTP_URL=f"smtp://escalations:Wrong-Pw-123@127.0.0.1:{relay.port}",
    )
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line.startswith(("imap:", "smtp:"))]
    assert len(lines) == 2
    assert lines[0].startswith(f"imap: FAILED imap://escalations:***@127.0.0.1:{dovecot.imap_port}")
    assert "server said: NO [AUTHENTICATIONFAILED] Authentication failed." in lines[0]
    assert lines[1].startswith(f"smtp: FAILED plain escalations@127.0.0.1:{relay.port}")
    assert "server said: 535" in lines[1]
    assert "Wrong-Pw-123" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_check_connect_wrong_client_secret_is_one_line(
    dovecot: MailServers, relay: XOAuthSmtp, oauth: OAuthServer, tmp_path: Path
) -> None:
    result = _check_connect(
        tmp_path,
        MAILBOT_IMAP_URL=f"imap://{USER}@127.0.0.1:{dovecot.imap_port}/INBOX?auth=xoauth2",
        MAILBOT_SMTP_URL=f"smtp://{USER}@127.0.0.1:{relay.port}?auth=xoauth2",
        MAILBOT_OAUTH_PROVIDER="microsoft",
        MAILBOT_OAUTH_TENANT=auth.TENANT,
        MAILBOT_OAUTH_AUTHORITY=oauth.authority,
        MAILBOT_OAUTH_CLIENT_ID=auth.CLIENT_ID,
        MAILBOT_OAUTH_CLIENT_SECRET="Not-The-Secret-42",
    )
    assert result.returncode == 1
    imap = next(line for line in result.stdout.splitlines() if line.startswith("imap:"))
    assert imap.startswith("imap: FAILED ") and "invalid_client: bad secret" in imap
    assert "Not-The-Secret-42" not in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


def test_msal_certificate_credential_signs_a_client_assertion(
    oauth: OAuthServer, book: TokenBook, tmp_path: Path
) -> None:
    pem = tmp_path / "app.pem"  # one file: private key + certificate, as the README says
    pem.write_text((oauth.cert.parent / "key.pem").read_text() + oauth.cert.read_text())
    settings = OAuthSettings(
        provider="microsoft", tenant=auth.TENANT, client_id=auth.CLIENT_ID,
        certificate_file=pem, authority=oauth.authority,
    )  # fmt: skip
    assert book.owner(token_source(settings, USER).token()) is not None
    grant = book.grants[-1]
    assert "client_secret" not in grant
    head = grant["client_assertion"].split(".")[0]
    header = json.loads(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)))
    assert header["alg"] == "RS256" and ("x5t" in header or "x5t#S256" in header)
