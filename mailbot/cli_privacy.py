"""Privacy commands: ``purge`` old bodies, ``erase`` a person, ``export`` for audit or BI.

``purge`` and ``erase`` change stored data for good, so both only report by default and
act with ``--yes``; when they act, an audit row says so.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from mailbot.cli_common import ConfigOpt, build_app, utc_now
from mailbot.errors import MailbotError

YesOpt = Annotated[bool, typer.Option("--yes", help="Act; without it, only report (dry run).")]


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise MailbotError(f"{option} wants a date as YYYY-MM-DD, not {text!r}") from exc


def purge(
    closed_before: Annotated[
        str, typer.Option("--closed-before", help="YYYY-MM-DD: escalations closed before it.")
    ],
    yes: YesOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Remove message bodies of escalations closed before a date (events and metrics stay)."""
    from mailbot.privacy.purge import purge_closed

    before = _date(closed_before, "--closed-before")
    application = build_app(config)
    with application.db.session() as session:
        report = purge_closed(session, before, now=utc_now(), apply=yes)
    verb = "removed" if yes else "would remove"
    for p in report:
        typer.echo(
            f"{p.ref}  closed {p.closed_at.date().isoformat()}  {verb} {p.draft_jobs} forward(s), "
            f"{p.outbox} sent mail(s), {p.reply_texts} reply text(s), "
            f"{p.customer_texts} customer text(s), {p.bytes} bytes"
        )
    total = sum(p.items for p in report)
    typer.echo(f"{len(report)} escalation(s), {total} item(s) {verb}")
    if report and not yes:
        typer.echo("dry run: nothing changed; add --yes to purge")


def erase(
    email: Annotated[str, typer.Option("--email", help="The person's email address.")],
    name: Annotated[
        list[str] | None,
        typer.Option(
            "--name",
            help="A name to erase too (repeatable); names stored next to "
            "the address are found without it.",
        ),
    ] = None,
    yes: YesOpt = False,
    config: ConfigOpt = None,
) -> None:
    """Replace one person's address and names with [erased] wherever they are stored."""
    from mailbot.privacy.erase import audit_erase, erase_person, find_person

    if "@" not in email or any(c.isspace() for c in email.strip()):
        raise MailbotError(f"--email wants an address such as person@example.com, not {email!r}")
    application = build_app(config)
    with application.db.session() as session:
        person = find_person(session, email, name or [])
        counts = erase_person(session, person, apply=yes)
        if yes:
            audit_erase(session, person, counts, utc_now())
    verb = "erased" if yes else "would erase"
    names = ", ".join(person.names) or "none found (add --name to erase a name too)"
    typer.echo(f"{person.email} (names: {names})")
    for table, count in sorted(counts.items()):
        typer.echo(f"  {table}: {verb} in {count} row(s)")
    typer.echo(f"{sum(counts.values())} row(s) {verb}")
    if counts and not yes:
        typer.echo("dry run: nothing changed; add --yes to erase")


def export(
    since: Annotated[str, typer.Option("--since", help="YYYY-MM-DD: created or changed since.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Escalations with their events: jsonl (one per line) or csv (one row per event)."""
    from mailbot.privacy.export import FORMATS, export_rows, write_csv, write_jsonl

    if fmt not in FORMATS:
        raise MailbotError(f"--format is jsonl or csv, not {fmt!r}")
    start = _date(since, "--since")
    application = build_app(config)
    write = write_jsonl if fmt == "jsonl" else write_csv
    with application.db.session() as session:
        if output is None:
            count = write(export_rows(session, start), sys.stdout)
        else:
            try:
                with output.open("w", encoding="utf-8", newline="") as handle:
                    count = write(export_rows(session, start), handle)
            except OSError as exc:
                raise MailbotError(f"cannot write {output}: {exc.strerror}") from exc
    if output is not None:
        typer.echo(f"exported {count} escalation(s) to {output}")


def register(app: typer.Typer) -> None:
    """Add the commands to the main ``mailbot`` group."""
    app.command()(purge)
    app.command()(erase)
    app.command()(export)
