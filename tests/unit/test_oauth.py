"""OAuth pure logic: token caching and expiry, settings, ``?auth=`` URLs, SASL strings."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from mailbot.endpoints.imap_url import parse_imap_url
from mailbot.endpoints.smtp_url import parse_smtp_url
from mailbot.errors import ConfigError
from mailbot.oauth.config import load_oauth
from mailbot.oauth.tokens import AccessToken, TokenSource, sasl_b64, sasl_initial_response
from mailbot.settings import load_settings


class FakeProvider:
    """Hands out tok-1, tok-2, … each valid ``lifetime`` seconds."""

    def __init__(self, lifetime: float = 3600.0) -> None:
        self.lifetime = lifetime
        self.calls = 0

    def __call__(self) -> AccessToken:
        self.calls += 1
        return AccessToken(f"tok-{self.calls}", self.lifetime)


def test_a_token_is_reused_until_shortly_before_it_expires() -> None:
    now = [1000.0]
    provider = FakeProvider(3600.0)
    source = TokenSource(provider, now=lambda: now[0])
    assert source.token() == "tok-1"
    now[0] += 3600 - 301  # 301 s left: still good
    assert source.token() == "tok-1"
    now[0] += 2  # 299 s left: inside the 5-minute margin, fetched again before expiry
    assert source.token() == "tok-2" and provider.calls == 2


def test_short_lived_tokens_refresh_at_three_quarters_of_their_life() -> None:
    now = [0.0]
    source = TokenSource(FakeProvider(60.0), now=lambda: now[0])
    source.token()
    now[0] = 44.9
    assert source.token() == "tok-1"
    now[0] = 45.0
    assert source.token() == "tok-2"


def test_invalidate_drops_only_the_refused_token() -> None:
    source = TokenSource(FakeProvider())
    first = source.token()
    source.invalidate(first)
    second = source.token()
    assert second == "tok-2"
    source.invalidate(first)  # a late refusal of the old token keeps the new one
    assert source.token() == second


def test_access_token_repr_hides_the_value() -> None:
    assert "secret-value" not in repr(AccessToken("secret-value", 10))


def test_sasl_messages() -> None:
    assert sasl_initial_response("xoauth2", "a@b.c", "T") == b"user=a@b.c\x01auth=Bearer T\x01\x01"
    assert sasl_initial_response("oauthbearer", "a,b=c", "T") == (
        b"n,a=a=2Cb=3Dc,\x01auth=Bearer T\x01\x01"
    )
    assert base64.b64decode(sasl_b64("xoauth2", "u", "T")).startswith(b"user=u\x01")


def test_no_oauth_settings_means_none() -> None:
    assert load_oauth({}, None) is None


@pytest.mark.parametrize(
    ("env", "key"),
    [
        ({"MAILBOT_OAUTH_PROVIDER": "yahoo"}, "MAILBOT_OAUTH_PROVIDER"),
        ({"MAILBOT_OAUTH_CLIENT_ID": "x"}, "MAILBOT_OAUTH_PROVIDER"),
        (
            {"MAILBOT_OAUTH_PROVIDER": "microsoft", "MAILBOT_OAUTH_TENANT": "t",
             "MAILBOT_OAUTH_CLIENT_ID": "c"},
            "MAILBOT_OAUTH_CLIENT_SECRET or MAILBOT_OAUTH_CERTIFICATE_FILE",
        ),
        ({"MAILBOT_OAUTH_PROVIDER": "google"}, "MAILBOT_OAUTH_SERVICE_ACCOUNT_FILE"),
        (
            {"MAILBOT_OAUTH_PROVIDER": "generic", "MAILBOT_OAUTH_TOKEN_URL": "https://t/",
             "MAILBOT_OAUTH_CLIENT_ID": "c"},
            "MAILBOT_OAUTH_REFRESH_TOKEN",
        ),
    ],
)  # fmt: skip
def test_incomplete_oauth_settings_name_the_variable(env: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_oauth(env, None)
    assert err.value.key == key


def test_toml_table_with_environment_overrides_and_hidden_secrets(tmp_path: Path) -> None:
    config = tmp_path / "mailbot.toml"
    config.write_text(
        '[oauth]\nprovider = "microsoft"\ntenant = "from-file"\nclient_id = "app"\n'
        'client_secret = "file-secret-123"\n'
    )
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_OAUTH_TENANT": "from-env"}
    settings = load_settings(env, config)
    assert settings.oauth is not None
    assert settings.oauth.tenant == "from-env" and settings.oauth.client_secret == "file-secret-123"
    assert settings.oauth.scopes == ["https://outlook.office365.com/.default"]
    assert "file-secret-123" not in repr(settings)


def test_imap_url_with_xoauth2_has_no_password() -> None:
    target = parse_imap_url("imaps://bot%40acme.com@outlook.office365.com/INBOX?auth=XOAUTH2")
    assert (target.auth, target.user, target.port, target.password) == (
        "xoauth2", "bot@acme.com", 993, "",
    )  # fmt: skip
    assert target.redacted_url() == (
        "imaps://bot%40acme.com@outlook.office365.com:993/INBOX?auth=xoauth2"
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("imaps://u:pw@host/INBOX?auth=xoauth2", "takes no password"),
        ("imaps://u@host/INBOX?auth=kerberos", "auth must be xoauth2 or oauthbearer"),
        ("imaps://u@host/INBOX?auth=xoauth2&x=1", "query strings other than ?auth="),
    ],
)
def test_bad_imap_auth_urls(url: str, reason: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_imap_url(url)
    assert err.value.key == "MAILBOT_IMAP_URL" and reason in err.value.problem
    assert "pw" not in err.value.problem


def test_smtp_url_with_oauthbearer() -> None:
    target = parse_smtp_url("smtp+starttls://bot%40acme.com@smtp.office365.com?auth=oauthbearer")
    assert (target.auth, target.username, target.password, target.port) == (
        "oauthbearer", "bot@acme.com", None, 587,
    )  # fmt: skip
    assert "auth='oauthbearer'" in repr(target)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("smtps://smtp.gmail.com?auth=xoauth2", "needs the mailbox as user"),
        ("smtps://u:pw@smtp.gmail.com?auth=xoauth2", "takes no password"),
        ("smtps://u:pw@smtp.gmail.com?foo=1", "query strings other than ?auth="),
    ],
)
def test_bad_smtp_auth_urls(url: str, reason: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_smtp_url(url)
    assert err.value.key == "MAILBOT_SMTP_URL" and reason in err.value.problem


def test_a_token_url_without_oauth_settings_is_a_config_error() -> None:
    from mailbot.endpoints.wiring import TokenSources, imap_target, smtp_target

    sources = TokenSources(None)
    assert imap_target("imap://u:pw@host/INBOX", sources).tokens is None  # passwords need none
    with pytest.raises(ConfigError) as err:
        smtp_target("smtps://u@host?auth=xoauth2", sources)
    assert err.value.key == "MAILBOT_OAUTH_PROVIDER" and "MAILBOT_SMTP_URL" in err.value.problem


def test_imap_and_smtp_of_one_mailbox_share_a_token_source() -> None:
    from mailbot.endpoints.wiring import TokenSources, imap_target, smtp_target
    from mailbot.oauth.config import OAuthSettings

    oauth = OAuthSettings(
        provider="generic", token_url="https://t/", client_id="c", refresh_token="r"
    )
    sources = TokenSources(oauth)
    imap = imap_target("imaps://bot%40acme.com@host/INBOX?auth=xoauth2", sources)
    smtp = smtp_target("smtps://bot%40acme.com@host?auth=xoauth2", sources)
    assert imap.tokens is not None and imap.tokens is smtp.tokens
