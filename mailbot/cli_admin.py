"""Administrative commands: database schema, account facts, quarantine."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from mailbot.cli_common import ConfigOpt, JsonOpt, build_app, print_json, read_file

db_app = typer.Typer(no_args_is_help=True, help="Database schema.")
accounts_app = typer.Typer(no_args_is_help=True, help="Account facts (ARR, renewal, tier).")
quarantine_app = typer.Typer(no_args_is_help=True, help="Mail mailbot could not handle.")


@db_app.command("upgrade")
def db_upgrade(config: ConfigOpt = None) -> None:
    """Apply database migrations (also done on every start)."""
    from mailbot.store.migrate import current_revision

    application = build_app(config)
    typer.echo(f"database at revision {current_revision(application.db)}")


@quarantine_app.command("list")
def quarantine_list(config: ConfigOpt = None, as_json: JsonOpt = False) -> None:
    """Messages held in quarantine, newest first, with the reason."""
    from mailbot.store.inbound import list_quarantine

    application = build_app(config)
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
        print_json(rows)
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

    application = build_app(config)
    ctx = reprocess(application, qid)
    typer.echo(f"{ctx.outcome}: {ctx.reason}")


@accounts_app.command("import")
def accounts_import(
    file: Annotated[Path, typer.Argument(help="CSV: name,domains,arr,currency,renewal_date,...")],
    config: ConfigOpt = None,
) -> None:
    """Import or update accounts from CSV (all rows or none); UTF-8, UTF-16 or Windows-1252."""
    from mailbot.store.accounts import decode_csv, import_accounts, parse_accounts_csv

    facts = parse_accounts_csv(decode_csv(read_file(file)))
    application = build_app(config)

    def progress(done: int, total: int) -> None:
        typer.echo(f"accounts import: {done:,} of {total:,} rows", err=True)

    with application.db.session() as session:
        count = import_accounts(session, facts, progress)
    typer.echo(f"imported {count} account(s)")
