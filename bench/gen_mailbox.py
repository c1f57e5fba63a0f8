"""Build the benchmark mailbox: real escalations first, then N messages that act on them.

Mix of the N messages (seeded, so the same ``--seed`` gives the same composition, order
and texts; tokens and our Message-IDs are minted by the setup and differ run to run):

* 70 % replies on existing escalations: team members answering the routed brief through
  its ``Reply-To`` token (``ack``, ``in progress``, ``update: …``, free text, ``resolved``)
  and CSMs answering through theirs (``customer: …``, ``close``), in lifecycle order;
* 20 % new forwards from CSMs (the forward fixtures with fresh Message-IDs), drafted by
  the offline drafter;
* 10 % automatic mail: out-of-office replies, bounces of our briefs, newsletters.

The escalations are created through the in-process pipeline on the same database the
benchmark then uses (forward → offline draft → ``approve``), so every token is genuine.
The setup's own outgoing mail is marked sent, so the timed run only sends what it causes.

    PYTHONPATH=. python bench/gen_mailbox.py --n 200 --out /tmp/box   # SQLite in /tmp/box
"""

from __future__ import annotations

import argparse
import json
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import select, update

from mailbot.app import App
from mailbot.demo.mua import parse, reply_to
from mailbot.domain import Disposition
from mailbot.drafting.drafters import make_drafter
from mailbot.handlers.draft_jobs import run_draft_jobs
from mailbot.outbox.recipe import wire_bytes
from mailbot.store.tables import OutboxItem
from mailbot.transactions import handle

FORWARDS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "forwards"
UPDATES = (
    "We reproduced it on staging with the customer's data set.",
    "The fix is in code review; we expect to deploy it tomorrow morning.",
    "Root cause: a missing index after the 4.2 migration made the sync query scan the table.",
    "We added monitoring so we see it before the customer does next time.",
    "I spoke to their admin; the workaround is in place and they are unblocked for now.",
    "Finance approved the credit note; it goes out with the next invoice run.",
    "Product agreed to prioritise this for the next sprint, design review is on Thursday.",
    "The vendor confirmed the outage on their side and is rolling out a patch.",
)


@dataclass
class Thread:
    """One escalation the mailbox talks about, with the mail a reply answers."""

    ref: str
    csm: str
    member: str  # a team member allowed to act on the routed brief
    brief: bytes
    approval: bytes
    script: list[tuple[str, str]] = field(default_factory=list)  # (sender, body), in order


def _with_headers(raw: bytes, **headers: str) -> bytes:
    msg = parse(raw)
    for name, value in headers.items():
        del msg[name.replace("_", "-")]
        msg[name.replace("_", "-")] = value
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n"))


def forward(fixture: Path, tag: str, when: datetime) -> bytes:
    """A CSM forward from the fixtures, made unique (Message-ID, subject) and dated ``when``."""
    original = parse(fixture.read_bytes())
    return _with_headers(
        fixture.read_bytes(),
        Message_ID=f"<fwd-{tag}@bench.example.com>",
        Subject=f"{original['Subject']} (case {tag})",
        Date=format_datetime(when),
    )


def _sent_mail(app: App, kind: str) -> dict[int, OutboxItem]:
    with app.db.session() as session:
        items = list(session.scalars(select(OutboxItem).where(OutboxItem.kind == kind)))
    for item in items:  # detached; the bytes it would be sent as (a recipe until claimed)
        item.raw = wire_bytes(item.raw, item.recipe)
    return {i.escalation_id: i for i in items if i.escalation_id is not None}


def setup_escalations(app: App, count: int, seed: int) -> list[Thread]:
    """Open and route ``count`` escalations through the pipeline; return their threads."""
    fixtures = sorted(FORWARDS.glob("*.eml"))
    now = app.clock.now()
    for i in range(count):
        handle(app, forward(fixtures[i % len(fixtures)], f"setup-{seed}-{i}", now))
    drafter = make_drafter(app.settings)
    while run_draft_jobs(app.db, drafter, app.settings, app.routing, now):
        pass  # each call drafts one batch
    approvals = _sent_mail(app, "approval_request")
    for item in approvals.values():
        ctx = handle(app, reply_to(item.raw, item.recipients[0], "approve", when=now))
        assert ctx.outcome is Disposition.PROCESSED, ctx.reason
    briefs = _sent_mail(app, "routed_brief")
    config, threads = app.routing.config, []
    for esc_id, brief in sorted(briefs.items()):
        members = [
            m
            for t in config.teams.values()
            if t.address == brief.recipients[0]  # the token is bound to the first team
            for m in t.members
            if not m.startswith("@") and m not in config.managers and m not in config.csms
        ]
        if not members:
            continue  # only a manager could answer (acts as the manager): BENCHMARKS.md
        member = members[0]
        ref = str(parse(brief.raw)["Subject"]).split("]")[0].strip("[")
        csm = approvals[esc_id].recipients[0]
        threads.append(Thread(ref, csm, member, brief.raw, approvals[esc_id].raw))
    with app.db.session() as session:  # the timed run must only send what it causes
        session.execute(update(OutboxItem).values(status="sent", sent_at=now))
    return threads


def _script(thread: Thread, length: int, rng: random.Random) -> None:
    """Lifecycle-ordered replies: ack, in progress, updates …, then often resolved + close."""
    team, csm = thread.member, thread.csm
    steps = [(team, "ack"), (team, "in progress")]
    finishes = length >= 4 and rng.random() < 0.6
    for _ in range(length - len(steps) - (2 if finishes else 0)):
        roll = rng.random()
        news = " ".join(rng.sample(UPDATES, rng.randint(2, 4)))
        if roll < 0.2:
            steps.append((csm, f"customer: told them {rng.choice(UPDATES).lower()}"))
        elif roll < 0.3:
            steps.append((team, news))  # free text counts as a progress note
        else:
            steps.append((team, f"update: {news}"))
    if finishes:
        steps += [(team, "resolved " + rng.choice(UPDATES)), (csm, "close")]
    thread.script = steps[:length]


def _automatic(kind: str, thread: Thread, tag: str, when: datetime) -> bytes:
    brief = parse(thread.brief)
    msg = EmailMessage()
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<auto-{tag}@bench.example.net>"
    if kind == "ooo":
        msg["From"], msg["To"] = thread.member, str(brief["Reply-To"])
        msg["Subject"] = f"Automatic reply: {brief['Subject']}"
        msg["Auto-Submitted"] = "auto-replied"
        msg["In-Reply-To"] = str(brief["Message-ID"])
        msg.set_content("I am out of the office until Monday with limited access to email.\n")
    elif kind == "bounce":
        msg["From"] = "Mail Delivery System <MAILER-DAEMON@mx.example.com>"
        msg["To"], msg["Subject"] = "escalations@example.com", "Undelivered Mail Returned"
        msg["Auto-Submitted"] = "auto-replied"
        msg.set_content("This is the mail system. Your message could not be delivered.\n")
        msg.add_attachment(
            f"Message-ID: {brief['Message-ID']}\nFrom: {brief['From']}\n"
            f"To: {brief['To']}\nSubject: {brief['Subject']}\n".encode(),
            maintype="text",
            subtype="rfc822-headers",
        )
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
    else:
        msg["From"], msg["To"] = "SaaS Weekly <news@saas-weekly.example>", thread.csm
        msg["Subject"], msg["Precedence"] = "This week in customer success", "bulk"
        msg["List-Id"] = "SaaS Weekly <weekly.saas-weekly.example>"
        msg["List-Unsubscribe"] = "<mailto:unsubscribe@saas-weekly.example>"
        msg.set_content("\n\n".join(UPDATES) * 3)
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def compose(threads: list[Thread], n: int, seed: int, when: datetime) -> list[tuple[str, bytes]]:
    """The N messages as (kind, raw), replies on each escalation in lifecycle order."""
    rng = random.Random(seed)
    n_forward, n_auto = round(n * 0.2), round(n * 0.1)
    n_reply = n - n_forward - n_auto
    per, extra = divmod(n_reply, len(threads))
    for i, thread in enumerate(threads):
        _script(thread, per + (1 if i < extra else 0), rng)
    kinds = ["reply"] * n_reply + ["forward"] * n_forward + ["auto"] * n_auto
    rng.shuffle(kinds)
    fixtures = sorted(FORWARDS.glob("*.eml"))
    cursor = {t.ref: 0 for t in threads}
    out: list[tuple[str, bytes]] = []
    for i, kind in enumerate(kinds):
        if kind == "forward":
            out.append(("forward", forward(fixtures[i % len(fixtures)], f"{seed}-{i}", when)))
            continue
        if kind == "auto":
            sub = rng.choice(("ooo", "ooo", "bounce", "bulk"))
            out.append((sub, _automatic(sub, rng.choice(threads), f"{seed}-{i}", when)))
            continue
        thread = rng.choice([t for t in threads if cursor[t.ref] < len(t.script)])
        sender, body = thread.script[cursor[thread.ref]]
        cursor[thread.ref] += 1
        original = thread.brief if sender == thread.member else thread.approval
        out.append(("reply", reply_to(original, sender, body, when=when)))
    return out


def build(app: App, n: int, seed: int = 42) -> list[tuple[str, bytes]]:
    """Escalations (about one per seven replies) plus the N-message mailbox for them."""
    threads = setup_escalations(app, max(1, math.ceil(n * 0.7 / 7)), seed)
    return compose(threads, n, seed, datetime.now(UTC))


def main() -> None:
    from bench.common import settings_env
    from mailbot.settings import load_settings
    from mailbot.store.migrate import upgrade

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--db", help="database URL (default: SQLite in --out)")
    parser.add_argument(
        "--backend",
        choices=("sqlite", "postgres"),
        default="sqlite",
        help="postgres: a new database kept for the box (bench/handle.py clones it per run)",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    url = args.db or f"sqlite:///{args.out / 'mailbot.sqlite3'}"
    if args.backend == "postgres" and not args.db:
        from bench.common import create_postgres_database

        url = create_postgres_database("mailbot_box")
    (args.out / "database.url").write_text(url)
    app = App.build(load_settings(settings_env(url, args.out / "data")))
    upgrade(app.db)
    mails = build(app, args.n, args.seed)
    for i, (_, raw) in enumerate(mails):
        (args.out / f"{i:06d}.eml").write_bytes(raw)
    (args.out / "manifest.json").write_text(json.dumps([k for k, _ in mails]))
    print(f"{len(mails)} messages in {args.out} (database {url})")


if __name__ == "__main__":
    main()
