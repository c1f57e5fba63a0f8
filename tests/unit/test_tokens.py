"""Reply tokens: what verifies, and the specific reason for everything that does not."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from mailbot.errors import TokenError
from mailbot.signing.tokens import (
    PURPOSES,
    TOKEN_LENGTH,
    TokenRejected,
    issue_token,
    reply_address,
    token_from_recipients,
    tokens_from_recipients,
    verify_token,
)

SECRET = b"token-secret-0123456789"
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
EXPIRES = NOW + timedelta(days=3)
CSM = "csm@example.com"
BASE = "escalations@example.com"


def _token(**changes: object) -> str:
    fields: dict[str, object] = {
        "ref": "ESC-2026-0342",
        "purpose": "approve",
        "version": 3,
        "recipient": CSM,
        "expires_at": EXPIRES,
    } | changes
    return issue_token(SECRET, **fields)  # type: ignore[arg-type]


def _flip(token: str, index: int) -> str:
    """Replace one base32 character with a different one."""
    replacement = "b" if token[index] != "b" else "c"
    return token[:index] + replacement + token[index + 1 :]


def _reason(
    token: str, *, recipient: str = CSM, now: datetime = NOW, secret: bytes = SECRET
) -> str:
    with pytest.raises(TokenRejected) as caught:
        verify_token(secret, token, recipient=recipient, now=now)
    assert isinstance(caught.value, TokenError)
    return caught.value.reason


def test_valid_token_round_trips_its_claims() -> None:
    claims = verify_token(SECRET, _token(), recipient=CSM, now=NOW)
    assert claims.ref == "ESC-2026-0342"
    assert claims.purpose == "approve"
    assert claims.version == 3
    assert claims.recipient == CSM
    assert claims.expires_at == EXPIRES


def test_token_is_compact_and_fits_a_local_part() -> None:
    token = _token(ref="ESC-2255-16777215", version=0xFFFF)
    assert len(token) == TOKEN_LENGTH == 52
    assert set(token) <= set("abcdefghijklmnopqrstuvwxyz234567")
    address = reply_address(BASE, token)
    local = address.rpartition("@")[0]
    assert local == f"escalations+{token}"
    assert len(local) == 64


@pytest.mark.parametrize("purpose", PURPOSES)
def test_every_purpose_round_trips(purpose: str) -> None:
    assert verify_token(SECRET, _token(purpose=purpose), recipient=CSM, now=NOW).purpose == purpose


def test_recipient_and_token_case_and_whitespace_are_normalised() -> None:
    token = _token(recipient="CSM@Example.COM")
    claims = verify_token(SECRET, f" {token.upper()} ", recipient=" csm@EXAMPLE.com", now=NOW)
    assert claims.recipient == CSM


def test_expiry_is_kept_to_the_second() -> None:
    claims = verify_token(
        SECRET, _token(expires_at=EXPIRES + timedelta(microseconds=999_999)), recipient=CSM, now=NOW
    )
    assert claims.expires_at == EXPIRES


# --- the rejection matrix ---------------------------------------------------------------

_GOOD = issue_token(
    SECRET, ref="ESC-2026-0342", purpose="approve", version=3, recipient=CSM, expires_at=EXPIRES
)


@pytest.mark.parametrize(
    ("token", "kwargs", "reason"),
    [
        (_flip(_GOOD, 0), {}, "malformed"),  # format nibble changes
        (_flip(_GOOD, 5), {}, "forged"),  # ref bytes
        (_flip(_GOOD, 10), {}, "forged"),  # version / expiry bytes
        (_flip(_GOOD, 20), {}, "forged"),  # recipient tag
        (_flip(_GOOD, 40), {}, "forged"),  # MAC
        (_GOOD, {"secret": b"other-secret-0123456789"}, "forged"),
        (_GOOD, {"recipient": "other@example.com"}, "wrong recipient"),
        (_GOOD, {"recipient": "csm@example.org"}, "wrong recipient"),
        (_GOOD, {"now": EXPIRES}, "expired"),
        (_GOOD, {"now": EXPIRES + timedelta(days=30)}, "expired"),
        ("", {}, "malformed"),
        (_GOOD[:-1], {}, "malformed"),
        (_GOOD + "a", {}, "malformed"),
        (_GOOD[:-4] + "0189", {}, "malformed"),  # not base32
        (_GOOD + "====", {}, "malformed"),
        ("escalations+" + _GOOD, {}, "malformed"),
    ],
)
def test_rejection_matrix(token: str, kwargs: dict[str, object], reason: str) -> None:
    assert _reason(token, **kwargs) == reason  # type: ignore[arg-type]


def test_valid_cell_of_the_matrix_verifies() -> None:
    assert verify_token(SECRET, _GOOD, recipient=CSM, now=EXPIRES - timedelta(seconds=1))


def test_a_second_spelling_of_the_same_bytes_is_malformed() -> None:
    # 52 characters carry 260 bits for 256 bits of data: the last 4 bits must be zero.
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    last = alphabet.index(_GOOD[-1])
    assert last & 0b1111 == 0
    twin = _GOOD[:-1] + alphabet[last | 0b0001]
    assert base64.b32decode(twin.upper() + "====") == base64.b32decode(_GOOD.upper() + "====")
    assert _reason(twin) == "malformed"


def test_tokens_for_other_refs_versions_and_recipients_differ() -> None:
    tokens = {
        _token(ref=f"ESC-2026-{n:04d}", version=v, recipient=f"u{r}@example.com")
        for n in range(1, 41)
        for v in range(5)
        for r in range(50)
    }
    assert len(tokens) == 40 * 5 * 50


@pytest.mark.parametrize(
    "changes",
    [
        {"purpose": "delete"},
        {"version": -1},
        {"version": 0x10000},
        {"expires_at": datetime(2026, 3, 10)},
        {"ref": "ESC-26-0001"},
        {"ref": "ESC-2026-1"},
        {"ref": "ESC-2026-00001"},
        {"ref": "ESC-2026-0000"},
        {"ref": "ESC-1999-0001"},
        {"ref": "ESC-2026-16777216"},
        {"ref": "esc-2026-0001"},
    ],
)
def test_issue_refuses_what_the_layout_cannot_hold(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        _token(**changes)


def test_short_secrets_and_naive_now_are_refused() -> None:
    with pytest.raises(ValueError):
        issue_token(b"short", ref="ESC-2026-0001", purpose="reply", version=1, recipient=CSM,
                    expires_at=EXPIRES)  # fmt: skip
    with pytest.raises(ValueError):
        verify_token(SECRET, _GOOD, recipient=CSM, now=datetime(2026, 3, 10))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_random_strings_never_verify(text: str) -> None:
    assert _reason(text) in {"malformed", "forged"}


@settings(max_examples=500, deadline=None)
@given(st.from_regex(r"[a-z2-7]{52}", fullmatch=True))
def test_random_well_formed_tokens_never_verify(text: str) -> None:
    assert _reason(text) in {"malformed", "forged"}


@settings(max_examples=300, deadline=None)
@given(
    index=st.integers(0, TOKEN_LENGTH - 1), char=st.sampled_from("abcdefghijklmnopqrstuvwxyz234567")
)
def test_any_single_character_change_is_rejected(index: int, char: str) -> None:
    altered = _GOOD[:index] + char + _GOOD[index + 1 :]
    assume(altered != _GOOD)
    assert _reason(altered) in {"malformed", "forged"}


# --- reply addresses ----------------------------------------------------------------------


def test_reply_address_and_its_refusals() -> None:
    assert reply_address(BASE, "abc234") == "escalations+abc234@example.com"
    for base in ("escalations+x@example.com", "no-at-sign", "@example.com", "escalations@"):
        with pytest.raises(ValueError):
            reply_address(base, "abc")
    for token in ("ABC", "a b", "a\r\nb", ""):
        with pytest.raises(ValueError):
            reply_address(BASE, token)
    with pytest.raises(ValueError):
        reply_address("a-much-longer-escalations-mailbox@example.com", _GOOD)


def test_token_found_in_recipient_headers() -> None:
    found = token_from_recipients(
        ["Team <team@example.com>", f'"Escalations" <Escalations+{_GOOD.upper()}@EXAMPLE.COM>'],
        BASE,
    )
    assert found == _GOOD
    both = token_from_recipients(
        [f"escalations+junk@example.com, escalations+{_GOOD}@example.com"], BASE
    )
    assert both == _GOOD


def test_every_token_of_a_multi_recipient_reply_is_found() -> None:
    """A notice to the CSM and her manager has one reply address each; a reply names both."""
    lisa = _token(recipient="lisa@example.com")
    header = f"escalations+junk@example.com, escalations+{_GOOD}@example.com"
    found = tokens_from_recipients([header, f"Lisa <escalations+{lisa}@example.com>"], BASE)
    assert found == (_GOOD, lisa, "junk")  # well-formed ones first, in order
    assert tokens_from_recipients([f"escalations+{_GOOD}@example.com"] * 2, BASE) == (_GOOD,)
    assert tokens_from_recipients(["escalations@example.com"], BASE) == ()


def test_a_genuine_token_refused_names_its_escalation() -> None:
    """Wrong recipient and expired are told apart from forged: only then is the ref known."""
    with pytest.raises(TokenRejected) as wrong:
        verify_token(SECRET, _token(), recipient="other@example.com", now=NOW)
    assert (wrong.value.reason, wrong.value.ref) == ("wrong recipient", "ESC-2026-0342")
    with pytest.raises(TokenRejected) as expired:
        verify_token(SECRET, _token(), recipient=CSM, now=EXPIRES)
    assert (expired.value.reason, expired.value.ref) == ("expired", "ESC-2026-0342")
    with pytest.raises(TokenRejected) as forged:
        verify_token(SECRET, _flip(_token(), 40), recipient=CSM, now=NOW)
    assert (forged.value.reason, forged.value.ref) == ("forged", None)


def test_malformed_candidate_is_returned_for_auditing() -> None:
    assert token_from_recipients(["escalations+junk@example.com"], BASE) == "junk"
    assert _reason("junk") == "malformed"


@pytest.mark.parametrize(
    "recipients",
    [
        [],
        ["escalations@example.com"],
        [f"escalations+{_GOOD}@example.org"],
        [f"other+{_GOOD}@example.com"],
        [f"escalations-x+{_GOOD}@example.com"],
        ["escalations+@example.com"],
    ],
)
def test_no_token_when_no_recipient_is_ours(recipients: list[str]) -> None:
    assert token_from_recipients(recipients, BASE) is None
