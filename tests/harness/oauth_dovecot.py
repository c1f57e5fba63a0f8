"""Dovecot with the ``oauth2`` passdb: XOAUTH2/OAUTHBEARER tokens checked by introspection.

The base config stays as it is (password logins, LMTP); this variant adds the two SASL
mechanisms and a second passdb that POSTs each token to the loopback introspection
endpoint of :class:`~tests.harness.oauth_server.OAuthServer` (Dovecot 2.3 syntax:
``introspection_mode = post``, ``username_attribute``, ``active_attribute``).
"""

from __future__ import annotations

from pathlib import Path

from tests.harness.ports import free_ports
from tests.harness.servers import Dovecot

_EXTRA = """
auth_mechanisms = plain login xoauth2 oauthbearer
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = @DIR@/oauth2.conf.ext
}
"""


def oauth_dovecot(base: Path, introspection_url: str) -> Dovecot:
    """A Dovecot (not started) whose token logins are judged by ``introspection_url``."""
    imap_port, lmtp_port = free_ports(2)
    dovecot = Dovecot(base, imap_port, lmtp_port, extra_conf=_EXTRA)
    base.mkdir(parents=True, exist_ok=True)
    (base / "oauth2.conf.ext").write_text(
        "introspection_mode = post\n"
        f"introspection_url = {introspection_url}\n"
        "username_attribute = username\n"
        "active_attribute = active\n"
        "active_value = true\n"
        "force_introspection = yes\n"
    )
    return dovecot
