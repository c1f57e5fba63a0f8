"""A loopback OAuth 2.0 authorisation server for the XOAUTH2 tests (no network).

Two listeners share one :class:`TokenBook`:

* HTTPS (self-signed, ``REQUESTS_CA_BUNDLE`` points at it): the token endpoint for the
  refresh-token grant (generic), client credentials (msal) and the JWT-bearer grant
  (google-auth service accounts), plus the OpenID discovery document msal reads for
  ``https://127.0.0.1:PORT/<tenant>``. msal refuses authorities that are not https.
* HTTP: RFC 7662 introspection for Dovecot's ``oauth2`` passdb (``introspection_mode =
  post``), which the XOAUTH2 SMTP test server asks too.

Tokens expire on the server's clock (``time.monotonic``), can be revoked, and the book
can be told to refuse every token, which is what "a wrong secret" looks like to a client.
"""

from __future__ import annotations

import base64
import itertools
import json
import secrets
import ssl
import subprocess
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from tests.harness.ports import free_port

CLIENT_ID = "mailbot-test-client"
CLIENT_SECRET = "s3cret-client-value"
REFRESH_TOKEN = "refresh-token-0001"
TENANT = "contoso-tenant"


@dataclass
class TokenBook:
    """Issued tokens and who they are for; thread-safe."""

    subject: str = "escalations"
    expires_in: float = 3600.0
    reject_logins: bool = False
    rejected: int = 0
    tokens: dict[str, tuple[str, float]] = field(default_factory=dict)
    grants: list[dict[str, str]] = field(default_factory=list)
    introspected: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _serial: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def issue(self, form: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            self.grants.append(form)
            subject = _jwt_claims(form["assertion"]).get("sub") if "assertion" in form else None
            token = f"access-{next(self._serial):04d}-{secrets.token_hex(4)}"
            self.tokens[token] = (str(subject or self.subject), time.monotonic() + self.expires_in)
            return {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}

    def owner(self, token: str) -> str | None:
        """The subject of a live token, else None (unknown, expired, revoked, refusing)."""
        with self._lock:
            self.introspected += 1
            found = self.tokens.get(token)
            if self.reject_logins or found is None or time.monotonic() >= found[1]:
                self.rejected += 1
                return None
            return found[0]

    def revoke(self, token: str) -> None:
        with self._lock:
            self.tokens.pop(token, None)

    def expire_all(self) -> None:
        with self._lock:
            self.tokens = {t: (s, 0.0) for t, (s, _) in self.tokens.items()}


def _jwt_claims(jwt: str) -> dict[str, Any]:
    payload = jwt.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))


def _client_ok(form: dict[str, str]) -> bool:
    if form.get("grant_type") == "urn:ietf:params:oauth:grant-type:jwt-bearer":
        return "assertion" in form
    if form.get("client_id") != CLIENT_ID:
        return False
    if form.get("grant_type") == "refresh_token":
        secret_ok = form.get("client_secret") == CLIENT_SECRET
        return form.get("refresh_token") == REFRESH_TOKEN and secret_ok
    return form.get("grant_type") == "client_credentials" and (
        form.get("client_secret") == CLIENT_SECRET or "client_assertion" in form
    )


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: Any) -> None:  # keep test output clean
        pass

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        base = f"https://127.0.0.1:{self.server.server_port}/{TENANT}"
        if self.path.startswith(f"/{TENANT}/v2.0/.well-known/openid-configuration"):
            self._reply(200, {
                "issuer": f"{base}/v2.0", "token_endpoint": f"{base}/oauth2/v2.0/token",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            })  # fmt: skip
        else:
            self._reply(404, {"error": "not_found"})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        book = self.server.book
        if self.path.endswith("/introspect"):
            owner = book.owner(form.get("token", ""))
            self._reply(200, {"active": True, "username": owner} if owner else {"active": False})
        elif self.path.endswith("/token"):
            if not _client_ok(form):
                self._reply(401, {"error": "invalid_client", "error_description": "bad secret"})
            else:
                self._reply(200, book.issue(form))
        else:
            self._reply(404, {"error": "not_found"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    book: TokenBook


class OAuthServer:
    """Token endpoint (HTTPS) and introspection endpoint (HTTP) on 127.0.0.1."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.book = TokenBook()
        self.cert = cert
        self._servers: list[_Server] = []
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(str(cert), str(key))
        for wrap in (True, False):
            server = _Server(("127.0.0.1", free_port()), _Handler)
            server.book = self.book
            if wrap:
                server.socket = tls.wrap_socket(server.socket, server_side=True)
            self._servers.append(server)
        self.https_port = self._servers[0].server_port
        self.http_port = self._servers[1].server_port

    @property
    def authority(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def token_url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}/oauth2/token"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/introspect"

    def start(self) -> None:
        for server in self._servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 from the openssl CLI, valid from now for a day."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key
