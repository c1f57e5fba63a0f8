"""Severity said without stock words (issue 18, session 31): high as a dated inspection,
term or season the problem threatens, the renewal hanging on a fix, alternatives sought,
many hours lost a day re-keying; critical as lines standing, no card taken, staff not paid
today, someone else's records; and sentences sharing their words that stay lower.

Written for this test from routing/definitions.md (defs-1: "a go-live, audit or hard
deadline at risk; revenue or the renewal at risk ...; an important function broken for many
users but with a (painful) workaround"), not copied from an evaluation thread or a bench
email. Before the first round 11 of the 15 high cases read medium; before the second
(critical in everyday words, never low for a service failure or a relationship, no data lost
said outright, an audit log) 12 of its 13 cases read another level; before the third (the
fourth batch's borders: disputes escalated, service failing again, time lost daily) 13 of
its 17 cases did; before the fourth (critical said as a payroll that won't submit, people
sitting idle, results on the wrong patients, the bank file empty) 6 of its 9; before the
fifth (what a defect already cost: bookings lost, customers refunded, an authority, a third
recurrence, their director asking; the account's size is no count of people hit) 8 of its
11; the final read's "no longer" and thank-you 2 of 2.
"""

from __future__ import annotations

import pytest

from mailbot.domain import Category, Severity
from mailbot.drafting.rules import suggest_severity

PD, CD, RR, SF = (
    Category.PRODUCT_DEFECT,
    Category.COMMERCIAL_DISPUTE,
    Category.RELATIONSHIP_AT_RISK,
    Category.SERVICE_FAILURE,
)

HIGH = [
    # a dated event the problem threatens
    ("The audit log export times out. The fire inspectors visit our depot on the 21st.", PD),
    ("Der Export bricht ab. Am 9. kommt die Heimaufsicht zur Prüfung der Dokumentation.", PD),
    ("Le module d'inscription se bloque et la rentrée est le 3 septembre.", PD),
    ("The gradebook sync fails; our schools go back on 4 September.", PD),
    ("El buscador no muestra plazas. El día 20 abrimos las reservas de verano.", PD),
    ("In drei Wochen beginnt das Weihnachtsgeschäft, und der Etikettendruck hängt.", PD),
    ("Wir wollen zum 1. März alle Filialen umstellen, aber der Kassenexport fehlt.", PD),
    # the renewal hanging on it, alternatives sought
    ("Finance will not sign the renewal until the corrected invoice arrives.", CD),
    ("Nos achats ne valideront pas le renouvellement tant que l'avoir n'est pas émis.", CD),
    ("Our CFO has asked me to look for alternatives before we sign anything.", CD),
    ("Procurement asked Brightdesk for a two-year quote for the same scope.", RR),
    ("We will compare your platform with two others before the contract ends.", RR),
    # many of their people's hours lost every day
    ("Since the update the agents take 150 extra calls a day about failed payments.", PD),
    ("Our dispatchers re-key every order into the route planner each evening.", PD),
    ("Les secrétaires ressaisissent le planning le soir depuis la migration.", PD),
    # the fourth batch's borders: disputes escalated, service failed again, time lost daily
    ("We have sent the same export to support three times, each time to a new agent.", SF),
    ("This is the fourth account manager we've had this year.", SF),
    ("Our contract gives us a 4-hour first response; the ticket has waited two days.", SF),
    ("Notre contrat prévoit une première réponse sous 8 heures ouvrées.", SF),
    ("Until this is settled we won't be paying any part of the invoice.", CD),
    ("Our legal department now disputes the penalty in your invoice.", CD),
    ("Procurement asked for comparison quotes from two other vendors.", CD),
    ("Search is broken and the front desk takes dozens of calls a day about it.", PD),
    ("Each planner now loses two hours a day rebuilding rotas.", PD),
    ("La app tarda más de un minuto en cargar cada parada.", PD),
    ("Die Rechnungen müssen bis zum 5. bei unseren Kunden sein, der Versand hängt.", PD),
    ("L'édition plante et les conseils de classe commencent le 9 décembre.", PD),
    ("The sync lags by hours. The forecast call is on Thursday; need it fixed by then.", PD),
    ("The forms failed yesterday and our enrolment open day is this Saturday.", PD),
    # the fifth batch's borders: what the defect already cost them
    ("The widget shows rooms as sold out; we lost about 30 bookings last weekend.", PD),
    ("We oversold 18 items overnight and had to refund every one of those customers.", PD),
    ("In einer Filiale war wegen der falschen Preise schon das Ordnungsamt da.", PD),
    ("Our biggest customer pointed us to the contract penalty for late deliveries.", PD),
    ("Third time now: the stock sync stopped again overnight.", PD),
    ("Unser Geschäftsführer hat mich gestern gefragt, wann das behoben ist.", PD),
    ("Si vuelve a pasar, nos cambiamos de plataforma.", PD),
    # "no longer" and a thank-you do not say the matter is fine
    ("The export no longer works, and our auditors arrive on Friday the 9th.", PD),
    ("Thank you for looking into this before our launch on 3 May.", PD),
    # a working workaround does not undo what is at stake
    ("The export fails; re-running it works, but our auditors arrive on Friday the 9th.", PD),
]

MEDIUM = [
    # a meeting with a date is routine, an opened chat is no opening
    ("The export is slow. Our quarterly review with you is on 12 March, by the way.", PD),
    ("El lunes abrimos una consulta en el chat y todavía no nos han contestado.", PD),
    # a wish for another option, a quote asked for ourselves
    ("Could you send us a quote for ten more seats for the new office?", CD),
    # a re-key once, in the past
    ("We re-keyed the three missing orders last week; it all looks fine now.", PD),
    # lawyers as the customer's own staff, a charge "twice" as a fact, a PO to correct
    ("Our lawyers can open the files again but the preview is slow.", PD),
    ("We were charged twice for March; could you refund the second charge?", CD),
    ("Could you resend the invoice with PO 8120 on it?", CD),
    # the account's size, or a share of it, is no count of people hit
    ("We have about 1,200 employees; two of them see the wrong time zone in exports.", PD),
    ("Tenemos unos 120 usuarios y a cuatro no les llegan las notificaciones.", PD),
    ("Search ignores apostrophes; about 3 of our 200 users have mentioned it.", PD),
    # a workaround said to work, with nothing at stake (defs-1 medium)
    (
        "Photo uploads fail on the first try about one time in five; the second try always works.",
        PD,
    ),
    ("Der Export bricht manchmal mit einem Timeout ab; beim zweiten Versuch klappt es.", PD),
    # a refund asked of us for one charge is a dispute's medium, not harm done
    ("Please refund the duplicate charge from March to our card.", CD),
    # our people failing or the relationship itself is never "minor" (defs-1: one missed
    # meeting, one wrongly closed ticket, falling usage with no threat are medium)
    ("Just a heads-up: nobody from your side joined our check-in yesterday.", SF),
    ("Quick question: why was my ticket closed without an answer?", SF),
    ("FYI, logins from our Leeds office have dropped since they moved.", RR),
]

CRITICAL = [
    # harm now, in everyday words
    ("Since 6 am both lines stand: the machines cannot fetch any work orders.", PD),
    ("Beide Linien stehen, und 40 Leute warten in der Halle.", PD),
    ("None of the handheld scanners in our two warehouses can log in this morning.", PD),
    ("Ninguna de nuestras 12 tiendas puede cobrar con tarjeta desde las diez.", PD),
    ("The file won't generate and our bank needs it to pay 600 employees today.", PD),
    ("A manager saw another company's employee directory with home addresses.", PD),
    ("Des adhérents ont reçu les factures d'autres adhérents ce matin.", PD),
    ("After the sync, about 2,000 bookings for next week vanished from the calendar.", PD),
    ("Today's payroll run won't submit and the bank's cut-off is at four.", PD),
    ("No one in our call centre has been able to log in since eight: 90 agents sitting idle.", PD),
    ("Seit heute früh ordnet die Software Befunde den falschen Patienten zu.", PD),
    ("Aucune de nos pharmacies ne peut délivrer d'ordonnance depuis ce matin.", PD),
    ("Tous les dossiers modifiés depuis lundi ont disparu de notre espace.", PD),
    ("Las nóminas llevan el nombre y el sueldo de otro trabajador.", PD),
    ("Desde anoche no se generan las remesas de cobro y hoy es día 1.", PD),
]

NOT_CRITICAL = [
    # an outage that is over with nothing lost; an audit log is no audit
    ("For an hour nobody could load the queue; it came back and no data was lost.", PD),
    ("The audit log export skips the mobile entries.", PD),
    # a correct assignment, an empty report, a payroll that ran
    ("We assigned the results to the wrong folder by mistake and moved them back.", PD),
    ("The payroll ran fine; only the PDF payslip logo is blurry.", PD),
]


READINGS = (
    [(t, c, Severity.HIGH) for t, c in HIGH]
    + [(t, c, Severity.MEDIUM) for t, c in MEDIUM]
    + [(t, c, Severity.CRITICAL) for t, c in CRITICAL]
)


@pytest.mark.parametrize(("text", "category", "level"), READINGS)
def test_level_in_plain_words(text: str, category: Category, level: Severity) -> None:
    got = suggest_severity("", text, category)
    assert got.value is level, got.rationale


@pytest.mark.parametrize(("text", "category"), NOT_CRITICAL)
def test_not_critical_in_similar_words(text: str, category: Category) -> None:
    got = suggest_severity("", text, category)
    assert got.value is not Severity.CRITICAL, got.rationale
