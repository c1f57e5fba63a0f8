"""pytest plugin: real loopback mail servers for the integration tests.

Register with ``pytest_plugins = ["tests.harness.plugin"]`` in tests/conftest.py.

* ``mail_servers`` (session): Dovecot IMAP/LMTP + the SMTP→LMTP bridge, started once.
  Tests share it, so each test uses its own user or calls ``mail_servers.clear(user)``.
* ``fault_smtp`` (function): a fresh scriptable SMTP sink for outbox tests.

Missing Dovecot is an *error* naming scripts/install-test-deps.sh, never a skip: a skipped
integration suite looks green while proving nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.harness.launch import running_mail_servers
from tests.harness.mailclient import MailServers
from tests.harness.servers import DovecotNotInstalledError, dovecot_binary
from tests.harness.smtp import FaultSmtp

_MAIL_FIXTURES = {"mail_servers", "fault_smtp"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tag every test that uses the servers with the ``mail`` marker (``-m 'not mail'``)."""
    for item in items:
        if _MAIL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.mail)


@pytest.fixture(scope="session")
def mail_servers() -> Iterator[MailServers]:
    try:
        dovecot_binary()
    except DovecotNotInstalledError as exc:
        pytest.fail(str(exc), pytrace=False)
    with running_mail_servers() as servers:
        yield servers


@pytest.fixture
def fault_smtp() -> Iterator[FaultSmtp]:
    server = FaultSmtp()
    server.start()
    try:
        yield server
    finally:
        server.stop()
