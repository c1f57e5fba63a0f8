"""eval_set_e situations, part 3: service failures (a defect's ticket closed unanswered,
training cancelled again, no status updates) and commercial disputes with a technical
trigger. Hand-written; every label decided by hand from routing/definitions.md (defs-1)."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

SF = "service_failure"
CD = "commercial_dispute"

# fmt: off
SITUATIONS_3 = (
    Situation(
        "ticket-closed-sync", "en", "Oakridge Veterinary Partners", "oakridgevets.com",
        "Priya Nair|Operations Manager", "Ticket 48213 closed without an answer", "2026-03-02",
        "We need an answer on ticket 48213. We reported that lab results from the analyser "
        "stop syncing to patient records after midnight, and the ticket was closed on Friday "
        "as 'resolved' without a single reply. Nobody asked us anything, and the sync "
        "problem is still there.",
        "Oakridge Vets: ticket 48213 (lab results not syncing after midnight) closed as "
        "resolved without a reply; still happening.",
        "Sorry Priya, I've reopened 48213 and asked support for a named owner today.",
        SF, '"the ticket was closed on Friday as \'resolved\' without a single reply" (a '
        "ticket closed without an answer; the defect is only its topic)",
        "", ("48213", "after midnight"),
        (
            Take("frustrated", "medium", 1,
                 "[Honestly, it's frustrating] to have to write again about something we "
                 "already reported.",
                 sev_why="one ticket closed without an answer (medium per defs-1)"),
            Take("frustrated", "high", 3,
                 "This is the second time one of our tickets has been closed without an "
                 "answer. [I'm tired of chasing.]",
                 sev_why='"the second time" (our people failed repeatedly)'),
            Take("angry", "high", 5,
                 "Reopened, and still not a word after four days. [Closing a ticket without "
                 "answering is unprofessional], and leaving it again afterwards is worse.",
                 sev_why="closed unanswered, then left unanswered again (failed repeatedly)"),
        ),
    ),
    Situation(
        "schulung-abgesagt", "de", "Pflegedienst Herzog GmbH", "pflegedienst-herzog.de",
        "Thomas Albers|Teamleitung Verwaltung", "Schulung erneut abgesagt", "2026-01-26",
        "Die Einführungsschulung für unsere 12 Pflegekräfte wurde von Ihrem Trainer jetzt zum "
        "zweiten Mal kurzfristig abgesagt, diesmal eine Stunde vorher. Das Team hatte sich "
        "extra den Nachmittag freigehalten. Wir brauchen einen verbindlichen neuen Termin.",
        "Pflegedienst Herzog: onboarding training cancelled by our trainer for the second "
        "time, an hour before.",
        "Hallo Herr Albers, das tut mir leid; ich kläre heute einen festen Termin mit dem "
        "Trainingsteam.",
        SF, '"wurde von Ihrem Trainer jetzt zum zweiten Mal kurzfristig abgesagt" (a session '
        "cancelled by our people)",
        '"zum zweiten Mal" (our people failed the customer repeatedly)',
        ("12 Pflegekräfte", "zum zweiten Mal"),
        (
            Take("frustrated_but_patient", "high", 3,
                 "Ärgerlich ist es schon. [Wir machen trotzdem gern mit Ihnen weiter], aber "
                 "der nächste Termin muss stehen."),
            Take("frustrated", "high", 1,
                 "[Das ist wirklich ärgerlich], wir planen unsere Dienste um Ihre Termine "
                 "herum."),
            Take("angry", "high", 4,
                 "[Das ist eine Zumutung und völlig unprofessionell.] Ich erwarte bis Freitag "
                 "eine Entschuldigung und einen festen Termin."),
        ),
    ),
    Situation(
        "no-status-updates", "en", "Lakeside Ticketing Co", "lakesideticketing.com",
        "Ben Castellano|Head of Customer Operations", "No updates during Saturday's outage",
        "2026-06-08",
        "During Saturday's outage your status page said 'all systems operational' for over "
        "three hours while our box office couldn't sell a ticket, and our support ticket got "
        "no update until Sunday. The outage itself is over; what we need to understand is "
        "why we heard nothing from you.",
        "Lakeside Ticketing: status page green and no ticket update during Saturday's 3h+ "
        "outage (now over).",
        "Hi Ben, I'm sorry; I've asked our incident team for a written report for you.",
        SF, '"your status page said \'all systems operational\' ... our support ticket got '
        'no update until Sunday" (no status updates: our process failed)',
        "", ("three hours", "status page"),
        (
            Take("frustrated", "medium", 1,
                 "[It's frustrating] to hear about it from our customers before we hear "
                 "from you.",
                 sev_why="an outage that is over; one failure to update, no deadline"),
            Take("frustrated_but_patient", "medium", 3,
                 "[We'll give you the chance to put it right], but we do want that written "
                 "report.",
                 sev_why="an outage that is over; one failure to update, no deadline"),
            Take("threatening_churn", "high", 3,
                 "[Another weekend like that and we'll be taking our box office elsewhere.]",
                 sev_why="a churn threat puts the renewal at risk"),
        ),
    ),
    Situation(
        "credit-after-outage", "en", "Greystone Property Management", "greystonepm.co.uk",
        "Alicia Brennan|Finance Manager", "Credit for March", "2026-03-16",
        "Your platform was down for most of 11 and 12 March and our tenants couldn't log "
        "maintenance requests. That's fixed now, thank you. We'd like a credit note for those "
        "two days on the March invoice, INV-2026-0311, which we haven't paid yet.",
        "Greystone PM: want a credit note on the March invoice for the 11-12 March outage "
        "(fixed now).",
        "Hi Alicia, I've asked finance about a credit and will confirm this week.",
        CD, '"We\'d like a credit note for those two days on the March invoice" (money: the '
        "outage, now over, is only the reason)",
        "", ("INV-2026-0311", "11 and 12 March"),
        (
            Take("calm", "medium", 1,
                 "[No rush], we'll hold the invoice until we hear back.",
                 sev_why="a billing request without a deadline"),
            Take("frustrated", "medium", 3,
                 "It's been two weeks since you said 'this week'. [I'm getting tired of "
                 "asking.]",
                 sev_why="a billing dispute without a deadline"),
            Take("threatening_churn", "high", 3,
                 "If you won't credit two days we couldn't use the system, [we'll think hard "
                 "about renewing in June].",
                 sev_why="a churn threat puts the renewal at risk"),
        ),
    ),
    Situation(
        "licences-auto", "fr", "Groupe Hôtelier Valmont", "valmont-hotels.fr",
        "Julien Marchand|Contrôleur de gestion", "14 licences facturées en trop", "2026-04-13",
        "Votre outil a créé automatiquement 14 licences quand nous avons synchronisé "
        "l'annuaire le 2 avril, et la facture d'avril nous les facture toutes : 3 360 €. Ce "
        "sont des comptes de stagiaires qui ne se connectent jamais. Nous demandons un avoir "
        "et la suppression de ces licences.",
        "Valmont hotels: directory sync auto-created 14 seats, billed EUR 3,360 on the April "
        "invoice; want a credit note and the seats removed.",
        "Bonjour Julien, j'ai transmis à la facturation ; nous revenons vers vous sous 48 h.",
        CD, '"la facture d\'avril nous les facture toutes ... Nous demandons un avoir" (seat '
        "count and invoice; the sync is only the trigger)",
        "", ("14 licences", "3 360 €", "2 avril"),
        (
            Take("calm", "medium", 1,
                 "[Merci d'avance], je reste disponible si vous avez besoin de détails.",
                 sev_why="a billing dispute without a deadline"),
            Take("frustrated", "high", 5,
                 "Toujours rien. [C'est la troisième relance], et la facture arrive à "
                 "échéance le 30 avril.",
                 sev_why='"la troisième relance" (chased three times) and a dated due date'),
            Take("angry", "medium", 4,
                 "[Facturer des comptes que votre propre outil a créés, c'est "
                 "inadmissible.] Je veux cet avoir rapidement.",
                 sev_why="a billing dispute without a business deadline"),
        ),
    ),
    Situation(
        "subida-precio", "es", "Distribuciones Ribera S.L.", "distribucionesribera.es",
        "Alberto Serrano|Responsable de compras", "Subida del 12% en la renovación",
        "2026-05-04",
        "Hemos recibido la propuesta de renovación con una subida del 12% sobre la tarifa "
        "actual, sin ningún cambio en el servicio. Queremos entender el motivo y negociar las "
        "condiciones antes de firmar.",
        "Distribuciones Ribera: renewal quote with a 12% price rise; they want to negotiate.",
        "Hola Alberto, te preparo el detalle de la tarifa y lo vemos en una llamada.",
        CD, '"una subida del 12% sobre la tarifa actual ... negociar las condiciones" (a '
        "price rise at renewal)",
        "", ("12%", "propuesta de renovación"),
        (
            Take("calm", "medium", 1,
                 "[Quedamos a la espera de vuestra explicación.]",
                 sev_why="a price dispute without a deadline"),
            Take("threatening_churn", "high", 3,
                 "Con esta subida [estamos mirando otras opciones] y tenemos la demo de otro "
                 "proveedor el jueves 14 de mayo.",
                 sev_why="a competitor demo booked: the renewal at risk"),
            Take("frustrated", "high", 3,
                 "He puesto en copia a nuestra directora financiera, Elena Ruiz (CFO), que "
                 "pide hablar con vuestro director general esta semana. [Nos parece una "
                 "subida injustificada y estamos molestos.]",
                 sev_why="their CFO copied, ours asked for (executive involvement)",
                 category="executive_intervention",
                 cat_why='"He puesto en copia a nuestra directora financiera ... (CFO), que '
                 'pide hablar con vuestro director general" (their C-level copied to demand '
                 "action, asking for our CEO)"),
        ),
    ),
)
# fmt: on
