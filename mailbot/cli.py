"""Command line: the only place that prints for humans and calls sys.exit.

Every user mistake (bad config, unknown escalation, unreadable file) ends with a one-line
reason and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from mailbot import __version__
from mailbot.app import App
from mailbot.errors import ConfigError, MailbotError
from mailbot.settings import Settings, load_settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="mailbot: email-driven escalations for Customer Success teams.",
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(no_args_is_help=True, help="Database schema.")
accounts_app = typer.Typer(no_args_is_help=True, help="Account facts (ARR, renewal, tier).")
app.add_typer(db_app, name="db")
quarantine_app = typer.Typer(no_args_is_help=True, help="Mail mailbot could not handle.")
app.add_typer(accounts_app, name="accounts")
app.add_typer(quarantine_app, name="quarantine")

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="Settings TOML file.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _settings(config: Path | None) -> Settings:
    return load_settings(config_file=config)


def _app(config: Path | None, *, upgrade: bool = True) -> App:
    application = App.build(_settings(config))
    if upgrade:
        from mailbot.store.migrate import upgrade as do_upgrade

        do_upgrade(application.db)
    return application


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@app.command()
def check(config: ConfigOpt = None) -> None:
    """Validate settings, the routing file and the database connection."""
    from sqlalchemy import text

    settings = _settings(config)
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


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None) -> None:
    """Apply database migrations (also done on every start)."""
    from mailbot.store.migrate import current_revision

    application = _app(config)
    typer.echo(f"database at revision {current_revision(application.db)}")


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
    from mailbot.store import repo

    application = _app(config)
    now = application.clock.now()
    with application.db.session() as session:
        rows = [views.summary(e, now) for e in repo.list_escalations(session, status or ())]
    if as_json:
        _print_json(rows)
        return
    if not rows:
        typer.echo("no escalations")
    for row in rows:
        typer.echo(
            f"{row['id']}  {row['status']:<12} {row['severity']:<8} {row['category']:<22} "
            f"{row['account'] or '-':<20} {row['days_open']}d  {row['owner'] or '-'}"
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

    application = _app(config)
    with application.db.session() as session:
        esc = repo.get_escalation(session, ref)
        if esc is None:
            raise MailbotError(f"no escalation {ref}")
        data = views.detail(session, esc, application.clock.now())
    if as_json:
        _print_json(data)
    else:
        typer.echo(render_detail(data))


@app.command()
def draft(
    file: Annotated[Path, typer.Argument(help="A raw .eml forward")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Draft a brief from a raw forward, as mailbot would; no mail server needed."""
    from mailbot.drafting.service import draft_for, find_account, make_drafter
    from mailbot.inbound.parse import parse_message
    from mailbot.render_text import render_brief
    from mailbot.store.db import Database

    settings = _settings(config)
    message = parse_message(_read(file), own_addresses=frozenset({settings.address}))
    db = Database(settings.database_url)
    account = find_account(db, message.thread, settings.domain)
    result = draft_for(make_drafter(settings), message, account=account, now=_now())
    payload = {
        "brief": result.brief.model_dump(mode="json"),
        "drafter": result.drafter,
        "note": result.note,
        "prompt_version": result.prompt_version,
        "flags": result.flags,
        "account": account.model_dump(mode="json") if account else None,
    }
    if as_json:
        _print_json(payload)
    else:
        typer.echo(render_brief(payload))


@app.command()
def run(
    config: ConfigOpt = None,
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
) -> None:
    """The service: watch the mailbox, process, send, run the scheduled jobs."""
    from mailbot.service import run_service

    _quiet_logging(_settings(config).log_level)
    run_service(_app(config), once=once, echo=typer.echo)


@app.command()
def digest(
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
    week: Annotated[str | None, typer.Option("--week", help="ISO week, e.g. 2026-W10.")] = None,
    send: Annotated[
        bool, typer.Option("--send", help="Queue it to the digest recipients.")
    ] = False,
) -> None:
    """Print (or send) the weekly leadership digest; default: the last complete week."""
    from mailbot.lifecycle.calendar import BusinessCalendar
    from mailbot.lifecycle.digest import build_digest, render_digest
    from mailbot.lifecycle.scheduler import send_digest

    application = _app(config)
    calendar = BusinessCalendar.from_routing(application.routing.config.organisation)
    try:
        with application.db.session() as session:
            data = build_digest(
                session,
                routing=application.routing,
                calendar=calendar,
                week=week,
                now=application.clock.now(),
            )
    except ValueError as exc:
        raise MailbotError(f"--week: {exc}") from exc
    if send:
        send_digest(application, calendar, week, key=None)
        typer.echo(
            f"digest for {data['report_date']} queued to "
            + ", ".join(application.routing.config.digest.recipients)
        )
    elif as_json:
        _print_json(data)
    else:
        typer.echo(render_digest(data, org=application.routing.config.organisation.name)[0])


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
) -> None:
    """Play the full lifecycle on the embedded sandbox and print the result."""
    from mailbot.demo.scenario import run_demo

    logging.getLogger().setLevel(logging.ERROR)
    sys.exit(run_demo(typer.echo, data_dir))


@app.command("parse")
def parse_cmd(
    file: Annotated[Path, typer.Argument(help="A raw .eml message")],
    config: ConfigOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show what mailbot reads from a raw message: sender, thread keys, commands."""
    from mailbot.inbound.explain import explain
    from mailbot.inbound.parse import parse_message

    settings = _settings(config)
    message = parse_message(_read(file), own_addresses=frozenset({settings.address}))
    data = explain(
        message, address=settings.address, secret=settings.secret_key.encode(), now=_now()
    )
    if as_json:
        _print_json(data)
        return
    for key, value in data.items():
        if isinstance(value, str) and "\n" in value:
            typer.echo(f"{key}:")
            typer.echo("  " + value.replace("\n", "\n  "))
        else:
            typer.echo(f"{key}: {json.dumps(value, ensure_ascii=False, default=str)}")


@quarantine_app.command("list")
def quarantine_list(config: ConfigOpt = None, as_json: JsonOpt = False) -> None:
    """Messages held in quarantine, newest first, with the reason."""
    from mailbot.store.inbound import list_quarantine

    application = _app(config)
    with application.db.session() as session:
        rows: list[dict[str, Any]] = [
            {
                "id": q.id,
                "status": q.status,
                "received": q.created_at.isoformat(),
                "sender": q.sender,
                "subject": q.subject,
                "size": q.size,
                "reason": q.reason,
            }
            for q in list_quarantine(session)
        ]
    if as_json:
        _print_json(rows)
        return
    if not rows:
        typer.echo("quarantine is empty")
    for row in rows:
        typer.echo(
            f"{row['id']:>5}  {row['status']:<11} {row['received'][:16]}  "
            f"{row['sender'] or '-'}  {row['subject'][:40]!r}\n       {row['reason']}"
        )


@quarantine_app.command("reprocess")
def quarantine_reprocess(
    qid: Annotated[int, typer.Argument(help="Quarantine id from `quarantine list`")],
    config: ConfigOpt = None,
) -> None:
    """Run a quarantined message through the pipeline again (after fixing the cause)."""
    from mailbot.quarantine import reprocess

    application = _app(config)
    ctx = reprocess(application, qid)
    typer.echo(f"{ctx.outcome}: {ctx.reason}")


@accounts_app.command("import")
def accounts_import(
    file: Annotated[Path, typer.Argument(help="CSV: name,domains,arr,currency,renewal_date,...")],
    config: ConfigOpt = None,
) -> None:
    """Import or update accounts from CSV (all rows or none)."""
    from mailbot.store.accounts import import_accounts, parse_accounts_csv

    facts = parse_accounts_csv(_read(file).decode("utf-8-sig"))
    application = _app(config)
    with application.db.session() as session:
        count = import_accounts(session, facts)
    typer.echo(f"imported {count} account(s)")


def _quiet_logging(level: str) -> None:
    """Our level for mailbot; libraries that narrate every connection stay at WARNING."""
    logging.getLogger().setLevel(level)
    for noisy in ("alembic", "mail.log", "pymap", "asyncio", "httpx", "openai"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _read(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except OSError as exc:
        raise MailbotError(f"cannot read {file}: {exc.strerror}") from exc


def _now() -> Any:
    from mailbot.clock import SystemClock

    return SystemClock().now()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """mailbot: email-driven escalations for Customer Success teams."""
    if version:
        typer.echo(__version__)
        raise typer.Exit()


def main() -> None:
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
    except KeyboardInterrupt:
        sys.exit(130)
