"""An SMTP sink on 127.0.0.1 that requires AUTH XOAUTH2 or OAUTHBEARER.

Tokens are judged by the :class:`~tests.harness.oauth_server.TokenBook` (as a provider's
relay would), and a refusal follows Gmail/Office 365: a 334 challenge carrying a JSON
error, the client's empty answer, then 535. PLAIN/LOGIN are offered but always fail,
which is what a wrong password looks like.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from tests.harness.oauth_server import TokenBook
from tests.harness.servers import local_part
from tests.harness.smtp import _ServerBase

_ERROR = json.dumps({"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"})


class XOAuthSmtp(_ServerBase):
    """Accepts mail only from sessions that authenticated with a live token."""

    def __init__(self, book: TokenBook) -> None:
        super().__init__()
        self.book = book
        self.logins: list[str] = []
        self.received: list[tuple[str, bytes]] = []

    def start(self) -> None:
        # aiosmtpd warns about AUTH without TLS per connection; on loopback that is the
        # point (tests filter "Requiring AUTH while not requiring TLS").
        self._controller = Controller(
            self, hostname=self.host, port=self.port, decode_data=False,
            auth_required=True, auth_require_tls=False,
        )  # fmt: skip
        self._controller.start()

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        return await self._judge(server, args, b"user=", b"\x01")

    async def auth_OAUTHBEARER(self, server: Any, args: list[str]) -> AuthResult:
        return await self._judge(server, args, b"n,a=", b",")

    async def _judge(self, server: Any, args: list[str], prefix: bytes, end: bytes) -> AuthResult:
        blob = base64.b64decode(args[1]) if len(args) > 1 else b""
        user = blob.removeprefix(prefix).split(end, 1)[0].decode()
        token = blob.partition(b"auth=Bearer ")[2].split(b"\x01", 1)[0].decode()
        owner = self.book.owner(token)
        if owner is not None and local_part(owner) == local_part(user):
            self.logins.append(user)
            return AuthResult(success=True, auth_data=user)
        await server.challenge_auth(_ERROR)  # the client answers with an empty line
        return AuthResult(success=False, handled=False, message="535 5.7.8 Token not accepted")

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((envelope.mail_from, envelope.original_content))
        return "250 2.0.0 OK"
