"""eval_set_h situations, part 4: our bills and contract terms (a dental lab's cancelled
module, a marina group's renewal price, a property manager's double direct debit, a
publisher's promised credit note), a nursery chain's champion leaving and a sports club
network's falling use. Hand-written; every label decided by hand from
routing/definitions.md (defs-1) while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Situation, Take

CD = "commercial_dispute"
RR = "relationship_at_risk"

# fmt: off
SITUATIONS_4 = (
    Situation(
        "cancelled-module", "en", "Pearce Dental Laboratory", "pearcedentallab.co.uk",
        "Rhiannon Price|Finance Manager", "Invoice INV-20931 includes a module we cancelled",
        "2026-11-12",
        "Invoice INV-20931 for the quarter still charges us £1,450 for the shade-matching "
        "module, which we cancelled in writing on 28 August, well inside the notice period in "
        "our agreement. I have the confirmation email from your account team. Please send a "
        "corrected invoice or a credit note for that line.",
        "Pearce Dental Lab: invoice INV-20931 still charges £1,450 for a module they cancelled "
        "in writing on 28 Aug; they want it corrected or credited.",
        "Hi Rhiannon, thanks for the confirmation email. I've asked our billing team to review "
        "the invoice.",
        CD, '"Invoice INV-20931 ... still charges us £1,450 for the shade-matching module, which '
        'we cancelled" (our invoice; a credit note asked for)',
        "a billing dispute without a deadline",
        ("INV-20931", "£1,450"),
        (
            Take("calm", "medium", 1, "[Thanks in advance, I'm sure it's just an oversight.]"),
            Take("frustrated", "medium", 3,
                 "[It's frustrating to have to prove a cancellation your own team confirmed.] "
                 "Could billing give me an answer this week?"),
            Take("angry", "medium", 4,
                 "[Charging us for something we cancelled in August is unacceptable.] I want "
                 "the corrected invoice, not another 'we're looking into it'."),
        ),
    ),
    Situation(
        "berth-licence", "en", "Solent Quay Marinas", "solentquay.co.uk",
        "Graham Ashworth|Commercial Manager", "Renewal quote: 18% increase", "2026-11-05",
        "Your renewal quote has the berth-management licence going up 18%, from £22,600 to "
        "£26,668 a year. Clause 9.3 of our agreement caps annual increases at 5% for the first "
        "three renewals, and this is only our second. Could you reissue the quote in line with "
        "the contract?",
        "Solent Quay Marinas: our renewal quote raises their licence 18% (£22,600 to £26,668); "
        "their contract caps rises at 5% (clause 9.3).",
        "Hi Graham, thanks for pointing to the clause. I've taken it to our deal desk and will "
        "come back with a revised quote.",
        CD, '"going up 18% ... Clause 9.3 of our agreement caps annual increases at 5%" (a price '
        "rise against the contract's terms)",
        "a dispute about our price, no deadline given",
        ("Clause 9.3", "£26,668"),
        (
            Take("concerned", "medium", 2,
                 "[I'm a bit worried about how this will land with our finance committee], so a "
                 "revised quote soon would help."),
            Take("threatening_churn", "high", 3,
                 "[If the quote doesn't respect the cap, we won't be renewing; there are other "
                 "berth systems out there.]",
                 sev_why="a threat not to renew (the renewal at risk)"),
            Take("frustrated", "high", 5,
                 "We have to sign the renewal by 31 January and I still don't have a corrected "
                 "quote. [This is the fourth time I've chased it, which is frustrating.]",
                 sev_why='"We have to sign the renewal by 31 January" (a hard date) and "the '
                 'fourth time I\'ve chased it"'),
        ),
    ),
    Situation(
        "doppelte-lastschrift", "de", "Hausverwaltung Kranich & Partner", "kranich-hv.de",
        "Petra Lindner|Buchhaltung", "Lastschrift November doppelt eingezogen", "2026-11-09",
        "Die Lastschrift für die November-Rechnung RE-2026-1187 über 1.240,00 € wurde am 3. "
        "November zweimal von unserem Konto eingezogen. Beide Buchungen sind auf dem "
        "Kontoauszug zu sehen. Bitte erstatten Sie den doppelten Betrag.",
        "Kranich & Partner (property management): our direct debit for invoice RE-2026-1187 "
        "(EUR 1,240) was taken twice on 3 Nov; they want the duplicate refunded.",
        "Hallo Petra, danke, ich habe unsere Buchhaltung gebeten, die Erstattung zu prüfen.",
        CD, '"Die Lastschrift für die November-Rechnung ... wurde am 3. November zweimal von '
        'unserem Konto eingezogen" (a double charge, a refund asked for)',
        "a billing dispute without a deadline",
        ("RE-2026-1187", "1.240,00 €"),
        (
            Take("calm", "medium", 1, "[So etwas kann passieren, danke fürs Kümmern.]"),
            Take("frustrated", "medium", 3,
                 "Drei Wochen später ist noch nichts zurückgebucht. [Ich finde es ärgerlich, "
                 "dass ich unserem eigenen Geld hinterherlaufen muss.]"),
            Take("threatening_churn", "high", 4,
                 "Immer noch keine Erstattung. [Wenn das Geld nicht bis Monatsende da ist, "
                 "kündigen wir den Vertrag zum nächstmöglichen Termin.]",
                 sev_why='a threat to cancel the contract, with "bis Monatsende" as a deadline'),
        ),
    ),
    Situation(
        "avoir-promis", "fr", "Éditions du Quai Marchand", "editions-quaimarchand.fr",
        "Hélène Bastide|Comptable principale", "Avoir promis après l'incident de septembre",
        "2026-11-16",
        "Suite à l'indisponibilité de la plateforme du 14 au 16 septembre, votre responsable de "
        "compte nous avait confirmé par écrit un avoir de 15 % sur la facture du troisième "
        "trimestre, soit 2 310 €. La facture FAC-3318 est arrivée au montant plein et nous "
        "n'avons reçu aucun avoir. Pourriez-vous nous dire quand il sera émis ?",
        "Éditions du Quai Marchand (publisher): the 15% credit note (EUR 2,310) promised after "
        "the September outage never came; invoice FAC-3318 billed in full.",
        "Bonjour Hélène, merci, je vérifie avec la facturation et je reviens vers vous.",
        CD, '"un avoir de 15 % ... La facture FAC-3318 est arrivée au montant plein" (a credit '
        "note promised on our invoice)",
        'a question about a credit note ("Pourriez-vous nous dire quand il sera émis ?"), the '
        "outage told as over",
        ("FAC-3318", "2 310 €"),
        (
            Take("calm", "low", 1, "[Simple question de suivi, rien d'urgent.]"),
            Take("frustrated_but_patient", "medium", 3,
                 "Cela fait maintenant un mois que nous attendons. [Nous patientons encore, "
                 "mais j'aimerais avoir une date.]",
                 sev_why="a billing dispute, a month's wait, no deadline"),
            Take("angry", "high", 2,
                 "Notre clôture budgétaire est le 15 décembre et l'avoir n'est toujours pas là. "
                 "[C'est inacceptable : vous l'aviez promis par écrit, je veux le document cette "
                 "semaine.]",
                 sev_why='"Notre clôture budgétaire est le 15 décembre" (a hard date)'),
        ),
    ),
    Situation(
        "handover-leaving", "en", "Little Acorns Nurseries", "littleacorns-nurseries.co.uk",
        "Sarah Okonjo|Head of Operations", "Handover before I leave", "2026-11-30",
        "I wanted to let you know that I'm leaving Little Acorns at the end of January. I've "
        "been the one pushing the parent app across our 22 nurseries, and my successor hasn't "
        "been named yet. Our renewal comes up in March, and I'd like to make sure whoever "
        "takes over understands what we use and why.",
        "Little Acorns Nurseries: our main contact (who drove the rollout across 22 "
        "nurseries) leaves at the end of January; no successor named; renewal in March.",
        "Hi Sarah, thank you for telling us early. Let's set up a handover call with your "
        "successor as soon as they're named.",
        RR, '"I\'m leaving Little Acorns at the end of January ... my successor hasn\'t been '
        'named yet" (the champion leaving, no executive involved)',
        '"Our renewal comes up in March" named with the champion leaving (the renewal at risk)',
        ("22 nurseries", "end of January"),
        (
            Take("concerned", "high", 1,
                 "[I'm a little worried the app gets dropped in the shuffle] if nobody picks it "
                 "up."),
            Take("calm", "high", 2,
                 "[No action needed yet], I just wanted you to have plenty of notice."),
            Take("threatening_churn", "high", 3,
                 "Our finance lead has already asked whether we need the app at all. [Without "
                 "someone championing it, I honestly think they may not renew.]"),
        ),
    ),
    Situation(
        "club-logins", "en", "Northern Counties Sports Club Network", "ncscn.org.uk",
        "Owen Marchbank|Network Development Officer", "Club usage this season", "2026-11-03",
        "Looking at the admin dashboard, only 12 of our 40 member clubs logged in to the "
        "membership system in October, down from 31 in April. A few volunteer secretaries have "
        "told me they've gone back to spreadsheets because it's what they know. I'm trying to "
        "work out whether it's a training thing or whether the clubs just don't see the value.",
        "Northern Counties sports club network: only 12 of 40 clubs logged in during October "
        "(31 in April); some volunteers went back to spreadsheets.",
        "Hi Owen, thanks for sharing this. I can put together a short refresher for club "
        "secretaries; shall we talk next week?",
        RR, '"only 12 of our 40 member clubs logged in ... down from 31 in April ... whether the '
        "clubs just don't see the value\" (falling usage, doubts about the value)",
        "falling usage with no threat",
        ("12 of our 40 member clubs", "31 in April"),
        (
            Take("concerned", "medium", 1,
                 "[I'm concerned the trend will keep going] if we don't do something before the "
                 "spring season."),
            Take("calm", "medium", 3, "[No rush on this, whenever suits you for a chat.]"),
            Take("threatening_churn", "high", 4,
                 "Our committee has asked me to look at a cheaper club app for next season. "
                 "[Unless usage picks up by February, I think we'll be moving.]",
                 sev_why="another app looked at and a move named (a churn threat)"),
        ),
    ),
)
# fmt: on
