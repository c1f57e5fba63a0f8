"""eval_set_h situations, part 3: a gap (a wine distributor's excise fields) and our
people's or process's failures (an insurance broker's ticket closed unanswered, training
sessions missed before a coworking opening, a bus operator's response time, a translation
agency's unanswered ticket). Hand-written; every label decided by hand from
routing/definitions.md (defs-1) while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

FG = "feature_gap"
SF = "service_failure"

# fmt: off
SITUATIONS_3 = (
    Situation(
        "impuestos-especiales", "es", "Vinoteca Cárdenas Distribución", "vinotecacardenas.es",
        "Álvaro Rubio|Jefe de logística", "Datos de impuestos especiales en los albaranes",
        "2026-11-04",
        "Queríamos saber si el módulo de albaranes admite los datos de impuestos especiales: el "
        "código CAE del depósito y la graduación de cada vino. Ahora mismo no hay campos para "
        "eso y los añadimos a mano en el PDF antes de enviarlo. Movemos unos 1.200 albaranes al "
        "mes. ¿Está previsto en la hoja de ruta?",
        "Vinoteca Cárdenas (wine distributor): the delivery-note module has no fields for "
        "excise data (CAE code, alcohol %); they add them by hand on ~1,200 notes a month and "
        "ask if it's planned.",
        "Hola Álvaro, gracias. Hoy no existen esos campos; lo consulto con producto y te digo.",
        FG, '"Ahora mismo no hay campos para eso ... ¿Está previsto en la hoja de ruta?" '
        "(something the product lacks)",
        "a question about a missing feature, with a manual workaround",
        ("código CAE", "1.200 albaranes"),
        (
            Take("calm", "low", 1, "[No corre prisa; de momento lo apañamos a mano.]"),
            Take("concerned", "high", 2,
                 "Nuestra gestoría dice que a partir del 1 de enero la aduana va a revisar estos "
                 "datos en cada envío. [Me preocupa llegar a esa fecha rellenándolo todo a "
                 "mano.]",
                 sev_why='"a partir del 1 de enero" (a compliance date at risk)'),
            Take("frustrated_but_patient", "medium", 3,
                 "Es un engorro y llevamos meses así, [pero seguiremos con el apaño mientras lo "
                 "estudiáis].",
                 sev_why="a missing feature that matters, a manual workaround, no deadline"),
        ),
    ),
    Situation(
        "ticket-48213", "en", "Ashcombe Insurance Brokers", "ashcombebrokers.co.uk",
        "Eleanor Pike|Systems Manager", "Ticket 48213 closed without a reply", "2026-11-10",
        "On 19 October I raised ticket 48213 because the renewal letter templates drop the "
        "policyholder's second address line. I heard nothing for three weeks, and this morning "
        "the ticket was marked 'resolved' with no message and no change. The letters still "
        "come out wrong, so we are fixing them in Word before posting.",
        "Ashcombe Insurance Brokers: their ticket 48213 sat three weeks without a reply, then "
        "was closed as resolved with no answer; the letters are still wrong.",
        "",
        SF, '"I heard nothing for three weeks, and this morning the ticket was marked '
        "'resolved' with no message\" (a ticket unanswered and closed without an answer)",
        "one ticket unanswered and closed without an answer, the letters fixed by hand",
        ("ticket 48213", "19 October"),
        (
            Take("frustrated_but_patient", "medium", 2,
                 "I appreciate things get missed. [Could someone reopen it? We'll keep fixing "
                 "the letters by hand until then.]"),
            Take("frustrated", "high", 3,
                 "I reopened it on Friday and it has been closed again, for the second time, "
                 "still with no reply. [I'm getting tired of chasing this.]",
                 sev_why='"closed again, for the second time" (our process failed repeatedly)'),
            Take("angry", "high", 4,
                 "Closed a second time without a word. [That is a failure on your part, plain "
                 "and simple, and I expect a named person to own this ticket from today.]",
                 sev_why='"Closed a second time" (our process failed repeatedly)'),
        ),
    ),
    Situation(
        "trainer-no-show", "en", "Commonplace Workspaces", "commonplace.work",
        "Tomasz Wilk|Head of Member Experience", "Training sessions for the Leeds opening",
        "2026-11-23",
        "We booked two staff training sessions with your team ahead of the Leeds site opening "
        "on 7 December. The first, on 16 November, didn't happen: nobody from your side joined "
        "the call. The replacement on 20 November was cancelled by your trainer an hour "
        "before. Our 12 front-desk staff still haven't been shown the visitor and meeting-room "
        "modules.",
        "Commonplace Workspaces: our trainer missed one session and cancelled the rebooked one "
        "before their Leeds opening on 7 Dec; 12 front-desk staff not trained yet.",
        "Hi Tomasz, I'm sorry about this. I'm arranging a new session with a different trainer "
        "and will confirm a date tomorrow.",
        SF, '"nobody from your side joined the call ... cancelled by your trainer an hour before" '
        "(sessions missed by our people)",
        'missed twice, with "the Leeds site opening on 7 December" at risk',
        ("7 December", "12 front-desk staff"),
        (
            Take("concerned", "high", 1,
                 "[I'm anxious that we'll open with a team that has never used the system.] Can "
                 "we get a date this week?"),
            Take("angry", "high", 3,
                 "[Two sessions dropped by your people is unacceptable], and I need a confirmed "
                 "trainer and date by tomorrow."),
            Take("threatening_churn", "high", 5,
                 "We're days away from opening and still nothing is confirmed. [If this is the "
                 "support we can expect, we'll be looking at other providers before our renewal "
                 "in March.]"),
        ),
    ),
    Situation(
        "delai-sla", "fr", "Autocars Bréhat Mobilités", "brehat-mobilites.fr",
        "Nathalie Guérin|Responsable exploitation",
        "Délai de réponse sur l'incident du 24 novembre", "2026-11-26",
        "Mardi 24 novembre à 5 h, l'application d'affectation des conducteurs a été en panne "
        "pendant près de trois heures. Nous avons ouvert un ticket en priorité urgente à 5 h 10 "
        "; la première réponse de votre support est arrivée à 14 h, soit neuf heures plus tard, "
        "alors que notre contrat prévoit une prise en charge sous une heure. Pendant ce temps, "
        "nos régulateurs ont appelé les 85 conducteurs un par un.",
        "Bréhat Mobilités (bus operator): during the 24 Nov outage the ticket they opened at "
        "5:10 got a first reply after 9 hours; their contract says one hour.",
        "Bonjour Nathalie, nous sommes désolés de ce délai ; j'ai demandé une analyse de "
        "l'incident et du traitement du ticket.",
        SF, '"la première réponse de votre support est arrivée à 14 h, soit neuf heures plus '
        'tard, alors que notre contrat prévoit une prise en charge sous une heure" (an SLA '
        "breach)",
        "unanswered past the contractual response time (SLA); the outage itself is over",
        ("neuf heures plus tard", "85 conducteurs"),
        (
            Take("frustrated_but_patient", "high", 1,
                 "La matinée a été très dure pour nos régulateurs. [Nous savons que l'incident "
                 "a fini par être réglé et nous continuons à travailler avec vous], mais il nous "
                 "faut un engagement sur les délais."),
            Take("frustrated", "high", 2,
                 "[C'est la deuxième fois cette année que le délai n'est pas tenu et je commence "
                 "à perdre patience.] Je voudrais qu'on revoie ensemble les conditions du SLA.",
                 sev_why='unanswered past the SLA, "la deuxième fois cette année" (repeated)'),
            Take("angry", "critical", 3,
                 "Rebelote ce matin : l'application est de nouveau en panne depuis 5 h, 40 "
                 "services ne sont pas affectés et des bus ne sont pas sortis du dépôt. Toujours "
                 "aucune réponse au ticket ouvert à 5 h 05. [C'est inadmissible, appelez-moi "
                 "immédiatement !]",
                 sev_why='"de nouveau en panne depuis 5 h ... des bus ne sont pas sortis du '
                 'dépôt" (operations stopped now, our support silent again)',
                 cat_why='"Toujours aucune réponse au ticket" on top of the SLA breach (a defect '
                 "named as the topic of a ticket nobody answered is the service's failure)"),
        ),
    ),
    Situation(
        "glosario", "es", "Traducciones Alba Lingua", "albalingua.es",
        "Beatriz Soler|Coordinadora de proyectos", "Incidencia sin respuesta: importación de "
        "glosarios", "2026-11-18",
        "El 6 de noviembre abrimos la incidencia 77451 porque al importar glosarios en formato "
        "TBX se pierden las tildes de los términos en francés y portugués. Desde entonces no "
        "hemos tenido ninguna respuesta, ni siquiera el acuse automático. Mientras tanto "
        "corregimos los términos a mano después de cada importación.",
        "Alba Lingua (translation agency): ticket 77451 about glossary imports (accents lost) "
        "opened on 6 Nov, no reply at all since.",
        "",
        SF, '"Desde entonces no hemos tenido ninguna respuesta, ni siquiera el acuse automático" '
        "(a ticket unanswered; the defect is the topic of a ticket nobody answered)",
        "one ticket unanswered, with a manual workaround and no deadline",
        ("incidencia 77451", "6 de noviembre"),
        (
            Take("calm", "medium", 1, "[¿Me podéis decir en qué punto está?] Gracias."),
            Take("frustrated_but_patient", "medium", 3,
                 "Entiendo que tendréis mucho volumen y [seguimos corrigiendo a mano mientras "
                 "tanto], pero nos vendría bien al menos una respuesta."),
            Take("frustrated", "high", 4,
                 "[Es la tercera vez que escribo por la misma incidencia y seguimos sin saber "
                 "nada.] ¿Hay alguien ahí?",
                 sev_why='"la tercera vez que escribo" (chased three times: our people failed '
                 "repeatedly)"),
        ),
    ),
)
# fmt: on
