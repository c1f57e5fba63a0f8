"""Settings: one TOML file plus ``MAILBOT_*`` environment overrides, validated once.

Loaded by :func:`load_settings` at start-up and passed into constructors; nothing reads the
environment later. Every error names the setting (environment variable name) and the problem,
because an operator fixing a deployment reads the message, not the code.

Why a hand-written loader and not ``pydantic-settings`` (declared once, never imported, so
dropped): the loader does things that library would need custom sources for anyway:
``OPENAI_API_KEY`` alongside ``MAILBOT_*`` names, ``<VAR>_FILE`` secrets, the nested
``MAILBOT_OAUTH_*`` table, a generated-and-persisted secret key, and warnings for misspelt
``MAILBOT_*`` variables. Validation itself is still pydantic (the model below).
"""

from __future__ import annotations

import os
import secrets
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from mailbot.errors import ConfigError
from mailbot.oauth.config import FIELDS as OAUTH_FIELDS
from mailbot.oauth.config import PREFIX as OAUTH_PREFIX
from mailbot.oauth.config import OAuthSettings, load_oauth
from mailbot.settings_checks import check_mail_urls, warn_unknown_env

PACKAGE_DATA = Path(__file__).resolve().parent / "data"
DEFAULT_ROUTING_FILE = PACKAGE_DATA / "routing.toml"

# setting name -> environment variable; the TOML file uses the setting names as keys.
ENV_NAMES: dict[str, str] = {
    "database_url": "MAILBOT_DATABASE_URL",
    "imap_url": "MAILBOT_IMAP_URL",
    "smtp_url": "MAILBOT_SMTP_URL",
    "address": "MAILBOT_ADDRESS",
    "routing_file": "MAILBOT_ROUTING_FILE",
    "secret_key": "MAILBOT_SECRET_KEY",
    "llm_base_url": "MAILBOT_LLM_BASE_URL",
    "llm_model": "MAILBOT_LLM_MODEL",
    "llm_api_key": "OPENAI_API_KEY",
    "data_dir": "MAILBOT_DATA_DIR",
    "max_message_bytes": "MAILBOT_MAX_MESSAGE_BYTES",
    "daily_cap_per_recipient": "MAILBOT_DAILY_CAP",
    "poll_interval": "MAILBOT_POLL_INTERVAL",
    "outbox_give_up_days": "MAILBOT_OUTBOX_GIVE_UP_DAYS",
    "max_attempts": "MAILBOT_MAX_ATTEMPTS",
    "outbox_lease_seconds": "MAILBOT_OUTBOX_LEASE",
    "smtp_connections": "MAILBOT_SMTP_CONNECTIONS",
    "llm_timeout": "MAILBOT_LLM_TIMEOUT",
    "llm_input_token_budget": "MAILBOT_LLM_INPUT_TOKENS",
    "llm_redact": "MAILBOT_LLM_REDACT",
    "llm_mode": "MAILBOT_LLM_MODE",
    "log_level": "MAILBOT_LOG_LEVEL",
    "parse_processes": "MAILBOT_PARSE_PROCESSES",
    "draft_ahead": "MAILBOT_DRAFT_AHEAD",
    "db_connect_timeout": "MAILBOT_DB_CONNECT_TIMEOUT",
    "db_statement_timeout": "MAILBOT_DB_STATEMENT_TIMEOUT",
    "draft_lease_seconds": "MAILBOT_DRAFT_LEASE",
    "metrics_address": "MAILBOT_METRICS_ADDRESS",
    "log_format": "MAILBOT_LOG_FORMAT",
    "admin_address": "MAILBOT_ADMIN_ADDRESS",
    "attachment_cap_bytes": "MAILBOT_ATTACHMENT_CAP_BYTES",
}


class Settings(BaseModel):
    """Everything mailbot needs to run. Connection settings are URLs (SPEC §8)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    data_dir: Path = Field(description="Where the SQLite file, sandbox mail and secret live.")
    database_url: str = Field(description="SQLAlchemy URL; SQLite file in data_dir by default.")
    imap_url: str | None = Field(None, description="imap://, imap+starttls:// or imaps:// URL.")
    smtp_url: str | None = Field(None, description="smtp://, smtp+starttls:// or smtps:// URL.")
    address: str = Field("escalations@example.com", description="The escalation address.")
    routing_file: Path = Field(DEFAULT_ROUTING_FILE, description="Routing rules (TOML).")
    secret_key: str = Field(description="HMAC key for tokens and Message-IDs (>= 16 chars).")
    secret_generated: bool = Field(False, description="True when secret_key was generated.")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint.")
    llm_model: str | None = Field(None, description="Model name for the LLM drafter.")
    llm_api_key: str | None = Field(None, repr=False, description="From OPENAI_API_KEY.")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds per LLM request.")
    llm_input_token_budget: int = Field(6000, ge=500, description="Prompt token budget.")
    llm_redact: bool = Field(
        False, description="Replace emails, phones, IBANs, cards and names before the LLM."
    )
    llm_mode: str = Field(
        "classify", description="classify (the model suggests the labels) or full (the brief)."
    )
    max_message_bytes: int = Field(25 * 1024 * 1024, gt=0, description="Oversize cap.")
    daily_cap_per_recipient: int = Field(
        50, gt=0, description="Mails per recipient per UTC day; more are held, not dropped."
    )
    admin_address: str | None = Field(
        None, description="Told about held mail and robots when no CSM's manager can be."
    )
    attachment_cap_bytes: int = Field(
        10 * 1024 * 1024, ge=0, description="Total size of the files sent with a routed brief."
    )
    poll_interval: float = Field(30.0, gt=0, description="Seconds between polls without IDLE.")
    outbox_give_up_days: float = Field(5.0, gt=0, description="Retry transient SMTP for this.")
    max_attempts: int = Field(3, ge=1, description="Processing attempts before quarantine.")
    draft_ahead: bool = Field(
        True, description="run --once: offline drafts made ahead by a low-priority worker."
    )
    outbox_lease_seconds: float = Field(
        300.0, gt=0, description="A claimed mail not confirmed sent this long is sent again."
    )
    smtp_connections: int = Field(
        3, ge=1, le=20, description="SMTP connections a batch of the outbox may use at once."
    )
    db_connect_timeout: float = Field(10.0, gt=0, description="PostgreSQL connect, seconds.")
    db_statement_timeout: float = Field(30.0, gt=0, description="PostgreSQL statement, s.")
    draft_lease_seconds: float = Field(600.0, gt=0, description="A draft job's crash lease.")
    log_level: str = Field("INFO", description="Python logging level name.")
    oauth: OAuthSettings | None = Field(None, description="MAILBOT_OAUTH_* ([oauth] table).")
    log_format: str = Field("text", description="text (for people) or json (one object a line).")
    metrics_address: str | None = Field(
        None, description="host:port for /metrics, /healthz and /readyz; off when unset."
    )
    parse_processes: int = Field(
        default_factory=lambda: 1 if (os.cpu_count() or 1) > 1 else 0,
        ge=0,
        le=8,
        description="Worker processes that parse a backlog ahead of the watcher (0: none).",
    )

    @field_validator("address")
    @classmethod
    def _address_is_addr_spec(cls, value: str) -> str:
        local, sep, domain = value.partition("@")
        if not sep or not local or "." not in domain or " " in value or "+" in local:
            raise ValueError("must be a plain address like escalations@example.com")
        return value.lower()

    @field_validator("admin_address")
    @classmethod
    def _admin_is_addr_spec(cls, value: str | None) -> str | None:
        if value is None:
            return None
        local, sep, domain = value.strip().partition("@")
        if not sep or not local or "." not in domain or " " in value.strip():
            raise ValueError("must be a plain address like ops@example.com")
        return value.strip().lower()

    @field_validator("secret_key")
    @classmethod
    def _secret_long_enough(cls, value: str) -> str:
        if len(value) < 16:
            raise ValueError("must be at least 16 characters")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @field_validator("llm_mode")
    @classmethod
    def _known_mode(cls, value: str) -> str:
        if value.lower() not in {"classify", "full"}:
            raise ValueError("must be classify or full")
        return value.lower()

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value.lower() not in {"text", "json"}:
            raise ValueError("must be text or json")
        return value.lower()

    @field_validator("metrics_address")
    @classmethod
    def _host_port(cls, value: str | None) -> str | None:
        host, sep, port = (value or "").rpartition(":")
        if value and not (sep and host and port.isdigit() and 0 < int(port) < 65536):
            raise ValueError("must be host:port, e.g. 127.0.0.1:9108")
        return value or None

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url or self.llm_api_key) and bool(self.llm_model)

    @property
    def mail_configured(self) -> bool:
        return bool(self.imap_url and self.smtp_url)

    @property
    def domain(self) -> str:
        return self.address.split("@", 1)[1]


def default_data_dir(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_DATA_HOME") or str(Path(environ.get("HOME", ".")) / ".local/share")
    return Path(base) / "mailbot"


def with_secret_files(environ: Mapping[str, str], names: Iterable[str]) -> dict[str, str]:
    """Resolve ``<VAR>_FILE`` (Docker/Kubernetes secrets) into ``<VAR>`` for every setting.

    The file's content is the value, less its trailing newline, so a secret never has to sit
    in the environment or a unit file. Both forms at once is ambiguous, hence an error.
    """
    env = dict(environ)
    for var in names:
        path = env.get(f"{var}_FILE")
        if not path:
            continue
        if env.get(var):
            raise ConfigError(f"{var}_FILE", f"set {var} or {var}_FILE, not both")
        try:
            env[var] = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            reason = (exc.strerror or str(exc)) if isinstance(exc, OSError) else "not UTF-8"
            raise ConfigError(f"{var}_FILE", f"cannot read {path}: {reason}") from exc
    return env


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ConfigError("MAILBOT_CONFIG", f"file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("MAILBOT_CONFIG", f"{path} is not valid TOML: {exc}") from exc


def _secret(raw: dict[str, Any], data_dir: Path) -> None:
    """Use the configured secret, else a generated one persisted 0600 in data_dir.

    Generating keeps the zero-config sandbox working; persisting keeps tokens valid across
    restarts. Production sets MAILBOT_SECRET_KEY.
    """
    if raw.get("secret_key"):
        return
    path = data_dir / "secret.key"
    if path.exists():
        raw["secret_key"] = path.read_text().strip()
    else:
        data_dir.mkdir(parents=True, exist_ok=True)
        raw["secret_key"] = secrets.token_urlsafe(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(raw["secret_key"])
    raw["secret_generated"] = True


def load_settings(
    environ: Mapping[str, str] | None = None, config_file: Path | None = None
) -> Settings:
    """Build Settings from an optional TOML file, then the environment (which wins)."""
    original = os.environ if environ is None else environ
    names = [*ENV_NAMES.values(), *(OAUTH_PREFIX + f.upper() for f in OAUTH_FIELDS)]
    warn_unknown_env(original, [*names, *(f"{name}_FILE" for name in names)])
    env = with_secret_files(original, names)
    raw: dict[str, Any] = {}
    path = config_file or (Path(env["MAILBOT_CONFIG"]) if env.get("MAILBOT_CONFIG") else None)
    if path is not None:
        raw.update(_read_toml(path))
        unknown = set(raw) - set(ENV_NAMES) - {"oauth"}
        if unknown:
            raise ConfigError(sorted(unknown)[0], f"unknown setting in {path}")
    for name, var in ENV_NAMES.items():
        if env.get(var):
            raw[name] = env[var]
    raw["oauth"] = load_oauth(env, raw.get("oauth"))
    data_dir = Path(raw.get("data_dir") or default_data_dir(env)).expanduser()
    raw["data_dir"] = data_dir
    raw.setdefault("database_url", f"sqlite:///{data_dir / 'mailbot.sqlite3'}")
    _secret(raw, data_dir)
    try:
        settings = Settings(**raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err["loc"][0]) if err["loc"] else "settings"
        raise ConfigError(ENV_NAMES.get(name, name), err["msg"]) from exc
    check_mail_urls(settings.imap_url, settings.smtp_url)  # as `run` would, so `check` says so
    return settings
