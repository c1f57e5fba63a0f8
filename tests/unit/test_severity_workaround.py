"""Severity from what a problem costs the customer (issue 18, session 30).

eval_set_e's severity was 65 %: its misses were defs-1 sentences no rule read. A broken
function redone by hand every day ("moving stops by hand every evening") is the painful
workaround of high; a date the customer names for a fix or a meeting that decides ("the
owners' quarterly review is on Thursday 12 March", "Am 20. März kommt unser Steuerprüfer")
is a hard deadline; an outage "(fixed now)" is over, not critical; two users are not "many";
and a company called "Suministros" had its orders read as "vanished" (Portuguese "sumiu").
The sentences are written for this test from defs-1, not copied from an evaluation thread.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

C, H, M = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM
PD, FG = Category.PRODUCT_DEFECT, Category.FEATURE_GAP


def level(text: str, category: Category = PD, note: str = "") -> Severity:
    return suggest_severity(note, text, category).value


DAILY_BY_HAND = [
    "Our planners move the stops by hand every evening since the release.",
    "Reception corrects each booking by hand.",
    "We are relabelling by hand, about 400 parcels a day.",
    "Nous corrigeons chaque réservation à la main.",
    "Wir tragen die Termine jeden Tag von Hand nach.",
    "Cada pedido lo corregimos a mano.",
]


@pytest.mark.parametrize("text", DAILY_BY_HAND)
def test_a_defect_redone_by_hand_every_day_is_high(text: str) -> None:
    assert level("The totals are wrong since the update. " + text) is H


@pytest.mark.parametrize(
    "text",
    [
        # weekly, not daily: a workaround with no deadline (eval_set_b's medium)
        "Managers correct the 12 affected shifts each week by hand.",
        "We fix it by hand now and then.",
        # by hand, but no recurrence said
        "For now we correct the totals by hand.",
    ],
)
def test_an_occasional_or_weekly_chore_stays_medium(text: str) -> None:
    assert level("The totals are wrong since the update. " + text) is M


def test_a_missing_feature_worked_around_daily_stays_medium() -> None:
    """defs-1: "a missing feature that matters" is medium, however often it is worked
    around; the daily chore is high only for something broken."""
    text = "Could you add recurring shifts? Today we enter them by hand every day."
    assert level(text, FG) is M


@pytest.mark.parametrize(
    "text",
    [
        "I want a fix and an explanation by Friday 1 May.",
        "Wir erwarten eine Lösung bis 15. Juni.",
        "Our board votes the budget on 4 December and I need a corrected quote before that date.",
        "Notre conseil vote le budget le 4 décembre.",
        "We need the corrected export by the end of the month.",
        "Il nous faut une correction avant la fin du mois.",
        "Am 20. März kommt unser Steuerprüfer, und die Übersicht ist unvollständig.",
        "On 3 May the auditors arrive and the export is still blank.",
    ],
)
def test_a_dated_demand_or_meeting_is_a_hard_deadline(text: str) -> None:
    assert level(text) is H


@pytest.mark.parametrize(
    "text",
    [
        "I am a bit worried about how this will look to our auditors.",  # no date
        "We want to understand the charge, nothing more.",  # a want without a date
        "Please send the corrected invoice; we review invoices every quarter.",
        # the review's (session 30): a wish or a visit with a date, a routine meeting
        "Esperamos verles antes del viernes en la feria.",
        "Our quarterly business review with them is on 12 March.",
        "The board meeting is on 4 May, unrelated.",
        "Nach Prüfung der Logs am Dienstag melden wir uns.",
        "Guten Morgen Herr Weber, ist die Prüfung schon durch?",
        "Our accountant files the tax returns on 31 January anyway.",
    ],
)
def test_without_a_date_a_meeting_or_a_want_is_no_deadline(text: str) -> None:
    assert level(text, Category.COMMERCIAL_DISPUTE) is M


@pytest.mark.parametrize(
    "text",
    [
        "No rush at all, we'd just want the new logo in the header by Friday.",
        "I expect to hear from you by Monday, but no hurry.",
    ],
)
def test_a_wish_with_a_date_and_no_rush_is_low(text: str) -> None:
    assert level(text) is Severity.LOW


@pytest.mark.parametrize(
    "note",
    [
        "Greystone: want a credit note for the 11-12 March outage (fixed now).",
        "Lakeside: no status update during Saturday's 3h outage (now over).",
        "Harbour: the outage is resolved now; they ask for a root cause.",
    ],
)
def test_an_outage_said_to_be_over_is_not_critical(note: str) -> None:
    assert level("Please explain what happened.", Category.SERVICE_FAILURE, note) is not C


def test_an_outage_going_on_is_still_critical() -> None:
    assert level("We are in the middle of an outage, nobody can log in.") is C


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PDF button is missing for 2 users with the same rights.", M),
        ("The export fails for 3 users in finance.", H),  # "fails" is high on its own
        ("Reports are empty for 40 users since Monday.", H),
        ("Reports are empty for 1,200 users since Monday.", H),
        ("Reports are empty for 7 users since Monday.", H),
    ],
)
def test_two_or_three_users_are_not_many(text: str, expected: Severity) -> None:
    assert level(text) is expected


def test_a_company_name_is_not_data_that_vanished() -> None:
    """ "sumi" (Portuguese "sumiu", vanished) matched the start of "Suministros", so a
    supplier's name beside "orders" read as data lost: critical."""
    note = "Suministros Levante: purchase orders over 15 lines reach suppliers incomplete."
    assert level("Splitting the orders works for now.", note=note) is not C
    assert level("Os dados sumiram do sistema.") is C


def test_a_count_of_use_is_not_users_hit() -> None:
    text = "The renewal invoice bills 150 seats, but only 90 users logged in this year."
    assert level(text, Category.COMMERCIAL_DISPUTE) is M


@pytest.mark.parametrize(
    "text",
    [
        "Votre consultant ne s'est pas présenté aux deux derniers ateliers.",
        "Your trainer missed the last two workshops without a word.",
        "Ihr Berater ist zu zwei Schulungen nicht erschienen.",
    ],
)
def test_sessions_our_people_missed_twice_are_high(text: str) -> None:
    """defs-1: "our people failed the customer repeatedly" is high (eval_set_b dev)."""
    assert level(text, Category.SERVICE_FAILURE) is H


def test_two_sessions_planned_are_no_failure() -> None:
    assert level("We have two workshops planned in May.", Category.SERVICE_FAILURE) is M


def test_seats_in_use_are_not_users_hit() -> None:
    text = "We have 41 active users; the extra 23 seats were for a clinic we closed."
    assert level(text, Category.COMMERCIAL_DISPUTE) is M


@pytest.mark.parametrize(
    "text",
    [
        "El sábado escribimos tres veces al chat de soporte sin respuesta.",
        "Nous avons relancé trois fois votre équipe.",
        "Wir haben schon dreimal angerufen, ohne Antwort.",
    ],
)
def test_a_customer_who_chased_three_times_is_high_in_every_language(text: str) -> None:
    assert level(text, Category.SERVICE_FAILURE) is H


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around 600 invoices have gone out to patients with the wrong total.", H),
        ("About 250 bookings were priced wrongly at the adult rate.", H),
        ("600 facturas salieron con el IVA incorrecto.", H),
        # volume, not items hit; a year is no count (the review's)
        ("We send about 600 invoices a month; could you add our logo?", M),
        ("We have 450 students enrolled; could you add a field?", M),
        ("Please resend the 2023 invoices with the new address.", M),
        ("Two invoices show the wrong total.", M),
        ("All 12 bookings show the wrong rounding.", M),
    ],
)
def test_many_of_the_customers_own_items_hit_are_high(text: str, expected: Severity) -> None:
    assert level(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We have been bought by Verdant; I must show what we get from you before the review"
         " in December.", H),
        ("We have been bought by Verdant; all contracts are under review.", M),
        ("Our usage fell; the review in December will look at it.", M),  # nothing shifted
    ],
)  # fmt: skip
def test_a_new_owners_dated_review_is_the_renewal_named(text: str, expected: Severity) -> None:
    """defs-1: a relationship at risk is high when the renewal is named and something
    shifted; a dated review of the contracts by a new owner is that renewal."""
    assert level(text, Category.RELATIONSHIP_AT_RISK) is expected


# The review's (session 30): sentences with the new patterns' words that must not move.
NOT_MOVED = [
    # a routine, a duration, a weekly chore, an option, the past
    ("We check each order by hand anyway as part of our normal QA.", PD, M),
    ("It took us half a day to re-enter them by hand, all fine now.", PD, M),
    ("Once a week our manager corrects each shift by hand.", PD, M),
    ("Before 4.2 we had to correct every invoice by hand; now only the logo is off.", PD, M),
    ("Each order can also be released manually.", PD, M),
    # an outage still going on, or "fixed" in another sense
    ("Outage since 6am, not fixed yet, nobody can log in.", PD, C),
    ("The security incident has not been resolved.", PD, C),
    ("La panne totale n'est toujours pas résolue.", PD, C),
    ("Outage at all our sites, fixed IP addresses no longer resolve.", PD, C),
    # users hit, whatever the count says around them
    ("150 users were logged out mid-shift.", PD, H),
    ("800 active users see the wrong prices.", PD, H),
    # sessions held, planned or cancelled by the customer
    ("The last two workshops were really useful, thanks.", Category.SERVICE_FAILURE, M),
    ("We cancelled two sessions ourselves.", Category.SERVICE_FAILURE, M),
    ("We had to cancel the workshop due to meetings.", Category.SERVICE_FAILURE, M),
    # software that writes or calls three times is no customer chasing us
    ("Esta función se llama tres veces.", PD, M),
    ("Le webhook appelle notre serveur plusieurs fois.", PD, M),
    ("Der Import hat den Datensatz dreimal geschrieben.", PD, M),
    # a review as a verb, with a date
    ("New owners since January. Could we review the usage report on Monday?",
     Category.RELATIONSHIP_AT_RISK, M),
    # vanished, in Italian and Portuguese
    ("I dati spariscono dopo il salvataggio.", PD, C),
    ("Os dados estão sumindo do sistema.", PD, C),
]  # fmt: skip


@pytest.mark.parametrize(("text", "category", "expected"), NOT_MOVED)
def test_the_reviews_near_misses_keep_their_level(
    text: str, category: Category, expected: Severity
) -> None:
    assert level(text, category) is expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Every single day we have to fix the stock levels manually.", PD),
        ("Wir korrigieren täglich händisch die Bestände.", PD),
        ("Hemos escrito varias veces sin respuesta.", Category.SERVICE_FAILURE),
        ("Nous vous avons écrit à trois reprises.", Category.SERVICE_FAILURE),
        ("Ihr Berater ist zu den beiden letzten Terminen nicht erschienen.",
         Category.SERVICE_FAILURE),
        ("Your consultant missed both onboarding sessions.", Category.SERVICE_FAILURE),
        ("This is the second workshop in a row he skipped.", Category.SERVICE_FAILURE),
        ("We were acquired in May and our new owner will decide at the December review.",
         Category.RELATIONSHIP_AT_RISK),
    ],
)  # fmt: skip
def test_the_reviews_paraphrases_are_high(text: str, category: Category) -> None:
    assert level(text, category) is H


@pytest.mark.timeout(30)
@pytest.mark.parametrize("unit", ["1,", "1.", "1,000,", "12 "])
def test_a_long_run_of_digits_is_read_in_bounded_time(unit: str) -> None:
    """The user count read "1,1,1,..." from every digit: 200 s on 200 KB (before this
    session too). It reads each run once now (about 1 s)."""
    assert level(unit * (200_000 // len(unit))) in Severity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said to do no harm (bench/severity_sentences.py's lows, in other words)
        ("The logo is a pixel off in the footer. Just letting you know.", Severity.LOW),
        ("The start-up message shows an error, but everything works.", Severity.LOW),
        ("Der Tooltip ist abgeschnitten, stört uns kaum.", Severity.LOW),
        ("El icono sale torcido, no nos afecta.", Severity.LOW),
        # a deadline in a compound or a fiscal close, a workaround on paper every day
        ("Die Meldung läuft nicht, die Abgabefrist ist der 10. April.", H),
        ("El cierre fiscal es el viernes y el informe no cuadra.", H),
        ("Our nurses redo the rota on paper every day since the update.", H),
        # a payment term or a notice period is no deadline at risk (the review's)
        ("Kurze Frage zur Zahlungsfrist auf Ihrer Rechnung.", Severity.LOW),
        ("Wie lang ist die Kündigungsfrist? Reine Info-Frage.", M),
        # one named colleague unable to do something is not many users
        ("One of our accountants can't open the VAT report; the others can.", M),
    ],
)
def test_more_ways_of_saying_a_level(text: str, expected: Severity) -> None:
    assert level(text) is expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # their own customers put right one by one (bench/severity_sentences_data_2.py's
        # highs, in other words)
        ("The invoices went out with last month's prices; we are calling each client to"
         " correct them.", PD),
        ("Die Erinnerungen hatten das falsche Datum, wir rufen die Kunden jetzt einzeln an.", PD),
        ("Nous écrivons aux adhérents un par un pour corriger le solde.", PD),
        # a launch they will have to move; a go-live, an opening or a filing bound to a date
        ("If the login is not fixed, we will have to postpone the launch.", PD),
        ("Am 3. März geht unser Portal live und der Import scheitert.", PD),
        ("Abrimos la nueva tienda el 1 de octubre y la caja no imprime tickets.", PD),
        ("La declaración de IVA vence el 20 de julio y el informe duplica facturas.", PD),
        # our people failing again, said in other words
        ("We had three check-ins booked and your manager missed them all.",
         Category.SERVICE_FAILURE),
        ("Das Ticket wurde zweimal ohne Antwort geschlossen.", Category.SERVICE_FAILURE),
    ],
)  # fmt: skip
def test_plain_words_for_high(text: str, category: Category) -> None:
    assert level(text, category) is H


@pytest.mark.parametrize(
    "text",
    [
        "Langsam nervt es, dass wir jeden Anruf einzeln erklären müssen.",  # eval_set_g medium
        "We will review the tickets one by one next week.",  # no customer put right
        "The launch went well, thanks for the support.",  # nothing moved
    ],
)
def test_plain_words_that_stay_medium(text: str) -> None:
    assert level(text) is M
