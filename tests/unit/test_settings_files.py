"""Secrets from files (``<VAR>_FILE``) and the observability settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.errors import ConfigError
from mailbot.settings import load_settings


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"MAILBOT_DATA_DIR": str(tmp_path), **extra}


def test_secret_key_and_api_key_and_urls_come_from_files(tmp_path: Path) -> None:
    files = {
        "MAILBOT_SECRET_KEY": "k" * 24 + "\n",
        "OPENAI_API_KEY": "sk-from-a-file\r\n",
        "MAILBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}\n",
        "MAILBOT_IMAP_URL": "imaps://bot:pa%20ss@mail.example.com/INBOX\n",
        "MAILBOT_SMTP_URL": "smtps://bot:pw@mail.example.com:465\n",
    }
    env = _env(tmp_path)
    for var, content in files.items():
        path = tmp_path / var.lower()
        path.write_text(content)
        env[f"{var}_FILE"] = str(path)
    settings = load_settings(env)
    assert settings.secret_key == "k" * 24  # trailing newline stripped
    assert not settings.secret_generated
    assert settings.llm_api_key == "sk-from-a-file"
    assert settings.database_url == f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert settings.imap_url == "imaps://bot:pa%20ss@mail.example.com/INBOX"
    assert settings.smtp_url == "smtps://bot:pw@mail.example.com:465"


def test_only_the_trailing_newline_is_stripped(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("  spaces kept on both ends  \n\n")
    settings = load_settings(_env(tmp_path, MAILBOT_SECRET_KEY_FILE=str(secret)))
    assert settings.secret_key == "  spaces kept on both ends  "


def test_both_forms_at_once_is_an_error_naming_both(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("x" * 20)
    env = _env(tmp_path, MAILBOT_SECRET_KEY="y" * 20, MAILBOT_SECRET_KEY_FILE=str(secret))
    with pytest.raises(ConfigError) as info:
        load_settings(env)
    assert "MAILBOT_SECRET_KEY " in str(info.value)
    assert "MAILBOT_SECRET_KEY_FILE" in str(info.value)


@pytest.mark.parametrize("make", ["missing", "directory", "binary"])
def test_unreadable_file_is_one_line_naming_the_variable(tmp_path: Path, make: str) -> None:
    path = tmp_path / "secret"
    if make == "directory":
        path.mkdir()
    elif make == "binary":
        path.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ConfigError) as info:
        load_settings(_env(tmp_path, OPENAI_API_KEY_FILE=str(path)))
    assert info.value.key == "OPENAI_API_KEY_FILE"
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_metrics_address_and_log_format(tmp_path: Path) -> None:
    default = load_settings(_env(tmp_path))
    assert default.metrics_address is None and default.log_format == "text"
    env = _env(tmp_path, MAILBOT_METRICS_ADDRESS="127.0.0.1:9108", MAILBOT_LOG_FORMAT="JSON")
    settings = load_settings(env)
    assert settings.metrics_address == "127.0.0.1:9108"
    assert settings.log_format == "json"


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("MAILBOT_METRICS_ADDRESS", "9108"),
        ("MAILBOT_METRICS_ADDRESS", "127.0.0.1:http"),
        ("MAILBOT_METRICS_ADDRESS", "127.0.0.1:70000"),
        ("MAILBOT_LOG_FORMAT", "xml"),
    ],
)
def test_bad_observe_settings_are_named(tmp_path: Path, var: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(_env(tmp_path, **{var: value}))
    assert info.value.key == var


def test_oauth_secrets_come_from_files_and_file_forms_are_not_warned(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = tmp_path / "client_secret"
    secret.write_text("s3cret-from-file\n")
    key = tmp_path / "key"
    key.write_text("k" * 24)
    env = _env(
        tmp_path,
        MAILBOT_OAUTH_PROVIDER="microsoft",
        MAILBOT_OAUTH_TENANT="corp.example",
        MAILBOT_OAUTH_CLIENT_ID="app-id",
        MAILBOT_OAUTH_CLIENT_SECRET_FILE=str(secret),
        MAILBOT_SECRET_KEY_FILE=str(key),
    )
    with caplog.at_level("WARNING"):
        settings = load_settings(env)
    assert settings.oauth is not None and settings.oauth.client_secret == "s3cret-from-file"
    assert not [r for r in caplog.records if "_FILE" in r.getMessage()]
