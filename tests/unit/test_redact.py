"""The redaction rules: what counts as a card, an IBAN, a phone, a name - and what not."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.drafting.brief import Brief
from mailbot.drafting.redact import Redactor, iban_ok, luhn_ok
from mailbot.settings import load_settings


def test_checksums() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("DE89 3704 0044 0532 0130 00") and iban_ok("GB82WEST12345698765432")
    assert not iban_ok("DE88 3704 0044 0532 0130 00")


@pytest.mark.parametrize(
    "text",
    [
        "order 4111 1111 1111 1112 failed",  # card-shaped, Luhn fails
        "IBAN DE88 3704 0044 0532 0130 00",  # IBAN-shaped, mod-97 fails
        "since 2026-03-10 on 4.2.1, ticket #48213, EUR 4,000, 300 orders, 10/03/2026",
        "renew in May; Will it work?",
        "at 2026-03-10 09:14 and 10.03.2026 09:14 from 192.168.100.200, order 2026031012",
    ],
)
def test_ordinary_text_stays(text: str) -> None:
    redactor = Redactor(["May Will", "Bob Smith"])
    assert redactor.redact(text) == text


@pytest.mark.parametrize(
    "phone", ["+49 (0)30 1234567", "(555) 123-4567", "06 12 34 56 78", "07946095812"]
)
def test_phone_numbers_as_people_write_them(phone: str) -> None:
    assert Redactor().redact(f"call {phone}.") == "call <PHONE_1>."


def test_same_value_same_placeholder_and_restored() -> None:
    redactor = Redactor(["Bob Smith"])
    text = (
        "Bob Smith <Bob.Smith@acme.example> (bob.smith@acme.example), +1 (555) 123-4567, "
        "IBAN GB82 WEST 1234 5698 7654 32, card 5555-5555-5555-4444. Thanks, Bob"
    )
    redacted = redactor.redact(text)
    assert redacted == (
        "<PERSON_1> <<EMAIL_1>> (<EMAIL_1>), <PHONE_1>, IBAN <IBAN_1>, card <CARD_1>. "
        "Thanks, <PERSON_2>"
    )
    assert redactor.restore(redacted) == text.replace("bob.smith@", "Bob.Smith@")


def test_a_restored_brief_stays_within_its_limits() -> None:
    redactor = Redactor(["Bartholomew Fitzgerald-Montgomery"])
    redactor.redact("Bartholomew Fitzgerald-Montgomery")
    brief = Brief.model_validate(
        {
            "headline": ("<PERSON_1> " * 18).strip(),
            "customer_impact": "x",
            "specific_ask": "x",
            "customer_communication": "x",
            "category": "product_defect",
            "category_rationale": "x",
            "severity": "high",
            "severity_rationale": "x",
            "sentiment": "calm",
            "sentiment_rationale": "x",
        }
    )
    restored = redactor.restore_brief(brief)
    assert restored.headline.startswith("Bartholomew Fitzgerald-Montgomery")
    assert len(restored.headline) == 200 and restored.headline.endswith("…")


def test_the_setting_is_read_from_the_environment(tmp_path: Path) -> None:
    env = {"MAILBOT_DATA_DIR": str(tmp_path), "MAILBOT_SECRET_KEY": "0123456789abcdef0123"}
    assert load_settings(env).llm_redact is False
    assert load_settings({**env, "MAILBOT_LLM_REDACT": "1"}).llm_redact is True
