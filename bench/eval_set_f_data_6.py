"""eval_set_f situations, part 6: churn said in yet other words (cancelling a module, a
trustees' review with the board merely named, a rival trialled alongside us with notice
reserved): an unused payroll module still billed, falling use of a learning platform
before a review, text reminders that no longer arrive at a physiotherapy practice.
Hand-written; every label decided by hand from routing/definitions.md (defs-1) while
writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

PD = "product_defect"
CD = "commercial_dispute"
RAR = "relationship_at_risk"

# fmt: off
SITUATIONS_6 = (
    Situation(
        "payroll-module", "en", "Corrigan Accountancy", "corriganaccountancy.ie",
        "Fiona Walsh|Practice Administrator", "Payroll module still on our invoice",
        "2026-06-22",
        "Your invoice still charges us €18 per employee per month for the payroll module, but "
        "since March we've run payroll through our bank and nobody here uses the module. Can "
        "it come off the invoice?",
        "Corrigan: still invoiced €18/employee/month for the payroll module they stopped using "
        "in March.",
        "Hi Fiona, I've asked our billing team to review the module line.",
        CD, '"Your invoice still charges us €18 per employee per month" (a charge on our bill)',
        "a billing question without a deadline",
        ("€18 per employee", "payroll module"),
        (
            Take("threatening_churn", "high", 1,
                 "[If it can't come off before the next invoice, please treat this email as "
                 "our notice to cancel the module.]",
                 sev_why="a contract (module) cancellation announced: revenue at risk"),
            Take("calm", "medium", 3,
                 "[Just let me know if you need anything else from us to process it.]"),
            Take("frustrated", "high", 3,
                 "[That's now the third call on which I've asked for this, and it's on every "
                 "invoice regardless.]",
                 sev_why='"the third call on which I\'ve asked" (our people failed repeatedly)'),
        ),
    ),
    Situation(
        "trustees-review", "en", "Ashcombe Learning Trust", "ashcombetrust.org.uk",
        "Nikhil Desai|Digital Learning Lead", "Annual review of the learning platform",
        "2026-05-18",
        "Every summer our trustees review each system we pay for, and the learning platform is "
        "on this year's list, ahead of the contract renewing in September. Teacher logins "
        "across our six schools have roughly halved since last year.",
        "Ashcombe: trustees' annual review of every paid system includes us, before the "
        "September renewal; teacher logins roughly halved.",
        "Hi Nikhil, I'll put together a usage and outcomes pack for the trustees.",
        RAR, '"our trustees review each system we pay for ... logins ... roughly halved" (a '
        "budget review and falling use; the board merely named, not writing)",
        "the renewal named and a budget review under way (the renewal at risk)",
        ("six schools", "roughly halved"),
        (
            Take("concerned", "high", 1,
                 "[I'd like to walk into that meeting with a strong case, and right now I'm "
                 "not sure I have one.]"),
            Take("threatening_churn", "high", 3,
                 "[The trustees are openly asking whether we should carry on with the platform "
                 "at all, and on these numbers I can't justify the cost to them.]"),
            Take("frustrated_but_patient", "high", 3,
                 "The usage reports we got last term were hard going, [but we'll keep working "
                 "with your team to get the numbers together in time.]"),
        ),
    ),
    Situation(
        "sms-erinnerung", "de", "Physiopraxis am Stadtpark", "physio-stadtpark.de",
        "Jana Hoffmann|Praxismanagerin", "SMS-Terminerinnerungen kommen nicht an",
        "2026-08-31",
        "Seit etwa zwei Wochen kommen die SMS-Terminerinnerungen bei unseren Patienten nicht "
        "mehr an, obwohl sie im Protokoll als „versendet“ stehen. Wir rufen jetzt am Vortag "
        "alle Patienten an, das sind rund 60 Anrufe am Tag.",
        "Physiopraxis am Stadtpark: SMS-Erinnerungen kommen seit ~2 Wochen nicht an "
        "(Protokoll: versendet); ~60 Anrufe täglich als Ersatz.",
        "Hallo Jana, wir prüfen das mit unserem SMS-Dienstleister.",
        PD, '"kommen ... nicht mehr an, obwohl sie im Protokoll als „versendet“ stehen" (a '
        "function that worked and broke)",
        "an important function broken for every patient, a painful workaround (60 calls a day)",
        ("60 Anrufe", "zwei Wochen"),
        (
            Take("threatening_churn", "high", 3,
                 "[Wir testen seit letzter Woche parallel ein anderes Praxisprogramm und "
                 "behalten uns vor, fristgerecht zu kündigen.]"),
            Take("frustrated_but_patient", "high", 1,
                 "Das kostet uns jeden Tag gut eine Stunde am Telefon, [aber wir kommen "
                 "vorerst zurecht und warten auf Ihre Lösung.]"),
            Take("angry", "high", 4,
                 "[Zwei Wochen! ZWEI WOCHEN, und niemand bei Ihnen hält es für nötig, uns zu "
                 "sagen, woran es liegt!!]"),
        ),
    ),
)
# fmt: on
