"""eval_set_d situations, part 4: commercial disputes (car dealerships, a publisher, caterers,
an events venue, an industrial laundry, a radio station, coffee roasters, opticians).
Hand-written; every label decided by hand from routing/definitions.md (defs-1)."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

CD = "commercial_dispute"

# One situation reads as one block; ruff would put every field on a line of its own.
# fmt: off
SITUATIONS_4 = (
    Situation(
        "api-overage", "en", "Redfern Motor Group", "redfernmotors.co.uk",
        "Priyanka Shah|Group Finance Manager", "Overage charges on the March invoice",
        "2026-04-06",
        "Our March invoice INV-2026-0331 includes £2,340 of \"usage overage\" for API calls. "
        "Our contract has an allowance of 500,000 calls a month and your own dashboard shows "
        "we used 412,000. Could you explain how the overage was calculated?",
        "Redfern Motor Group (car dealerships): £2,340 API overage on INV-2026-0331, though "
        "their dashboard shows 412k of a 500k allowance.",
        "Thanks Priyanka, I've asked billing to check the overage calculation on "
        "INV-2026-0331.",
        CD, '"£2,340 of \\"usage overage\\" ... Could you explain how the overage was '
        'calculated?" (an invoice dispute)',
        "", ("INV-2026-0331", "£2,340", "500,000 calls", "412,000"),
        (
            Take("calm", "medium", 1,
                 "[It may well be a misunderstanding on my part], so no great urgency; a quick "
                 "explanation would do.",
                 sev_why="a billing question about £2,340, no deadline"),
            Take("frustrated", "high", 4,
                 "Our month-end close is on Thursday 30 April and I can't sign off payables "
                 "with a charge I can't explain. [This has been sitting with billing for three "
                 "weeks now.]",
                 sev_why='the CSM\'s explicit "Priority: high"; "month-end close is on Thursday '
                 '30 April"', plevel="Priority: high"),
            Take("angry", "medium", 3,
                 "[I'm not paying for calls we didn't make, full stop.] Cancel the overage and "
                 "reissue the invoice, please.",
                 sev_why="a billing dispute without a deadline"),
        ),
    ),
    Situation(
        "renewal-uplift", "en", "Inkwell Press", "inkwellpress.co.uk",
        "Harriet Doyle|Operations Manager", "Renewal quote: 22% increase", "2026-05-11",
        "We've received the renewal quote Q-7719 for the editorial workflow licences and it's "
        "22% up on this year, from £18,400 to £22,450, with no change in seats or modules. "
        "Nobody mentioned a price rise at our last review.",
        "Inkwell Press (publisher): renewal quote Q-7719 is up 22% with the same seats and "
        "modules.",
        "Hi Harriet, the increase reflects our new list prices from this year. I've asked "
        "whether we can phase it.",
        CD, '"renewal quote Q-7719 ... 22% up ... with no change in seats" (a price rise)',
        "", ("Q-7719", "22%", "£18,400", "£22,450"),
        (
            Take("concerned", "medium", 3,
                 "Thanks. Our budget for next year is already set, so [I'm a bit anxious about "
                 "how we'd absorb this]. A phased increase would certainly help.",
                 sev_why="a price dispute without a deadline (the account's renewal is 200 "
                 "days out)", account=Account(18400, "smb", 200, currency="GBP")),
            Take("threatening_churn", "high", 5,
                 "Phasing doesn't change the fact that it's 22% more for exactly the same "
                 "thing. [At that price we'd be foolish not to see what else is out there.]",
                 sev_why="a churn threat puts the renewal at risk"),
            Take("frustrated", "medium", 1,
                 "[It's a bit rich to spring this on us at renewal] without a word beforehand. "
                 "I'd like to understand the reasoning.",
                 sev_why="a price dispute without a deadline"),
        ),
    ),
    Situation(
        "charged-in-sterling", "en", "Saffron & Sage Catering", "saffronandsage.ie",
        "Niamh Byrne|Finance Lead", "Charged in sterling instead of euro", "2026-07-13",
        "Since we moved to annual billing, our card was charged £6,120 instead of the €7,200 "
        "in our order form, and our bank added a foreign transaction fee of €198. We're an "
        "Irish company and our contract is in euro. Invoice 40-11872.",
        "Saffron & Sage Catering: billed in GBP instead of EUR on invoice 40-11872; their bank "
        "charged €198 in FX fees.",
        "Hi Niamh, billing confirms the currency was set wrongly on your account. They'll "
        "refund the charge and re-bill in euro.",
        CD, '"charged £6,120 instead of the €7,200 in our order form" (a wrong charge, refund)',
        "", ("£6,120", "€7,200", "€198", "40-11872"),
        (
            Take("frustrated_but_patient", "medium", 3,
                 "Thanks for sorting it. [Happy to wait a week or so for the refund], as long "
                 "as the €198 fee is covered too.",
                 sev_why="a refund under way, no deadline"),
            Take("calm", "medium", 1,
                 "[Grand, whenever you get a chance] — could you just confirm whether the bank "
                 "fee will be refunded as well?",
                 sev_why="a billing error of several thousand euro, no deadline"),
            Take("angry", "high", 6,
                 "It's been three weeks since \"they'll refund\". [We're a small business and "
                 "you've had seven thousand euro of ours sitting with you, it's just not on.] "
                 "I need the refund before our payroll on the 28th.",
                 sev_why='"before our payroll on the 28th" (a dated deadline that matters)'),
        ),
    ),
    Situation(
        "licences-removed", "en", "Riverside Hall Events", "riversidehall.co.uk",
        "Ben Okoro|Venue Operations Manager", "Staff licences removed mid-event", "2026-08-28",
        "At 7pm tonight, halfway through a 400-guest wedding, 32 of our staff were logged out "
        "of the bar and cloakroom tills. The app says their licences were removed. Your "
        "finance team emailed last week about \"aligning the seat count with the new plan\"; "
        "we never agreed to fewer seats. We're taking cash only, with paper tickets, right now.",
        "Riverside Hall Events: our finance team cut their seat count to the new plan, and 32 "
        "staff lost their till licences mid-event tonight.",
        "",
        CD, '"aligning the seat count with the new plan ... we never agreed to fewer seats" '
        "(a seat-count dispute; the outage follows from it)",
        '"32 of our staff were logged out of the ... tills", "cash only ... right now" '
        "(payments stopped now)",
        ("32 of our staff", "400-guest", "7pm"),
        (
            Take("angry", "critical", 1,
                 "[Who on earth decided to cut our licences on a Friday night without asking?] "
                 "Put them back now and we'll argue about the plan on Monday."),
            Take("concerned", "critical", 2,
                 "Update: still no tills. [I'm really worried about the bar takings tonight] "
                 "and we have two more events tomorrow. Could someone restore the seats while "
                 "we sort out the plan?"),
            Take("frustrated", "critical", 3,
                 "Third email tonight and still nobody on the phone. [This is beyond "
                 "frustrating.]", plevel="Urgent, P1"),
        ),
    ),
    Situation(
        "rechnungsanschrift", "de", "Großwäscherei Albers GmbH", "waescherei-albers.de",
        "Jana Hinrichs|Buchhaltung", "Rechnungen mit alter Firmierung", "2026-02-16",
        "Seit der Umfirmierung im Januar heißen wir \"Albers Textilservice GmbH\", Ihre "
        "Rechnungen gehen aber weiterhin an die alte Firmierung. Unser Steuerberater möchte "
        "korrigierte Rechnungen haben, zuletzt für RE-2026-1184 über 1.960,00 Euro.",
        "Großwäscherei Albers (industrial laundry): invoices still carry their old company "
        "name since January; their accountant wants corrected invoices.",
        "Hallo Frau Hinrichs, ich habe unsere Buchhaltung gebeten, die Anschrift zu ändern und "
        "RE-2026-1184 neu auszustellen.",
        CD, '"Ihre Rechnungen gehen aber weiterhin an die alte Firmierung" (invoices)',
        "", ("RE-2026-1184", "1.960,00 Euro", "Albers Textilservice GmbH"),
        (
            Take("calm", "low", 1,
                 "[Hat keine Eile], es reicht, wenn die korrigierten Rechnungen bis zum "
                 "Jahresabschluss da sind.",
                 sev_why='"Hat keine Eile" (a minor invoice correction)'),
            Take("frustrated", "medium", 3,
                 "Die neue Rechnung kam wieder mit der alten Firmierung. [Das ist jetzt schon "
                 "ärgerlich], weil unser Steuerberater das jedes Mal beanstandet.",
                 sev_why="an invoice error that came back, no deadline"),
            Take("frustrated_but_patient", "low", 4,
                 "Danke, dass Sie dranbleiben. Es zieht sich, aber [wir warten gern noch, bis "
                 "Ihre Buchhaltung das umgestellt hat].",
                 sev_why="a minor invoice correction, no deadline"),
        ),
    ),
    Situation(
        "rinnovo-triennale", "it", "Radio Onda Blu", "radioondablu.it",
        "Francesca Galli|Responsabile amministrativa", "Rinnovo automatico triennale",
        "2026-10-19",
        "Abbiamo ricevuto la fattura FT-2026/0871 per il rinnovo del contratto, ma per tre anni "
        "invece di uno: 14.400 euro invece di 4.800. Il nostro contratto prevede un rinnovo "
        "annuale e non abbiamo firmato nulla di diverso.",
        "Radio Onda Blu: invoiced a 3-year renewal (14,400 EUR) on a contract that renews "
        "yearly; they signed nothing new.",
        "Ciao Francesca, ho chiesto all'ufficio contratti di verificare; sembra un errore "
        "anche a me.",
        CD, '"fattura ... per tre anni invece di uno ... non abbiamo firmato nulla di diverso" '
        "(contract terms, an invoice)",
        "", ("FT-2026/0871", "14.400 euro", "4.800"),
        (
            Take("concerned", "medium", 3,
                 "Grazie. [Mi preoccupa un po'], perché non vorrei che partissero i solleciti "
                 "automatici mentre verificate.",
                 sev_why="a contract dispute without a deadline"),
            Take("threatening_churn", "high", 1,
                 "[Se il rinnovo è davvero triennale, allora preferiamo disdire del tutto.]",
                 sev_why="a threat to cancel puts the renewal at risk"),
            Take("angry", "high", 4,
                 "[Non è accettabile che ci fatturiate un contratto che non abbiamo mai "
                 "firmato.] Voglio una nota di credito entro venerdì, altrimenti passo la "
                 "pratica al nostro legale.",
                 sev_why='"entro venerdì, altrimenti ... al nostro legale" (a dated deadline, '
                 "legal escalation)"),
        ),
    ),
    Situation(
        "btw-verlegd", "nl", "Brandpunt Koffiebranders", "brandpuntkoffie.nl",
        "Sem de Wit|Financieel medewerker", "Btw op jullie facturen", "2026-03-23",
        "Op jullie facturen staat 21% btw, maar jullie zitten in het Verenigd Koninkrijk en "
        "wij zijn een Nederlands bedrijf: dat zou verlegd moeten worden. Ons btw-nummer "
        "NL861234567B01 staat ook niet op de factuur. Het gaat om factuur 2026-0219 van "
        "3.480 euro.",
        "Brandpunt Koffiebranders (coffee roasters): our invoices charge 21% Dutch VAT instead "
        "of reverse charge and lack their VAT number.",
        "Hoi Sem, ik heb finance gevraagd de factuur te corrigeren, met verlegging en jullie "
        "btw-nummer.",
        CD, '"Op jullie facturen staat 21% btw ... dat zou verlegd moeten worden" (invoices)',
        "", ("NL861234567B01", "2026-0219", "3.480 euro"),
        (
            Take("calm", "low", 1,
                 "[Geen haast hoor], als het maar voor de volgende factuur goed staat.",
                 sev_why='"als het maar voor de volgende factuur goed staat" (minor)'),
            Take("concerned", "high", 3,
                 "Onze btw-aangifte over het eerste kwartaal moet uiterlijk 30 april binnen "
                 "zijn, en [ik ben bang dat we die met deze factuur niet goed kunnen "
                 "indienen].",
                 sev_why='"btw-aangifte ... uiterlijk 30 april" (a compliance date)'),
            Take("frustrated", "medium", 5,
                 "Dit is al de tweede gecorrigeerde factuur die weer niet klopt. [Ik word er "
                 "eerlijk gezegd een beetje moe van.]",
                 sev_why="an invoice dispute without a deadline"),
        ),
    ),
    Situation(
        "po-on-invoices", "en", "Hartwell Opticians", "hartwellopticians.co.uk",
        "Liam Cross|Accounts Payable Officer", "PO numbers on invoices", "2026-10-26",
        "Our accounts payable system can't match your invoices automatically because they "
        "don't show our purchase order number. Could you add PO-44817 to future invoices, and "
        "to the last one (INV-88203) if possible?",
        "Hartwell Opticians: want their PO number on our invoices so their AP system can "
        "match them.",
        "Hi Liam, I've asked billing to add PO-44817 to your account so it prints on every "
        "invoice.",
        CD, '"your invoices ... don\'t show our purchase order number" (invoices)',
        '"Could you add PO-44817 to future invoices" (a small invoice request)',
        ("PO-44817", "INV-88203", "purchase order number"),
        (
            Take("calm", "low", 1,
                 "[No hurry at all] — the current ones are paid, this is just for tidiness."),
            Take("frustrated_but_patient", "low", 3,
                 "Thanks. The new invoice still came through without it, [but no harm done, "
                 "I'll match it by hand again this month]."),
            Take("frustrated", "low", 5,
                 "That's the second invoice without the PO number since you said it was "
                 "sorted. [Having to ask again is a bit tiresome.]"),
        ),
    ),
)
