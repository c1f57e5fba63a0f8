"""defs-1's critical said in everyday words (issue 18, session 30).

The blind thread sets read critical worst of all levels, and 160 short messages written
blind from defs-1 (bench/severity_sentences_data.py) showed 47 of their 50 critical ones
read as medium or high: customers say what is not happening, whose data they see and what
vanished, not "down" or "outage". The sentences here are written for this test, not taken
from that set; the near misses name no business output, or a stop scoped to one place.
"""

from __future__ import annotations

import pytest

from bench.severity_sentences_data import ITEMS
from bench.severity_sentences_data_2 import ITEMS as ITEMS_2
from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

C = Severity.CRITICAL
PD = Category.PRODUCT_DEFECT


def level(text: str, category: Category = PD) -> Severity:
    return suggest_severity("", text, category).value


@pytest.mark.parametrize(
    "text",
    [
        # nothing of what the business does is happening now
        "The bakery tills have not taken a single payment since seven this morning.",
        "We haven't shipped one parcel today, the label printer just spits out blank paper.",
        "Seit dem Update heute früh ist keine einzige Bestellung mehr eingegangen.",
        "Depuis midi, aucune réservation n'arrive sur notre site.",
        "Desde las nueve no ha entrado ni un pedido en la tienda online.",
        "Llevamos toda la tarde sin vender nada en las tres tiendas.",
        "Our packing line has not produced anything since the patch went in.",
        "Forty people are at their desks with nothing to do.",
        "The card readers decline every card, even our own.",
        "The front desk is unable to check anyone in: the room list is blank.",
        "We've had to stop issuing visitor badges until you tell us what happened.",
        # someone else's records shown
        "A parent told us she sees other families' invoices in her account.",
        "In der Akte erscheinen die Laborwerte eines anderen Patienten.",
        "Les relevés affichent les coordonnées d'un autre client.",
        "Se ven las nóminas de otros empleados al entrar en el portal.",
        "Each tenant now sees the balance of whoever logged in before them.",
        # records wiped
        "The clean-up job deleted every contract in the archive, not just the drafts.",
        "Der nächtliche Import hat alle Kundendaten mit alten Werten überschrieben.",
        "La migración borró todos los pedidos abiertos.",
        # people not paid
        "Not one of our drivers has been paid this month.",
        "La plantilla no ha cobrado porque el banco devolvió el fichero.",
        "Les virements de salaires ne sont pas partis ce matin.",
        "Les paies ne sont pas parties aujourd'hui.",
        # data gone, however calmly said
        "Nicht dringend, aber alle Kundendaten sind seit heute Morgen weg.",
        "Out of curiosity: the sync erased every customer record last night.",
    ],
)
def test_a_business_stopped_now_is_critical(text: str) -> None:
    assert level(text) is C


@pytest.mark.parametrize(
    "text",
    [
        "We can't find any documentation on the export format.",  # no business output
        "No orders came through the old form, which we retired in May.",  # not now
        "Seit 10 Tagen keine Antwort auf unser Ticket.",  # a support ticket unanswered
        "We can't ship any orders to Norway until the new VAT rate is configured.",
        "We imported the data from another system last year.",  # not someone else's
        "Please delete every test account we created in the sandbox.",  # asked for
        "We have stopped using the old report; the new one is fine.",  # their choice
        "Nobody here has been trained on the reporting module yet.",
        # the review's (session 30): quiet for a reason, by choice, asked or supposed
        "No orders since Friday because we closed the shop for the holidays.",
        "Keine Buchungen seit Montag, wir haben Betriebsferien.",
        "Aucune commande depuis dimanche, c'est normal pendant l'inventaire.",
        "No sales so far in the new branch; it opens on Monday.",
        "We have stopped selling the old product line; how do we archive it?",
        "We've stopped seeing the warning banner since your fix, thanks!",
        "Nothing to do for now, thanks for the quick reply.",
        "Unser Lager steht heute, wir machen Inventur.",
        "If we can't take any orders during the migration, we'll tell our customers.",
        "We won't accept any payments in bitcoin, please remove that option.",
        "We can't issue a single refund to customers outside the EU from the app.",
        "Every ticket is rejected if it is older than 30 days; is that a setting?",
        "Does the search show results from another customer's account?",
        "I deleted every test record as planned.",
        "Alle Testdaten wurden wie geplant gelöscht.",
        "No one has been paid a bonus yet, which is expected.",
        "The bank rejected one payment because of a typo in the IBAN.",
    ],
)
def test_near_misses_are_not_critical(text: str) -> None:
    assert level(text, Category.FEATURE_GAP) is not C


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    "unit",
    ["no orders ", "someone else's ", "deleted every ", "unable to any ", "nothing from "],
)
def test_200_kb_of_near_misses_is_read_in_bounded_time(unit: str) -> None:
    assert level(unit * (200_000 // len(unit))) in Severity


@pytest.mark.parametrize(
    ("items", "count", "levels"),
    [
        (ITEMS, 160, {s.value for s in Severity}),
        (ITEMS_2, 120, {"high", "medium"}),
    ],
)
def test_the_blind_sentences_are_well_formed(
    items: list[tuple[str, str, str, str, str]], count: int, levels: set[str]
) -> None:
    """bench/severity_sentences_data*.py: every label a defs-1 value, the counts and levels
    each batch was written for, the four languages (bench/severity_sentences.py scores them)."""
    categories = {c.value for c in Category}
    assert len(items) == count
    for text, category, severity, lang, why in items:
        assert text and why and lang in {"en", "de", "fr", "es"}
        assert category in categories and severity in levels
    assert {severity for _, _, severity, _, _ in items} == levels
    assert {lang for _, _, _, lang, _ in items} == {"en", "de", "fr", "es"}
