"""Helpers shared by the command modules: options, settings, output."""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from mailbot.app import App
from mailbot.errors import MailbotError
from mailbot.settings import Settings, load_settings
from mailbot.store.schema_head import schema_is_current

ConfigOpt = Annotated[Path | None, typer.Option("--config", "-c", help="Settings TOML file.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def load_cli_settings(config: Path | None) -> Settings:
    return load_settings(config_file=config)


def build_app(config: Path | None, *, upgrade: bool = True) -> App:
    application = App.build(load_cli_settings(config))
    if upgrade and not schema_is_current(application.db):  # Alembic only when it has work
        from mailbot.store.migrate import upgrade as do_upgrade

        do_upgrade(application.db)
    return application


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """Text the terminal can take: a stray surrogate (undecodable byte) shows as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def print_json(data: Any) -> None:
    typer.echo(printable(json.dumps(data, indent=2, ensure_ascii=False, default=str)))


def quiet_logging(level: str) -> None:
    """Our level for mailbot; libraries that narrate every connection stay at WARNING."""
    logging.getLogger().setLevel(level)
    for noisy in ("alembic", "mail.log", "pymap", "asyncio", "httpx", "openai"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def read_file(file: Path) -> bytes:
    try:
        return file.read_bytes()
    except OSError as exc:
        raise MailbotError(f"cannot read {file}: {exc.strerror}") from exc


def write_file(file: Path, text: str) -> None:
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise MailbotError(f"cannot write {file}: {exc.strerror}") from exc


def utc_now() -> datetime:
    from mailbot.clock import SystemClock

    return SystemClock().now()
