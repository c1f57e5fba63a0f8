"""eval_set_g situations, part 2: a defect beside a renewal and a new head of IT, a line
stopped against a workaround found, a cosmetic flaw, and our people failing about a bug
(a ticket closed unanswered twice, a promised call back never made). Hand-written; every
label decided by hand from routing/definitions.md (defs-1) while writing, before any
drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"
SF = "service_failure"

# fmt: off
SITUATIONS_2 = (
    Situation(
        "gradebook-weights", "en", "Eastmoor Academy Trust", "eastmooracademies.org.uk",
        "Rebecca Holt|Data Manager", "Gradebook averages and our renewal", "2026-11-16",
        "The gradebook is calculating weighted averages wrongly: coursework is meant to count "
        "40% but the term averages treat it as 60%, so some pupils show a grade higher than "
        "they earned. It's affecting all four schools in the trust. Our contract is up for "
        "renewal in January and our new head of IT has just started, so I'd like this sorted "
        "before he reviews the systems.",
        "Eastmoor Academy Trust: gradebook weights coursework at 60% instead of 40% in term "
        "averages, all 4 schools; renewal in January, a new head of IT.",
        "Hi Rebecca, thanks, our developers have confirmed the weighting bug and are working on "
        "a fix.",
        PD, '"The gradebook is calculating weighted averages wrongly" (a wrong result; the '
        "renewal and the new head of IT are context, the problem to solve is the defect)",
        "wrong results in all four schools, recalculated in spreadsheets (painful workaround)",
        ("40%", "all four schools"),
        (
            Take("concerned", "high", 1,
                 "Reports go home on 11 December, and [I'm anxious that we'll send out the "
                 "wrong grades].",
                 sev_why='"Reports go home on 11 December" (a hard deadline at risk) and wrong '
                 "results in all four schools"),
            Take("threatening_churn", "high", 3,
                 "[If the averages aren't right by the renewal, I can't recommend we sign "
                 "again.]",
                 sev_why="wrong results in all four schools; the renewal made to depend on it"),
            Take("frustrated_but_patient", "high", 4,
                 "It's a nuisance recalculating in spreadsheets, but [we'll manage for now "
                 "while your developers fix it]."),
        ),
    ),
    Situation(
        "line-terminals", "en", "Brackley Precision Castings", "brackleycastings.com",
        "Owen Hartley|Production Planner", "Work orders not reaching the line terminals",
        "2026-08-24",
        "Since 06:10 this morning new work orders aren't reaching the terminals on lines 2 and "
        "3. The orders show as released in the planning screen but the terminals show an empty "
        "queue. Lines 2 and 3 have stopped; line 1 is still running on yesterday's orders.",
        "Brackley Castings: since 06:10 released work orders don't reach the terminals on "
        "lines 2 and 3; those lines have stopped.",
        "Hi Owen, we're on it: the integration team is looking at the terminal queue now.",
        PD, '"new work orders aren\'t reaching the terminals" (the product does not do what it '
        "should)",
        '"Lines 2 and 3 have stopped" (production stopped now, no workaround)',
        ("lines 2 and 3", "06:10"),
        (
            Take("concerned", "critical", 1,
                 "[We're worried we'll miss the afternoon dispatch] if this goes on much "
                 "longer."),
            Take("angry", "critical", 3,
                 "[Two hours with no fix and nobody technical on the phone is unacceptable.] "
                 "Get someone senior on this NOW."),
            Take("calm", "high", 2,
                 "Quick update: [we've found we can key the orders in at the terminal], so "
                 "lines 2 and 3 are moving again, slowly. Please keep looking.",
                 sev_why='"we can key the orders in at the terminal ... moving again, slowly" '
                 "(a painful workaround; production impaired, not stopped)"),
        ),
    ),
    Situation(
        "portal-typo", "en", "Pembury & Vale Solicitors", "pemburyvale.law",
        "Harriet Osei|Practice Support Lead", "Small thing on the client portal", "2026-07-13",
        'Small thing: since last week the client portal\'s footer reads "Registred office" '
        "instead of \"Registered office\", and the firm's name wraps onto two lines on phones. "
        "It used to look fine. Nothing is broken otherwise.",
        "Pembury & Vale: client portal footer misspelt ('Registred office') and the firm name "
        "wrapping on phones since last week.",
        "Hi Harriet, thanks for spotting it; I've logged both with the portal team.",
        PD, '"since last week the client portal\'s footer reads \\"Registred office\\" ... It '
        'used to look fine" (a small flaw in the product: a defect, however small)',
        "cosmetic: a typo and a wrapped line, nothing broken",
        ("Registred office", "on phones"),
        (
            Take("calm", "low", 1, "[Whenever you get a chance, no urgency.]"),
            Take("frustrated", "low", 2,
                 "[Honestly, it's irritating that a typo like that got through], our partners "
                 "spotted it straight away."),
            Take("concerned", "low", 3,
                 "[I'm a little concerned about how it looks to new clients], though it isn't "
                 "urgent."),
        ),
    ),
    Situation(
        "lab-ticket", "en", "Northfield Community Health", "northfieldhealth.org",
        "Samira Quinn|Pathology Systems Lead", "Ticket 58213 closed again without an answer",
        "2026-09-21",
        "Our ticket 58213 about lab results arriving without the reference ranges was closed "
        'on Friday with the note "resolved", but nobody replied to it and the results still '
        "arrive without ranges. It is the second time this ticket has been closed unanswered. "
        "The clinicians are looking the ranges up by hand in the meantime.",
        "Northfield Health: ticket 58213 (lab results without reference ranges) closed as "
        "resolved without any reply, for the second time.",
        "",
        SF, '"closed on Friday ... but nobody replied to it ... the second time this ticket has '
        'been closed unanswered" (our process failed; the lab bug is only the topic of the '
        "ticket)",
        '"the second time this ticket has been closed unanswered" (our people failed '
        "repeatedly)",
        ("58213", "reference ranges"),
        (
            Take("frustrated", "high", 3,
                 "[I'm tired of chasing a ticket that keeps getting closed on us.] Please reopen "
                 "it and have someone actually reply."),
            Take("calm", "high", 1, "[Could you have a look at why it was closed] and reopen it?"),
            Take("angry", "high", 5,
                 "[Closing a clinical ticket twice without a word is negligent, and I want a "
                 "written explanation from your support manager by Monday.]"),
        ),
    ),
    Situation(
        "rueckruf", "de", "Spedition Kranich & Söhne", "kranich-spedition.de",
        "Matthias Lindner|Disponent", "Versprochener Rückruf zum Scanner-Sync", "2026-09-28",
        "Ihr Techniker hat uns am Dienstag einen Rückruf zum Scanner-Sync-Problem zugesagt, "
        "angerufen hat aber niemand. Die Handscanner im Lager Hof übertragen die Packstücke "
        "weiterhin erst nach Stunden. Auch auf unsere Mail von Mittwoch kam keine Antwort.",
        "Kranich Spedition: our engineer promised a call back on Tuesday about the scanner "
        "sync delay at the Hof depot; no call came and Wednesday's mail is unanswered.",
        "",
        SF, '"einen Rückruf ... zugesagt, angerufen hat aber niemand ... Auch auf unsere Mail ... '
        'kam keine Antwort" (our people failed: a promised call never made, a mail unanswered; '
        "the scanner bug is the topic)",
        "our people failed twice (a call promised and not made, a mail unanswered), the "
        "scanners still delayed",
        ("Rückruf", "Lager Hof"),
        (
            Take("frustrated", "high", 2,
                 "[Wir laufen Ihnen jetzt zum dritten Mal hinterher], so kann das nicht "
                 "weitergehen."),
            Take("frustrated_but_patient", "high", 3,
                 "Ärgerlich, aber [wir arbeiten vorerst mit den Papierlisten weiter und warten "
                 "auf Ihren Anruf]."),
            Take("angry", "critical", 4,
                 "Seit heute Morgen übertragen die Scanner gar nichts mehr, das Lager Hof kann "
                 "keine Touren mehr abschließen. [Dass uns trotzdem keiner zurückruft, ist eine "
                 "Frechheit!]",
                 sev_why='"das Lager Hof kann keine Touren mehr abschließen" (work stopped now) '
                 "while nobody calls back"),
        ),
    ),
)
# fmt: on
