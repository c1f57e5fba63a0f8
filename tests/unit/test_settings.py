from __future__ import annotations

import logging
from pathlib import Path

import pytest

from mailbot.errors import ConfigError
from mailbot.settings import load_settings


def test_defaults_give_sqlite_in_data_dir_and_a_persisted_secret(tmp_path: Path) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path)}
    first = load_settings(env)
    assert first.database_url == f"sqlite:///{tmp_path / 'mailbot.sqlite3'}"
    assert first.secret_generated
    assert (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600
    assert load_settings(env).secret_key == first.secret_key  # stable across restarts
    assert not first.llm_configured and not first.mail_configured


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    config = tmp_path / "mailbot.toml"
    config.write_text('address = "esc@corp.example"\npoll_interval = 5\n')
    env = {
        "MAILBOT_DATA_DIR": str(tmp_path),
        "MAILBOT_CONFIG": str(config),
        "MAILBOT_POLL_INTERVAL": "7",
        "MAILBOT_SECRET_KEY": "x" * 20,
        "MAILBOT_PARSE_PROCESSES": "0",
    }
    settings = load_settings(env)
    assert settings.address == "esc@corp.example"
    assert settings.poll_interval == 7
    assert settings.parse_processes == 0
    assert settings.domain == "corp.example"
    assert not settings.secret_generated


@pytest.mark.parametrize(
    ("env", "key"),
    [
        ({"MAILBOT_ADDRESS": "not-an-address"}, "MAILBOT_ADDRESS"),
        ({"MAILBOT_SECRET_KEY": "short"}, "MAILBOT_SECRET_KEY"),
        ({"MAILBOT_POLL_INTERVAL": "-1"}, "MAILBOT_POLL_INTERVAL"),
        ({"MAILBOT_DAILY_CAP": "lots"}, "MAILBOT_DAILY_CAP"),
        ({"MAILBOT_LOG_LEVEL": "CHATTY"}, "MAILBOT_LOG_LEVEL"),
        ({"MAILBOT_PARSE_PROCESSES": "9"}, "MAILBOT_PARSE_PROCESSES"),
        ({"MAILBOT_LLM_MODE": "creative"}, "MAILBOT_LLM_MODE"),
    ],
)
def test_errors_name_the_setting(tmp_path: Path, env: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings({"MAILBOT_DATA_DIR": str(tmp_path), **env})
    assert info.value.key == key
    assert key in str(info.value)


def test_unknown_key_in_file_is_named(tmp_path: Path) -> None:
    config = tmp_path / "mailbot.toml"
    config.write_text('adress = "typo@example.com"\n')
    with pytest.raises(ConfigError, match="adress"):
        load_settings({"MAILBOT_DATA_DIR": str(tmp_path)}, config_file=config)


def test_api_key_never_in_repr(tmp_path: Path) -> None:
    settings = load_settings(
        {"MAILBOT_DATA_DIR": str(tmp_path), "OPENAI_API_KEY": "sk-very-secret-value"}
    )
    assert "sk-very-secret-value" not in repr(settings)


def test_parse_workers_default_to_one_when_there_is_a_second_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_SECRET_KEY": "x" * 20}
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert load_settings(env).parse_processes == 1
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    assert load_settings(env).parse_processes == 0


IMAP = "imap://esc:pw@mail.example.com/INBOX"
SMTP = "smtp://mail.example.com"


@pytest.mark.parametrize(
    ("imap", "smtp", "key", "problem"),
    [
        ("ftp://x", SMTP, "MAILBOT_IMAP_URL", "scheme"),
        ("imapp://u:p@h", SMTP, "MAILBOT_IMAP_URL", "scheme"),
        ("imap://u:p@h:99999", SMTP, "MAILBOT_IMAP_URL", "port"),
        (IMAP, "ftp://x", "MAILBOT_SMTP_URL", "scheme"),
        (IMAP, "smtp://h:99999", "MAILBOT_SMTP_URL", "port"),
        (IMAP, "", "MAILBOT_SMTP_URL", "both"),
        ("", SMTP, "MAILBOT_IMAP_URL", "both"),
    ],
)
def test_mail_urls_are_checked_at_load(
    tmp_path: Path, imap: str, smtp: str, key: str, problem: str
) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_IMAP_URL": imap, "MAILBOT_SMTP_URL": smtp}
    with pytest.raises(ConfigError) as info:
        load_settings(env)
    assert info.value.key == key and problem in info.value.problem.lower()


def test_both_mail_urls_load(tmp_path: Path) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_IMAP_URL": IMAP, "MAILBOT_SMTP_URL": SMTP}
    assert load_settings(env).mail_configured


def test_a_misspelt_variable_is_named_with_the_likely_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    env = {
        "MAILBOT_DATA_DIR": str(tmp_path),
        "MAILBOT_POLL_INTERVL": "5",
        "MAILBOT_XYZZY": "1",
        "MAILBOT_TESTING": "1",  # read by mailbot.faults: known
    }
    with caplog.at_level(logging.WARNING, logger="mailbot.settings"):
        load_settings(env)
        load_settings(env)  # loaded twice in one command: still one line each
    lines = [r.getMessage() for r in caplog.records]
    assert lines == [
        "environment variable MAILBOT_POLL_INTERVL is not a mailbot setting and is ignored;"
        " did you mean MAILBOT_POLL_INTERVAL?",
        "environment variable MAILBOT_XYZZY is not a mailbot setting and is ignored",
    ]


def test_admin_address_is_optional_lower_cased_and_validated(tmp_path: Path) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_SECRET_KEY": "x" * 20}
    assert load_settings(env).admin_address is None
    given = load_settings({**env, "MAILBOT_ADMIN_ADDRESS": "Ops@Example.com"})
    assert given.admin_address == "ops@example.com"
    with pytest.raises(ConfigError, match="MAILBOT_ADMIN_ADDRESS"):
        load_settings({**env, "MAILBOT_ADMIN_ADDRESS": "not an address"})


def test_llm_mode_defaults_to_classify_and_reads_full(tmp_path: Path) -> None:
    assert load_settings({"MAILBOT_DATA_DIR": str(tmp_path)}).llm_mode == "classify"
    settings = load_settings({"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_LLM_MODE": "Full"})
    assert settings.llm_mode == "full"


def test_the_llm_drafter_takes_its_mode_from_the_setting(tmp_path: Path) -> None:
    from mailbot.drafting.drafters import make_drafter
    from mailbot.drafting.fallback import FallbackDrafter

    env = {
        "MAILBOT_DATA_DIR": str(tmp_path),
        "MAILBOT_LLM_BASE_URL": "http://127.0.0.1:9/v1",
        "MAILBOT_LLM_MODEL": "m",
    }
    for mode in ("full", "classify"):
        drafter = make_drafter(load_settings({**env, "MAILBOT_LLM_MODE": mode}))
        assert isinstance(drafter, FallbackDrafter) and drafter.llm.mode == mode
