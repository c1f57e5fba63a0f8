"""Command line: the only place that prints for humans and calls sys.exit.

Every user mistake (bad config, unknown escalation, unreadable file) ends with a one-line
reason and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import gc
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy.exc import OperationalError

import mailbot
from mailbot.app import App
from mailbot.cli_admin import accounts_app, db_app, quarantine_app
from mailbot.cli_common import (
    ConfigOpt,
    JsonOpt,
    build_app,
    load_cli_settings,
    print_json,
    quiet_logging,
    read_file,
    utc_now,
)
from mailbot.cli_privacy import register as register_privacy
from mailbot.cli_reports import register as register_reports
from mailbot.errors import ConfigError, MailbotError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="mailbot: email-driven escalations for Customer Success teams.",
    pretty_exceptions_enable=False,
)
app.add_typer(db_app, name="db")
app.add_typer(accounts_app, name="accounts")
app.add_typer(quarantine_app, name="quarantine")


@app.command()
def check(
    config: ConfigOpt = None,
    connect: Annotated[bool, typer.Option(help="Also log in to IMAP and SMTP.")] = False,
) -> None:
    """Validate settings, the routing file and the database connection."""
    from sqlalchemy import text

    settings = load_cli_settings(config)
    application = App.build(settings)
    with application.db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    org = application.routing.config.organisation
    typer.echo(f"settings: ok (data dir {settings.data_dir})")
    typer.echo(
        f"routing: ok ({settings.routing_file}: {len(application.routing.config.csms)} CSMs, "
        f"{len(application.routing.config.teams)} teams, time zone {org.timezone})"
    )
    typer.echo(f"database: ok ({application.db.engine.url.render_as_string(hide_password=True)})")
    typer.echo(
        "mail: " + ("configured" if settings.mail_configured else "embedded sandbox (not set)")
    )
    typer.echo("llm: " + (settings.llm_model or "offline drafter (not configured)"))
    if settings.secret_generated:
        typer.echo(
            "secret: generated and kept in the data dir (set MAILBOT_SECRET_KEY in production)"
        )
    if connect:
        from mailbot.connect_check import check_connections  # only here: 20 ms of imports

        if not check_connections(settings, typer.echo):
            raise typer.Exit(1)


@app.command("list")
def list_cmd(
    config: ConfigOpt = None,
    status: Annotated[
        list[str] | None, typer.Option("--status", help="Filter; repeatable.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List escalations, newest first."""
    from mailbot import views
    from mailbot.domain import Status
    from mailbot.render_text import held_marker
    from mailbot.store import repo

    valid = [s.value for s in Status]
    unknown = [s for s in status or () if s not in valid]
    if unknown:  # a typo would otherwise print "no escalations" and exit 0
        typer.echo(f"error: --status {unknown[0]!r} is not one of: {', '.join(valid)}", err=True)
        raise typer.Exit(2)
    application = build_app(config)
    now = application.clock.now()
    with application.db.session() as session:
        rows = views.summaries(session, repo.list_escalations(session, status or ()), now)
    if as_json:
        print_json(rows)
        return
    if not rows:
        typer.echo("no escalations")
    for row in rows:
        typer.echo(
            f"{row['id']}  {row['status']:<12} {row['severity']:<8} {row['category']:<22} "
            f"{row['account'] or '-':<20} {row['days_open']}d  {row['owner'] or '-'}"
            + held_marker(row)
        )


@app.command()
def show(
    ref: Annotated[str, typer.Argument(help="ESC-YYYY-NNNN")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show one escalation: brief, drafting record and event timeline."""
    from mailbot import views
    from mailbot.render_text import render_detail
    from mailbot.store import repo

    application = build_app(config)
    with application.db.session() as session:
        esc = repo.get_escalation(session, ref)
        if esc is None:
            raise MailbotError(f"no escalation {ref}")
        cap = application.settings.attachment_cap_bytes
        data = views.detail(session, esc, application.clock.now(), cap_bytes=cap)
    if as_json:
        print_json(data)
    else:
        typer.echo(render_detail(data))


@app.command()
def draft(
    file: Annotated[Path, typer.Argument(help="A raw .eml forward")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Draft a brief from a raw forward, as mailbot would; no mail server needed."""
    from mailbot.app import database
    from mailbot.drafting.drafters import draft_for, find_account, make_drafter
    from mailbot.inbound.parse import parse_message
    from mailbot.render_text import render_brief

    settings = load_cli_settings(config)
    message = parse_message(read_file(file), own_addresses=frozenset({settings.address}))
    db = database(settings)
    account = find_account(db, message.thread, settings.domain)
    result = draft_for(make_drafter(settings), message, account=account, now=utc_now())
    payload = {
        "brief": result.brief.model_dump(mode="json"),
        "drafter": result.drafter,
        "note": result.note,
        "prompt_version": result.prompt_version,
        "input_tokens": result.input_tokens,
        "output_tokens": result.output_tokens,
        "latency_ms": result.latency_ms,
        "cost_usd": result.cost_usd,
        "flags": result.flags,
        "account": account.model_dump(mode="json") if account else None,
    }
    if as_json:
        print_json(payload)
    else:
        typer.echo(render_brief(payload))


@app.command()
def run(
    config: ConfigOpt = None,
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
) -> None:
    """The service: watch the mailbox, process, send, run the scheduled jobs."""
    from mailbot.observe.logs import use_log_format
    from mailbot.service import run_service, started_parser

    settings = load_cli_settings(config)
    quiet_logging(settings.log_level)
    use_log_format(settings.log_format)
    parser = started_parser(settings) if once else None
    try:
        application = build_app(config)
        try:
            run_service(application, once=once, echo=typer.echo, parser=parser)
        finally:
            application.db.dispose()  # close the pool's connections now, not in some collection
    finally:
        if parser is not None:  # closed by the pass; not if it never began (a config error)
            parser.close()
        # The process ends next. Its final collections walk every object of every module
        # (SQLAlchemy, pydantic, ...): 0.3 s of each `run --once`, to free memory the exit
        # frees anyway. Frozen objects are skipped; what holds a resource is closed above.
        gc.freeze()


@app.command()
def sandbox(
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Where sandbox mail lives.")
    ] = None,
) -> None:
    """Run the embedded loopback mail server alone (for Thunderbird, swaks, curl)."""
    from mailbot.sandbox.__main__ import main as sandbox_main

    sys.exit(sandbox_main(["--data-dir", str(data_dir)] if data_dir else []))


@app.command()
def demo(
    data_dir: Annotated[
        Path | None, typer.Option("--data-dir", help="Keep demo data here.")
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="Start the demo's clock here, e.g. 2026-12-24T16:00+00:00."),
    ] = None,
) -> None:
    """Play the full lifecycle on the embedded sandbox and print the result."""
    from mailbot.demo.scenario import run_demo

    start = None
    if at is not None:
        try:
            start = datetime.fromisoformat(at)
        except ValueError:
            msg = f"--at: {at!r} is not an ISO date and time, e.g. 2026-12-24T16:00+00:00"
            raise MailbotError(msg) from None
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
    logging.getLogger().setLevel(logging.ERROR)
    sys.exit(run_demo(typer.echo, data_dir, start))


register_reports(app)  # after the commands above, so `--help` lists them first
register_privacy(app)


def _print_version(value: bool) -> None:
    """Eager, so ``mailbot --version`` works without a command (the group needs one)."""
    if value:
        typer.echo(f"mailbot {mailbot.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version.", callback=_print_version, is_eager=True
        ),
    ] = False,
) -> None:
    """mailbot: email-driven escalations for Customer Success teams."""


def main() -> None:
    mailbot.tune_collector()  # the console script's process (python -m mailbot: already)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        app()  # standalone: typer reports usage errors itself (exit 2)
    except ConfigError as exc:
        typer.echo(f"error: configuration: {exc}", err=True)
        sys.exit(2)
    except MailbotError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except OperationalError as exc:  # database unreachable: one line, not the driver's stack
        typer.echo(f"error: database: {str(exc.orig or exc).strip().splitlines()[0]}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
