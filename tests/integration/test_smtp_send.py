"""SMTP delivery against aiosmtpd servers started per test on 127.0.0.1:20000-40000.

TLS certificates come from the ``openssl`` CLI (``cryptography`` is not installed here).
"""

from __future__ import annotations

import asyncio
import gc
import random
import shutil
import socket
import ssl
import subprocess
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword

from mailbot.endpoints.smtp_url import Security, SmtpTarget
from mailbot.errors import PermanentDeliveryError, TransientDeliveryError
from mailbot.outbox.compose import OutgoingMail, compose
from mailbot.outbox.smtp import SendReceipt, SmtpTransport
from mailbot.signing.message_ids import make_message_id

FROM = "escalations@example.com"
SECRET = b"smtp-test-secret-0123456789"


@dataclass
class Sink:
    """An aiosmtpd handler that records envelopes and injects the fault it is told to."""

    envelopes: list[Envelope] = field(default_factory=list)
    mail_reply: str | None = None
    data_reply: str = "250 2.0.0 Queued as 42"
    drop_after_data: bool = False
    sleep_in_data: float = 0.0

    async def handle_MAIL(self, _srv: Any, _ses: Any, env: Envelope, addr: str, *_: Any) -> str:
        if self.mail_reply:
            return self.mail_reply
        env.mail_from = addr
        return "250 OK"

    async def handle_RCPT(self, _srv: Any, _ses: Any, env: Envelope, addr: str, *_: Any) -> str:
        if addr.startswith("bad"):
            return "550 5.1.1 No such user"
        if addr.startswith("later"):
            return "451 4.2.1 Mailbox busy"
        env.rcpt_tos.append(addr)
        return "250 OK"

    async def handle_DATA(self, server: Any, _ses: Any, envelope: Envelope) -> str:
        if self.drop_after_data:
            server.transport.abort()
            return "250 OK"
        await asyncio.sleep(self.sleep_in_data)
        self.envelopes.append(envelope)
        return self.data_reply


def _start(handler: Sink, **kwargs: Any) -> Controller:
    for _ in range(20):
        port = random.randint(20000, 40000)
        controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
        try:
            controller.start()
        except OSError:  # the port is taken: aiosmtpd leaves the loop it made open
            if controller._thread is not None:
                controller._thread.join(5)
            controller.loop.close()
            continue
        return controller
    raise RuntimeError("no free port in 20000-40000")


@pytest.fixture
def serve() -> Iterator[Any]:
    started: list[Controller] = []

    def start(handler: Sink, **kwargs: Any) -> Controller:
        started.append(_start(handler, **kwargs))
        return started[-1]

    yield start
    for controller in started:
        controller.stop()
    # aiosmtpd leaves the server side of a connection its client closed during the
    # greeting (its own start-up probe, or ours) in a reference cycle, unclosed; collected
    # later, its ResourceWarning failed whichever test was running (CI, 2026-12-06). It
    # is collected here, where it belongs to aiosmtpd and nothing of ours.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def _transport(
    controller: Controller, security: Security = "plain", user: str | None = None, **kw: Any
) -> SmtpTransport:
    password = kw.pop("password", None)
    target = SmtpTarget("127.0.0.1", controller.port, security, user, password)
    return SmtpTransport(target, **kw)


def _message() -> EmailMessage:
    mail = OutgoingMail(
        kind="routed_brief",
        to=("team@example.com",),
        cc=("lead@example.com",),
        subject="API latency affecting Acme Corp — P1",
        text="Brief follows.\n.leading dot line\n",
        message_id=make_message_id(
            "example.com", SECRET, kind="routed_brief", ref="ESC-2026-0342", nonce="n1"
        ),
        escalation_ref="ESC-2026-0342",
    )
    date = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    return compose(mail, from_address=FROM, loop_marker="inst-1", date=date)


def _send(transport: SmtpTransport, rcpt: list[str] | None = None) -> str:
    return transport.send(_message(), mail_from=FROM, rcpt_to=rcpt or ["team@example.com"])


# --- plain delivery ----------------------------------------------------------------------


def test_plain_delivery_sends_exactly_the_composed_bytes(serve: Any) -> None:
    sink = Sink()
    controller = serve(sink)
    msg = _message()
    receipt = _transport(controller).send(msg, mail_from=FROM, rcpt_to=["team@example.com"])
    assert receipt == "2.0.0 Queued as 42"
    assert isinstance(receipt, SendReceipt) and dict(receipt.refused) == {}
    (envelope,) = sink.envelopes
    assert envelope.mail_from == FROM
    assert envelope.rcpt_tos == ["team@example.com"]  # the Cc header does not widen delivery
    assert envelope.original_content == msg.as_bytes()
    for header in (b"Auto-Submitted: auto-generated", b"X-Mailbot-Loop: inst-1", b"Message-ID:"):
        assert header in envelope.original_content


def test_stored_bytes_are_sent_verbatim(serve: Any) -> None:
    sink = Sink()
    raw = _message().as_bytes()
    receipt = _transport(serve(sink)).send_bytes(raw, mail_from=FROM, rcpt_to=["t@example.com"])
    assert receipt == "2.0.0 Queued as 42"
    assert sink.envelopes[0].original_content == raw


def test_partial_refusal_delivers_to_the_rest_and_reports_the_refused(serve: Any) -> None:
    sink = Sink()
    receipt = _send(
        _transport(serve(sink)), ["team@example.com", "bad@example.com", "later@example.com"]
    )
    assert isinstance(receipt, SendReceipt)
    assert dict(receipt.refused) == {
        "bad@example.com": (550, "5.1.1 No such user"),
        "later@example.com": (451, "4.2.1 Mailbox busy"),
    }
    assert sink.envelopes[0].rcpt_tos == ["team@example.com"]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_authenticated_delivery_without_tls(serve: Any) -> None:
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(*args: Any) -> AuthResult:
        data: LoginPassword = args[-1]
        logins.append((data.login, data.password))
        return AuthResult(success=data.password == b"p@ss:w/rd", handled=False)

    sink = Sink()
    params = {"authenticator": authenticator, "auth_require_tls": False, "auth_required": True}
    controller = serve(sink, **params)
    assert _send(_transport(controller, user="bot", password="p@ss:w/rd")).startswith("2.0.0")
    assert logins == [(b"bot", b"p@ss:w/rd")]
    with pytest.raises(TransientDeliveryError) as caught:
        _send(_transport(controller, user="bot", password="wrong"))
    assert caught.value.code == 535
    assert len(sink.envelopes) == 1


# --- TLS -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl CLI not available to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificate[0]), str(certificate[1]))
    return context


def test_starttls_then_auth_verifies_the_certificate(
    serve: Any, certificate: tuple[Path, Path]
) -> None:
    def authenticator(*args: Any) -> AuthResult:
        return AuthResult(success=args[-1].password == b"secret", handled=False)

    sink = Sink()
    context = _server_context(certificate)
    # auth_require_tls stays True: AUTH is only offered after STARTTLS succeeded.
    controller = serve(
        sink, tls_context=context, require_starttls=True, authenticator=authenticator
    )
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    transport = _transport(
        controller, "starttls", tls_context=trusted, user="bot", password="secret"
    )
    assert _send(transport).startswith("2.0.0")
    assert len(sink.envelopes) == 1
    with pytest.raises(TransientDeliveryError):
        _send(_transport(controller, "starttls"))  # system CAs do not trust the test cert
    assert len(sink.envelopes) == 1


def test_starttls_required_but_not_offered_is_transient(serve: Any) -> None:
    with pytest.raises(TransientDeliveryError):
        _send(_transport(serve(Sink()), "starttls"))


def test_implicit_tls_delivery(serve: Any, certificate: tuple[Path, Path]) -> None:
    sink = Sink()
    controller = serve(sink, ssl_context=_server_context(certificate))
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    assert _send(_transport(controller, "tls", tls_context=trusted)).startswith("2.0.0")
    assert len(sink.envelopes) == 1


# --- failures --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sink", "rcpt", "error", "code"),
    [
        (Sink(data_reply="451 4.3.0 Try again later"), None, TransientDeliveryError, 451),
        (Sink(data_reply="550 5.7.1 Rejected"), None, PermanentDeliveryError, 550),
        (Sink(mail_reply="553 5.1.8 Sender refused"), None, PermanentDeliveryError, 553),
        (Sink(mail_reply="421 4.7.0 Slow down"), None, TransientDeliveryError, 421),
        (Sink(), ["bad1@example.com", "bad2@example.com"], PermanentDeliveryError, 550),
        (Sink(), ["bad@example.com", "later@example.com"], TransientDeliveryError, 451),
    ],
)
def test_replies_are_classified(
    serve: Any, sink: Sink, rcpt: list[str] | None, error: type[Exception], code: int
) -> None:
    with pytest.raises(error) as caught:
        _send(_transport(serve(sink)), rcpt)
    assert caught.value.code == code  # type: ignore[attr-defined]


def test_connection_dropped_after_data_is_transient(serve: Any) -> None:
    with pytest.raises(TransientDeliveryError) as caught:
        _send(_transport(serve(Sink(drop_after_data=True))))
    assert caught.value.code is None


def test_slow_server_times_out_as_transient(serve: Any) -> None:
    sink = Sink(sleep_in_data=3.0)
    with pytest.raises(TransientDeliveryError):
        _send(_transport(serve(sink), timeout=0.5))


def test_silent_server_is_bounded_by_the_total_timeout() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()  # accepts TCP but never greets
        target = SmtpTarget(host="127.0.0.1", port=listener.getsockname()[1], security="plain")
        with pytest.raises(TransientDeliveryError):
            _send(SmtpTransport(target, timeout=5.0, total_timeout=0.5))


def test_server_down_is_transient() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, not listening: connections are refused
        target = SmtpTarget(host="127.0.0.1", port=port, security="plain")
        with pytest.raises(TransientDeliveryError) as caught:
            _send(SmtpTransport(target, timeout=2.0))
    assert caught.value.code is None


@pytest.mark.parametrize("bad", ["", "a@b.com\r\nRCPT TO:<x@evil.example>", "Name <a@b.com>"])
def test_invalid_envelope_addresses_are_refused_before_connecting(bad: str) -> None:
    transport = SmtpTransport(SmtpTarget(host="127.0.0.1", port=1, security="plain"))
    with pytest.raises(ValueError):
        transport.send(_message(), mail_from=FROM, rcpt_to=[bad])
    with pytest.raises(ValueError):
        transport.send(_message(), mail_from=bad, rcpt_to=["team@example.com"])
    with pytest.raises(ValueError):
        transport.send(_message(), mail_from=FROM, rcpt_to=[])
