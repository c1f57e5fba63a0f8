"""Commands that read and report without changing anything: the digest and `parse`.

Apart from cli.py so each command module stays one screenful of concerns; the digest's
``--send`` is the one that queues mail, through the same path as the scheduler.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from mailbot.cli_common import (
    ConfigOpt,
    JsonOpt,
    build_app,
    load_cli_settings,
    print_json,
    printable,
    read_file,
    utc_now,
    write_file,
)
from mailbot.errors import MailbotError


def digest(
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
    week: Annotated[str | None, typer.Option("--week", help="ISO week, e.g. 2026-W10.")] = None,
    send: Annotated[
        bool, typer.Option("--send", help="Queue it to the digest recipients.")
    ] = False,
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Write the HTML email to FILE (a preview; nothing is sent)."),
    ] = None,
) -> None:
    """Print (or send) the weekly leadership digest; default: the last complete week."""
    from mailbot.handlers.scheduler import send_digest
    from mailbot.lifecycle.calendar import calendar_for
    from mailbot.lifecycle.digest import build_report, render_digest

    if html is not None and send:
        raise MailbotError("--html writes a preview and never sends; use one of --html, --send")
    application = build_app(config)
    calendar = calendar_for(application.routing.config.organisation)
    try:
        with application.db.session() as session:
            report = build_report(
                session,
                routing=application.routing,
                calendar=calendar,
                week=week,
                now=application.clock.now(),
            )
    except ValueError as exc:
        raise MailbotError(f"--week: {exc}") from exc
    org = application.routing.config.organisation.name
    data = report.data
    if html is not None:
        write_file(html, render_digest(report, org=org)[1])
        note = f"digest for {data['report_date']} written to {html} (not sent)"
        typer.echo(note, err=as_json)  # with --json, stdout stays JSON
    if send:
        send_digest(application, calendar, week, key=None, digest=report)
        typer.echo(
            f"digest for {data['report_date']} queued to "
            + ", ".join(application.routing.config.digest.recipients)
        )
    elif as_json:
        print_json(data)
    elif html is None:
        typer.echo(render_digest(report, org=org)[0])


def parse_cmd(
    file: Annotated[Path, typer.Argument(help="A raw .eml message")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show what mailbot reads from a raw message: sender, thread keys, commands."""
    from mailbot.inbound.explain import explain
    from mailbot.inbound.parse import parse_message

    settings = load_cli_settings(config)
    message = parse_message(read_file(file), own_addresses=frozenset({settings.address}))
    data = explain(
        message, address=settings.address, secret=settings.secret_key.encode(), now=utc_now()
    )
    if as_json:
        print_json(data)
        return
    for key, value in data.items():
        if isinstance(value, str) and "\n" in value:
            typer.echo(f"{key}:")
            typer.echo(printable("  " + value.replace("\n", "\n  ")))
        else:
            typer.echo(printable(f"{key}: {json.dumps(value, ensure_ascii=False, default=str)}"))


def register(app: typer.Typer) -> None:
    """Add the commands to the main ``mailbot`` group."""
    app.command()(digest)
    app.command("parse")(parse_cmd)
