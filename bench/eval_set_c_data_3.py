"""eval_set_c situations, part 3: service failures (labels by hand from defs-1, blind).

Borderline on purpose: ``p1-response-sla`` is an outage that is over, where the complaint
is our support's missed response time (service_failure, high), except in the take whose CSM
note names it a product defect (the note wins for category); ``ticket-closed`` has a
product fault underneath but the thread is about the ticket; one ``qbr-no-show`` take has
the CSM's "Sev 2" above what the thread alone would give.
"""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PART_3 = (
    Situation(
        "onboarding-no-show", "en", "Ashford Rovers Football Club", "ashfordrovers.co.uk",
        "Nicola Hart|Club Secretary", "Onboarding session missed again", "2026-07-06",
        "For the second time, your onboarding trainer didn't turn up for our session (booked "
        "for Thursday 2 July, 18:30, at the clubhouse). 25 volunteer coaches had come in after "
        "work for it. The first session on 23 June was cancelled by your side an hour before. "
        "Our season starts on 8 August and the coaches need to be using the registration app "
        "by then.",
        "Ashford Rovers: our trainer no-showed their onboarding twice. Season starts 8 Aug.",
        "I'm sorry - I've rebooked the session for 9 July with our team lead, Dev Patel, who "
        "will run it in person.",
        "service_failure", "\"your onboarding trainer didn't turn up for our session\": missed "
        "onboarding",
        '"For the second time" and "Our season starts on 8 August": our people failed '
        "repeatedly, a deadline at risk",
        ("2 July", "25 volunteer coaches", "8 August", "23 June"),
        (Take("frustrated", "high", 1,
              "[Honestly, this is really annoying.] Please tell me who I can rely on to "
              "actually show up."),
         Take("angry", "high", 3,
              "[Twice your people have wasted the evenings of 25 volunteers. That's not "
              "acceptable!] I want written confirmation that Dev will be there, and a named "
              "backup."),
         Take("frustrated_but_patient", "high", 5,
              "It's been a rough start and the coaches were grumbling. [We'll give the 9 July "
              "session a go and take it from there.]")),
    ),
    Situation(
        "ticket-closed", "de", "Hopfenwerk Brauerei GmbH", "hopfenwerk.de",
        "Stefan Maier|IT-Leiter", "Ticket #48213 ohne Antwort geschlossen", "2026-03-02",
        "unser Ticket #48213 zum Etikettendruck wurde am 26. Februar als „gelöst“ geschlossen, "
        "ohne dass uns jemand geantwortet hat. Das Problem besteht weiterhin: auf jedem zehnten "
        "Etikett fehlt die Chargennummer. Wir drucken die betroffenen Etiketten derzeit einzeln "
        "nach.",
        "Hopfenwerk's ticket #48213 was closed without an answer - our miss. Please reopen and "
        "route it.",
        "",
        "service_failure", '"wurde ... als „gelöst“ geschlossen, ohne dass uns jemand '
        'geantwortet hat"; the CSM: "closed without an answer - our miss"',
        '"Wir drucken die betroffenen Etiketten derzeit einzeln nach": one wrongly closed '
        "ticket, with a workaround",
        ("#48213", "26. Februar", "jedem zehnten Etikett"),
        (Take("frustrated_but_patient", "medium", 1,
              "[Vermutlich war das nur ein Versehen, wir helfen gern mit weiteren Details]; "
              "können Sie das Ticket bitte wieder öffnen?"),
         Take("frustrated", "medium", 2,
              "[Ich finde das ehrlich gesagt ziemlich ärgerlich]: man meldet sauber einen "
              "Fehler, und dann wird das Ticket einfach zugemacht."),
         Take("angry", "high", 3,
              "Das ist jetzt das zweite Ticket in diesem Monat, das Sie ohne Antwort schließen! "
              "[Das ist eine Frechheit.] Ich erwarte, dass sich heute noch jemand meldet, der "
              "das Problem wirklich bearbeitet.",
              sev_why='"das zweite Ticket in diesem Monat, das Sie ohne Antwort schließen": our '
              "people failed repeatedly")),
    ),
    Situation(
        "p1-response-sla", "en", "Polar Freight Logistics", "polarfreight.eu",
        "Magnus Lindqvist|Operations Director",
        "P1 ticket unanswered for 6 hours during last night's outage", "2026-11-10",
        "Last night between 01:10 and 01:50 your tracking platform was unavailable. The outage "
        "itself was short and our reefer alarms came back once it ended. The problem is the "
        "response: our P1 ticket PF-2291 was opened at 01:14 and the first reply came at 07:20, "
        "six hours later, while our contract says 30 minutes for P1. Our night shift had no "
        "information at all.",
        "Polar Freight: the outage last night was only 40 min, but support answered their P1 "
        "after 6h (SLA is 30 min).",
        "I've raised the missed response time with our support lead and will send you an "
        "incident report by Friday.",
        "service_failure", '"the first reply came at 07:20, six hours later, while our contract '
        'says 30 minutes for P1": an SLA breach by our support; the outage itself is over',
        '"six hours later, while our contract says 30 minutes": unanswered past a contractual '
        "response time; the outage is over, so not critical",
        ("PF-2291", "30 minutes", "01:10", "six hours"),
        (Take("frustrated", "high", 2,
              "[If this is how P1 works, I'll be taking it to your management and reviewing the "
              "SLA terms with our procurement team.]"),
         Take("angry", "high", 4,
              "[Your support left a cold-chain operator blind for six hours. That is "
              "unacceptable], and I want the service credits under the contract calculated and "
              "confirmed this week!"),
         Take("frustrated_but_patient", "high", 1,
              "[We'd still like to work this through with you calmly], so please send us the "
              "escalation path for night-time P1s.",
              note="Polar Freight: tracking outage last night 01:10-01:50. Logging it as a "
              "product defect; support was also slow to respond.",
              category="product_defect",
              cat_why='the CSM\'s note names the type ("Logging it as a product defect"), which '
              "defs-1 says to follow")),
    ),
    Situation(
        "no-status-updates", "fr", "Opéra Municipal de Valmont", "opera-valmont.fr",
        "Hélène Garnier|Responsable billetterie", "Aucune nouvelle depuis deux jours (INC-7734)",
        "2026-10-19",
        "depuis l'incident de lundi sur l'envoi des e-billets (référence INC-7734), nous "
        "n'avons reçu aucune information : la page de statut indique toujours « en cours "
        "d'analyse » et personne ne nous a recontactés malgré deux relances par téléphone. Les "
        "e-billets partent à nouveau depuis mardi matin, mais nous devons expliquer à 430 "
        "spectateurs pourquoi leur billet est arrivé en retard.",
        "Valmont: e-ticket incident INC-7734 is fixed on the product side but they've had no "
        "update from us in 2 days despite 2 calls.",
        "",
        "service_failure", '"nous n\'avons reçu aucune information ... personne ne nous a '
        'recontactés": no status updates',
        '"malgré deux relances par téléphone": our people failed the customer repeatedly',
        ("INC-7734", "430 spectateurs", "deux relances"),
        (Take("frustrated_but_patient", "high", 1,
              "C'est pénible, je ne vous le cache pas. [Nous restons bien sûr disponibles pour "
              "faire le point dès que vous aurez des éléments.]"),
         Take("frustrated", "high", 2,
              "[Troisième relance, toujours rien. C'est vraiment exaspérant.]"),
         Take("threatening_churn", "high", 3,
              "[Si c'est ainsi que vous gérez un incident, nous étudierons d'autres solutions de "
              "billetterie avant le renouvellement de juin.]")),
    ),
    Situation(
        "validation-docs", "it", "Farmaceutici Ardesia S.p.A.", "ardesiapharma.it",
        "Chiara Bellini|Responsabile Convalida", "Documentazione IQ/OQ non consegnata",
        "2026-05-11",
        "la documentazione di convalida IQ/OQ per il modulo di gestione lotti, che il vostro "
        "team ci aveva promesso per il 20 aprile, non è ancora arrivata. Senza questi documenti "
        "non possiamo chiudere il fascicolo per l'ispezione AIFA del 12 giugno.",
        "Ardesia: our PS team promised IQ/OQ validation docs for 20 April, still not delivered; "
        "AIFA inspection on 12 June.",
        "Mi scuso per il ritardo: il team servizi professionali consegnerà la bozza IQ entro "
        "venerdì 22 maggio e la OQ la settimana successiva.",
        "service_failure", '"che il vostro team ci aveva promesso per il 20 aprile, non è ancora '
        'arrivata": our people failed',
        '"l\'ispezione AIFA del 12 giugno": an audit deadline at risk',
        ("IQ/OQ", "20 aprile", "12 giugno", "AIFA"),
        (Take("frustrated_but_patient", "high", 1,
              "[Capiamo che abbiate molte richieste e restiamo disponibili a lavorare con voi], "
              "ma ci serve almeno una settimana per la revisione interna prima dell'ispezione."),
         Take("frustrated", "high", 3,
              "[Vi ho già scritto tre volte e ogni volta la data si sposta: sinceramente sono "
              "stufa di rincorrervi.]"),
         Take("angry", "high", 7,
              "[È inaccettabile che un fornitore qualificato ci lasci senza documenti a un mese "
              "da un'ispezione.] Pretendo un piano di consegna scritto entro domani!")),
    ),
    Situation(
        "tournament-chat", "es", "Sol Gaming Club", "solgaming.es",
        "Álvaro Ruiz|Responsable de Torneos", "Nadie respondió al chat de soporte durante la final",
        "2026-04-06",
        "el sábado, durante la final de la Liga Sol, escribimos tres veces al chat de soporte "
        "(a las 17:05, 17:40 y 18:20) porque el panel de inscripción no dejaba validar a dos "
        "equipos. Nadie contestó. Al final lo resolvimos nosotros validándolos a mano en la base "
        "de datos. El acuerdo de soporte incluye atención en directo los fines de semana de "
        "torneo.",
        "Sol Gaming: nobody answered support chat 3 times during their final on Saturday; "
        "weekend live support is in their contract.",
        "Hemos revisado el turno del sábado: el chat no estaba asignado por un error de "
        "planificación. Os enviaré el análisis completo el jueves.",
        "service_failure", '"escribimos tres veces al chat de soporte ... Nadie contestó": our '
        "support failed; the registration problem itself was worked around",
        '"El acuerdo de soporte incluye atención en directo": unanswered past a contractual '
        "response time, three times",
        ("Liga Sol", "17:05", "tres veces"),
        (Take("angry", "high", 2,
              "[Es una vergüenza que en la final no hubiera nadie de vuestro equipo.] Quiero "
              "saber quién tenía el turno y qué vais a hacer para compensarlo."),
         Take("threatening_churn", "high", 5,
              "[Con la Copa de otoño en octubre, o nos dais garantías por escrito o buscamos "
              "otra plataforma.]"),
         Take("frustrated", "high", 3,
              "[Es muy frustrante pagar por soporte en directo y tener que arreglarlo nosotros.] "
              "Espero el análisis el jueves sin falta.")),
    ),
    Situation(
        "qbr-no-show", "en", "Westmere Growers Co-operative", "westmeregrowers.coop",
        "Rachel Adeyemi|Operations Manager", "Our QBR yesterday - nobody joined", "2026-06-22",
        "We had our quarterly business review booked for yesterday at 14:00 (invite from your "
        "side, 'Westmere QBR Q2'). Three of us dialled in and waited 20 minutes; nobody from "
        "your team joined and we got no message. We wanted to go through the harvest-season "
        "rollout for the 38 member farms.",
        "Westmere: we missed their QBR yesterday. Apologised; need to rebook.",
        "My apologies, that was a calendar mix-up on my side. Could we do Thursday 25 June at "
        "14:00 instead?",
        "service_failure", '"nobody from your team joined and we got no message": a missed '
        "meeting",
        '"We had our quarterly business review booked for yesterday": one missed meeting, no '
        "deadline",
        ("14:00", "Westmere QBR Q2", "38 member farms"),
        (Take("frustrated_but_patient", "medium", 1,
              "A bit disappointing, I won't pretend otherwise. [Happy to rebook though; send "
              "us a couple of slots.]"),
         Take("frustrated_but_patient", "medium", 3,
              "Thursday works, thanks. [These things happen; let's just make sure the harvest "
              "plan is agreed by the end of June.]"),
         Take("frustrated", "high", 4,
              "Rebooked twice now and I'm still chasing a confirmed time. [This is getting "
              "really annoying.]",
              plevel="Sev 2", sev_why='the CSM wrote "Sev 2", which wins for severity')),
    ),
)  # fmt: skip
