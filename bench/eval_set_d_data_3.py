"""eval_set_d situations, part 3: service failures (HVAC engineers, recruitment, a water
company, a cleaning contractor, escape rooms, student housing, a glassworks). Hand-written;
every label decided by hand from routing/definitions.md (defs-1) while writing."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

SF = "service_failure"

# One situation reads as one block; ruff would put every field on a line of its own.
# fmt: off
SITUATIONS_3 = (
    Situation(
        "trainer-no-show", "en", "Coldstream Climate Services", "coldstreamclimate.co.uk",
        "Martin Doyle|Service Operations Manager", "Engineer app training: trainer didn't turn up",
        "2026-02-04",
        "We had 18 field engineers in the depot on Tuesday morning for the mobile app training "
        "your onboarding team booked. Nobody arrived and nobody called. We sent them back out "
        "at 10:30, so that's half a day of 18 engineers' time gone. Booking reference ONB-3307.",
        "Coldstream Climate (HVAC): our trainer didn't show for the onboarding session "
        "(ONB-3307) with 18 engineers waiting.",
        "Martin, I'm sorry, that shouldn't have happened. I've asked the onboarding lead to "
        "rebook and to call you today.",
        SF, '"Nobody arrived and nobody called" (a session missed by our people)',
        "", ("18 field engineers", "ONB-3307", "10:30"),
        (
            Take("frustrated_but_patient", "medium", 3,
                 "Thanks for the apology. [These things happen and we're happy to rebook] — "
                 "just please make sure someone actually turns up next time.",
                 sev_why="one missed session, being rebooked, no deadline"),
            Take("frustrated", "high", 5,
                 "Second time now: the rebooked session on Thursday was moved at the last "
                 "minute as well. [I'm running out of ways to explain this to my engineers.]",
                 sev_why='"Second time now" (our people failed them repeatedly)'),
            Take("angry", "high", 2,
                 "And to add: [I want to know who is responsible for this and what you intend "
                 "to do about the cost of half a day of 18 engineers' time.] We go live on 2 "
                 "March and at this rate they won't have had any training.",
                 sev_why='"We go live on 2 March" (a go-live at risk)'),
        ),
    ),
    Situation(
        "ticket-closed-unanswered", "en", "Talentbridge Recruitment", "talentbridge.co.uk",
        "Kerry Walsh|Head of Recruitment Operations", "Ticket closed without a reply",
        "2026-03-09",
        "Our ticket about candidate CVs not attaching to job applications (CS-88412) was "
        "closed on Friday as \"resolved\". Nobody replied to it and nothing has changed: our "
        "consultants are still asking candidates to email their CVs separately.",
        "Talentbridge Recruitment: support closed CS-88412 (CVs not attaching) as resolved "
        "without replying; the bug is still there.",
        "Kerry, I've reopened CS-88412 and asked the support lead to review why it was closed.",
        SF, '"closed on Friday as \\"resolved\\". Nobody replied to it" (a ticket closed without '
        "an answer)",
        "", ("CS-88412", "closed on Friday"),
        (
            Take("frustrated", "high", 3,
                 "Reopened is a start. [But it's a bit much to have to fight just to get a "
                 "ticket read.] Can someone now actually look at the CV problem?",
                 sev_why="one wrongly closed ticket (medium), raised one level by the account: "
                 "strategic", account=Account(96000, "enterprise", 210, True, "GBP")),
            Take("frustrated_but_patient", "medium", 1,
                 "We've got a workaround with the separate emails, so [we can bear with it a "
                 "while longer], but I'd like a proper reply this time.",
                 sev_why='"We\'ve got a workaround with the separate emails", no deadline',
                 note="Talentbridge: CVs don't attach to job applications (CS-88412) and support "
                 "closed the ticket without an answer. Treat as a product defect: the bug is what "
                 "they need fixed.",
                 category="product_defect",
                 cat_why='the CSM\'s note "Treat as a product defect"; "CVs not attaching to job '
                 'applications"'),
            Take("threatening_churn", "high", 4,
                 "This is the third ticket this year that's been closed on us without an answer. "
                 "[At this point we're questioning whether renewing makes sense.]",
                 sev_why='"the third ticket this year ... closed ... without an answer" '
                 "(repeated failure) and a churn threat"),
        ),
    ),
    Situation(
        "p1-weekend-response", "en", "Wenmoor Water Services", "wenmoorwater.co.uk",
        "Alistair Moore|Head of Digital Operations", "No response to our P1 on Saturday",
        "2026-06-22",
        "On Saturday our field crews' job app stopped syncing from 05:40 to 09:15, during a "
        "burst main on Tavistock Road. We raised a P1 at 05:52 (INC-20417). The contract says "
        "30 minutes to respond to a P1; the first reply came at 10:04, after it had recovered "
        "on its own.",
        "Wenmoor Water: P1 INC-20417 on Saturday, first response after four hours against a "
        "30-minute SLA. The sync outage itself is over.",
        "Alistair, we've started a review of the weekend on-call rota and will send you the "
        "findings by Friday.",
        SF, '"The contract says 30 minutes to respond ... the first reply came at 10:04" (an '
        "SLA breach; the outage is over)",
        '"30 minutes to respond ... first reply came at 10:04" (past a contractual response '
        "time; the outage is over, so not critical)",
        ("INC-20417", "05:52", "30 minutes", "10:04"),
        (
            Take("angry", "high", 3,
                 "A review is the least you can do. [Four hours with no response during a live "
                 "incident is indefensible], and I expect the service credits in the contract "
                 "to be applied without us having to ask."),
            Take("frustrated", "high", 1,
                 "I've raised weekend cover twice before. [I'm not going to keep chasing this] — "
                 "I'd like the on-call rota and the escalation path in writing."),
            Take("threatening_churn", "high", 20,
                 "We run critical infrastructure. [If we can't rely on weekend cover, we'll go "
                 "back out to market when the contract ends in March.]"),
        ),
    ),
    Situation(
        "aucune-nouvelle", "fr", "Éclat Services Propreté", "eclat-proprete.fr",
        "Karim Benali|Responsable planification",
        "Incident planning : aucune nouvelle depuis mardi",
        "2026-09-10",
        "Mardi, une partie des plannings de nos agents d'entretien s'est affichée en double "
        "dans l'application (ticket 55160). Votre support nous a dit qu'une équipe s'en "
        "occupait et qu'on aurait un point le lendemain. Depuis, plus rien : pas de mail, pas "
        "d'appel, et la page de statut n'a jamais mentionné l'incident.",
        "Éclat Services (cleaning contractor): no status updates since Tuesday on ticket "
        "55160, despite the follow-up promised for the next day.",
        "",
        SF, '"Depuis, plus rien ... la page de statut n\'a jamais mentionné l\'incident" (no '
        "status updates)",
        "", ("ticket 55160", "page de statut"),
        (
            Take("frustrated", "medium", 1,
                 "Je relance donc ici. [C'est agaçant de devoir courir après les "
                 "informations] : nos chefs d'équipe me demandent chaque matin où on en est.",
                 sev_why='the CSM\'s explicit "Medium urgency"; one missed follow-up',
                 plevel="Medium urgency"),
            Take("angry", "high", 4,
                 "Cinq jours sans un mot, et c'est ma troisième relance. [C'est inadmissible "
                 "pour un contrat de ce niveau] et j'exige un interlocuteur nommé et un point "
                 "quotidien jusqu'à la résolution.",
                 sev_why='"Cinq jours sans un mot, et c\'est ma troisième relance" (chased three '
                 "times, failed repeatedly)"),
            Take("frustrated_but_patient", "medium", 2,
                 "Je sais que vos équipes sont sûrement très prises, [je ne vous en veux pas], "
                 "mais un simple mot pour dire où vous en êtes nous aiderait beaucoup.",
                 sev_why="one missed follow-up, no deadline"),
        ),
    ),
    Situation(
        "grabacion-formacion", "es", "Enigma Escape Rooms", "enigmaescape.es",
        "Alba Rivas|Coordinadora de Reservas", "La grabación de la formación", "2026-11-02",
        "En la formación online del día 26 vuestra formadora quedó en mandarnos la grabación "
        "y la guía en PDF para el personal nuevo. Todavía no la tenemos; ¿nos la podéis "
        "reenviar? Es el caso 7741.",
        "Enigma Escape Rooms: the training recording and PDF guide our trainer promised on the "
        "26th never arrived (case 7741).",
        "Hola Alba, disculpa, se nos pasó. Te la mando en cuanto la localice.",
        SF, '"vuestra formadora quedó en mandarnos la grabación ... Todavía no la tenemos" (our '
        "people did not do what they promised)",
        "", ("caso 7741", "grabación", "día 26"),
        (
            Take("calm", "low", 1,
                 "[Sin prisa ninguna], el personal nuevo no empieza hasta enero.",
                 sev_why='"el personal nuevo no empieza hasta enero" (a minor slip, no rush)'),
            Take("frustrated", "medium", 3,
                 "Gracias, pero [es la segunda vez que os la pido y sigue sin llegar].",
                 sev_why="a second request for the same thing, no deadline"),
            Take("angry", "high", 5,
                 "Tres semanas y tres correos después, nada. [¡¡Es una tomadura de pelo!!] "
                 "Quiero la grabación hoy y que alguien me explique qué pasa con vuestro "
                 "soporte.",
                 sev_why='"Tres semanas y tres correos después" (chased three times)'),
        ),
    ),
    Situation(
        "review-cancelled-again", "en", "Quadrant Student Living", "quadrantliving.co.uk",
        "Tom Ashworth|Resident Services Manager", "Our quarterly review, cancelled again",
        "2026-10-05",
        "Our quarterly review was cancelled by your side for the second time running, the day "
        "before, by calendar notification only. We also never got the usage report we were "
        "promised in July. We've now had three account managers in a year, and each time "
        "we've started from scratch.",
        "Quadrant Student Living: we cancelled their QBR again (second time), the usage report "
        "promised in July never came, third account manager in a year.",
        "Tom, apologies. I'm your account manager from this month; I'd like to rebook the "
        "review for next week and bring the usage report with me.",
        SF, '"cancelled by your side for the second time running ... never got the usage '
        'report" (missed meetings, our process failed)',
        '"for the second time running", "three account managers in a year" (our people '
        "failed them repeatedly)",
        ("three account managers", "second time running", "usage report"),
        (
            Take("frustrated_but_patient", "high", 3,
                 "Thanks, and welcome. [Happy to give it another go with you], but please "
                 "understand we're a bit weary of starting over."),
            Take("frustrated", "high", 1,
                 "[Honestly, I've lost count of the handovers.] Every new person asks us the "
                 "same questions."),
            Take("threatening_churn", "high", 16,
                 "We're reviewing our suppliers ahead of the new academic year and [I can't "
                 "put my hand on my heart and say we'll renew]."),
        ),
    ),
    Situation(
        "migrationstermin", "de", "Glashütte Lindenhof GmbH", "glashuette-lindenhof.de",
        "Stefan Pohl|Leiter IT", "Datenmigration: vereinbarter Termin nicht gehalten",
        "2026-08-10",
        "Ihr Migrationsteam hatte zugesagt, die Artikelstammdaten (rund 12.000 Artikel) bis "
        "zum 7. August aus unserem Altsystem zu übernehmen. Der Termin ist verstrichen, ohne "
        "dass sich jemand bei uns gemeldet hat. Unser Go-live ist für den 1. September "
        "geplant.",
        "Glashütte Lindenhof: our migration team missed the agreed 7 August date for their "
        "item master data; their go-live is 1 September.",
        "Herr Pohl, es tut mir leid. Die Migration startet am Montag, ich schicke Ihnen heute "
        "noch den neuen Zeitplan.",
        SF, '"Der Termin ist verstrichen, ohne dass sich jemand bei uns gemeldet hat" (our '
        "people missed the agreed date)",
        '"Unser Go-live ist für den 1. September geplant" (a go-live at risk)',
        ("12.000 Artikel", "7. August", "1. September"),
        (
            Take("frustrated_but_patient", "high", 3,
                 "Danke für den neuen Zeitplan. [Wir ziehen mit und halten die Kollegen "
                 "bereit], aber der 1. September darf nicht wackeln."),
            Take("threatening_churn", "high", 5,
                 "Wenn der Go-live platzt, [werden wir den Vertrag nicht verlängern, das sage "
                 "ich Ihnen ganz offen]."),
            Take("frustrated", "high", 14,
                 "Inzwischen ist es das dritte Mal, dass ein Termin nicht gehalten wird. [Ich "
                 "bin es leid, ständig hinterherzutelefonieren.]"),
        ),
    ),
)
