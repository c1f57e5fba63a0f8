"""eval_set_f situations, part 1: product defects told calmly, coldly, sarcastically and
with a hint of leaving, from a haulier, a pharmacy chain, a dental group and a drinks
wholesaler. Hand-written; every label decided by hand from routing/definitions.md (defs-1)
while writing, before any drafter ran on the set."""

from __future__ import annotations

from bench.eval_set_c_model import Account, Situation, Take

PD = "product_defect"

# fmt: off
SITUATIONS_1 = (
    Situation(
        "depot-detour", "en", "Northgate Freight", "northgatefreight.co.uk",
        "Gareth Lowe|Transport Planner", "Route optimiser starting from the wrong depot",
        "2026-10-12",
        "Since Monday's release the route optimiser plans every route as if our vans left from "
        "the Leeds depot instead of Wakefield, so each one opens with a 20-mile detour. We are "
        "re-sequencing all 38 routes by hand before the drivers go out at six.",
        "Northgate: since Monday's release the optimiser starts every route from the wrong "
        "depot; 38 routes re-sequenced by hand each morning.",
        "Hi Gareth, we've reproduced it and a fix is in testing.",
        PD, '"plans every route as if our vans left from the Leeds depot instead of Wakefield" '
        "(a wrong result since a release)",
        "an important function broken for every route, a painful manual workaround",
        ("38 routes", "Wakefield"),
        (
            Take("angry", "high", 3,
                 "[Your release notes promised 'smarter routing'. Smarter for whom, exactly?] "
                 "We're paying for the extra diesel and the early starts, and I'd like to know "
                 "who on your side is going to cover that."),
            Take("calm", "high", 1,
                 "[It's manageable for the moment. Do you have a rough idea of when a fix "
                 "might land?]"),
            Take("threatening_churn", "high", 4,
                 "[Our contract comes up in the spring, and two other routing providers have "
                 "already been in touch with us. Weeks like this one don't help your case.]",
                 sev_why="a painful workaround for every route, and the renewal at risk (other "
                 "providers courting them)"),
        ),
    ),
    Situation(
        "dispensing-pending", "en", "Hollins Pharmacy Group", "hollinspharmacy.co.uk",
        "Nadia Pereira|Head of Pharmacy Operations", "Prescriptions stuck on pending",
        "2026-11-03",
        "Since about half past eight this morning no prescription gets past 'pending' on the "
        "dispensing screen, in all 14 of our branches. We can't print labels or release any "
        "medicine through the system, so patients are being asked to come back later.",
        "Hollins: since 08:30 no prescription leaves 'pending' in any of the 14 branches; no "
        "medicine can be released.",
        "Hi Nadia, our on-call engineers are on it; next update within the hour.",
        PD, '"no prescription gets past \'pending\' on the dispensing screen" (the product not '
        "working)",
        "the business stopped now: no medicine released in any branch, no workaround",
        ("14 of our branches", "pending"),
        (
            Take("calm", "critical", 1,
                 "[I'll stay by the phone, please call me as soon as you know more.]"),
            Take("angry", "critical", 3,
                 "[An hour to 'look into it' while people wait at the counter for their "
                 "medication? I want someone who can actually fix this on the phone to me "
                 "RIGHT NOW.]"),
            Take("concerned", "critical", 3,
                 "[What worries me most are the patients on time-critical medicines] if this "
                 "runs into the afternoon."),
        ),
    ),
    Situation(
        "chair-rounding", "en", "Brightwater Dental Partners", "brightwaterdental.co.uk",
        "Keira Mbeki|Practice Manager", "Chair utilisation report rounding down",
        "2026-08-24",
        "The monthly chair utilisation report rounds every figure down, so a chair in use "
        "79.8% of the time shows as 79%. The raw export has the right numbers, so I've been "
        "working from that.",
        "Brightwater: chair utilisation report rounds every percentage down; the raw export is "
        "correct.",
        "Hi Keira, thanks, I've logged it with the reporting team.",
        PD, '"rounds every figure down, so a chair in use 79.8% of the time shows as 79%" (a '
        "wrong figure, however small)",
        "a small wrong figure with a workaround (the raw export), no deadline",
        ("79.8%", "chair utilisation"),
        (
            Take("calm", "low", 1,
                 "[Not urgent at all, just flagging it for when someone has a minute.]",
                 sev_why='"Not urgent at all": a minor wrong figure with the raw export to '
                 "hand"),
            Take("frustrated", "high", 3,
                 "[I reported exactly this last spring and here we are again.] It gets old "
                 "explaining to the partners why the figures don't add up.",
                 sev_why="a minor wrong figure with a workaround (medium), raised one level: a "
                 "strategic account",
                 account=Account(148000, "enterprise", 240, strategic=True, currency="GBP")),
            Take("threatening_churn", "high", 4,
                 "[It's a small thing, I know, but it's one on a long list, and the partners "
                 "have started asking whether we should look at other practice systems when "
                 "the contract is up.]",
                 sev_why="a minor defect, but the renewal at risk (other systems considered)"),
        ),
    ),
    Situation(
        "scanner-langsam", "de", "Getränke Brunner GmbH", "getraenke-brunner.de",
        "Stefan Kögl|Leiter Lager", "Handscanner extrem langsam", "2026-09-15",
        "Seit dem Update vom Dienstag braucht jeder Scan mit den Handscannern 20 bis 30 "
        "Sekunden statt einer. Die Kommissionierung läuft nur noch mit halbem Tempo; damit die "
        "Touren rausgehen, haben wir zwei Aushilfen zusätzlich geholt.",
        "Brunner: seit dem Update dauert jeder Scan 20-30 s; Kommissionierung halbes Tempo, "
        "zwei Aushilfen extra.",
        "Hallo Stefan, wir konnten es nachstellen, die Entwicklung arbeitet an einer Korrektur.",
        PD, '"braucht jeder Scan ... 20 bis 30 Sekunden statt einer" (slowness since an update)',
        "picking for the whole warehouse impaired, a painful workaround (extra temps)",
        ("20 bis 30 Sekunden", "zwei Aushilfen"),
        (
            Take("angry", "high", 3,
                 "[Dass Sie so ein Update offenbar ungetestet an alle Kunden ausrollen, halte "
                 "ich für fahrlässig.] Die Kosten für die Aushilfen werden wir Ihnen in "
                 "Rechnung stellen."),
            Take("frustrated_but_patient", "high", 2,
                 "Für das Team im Lager ist das zermürbend. [Wir halten durch, geben Sie uns "
                 "bitte Bescheid, sobald es einen Termin für die Korrektur gibt.]"),
            Take("threatening_churn", "high", 1,
                 "[Wir holen inzwischen parallel Angebote anderer Anbieter ein.]"),
        ),
    ),
)
# fmt: on
