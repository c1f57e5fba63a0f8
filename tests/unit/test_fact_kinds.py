"""Key facts by kind: each kind of fact a brief lost on threads nobody tuned for, in our
own wordings (not copied from any evaluation set)."""

from __future__ import annotations

from datetime import date

import pytest

from mailbot.drafting.facts import mentioned_dates, sentences

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
