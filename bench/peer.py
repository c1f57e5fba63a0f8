"""The peer: django-helpdesk's ``get_email`` ingesting the same mailbox (called by ingest.py).

django-helpdesk 2.6.1 (Django 5.2, SQLite, Django's dummy mail backend, one IMAP queue on
the benchmark's Dovecot) is installed from PyPI into its own venv at run time
(``$MAILBOT_PEER_DIR``, default /tmp/mailbot-peer; reused when present). None of its code
is part of this repository: the tiny Django settings below are written at run time.

    PYTHONPATH=. python bench/ingest.py --backends sqlite   # ours on SQLite, then the peer
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.common import run_timed
from tests.harness.mailclient import MailServers

PEER_DIR = Path(os.environ.get("MAILBOT_PEER_DIR", "/tmp/mailbot-peer"))
PACKAGES = ("django-helpdesk==2.6.1", "Django==5.2.19")
USER = "escalations"

# One file that is settings, URLconf and entry point; argv[1] is the manage.py command.
RUNNER = """
import os, sys
import django
from django.conf import settings

settings.configure(
    SECRET_KEY="peer-bench", DEBUG=False, ALLOWED_HOSTS=["localhost"], SITE_ID=1,
    INSTALLED_APPS=["django.contrib.admin", "django.contrib.auth",
        "django.contrib.contenttypes", "django.contrib.sessions", "django.contrib.messages",
        "django.contrib.staticfiles", "django.contrib.sites", "django.contrib.humanize",
        "rest_framework", "django_cleanup.apps.CleanupConfig", "helpdesk"],
    HELPDESK_TEAMS_MODE_ENABLED=False, ROOT_URLCONF=__name__,
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates",
                "APP_DIRS": True, "OPTIONS": {"context_processors": [
                    "django.contrib.auth.context_processors.auth",
                    "django.contrib.messages.context_processors.messages"]}}],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3",
                           "NAME": os.environ["PEER_DB"]}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField", USE_TZ=True, TIME_ZONE="UTC",
    STATIC_URL="/static/", MEDIA_ROOT=os.environ["PEER_MEDIA"], LOGIN_URL="helpdesk:login",
    EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
    DEFAULT_FROM_EMAIL="helpdesk@example.com",
)
django.setup()
from django.urls import include, path
urlpatterns = [path("helpdesk/", include("helpdesk.urls"))]
from django.core.management import call_command
if sys.argv[1] == "setup":
    call_command("migrate", verbosity=0)
    from django.contrib.sites.models import Site
    from helpdesk.models import Queue
    Site.objects.update_or_create(id=1, defaults={"domain": "helpdesk.example.com"})
    Queue.objects.update_or_create(slug="esc", defaults=dict(
        title="Escalations", email_address="escalations@example.com",
        allow_email_submission=True, email_box_type="imap", email_box_host="127.0.0.1",
        email_box_port=int(os.environ["PEER_IMAP_PORT"]), email_box_ssl=False,
        email_box_user=os.environ["PEER_IMAP_USER"], email_box_pass=os.environ["PEER_IMAP_PASS"],
        email_box_imap_folder="INBOX", email_box_interval=0, logging_type="none"))
elif sys.argv[1] == "count":
    from helpdesk.models import FollowUp, Ticket
    print(Ticket.objects.count(), FollowUp.objects.count())
else:
    call_command(sys.argv[1])
"""


def _venv() -> Path:
    python = PEER_DIR / "venv" / "bin" / "python"
    if not python.exists():
        print(f"  peer: installing {' '.join(PACKAGES)} into {PEER_DIR / 'venv'}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(PEER_DIR / "venv")], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PACKAGES], check=True)
    return python


def _peer(python: Path, command: str, env: dict[str, str]) -> str:
    proc = subprocess.run(
        [str(python), str(PEER_DIR / "runner.py"), command],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode:
        raise RuntimeError(f"peer {command} failed:\n{proc.stderr[-2000:]}")
    return proc.stdout


def bench_peer(servers: MailServers, mails: list[bytes]) -> float:
    """Ingest ``mails`` with get_email on a fresh DB and INBOX; print and return msg/s."""
    from bench.ingest import append_all, folder_counts

    python = _venv()
    (PEER_DIR / "runner.py").write_text(RUNNER)
    db = PEER_DIR / "db.sqlite3"
    db.unlink(missing_ok=True)
    env = {
        "PEER_DB": str(db), "PEER_MEDIA": str(PEER_DIR / "media"),
        "PEER_IMAP_PORT": str(servers.imap_port), "PEER_IMAP_USER": servers.address(USER),
        "PEER_IMAP_PASS": servers.password(USER),
    }  # fmt: skip
    _peer(python, "setup", env)
    servers.clear(USER)
    append_all(servers, mails)
    run = run_timed([str(python), str(PEER_DIR / "runner.py"), "get_email"], env, cwd=PEER_DIR)
    if run.returncode:
        raise RuntimeError(f"peer get_email failed:\n{run.stderr[-2000:]}")
    tickets, followups = _peer(python, "count", env).split()
    n = len(mails)
    print(
        f"[peer] django-helpdesk 2.6.1 get_email (SQLite): {n} msgs, wall {run.wall_s:.2f} s "
        f"= {n / run.wall_s:.1f} msg/s, CPU {run.cpu_s:.2f} s, peak RSS {run.peak_rss_mb:.0f} MB"
    )
    print(f"  tickets {tickets}, follow-ups {followups}; INBOX left {folder_counts(servers)}")
    return n / run.wall_s
