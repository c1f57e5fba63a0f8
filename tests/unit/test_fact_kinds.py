"""Key facts by kind: each kind of fact a brief lost on threads nobody tuned for, in our
own wordings (not copied from any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.drafting.day_mentions import mentioned_dates
from mailbot.drafting.facts import sentences
from mailbot.drafting.key_facts import key_facts

REF = date(2031, 9, 1)  # a fixed reference day: no test depends on today


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Die Messe beginnt am 14. Oktober in Halle 3. Bitte kommen Sie.", "14. Oktober"),
        ("Le lancement est prévu le 2. Juni. Merci.", "2. Juni"),
        ("Wir haben ca. 40 Stände gebucht. Danke.", "ca. 40 Stände"),
        ("Siehe Nr. 17 im Vertrag. Danke.", "Nr. 17"),
    ],
)
def test_a_dot_after_a_day_or_an_abbreviation_does_not_end_the_sentence(
    text: str, kept: str
) -> None:
    assert any(kept in s for s in sentences(text)), sentences(text)


def test_a_number_that_ends_a_sentence_still_ends_it() -> None:
    assert sentences("We counted 12. Nobody else did.") == ["We counted 12.", "Nobody else did."]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("la entrega del 3 de junio de 2031 se retrasó", date(2031, 6, 3)),
        ("la consegna del 12 settembre è saltata", date(2031, 9, 12)),
        ("de levering van 4 maart ging mis", date(2031, 3, 4)),
        ("o envio de 7 de outubro falhou", date(2031, 10, 7)),
        ("Termin am 14.10.2031 abgesagt", date(2031, 10, 14)),
        ("Frist bis 2.11. um Mitternacht", date(2031, 11, 2)),
    ],
)
def test_dates_in_other_languages_and_dotted_form(text: str, day: date) -> None:
    assert day in mentioned_dates(text, REF)


def test_a_version_number_is_not_a_dotted_date() -> None:
    assert mentioned_dates("after the upgrade to 8.1.2 and 3.4", REF) == []


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # amounts and shares in European formats
        ("Die Gutschrift über 2.480,75 € fehlt noch.", "2.480,75 €"),
        ("Le devis passe à 18 500 CHF par an.", "18 500 CHF"),
        ("Es fehlen CHF 7'250 auf der Abrechnung.", "CHF 7'250"),
        ("Der Rabatt von 2,5 Prozent wurde nicht abgezogen.", "2,5 Prozent"),
        ("We lose about 4,2 Mio. EUR if the launch slips.", "4,2 Mio. EUR"),
        # ids of other shapes
        ("Please look at OPS-NET-20417 first.", "OPS-NET-20417"),
        ("Our reference is RITM0048812 in your portal.", "RITM0048812"),
        ("Bestellung Nr. 7713209 ist nie angekommen.", "Bestellung Nr. 7713209"),
        # contract clauses
        ("That breaks clause 11.3 of the agreement.", "clause 11.3"),
        ("Gemäß § 4 Abs. 2 dürfen Sie das nicht.", "§ 4 Abs. 2"),
        # counts in figures or words, other languages, ranges and rates
        ("Seven night nurses had to chart on paper.", "Seven night nurses"),
        ("Abbiamo 64 magazzini collegati.", "64 magazzini"),
        ("Er staan 35 heftrucks stil.", "35 heftrucks"),
        ("We now run 2.6 million scans a year.", "2.6 million scans"),
        ("Each sync takes 15 to 25 seconds on the tablets.", "15 to 25 seconds"),
        ("The gateway caps us at 300 calls per minute.", "300 calls per minute"),
        ("Der Import dauert jetzt neun Stunden.", "neun Stunden"),
        ("Auf jeder dritten Rechnung fehlt die Steuer.", "jeder dritten Rechnung"),
        # named things: a quoted title, a CamelCase product, an acronym
        ("The report called 'Fleet Uptime Weekly' is empty.", "Fleet Uptime Weekly"),
        ("Our drivers moved to QuickRoute on their phones.", "QuickRoute"),
        ("The export to the ERP drops the VAT codes.", "ERP"),
    ],
)
def test_key_facts_by_kind(text: str, fact: str) -> None:
    assert any(fact in found for found in key_facts(text)), key_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2031 we moved offices.",  # a year is not a count
        "Maria Lopez\n+34 612 448120\nHola again",  # a phone number's tail
        "The XLIFF 2.0 files fail.",  # a version is not a count
        "CONFIDENTIALITY NOTICE: delete this mail.",  # an all-caps notice is no acronym
    ],
)
def test_key_facts_leave_noise_out(text: str) -> None:
    facts = key_facts(text)
    assert not any(f[0].isdigit() or f.isupper() for f in facts if f != "XLIFF"), facts


def test_a_figure_inside_a_longer_one_is_listed_once() -> None:
    assert key_facts("We have 120.000 members waiting.") == ["120.000 members"]
