"""Category told in plain words (issue 18, session 31): a ticket nobody answered, a session
cancelled without notice, use fading, a rival tried alongside us, a page that comes up
blank, money that is the product's own data, a wish said as a preference; and sentences
sharing their words that must not move.

Written for this test from routing/definitions.md (defs-1), not copied from an evaluation
thread or a bench sentence. Before this change 18 of the 29 positives read another category
(the rest guard the same concepts said in words the rules already knew).
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category
from mailbot.drafting.rules import suggest_category

CD, FG, PD, RR, SF = (
    Category.COMMERCIAL_DISPUTE,
    Category.FEATURE_GAP,
    Category.PRODUCT_DEFECT,
    Category.RELATIONSHIP_AT_RISK,
    Category.SERVICE_FAILURE,
)

CASES = [
    # service_failure: "tickets unanswered", "missed onboarding or meetings", "SLA"
    ("We raised a ticket about the label printer ten days ago and haven't heard back.", SF),
    ("Unsere Anfrage zur Datenübernahme vom 2. März ist bis heute unbeantwortet.", SF),
    ("Personne n'a répondu à notre question sur la facturation des options.", SF),
    ("Notre contrat prévoit une réponse sous 4 heures, et rien depuis lundi.", SF),
    ("Das Ticket zum Kassenexport ist seit zwei Wochen offen, bitte kümmern Sie sich.", SF),
    ("The onboarding call on Monday was cancelled without notice; can we rebook?", SF),
    ("Der Workshop am Freitag ist ausgefallen und niemand hat uns informiert.", SF),
    ("La sesión de formación del martes se canceló sin aviso.", SF),
    ("Your colleague forgot to send the contract amendment he promised.", SF),
    ("It has been closed twice without a single reply from anyone.", SF),
    ("We have chased your support team four times about the sync job.", SF),
    # relationship_at_risk: "falling usage", "competitor evaluation", "renewal in doubt"
    ("Wir testen derzeit ein anderes Ticketsystem, unser Vertrag endet im Mai.", RR),
    ("Estamos probando otra plataforma en paralelo; la renovación es en junio.", RR),
    ("We are trialling a different CRM alongside yours. What can you offer us?", RR),
    ("Use of the planning board has fallen sharply since spring.", RR),
    ("Nos commerciaux se connectent de moins en moins à l'outil.", RR),
    ("Only about half of our licences were used last quarter.", RR),
    # product_defect: wrong, missing or empty results, whatever the money word
    ("Since Monday the booking page comes up blank for our guests.", PD),
    ("The shift report skips every entry made on the night shift.", PD),
    ("The route planner ignores the time windows we enter for each stop.", PD),
    ("El módulo contable duplica los asientos de cierre de cada mes.", PD),
    ("Les totaux du rapport TVA sont différents de ceux de la comptabilité.", PD),
    ("Since Tuesday the reminders sent automatically by the system carry the wrong date.", PD),
    ("Since the update our customers have received no invoices from the portal at all.", PD),
    # feature_gap: "lacks something", "is X planned"
    ("We can't pick a colour per project; is that planned?", FG),
    ("Your app has no dark mode, which our night staff keep asking for.", FG),
    ("Nos haría falta poder exportar los turnos a Excel.", FG),
    ("Votre outil ne gère toujours pas les acomptes en plusieurs fois.", FG),
    # commercial_dispute: "seat counts"
    ("We pay for 120 licences but only 70 people have an account.", CD),
]

COUNTERS = [
    # a crash "without warning" is the product's, not a cancelled meeting
    ("The app crashes without warning whenever we attach a photo.", PD),
    # a template duplicated on purpose is a wish, not a defect
    ("Is there a way to duplicate a template for each new school year?", FG),
    # another system named as where the data comes from, beside a defect
    ("The import from another system fails with an error every night.", PD),
    # an add-on asked for is still a gap
    ("Could you add a second approval step for large orders?", FG),
    # our bill is still a dispute
    ("Your invoice charges us for 40 seats but we have 25 users.", CD),
]


@pytest.mark.parametrize(("text", "category"), CASES + COUNTERS)
def test_category_in_plain_words(text: str, category: Category) -> None:
    got = suggest_category("", text)
    assert got.value is category, got.rationale
