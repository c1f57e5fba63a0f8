"""eval_set_d situations, part 6: executive intervention (car parks, a payroll bureau, car
hire, a toy maker, a broadband provider, an events estate, bike sharing). Hand-written;
every label decided by hand from routing/definitions.md (defs-1) while writing."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

EI = "executive_intervention"
C_LEVEL = "a C-level title in a customer's signature makes any problem at least high"

# One situation reads as one block; ruff would put every field on a line of its own.
# fmt: off
SITUATIONS_6 = (
    Situation(
        "pay-by-app-weekends", "en", "Metrobay Parking Ltd", "metrobayparking.co.uk",
        "Graham Fletcher|Chief Executive Officer", "Repeated payment outages at our car parks",
        "2026-03-30",
        "I'm writing personally because this is the third weekend in a row that pay-by-app at "
        "our car parks has failed for several hours. Each time we lose revenue, and our "
        "customers get penalty notices that they then dispute with us. I'd like a call with "
        "your CEO this week.",
        "Metrobay Parking: their CEO writes about three weekend outages of pay-by-app and asks "
        "for a call with our CEO.",
        "Dear Graham, thank you for writing. Our CEO's office will be in touch today to "
        "arrange the call.",
        EI, '"Chief Executive Officer" writes: "I\'d like a call with your CEO"',
        "", ("third weekend in a row", "pay-by-app", "penalty notices"),
        (
            Take("angry", "high", 1,
                 "[Frankly, I'm appalled that nobody at your company thought to call me after "
                 "the first one.]",
                 sev_why=f"executive involvement, outages that are over; {C_LEVEL}"),
            Take("threatening_churn", "high", 3,
                 "I appreciate that. But [if it happens a fourth time, we will be terminating "
                 "the contract], and I'd like your CEO to understand that.",
                 sev_why="a churn threat and executive involvement (never critical alone)"),
            Take("frustrated", "critical", 5,
                 "And as I write this it's down again, at every site, and nothing is being "
                 "paid. [I'm tired of writing these emails.]",
                 sev_why='"it\'s down again, at every site, and nothing is being paid" '
                 "(payments stopped now)"),
        ),
    ),
    Situation(
        "bacs-file-rejected", "en", "Marsh & Lowry Payroll Services", "marshlowry.co.uk",
        "Paul Ridley|Payroll Bureau Manager", "BACS file rejected: wrong payment date",
        "2026-11-26",
        "The BACS file generated from your payroll module this morning has the wrong payment "
        "date for 212 employees across 9 client companies, and the bank rejected it. Those "
        "salaries are due tomorrow, Friday 27 November.",
        "Marsh & Lowry (payroll bureau): the BACS file from our payroll module was rejected "
        "for a wrong payment date, 212 employees; salaries due tomorrow. Their C-level is "
        "involved.",
        "Paul, engineering has the file and is generating a corrected one now; I'll call you "
        "the moment it's ready.",
        EI, "their CFO/CEO demands action (see the take's words), about a payroll defect",
        '"salaries are due tomorrow ... the bank rejected it" (payroll not going out)',
        ("212 employees", "9 client companies", "Friday 27 November"),
        (
            Take("angry", "critical", 1,
                 "[Our CFO is livid, and so am I.] She has asked me to tell you she expects a "
                 "call from your CEO today, not from support.",
                 cat_why='"Our CFO ... expects a call from your CEO today" (their C-level '
                 "demands, and asks for ours)"),
            Take("concerned", "critical", 3,
                 "I'm copying in our Chief Financial Officer, Amanda Cole, at her request. "
                 "[We're very worried about the people who won't be paid tomorrow.] Can we "
                 "get someone senior on a call within the hour?",
                 cat_why='"copying in our Chief Financial Officer ... at her request" (their '
                 "C-level copied, demanding action)"),
            Take("frustrated_but_patient", "critical", 4,
                 "Our CEO has asked to be updated every hour. [We know your engineers are on "
                 "it and we're grateful], but we need the corrected file by 2pm at the latest.",
                 cat_why='"Our CEO has asked to be updated every hour" (their CEO involved)'),
        ),
    ),
    Situation(
        "executive-sponsor", "en", "Wayfarer Car Hire", "wayfarerhire.co.uk",
        "Sunita Mehra|Chief Operating Officer", "An executive sponsor for our account",
        "2026-01-26",
        "We're growing from 14 to 30 branches this year and your fleet system sits at the "
        "centre of that. I'd like an executive sponsor on your side: someone I can speak to "
        "quarterly about the roadmap and the rollout.",
        "Wayfarer Car Hire: their COO asks for an executive sponsor ahead of growing from 14 "
        "to 30 branches.",
        "Dear Sunita, thank you, we'd be glad to. I've asked our CRO to take this on, and his "
        "office will suggest dates.",
        EI, '"Chief Operating Officer" asks: "I\'d like an executive sponsor on your side"',
        f"executive involvement; {C_LEVEL}",
        ("14 to 30 branches", "executive sponsor", "quarterly"),
        (
            Take("calm", "high", 1,
                 "[No urgency at all]; sometime in the next month or two would be ideal."),
            Take("concerned", "high", 3,
                 "Thank you. The first 8 new branches open on 1 April, and [I'm keen we don't "
                 "discover gaps the week before].",
                 account=Account(120000, "enterprise", 300, True, "GBP")),
            Take("threatening_churn", "high", 4,
                 "Three weeks and still no dates from your CRO's office. [If this is the "
                 "attention we get now, I have to ask whether you're the right partner for the "
                 "expansion.]"),
        ),
    ),
    Situation(
        "bestellungen-haengen", "de", "Holzspielwaren Engel GmbH", "engel-holzspielwaren.de",
        "Dr. Klaus Engel|Geschäftsführer", "Händlerportal: Bestellungen hängen in Prüfung",
        "2026-11-16",
        "Seit dem Wochenende bleiben im Händlerportal Bestellungen im Status \"in Prüfung\" "
        "hängen, aktuell 146 Bestellungen von Fachhändlern. Wir können sie nur einzeln von "
        "Hand freigeben, und das mitten im Weihnachtsgeschäft.",
        "Holzspielwaren Engel: their MD writes; 146 dealer orders stuck \"in review\" in the "
        "dealer portal in the Christmas trade, released by hand one by one.",
        "Sehr geehrter Herr Dr. Engel, unser Entwicklungsteam hat die Ursache gefunden; der "
        "Fix wird heute Abend eingespielt.",
        EI, 'their "Geschäftsführer" (MD, C-level) writes to demand action about a defect',
        '"nur einzeln von Hand freigeben ... mitten im Weihnachtsgeschäft" (painful '
        f"workaround); {C_LEVEL}",
        ("146 Bestellungen", "in Prüfung", "Weihnachtsgeschäft"),
        (
            Take("frustrated", "high", 3,
                 "Heute Abend heißt: noch ein Tag Handarbeit für drei Mitarbeiter. [Ich muss "
                 "schon sagen, das zehrt an den Nerven.]"),
            Take("angry", "high", 1,
                 "[Ich erwarte, dass sich Ihre Geschäftsleitung persönlich darum kümmert] — so "
                 "etwas darf im Dezember schlicht nicht passieren."),
            Take("calm", "high", 10,
                 "Danke, das klingt gut. [Melden Sie sich einfach, wenn es durch ist.]"),
        ),
    ),
    Situation(
        "api-keys-in-portal", "en", "Fibrelink Broadband", "fibrelink.net",
        "Marcus Hale|Chief Technology Officer", "Our API keys visible in your support portal",
        "2026-05-25",
        "One of my engineers found this morning that the \"recent activity\" page in your "
        "support portal shows the full API keys our integration uses, in plain text, to every "
        "user on our account, including 40 contractor logins. We've rotated the keys, but I "
        "need to know how long they were exposed and whether anyone outside Fibrelink could "
        "see them.",
        "Fibrelink Broadband: their CTO reports our support portal shows their full API keys "
        "in plain text to all their users, incl. 40 contractors.",
        "",
        EI, '"Chief Technology Officer" writes and demands answers about a security exposure',
        '"shows the full API keys ... in plain text" (a security incident)',
        ("40 contractor logins", "API keys", "recent activity"),
        (
            Take("concerned", "critical", 1,
                 "[This worries me], and I'd like to understand the scope before our own "
                 "customers start asking.",
                 account=Account(240000, "enterprise", 150, True, "GBP")),
            Take("angry", "critical", 3,
                 "Six hours and still nothing from your security team. [Putting credentials "
                 "in plain text is basic negligence], and I want a named person on this now."),
            Take("threatening_churn", "critical", 2,
                 "I've briefed our CEO. [Unless we have a full incident report by Wednesday, "
                 "we'll be starting an exit plan.]"),
        ),
    ),
    Situation(
        "echange-direction", "fr", "Domaine de Montclar", "domainedemontclar.fr",
        "Isabelle Fabre|Directrice générale", "Demande d'un échange avec votre direction",
        "2026-06-15",
        "Trois mariages ce mois-ci ont été touchés par des erreurs de votre module de "
        "réservation : deux doubles réservations de salle et un acompte perdu. Je souhaite un "
        "échange avec un membre de votre direction avant la fin du mois.",
        "Domaine de Montclar (events estate): their CEO writes after three weddings hit by "
        "booking errors; she wants a call with our leadership.",
        "Madame Fabre, merci. Notre directeur des opérations clients vous propose un échange "
        "jeudi.",
        EI, 'their "Directrice générale" (CEO) asks for "un échange avec ... votre direction"',
        f"executive involvement, errors with no outage now; {C_LEVEL}",
        ("Trois mariages", "deux doubles réservations", "acompte perdu"),
        (
            Take("frustrated", "high", 3,
                 "Jeudi, soit. [Mais je constate qu'il faut que j'écrive moi-même pour que les "
                 "choses bougent.]"),
            Take("frustrated_but_patient", "high", 1,
                 "[Je sais que ce genre de chose peut arriver, et je reste ouverte à la "
                 "discussion], mais je veux des garanties pour la haute saison."),
            Take("threatening_churn", "high", 4,
                 "[Si septembre se passe comme juin, nous changerons de prestataire.]"),
        ),
    ),
    Situation(
        "gesprek-ceo", "nl", "Trapfiets Deelfietsen B.V.", "trapfiets.nl",
        "Maarten van Dijk|CEO", "App-storingen en prijsverhoging: gesprek gewenst",
        "2026-09-28",
        "Onze app voor het ontgrendelen van de fietsen is deze maand vier keer gestoord, en "
        "tegelijk kregen we een factuur met een prijsverhoging van 18%. Ik wil op korte "
        "termijn een gesprek met jullie CEO.",
        "Trapfiets (bike sharing): their CEO writes about four app outages this month plus an "
        "18% price rise; asks for a call with our CEO.",
        "Beste Maarten, dank voor je bericht. Ons directiesecretariaat neemt vandaag contact "
        "op voor een afspraak.",
        EI, '"CEO" writes: "Ik wil ... een gesprek met jullie CEO"',
        f"executive involvement, outages that are over; {C_LEVEL}",
        ("vier keer gestoord", "18%"),
        (
            Take("calm", "high", 1,
                 "[Geen paniek], maar ik wil het graag voor het eind van het kwartaal besproken "
                 "hebben."),
            Take("angry", "high", 3,
                 "[Een prijsverhoging van 18% terwijl jullie app vier keer plat ligt, dat is "
                 "gewoon brutaal.] Ik verwacht dat die verhoging van tafel gaat."),
            Take("threatening_churn", "high", 5,
                 "[We hebben inmiddels een offerte van een andere aanbieder op tafel liggen], "
                 "dus ik hoop dat het gesprek er snel komt."),
        ),
    ),
)
